// Message keys are typed: formatMessage and label accept only keys of the catalog, built keys
// included, so a missing translation fails `npm run typecheck` (this file is part of it) instead
// of showing a raw key. The @ts-expect-error lines are the proof: were the calls accepted, tsc
// would report the directive as unused.
import { formatMessage, isMessageKey, label, type MessageKey } from "../../../src/core";
import { EN_US } from "../../../src/core/i18n/en-US";
import { ZH_CN } from "../../../src/core/i18n/zh-CN";
import type { ReasonCode, WarningCode } from "../../../src/core/types";

describe("typed message keys", () => {
  it("reject a key that is not in the catalog, at compile time", () => {
    // @ts-expect-error "reason.noSuchReason" is not a key of the catalog.
    const unknown = formatMessage("reason.noSuchReason", {}, "en-US");
    // @ts-expect-error a label of an unknown key does not compile either.
    const unknownLabel = label("col.noSuchColumn", "zh-CN");
    // The runtime still shows the key rather than crashing, for keys that arrive untyped.
    expect(unknown).toBe("reason.noSuchReason");
    expect(unknownLabel).toBe("col.noSuchColumn");
  });

  it("reject a built key whose code has no message", () => {
    const code = "noSuchWarning" as const;
    // @ts-expect-error `warning.noSuchWarning` is not a key of the catalog.
    expect(isMessageKey(label(`warning.${code}`, "en-US"))).toBe(false);
  });

  it("accept built keys for every reason and warning code", () => {
    const reason: ReasonCode = "badDate";
    const warning: WarningCode = "noMargin";
    const keys: MessageKey[] = [`reason.${reason}`, `warning.${warning}`];
    for (const key of keys) {
      expect(formatMessage(key, { value: "x" }, "en-US")).toBe(EN_US[key].replace("{value}", "x"));
      expect(label(key, "zh-CN")).not.toBe(key);
    }
  });

  it("the zh-CN catalog has exactly the en-US keys", () => {
    expect(Object.keys(ZH_CN).sort()).toEqual(Object.keys(EN_US).sort());
  });
});
