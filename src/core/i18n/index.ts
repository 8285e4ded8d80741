// Turns the core's codes and parameters into zh-CN or en-US text. The core itself never
// builds display strings; every face (pane, CLI, functions) formats through here.
import type { Language, MessageParams, RejectedRow } from "../types";
import { EN_US, MessageKey } from "./en-US";
import { ZH_CN } from "./zh-CN";

export type { MessageKey } from "./en-US";

const CATALOGS: Record<Language, Record<MessageKey, string>> = { "en-US": EN_US, "zh-CN": ZH_CN };

export function isMessageKey(key: string): key is MessageKey {
  return key in EN_US;
}

/**
 * The text of a key with {name} placeholders filled from params. Only keys of the catalog type-check
 * (built keys as template literals, e.g. `reason.${ReasonCode}`), so a missing translation fails
 * the type check; a key that still comes from outside (an old saved model) comes back as-is.
 */
export function formatMessage(key: MessageKey, params: MessageParams, language: Language): string {
  const template = isMessageKey(key) ? CATALOGS[language][key] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}

/**
 * A catalog fragment ("customer", "revenue CLV") standing alone as a label: its first letter
 * capitalised, the one capitalisation rule of the English texts (Sentence case). No-op in zh-CN.
 */
export const sentenceStart = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A label without parameters (stage names, column headers). */
export function label(key: MessageKey, language: Language): string {
  return formatMessage(key, {}, language);
}

export function rejectedMessage(r: RejectedRow, language: Language): string {
  const reason = formatMessage(`reason.${r.reason}`, r.params, language);
  const key =
    r.column === null ? "rejected.row" : r.header ? "rejected.withHeader" : "rejected.withColumn";
  return formatMessage(
    key,
    { row: r.row, column: r.column ?? "", header: r.header ?? "", reason },
    language
  );
}
