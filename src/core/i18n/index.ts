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
 * A catalog text cut at its {name} placeholders: literal pieces around the names, so a text
 * formatted once per customer is not searched for placeholders each time.
 */
interface Template {
  /** names.length + 1 pieces: the text before, between and after the placeholders. */
  pieces: string[];
  names: string[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

function compile(text: string): Template {
  const pieces: string[] = [];
  const names: string[] = [];
  let from = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    pieces.push(text.slice(from, m.index));
    names.push(m[1]);
    from = m.index + m[0].length;
  }
  pieces.push(text.slice(from));
  return { pieces, names };
}

/** Catalog texts cut once, by language and key (catalog keys only: the set is bounded). */
const TEMPLATES: Record<Language, Map<string, Template>> = {
  "en-US": new Map(),
  "zh-CN": new Map(),
};

function templateOf(key: MessageKey, language: Language): Template {
  const known = TEMPLATES[language].get(key);
  if (known) return known;
  // A key from outside the catalog (an old saved model) is its own text, and not kept.
  if (!isMessageKey(key)) return compile(key);
  const template = compile(CATALOGS[language][key]);
  TEMPLATES[language].set(key, template);
  return template;
}

/**
 * The text of a key with {name} placeholders filled from params. Only keys of the catalog type-check
 * (built keys as template literals, e.g. `reason.${ReasonCode}`), so a missing translation fails
 * the type check; a key that still comes from outside (an old saved model) comes back as-is.
 */
export function formatMessage(key: MessageKey, params: MessageParams, language: Language): string {
  const { pieces, names } = templateOf(key, language);
  let text = pieces[0];
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    text += (name in params ? String(params[name]) : `{${name}}`) + pieces[i + 1];
  }
  return text;
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
