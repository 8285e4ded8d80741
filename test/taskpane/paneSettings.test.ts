import { CancelledError, OptionError } from "../../src/core/errors";
import { DEFAULT_FIXED_THRESHOLDS } from "../../src/core/options";
import { resolveOptions } from "../../src/core/resolveOptions";
import { segment } from "../../src/core/segment";
import type { FixedThresholds } from "../../src/core/types";
import { ExcelRunError } from "../../src/excel/excelErrors";
import { InMemoryWorkbook } from "../../src/excelDouble";
import {
  builtInScheme,
  defaultCuts,
  defaultSettings,
  loadSettings,
  PANE_SETTINGS_KEY,
  saveSettings,
  toOptions,
  type PaneSettings,
} from "../../src/taskpane/paneSettings";
import { failureMessage } from "../../src/taskpane/runMessages";
import { translator } from "../../src/taskpane/uiText";

/** The settings the CLV model choice added: a workbook saved before it has none of them. */
const CLV_MODEL_KEYS = [
  "clvModel",
  "purchaseModel",
  "timeUnit",
  "horizonMonths",
  "monthlyDiscountPercent",
  "calibrationEnd",
] as const;

describe("pane settings", () => {
  it("turn into options the core accepts, the defaults unchanged", () => {
    const o = resolveOptions(toOptions(defaultSettings(), "zh-CN"));
    expect(o.language).toBe("zh-CN");
    expect(o.abc.valueCuts).toEqual([0.8, 0.95]);
    expect(o.clv.margin).toBeNull();
    expect(o.asOf).toBeNull();
  });

  it("carry the P(no purchase) options of the core and the CLI's --churn-days", () => {
    const simple = resolveOptions(
      toOptions(
        { ...defaultSettings(), noPurchaseDays: 30, noPurchaseAtRiskPercent: "70" },
        "en-US"
      )
    );
    // With the simple CLV neither applies: no model gives a P(no purchase).
    expect(simple.clv.probabilistic.noPurchaseDays).toBe(90);
    expect(simple.lifecycle.noPurchaseAtRisk).toBeNull();
    const settings: PaneSettings = {
      ...defaultSettings(),
      clvModel: "probabilistic",
      noPurchaseDays: 30,
      noPurchaseAtRiskPercent: "70",
    };
    const o = resolveOptions(toOptions(settings, "en-US"));
    expect(o.clv.probabilistic.noPurchaseDays).toBe(30);
    expect(o.lifecycle.noPurchaseAtRisk).toBeCloseTo(0.7, 12);
    const off = resolveOptions(toOptions({ ...settings, noPurchaseAtRiskPercent: " " }, "en-US"));
    expect(off.lifecycle.noPurchaseAtRisk).toBeNull();
  });

  it("carry the user's choices: count-share ABC, fixed scoring, a margin in percent, an as-of date", () => {
    const s = {
      ...defaultSettings(),
      abcMode: "count" as const,
      abcCuts: defaultCuts("count"),
      scoring: "fixed" as const,
    };
    const o = resolveOptions(
      toOptions(
        { ...s, marginPercent: "25", asOf: "2024-06-30", mapping: { amount: "金额" } },
        "en-US"
      )
    );
    expect(o.abc).toMatchObject({ mode: "count", countCuts: [0.2, 0.5] });
    expect(o.rfm.scoring).toBe("fixed");
    expect(o.clv.margin).toBeCloseTo(0.25);
    expect(o.asOf).toBe("2024-06-30");
    expect(o.mapping).toEqual({ amount: "金额" });
  });

  it("keep the simple CLV by default, storing the same options as before there was a choice", () => {
    const s = defaultSettings();
    expect(s).toMatchObject({
      clvModel: "simple",
      purchaseModel: "bgnbd",
      timeUnit: "weeks",
      horizonMonths: 12,
      monthlyDiscountPercent: 1,
      calibrationEnd: "",
    });
    expect(toOptions(s, "en-US").clv).toEqual({ lifespanYears: 3, margin: null });
    expect(resolveOptions(toOptions(s, "en-US")).clv.model).toBe("simple");
  });

  it("carry the probabilistic CLV's settings, the discount from percent", () => {
    const s = {
      ...defaultSettings(),
      clvModel: "probabilistic" as const,
      purchaseModel: "mbgnbd" as const,
      timeUnit: "days" as const,
      horizonMonths: 24,
      monthlyDiscountPercent: 1.5,
      calibrationEnd: " 1997-09-30 ",
    };
    const o = resolveOptions(toOptions(s, "zh-CN"));
    expect(o.clv.model).toBe("probabilistic");
    expect(o.clv.probabilistic).toEqual({
      purchaseModel: "mbgnbd",
      unit: "days",
      horizonMonths: 24,
      monthlyDiscount: 0.015,
      noPurchaseDays: 90,
      intervalDraws: 200,
      calibrationEnd: "1997-09-30",
      groupBy: "none",
      minGroupCustomers: 100,
      minGroupRepeatBuyers: 20,
    });
    // Grouping is stored only when on, so older models read the same.
    expect(toOptions(s, "zh-CN").clv?.probabilistic).not.toHaveProperty("groupBy");
    const cohorts = toOptions({ ...s, clvGroupBy: "cohort" }, "zh-CN");
    expect(resolveOptions(cohorts).clv.probabilistic.groupBy).toBe("cohort");
    // The group minimums: stored only when changed and grouping is on; checked by resolveOptions.
    expect(cohorts.clv?.probabilistic).not.toHaveProperty("minGroupCustomers");
    const smaller = toOptions(
      { ...s, clvGroupBy: "cohort", clvMinGroupCustomers: 40, clvMinGroupRepeatBuyers: 8 },
      "en-US"
    );
    expect(resolveOptions(smaller).clv.probabilistic).toMatchObject({
      minGroupCustomers: 40,
      minGroupRepeatBuyers: 8,
    });
    const unused = toOptions({ ...s, clvMinGroupCustomers: 40 }, "en-US");
    expect(unused.clv?.probabilistic).not.toHaveProperty("minGroupCustomers");
    const crossed = { ...s, clvGroupBy: "cohort" as const, clvMinGroupRepeatBuyers: 500 };
    expect(() => resolveOptions(toOptions(crossed, "en-US"))).toThrow(
      expect.objectContaining({ problem: "aboveOther" })
    );
    const noCheck = resolveOptions(toOptions({ ...s, calibrationEnd: "" }, "zh-CN"));
    expect(noCheck.clv.probabilistic.calibrationEnd).toBeNull();
    expect(() => resolveOptions(toOptions({ ...s, horizonMonths: -3 }, "en-US"))).toThrow(
      OptionError
    );
  });

  it("let the core refuse a bad value with a clear error rather than a wrong number", () => {
    const s = { ...defaultSettings(), abcCuts: [0.95, 0.8] as [number, number] };
    expect(() => resolveOptions(toOptions(s, "en-US"))).toThrow(OptionError);
  });

  it("are remembered per workbook, and a damaged setting falls back to the defaults", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["S"] });
    const chosen = { ...defaultSettings(), scheme: "eight" as const, lifespanYears: 5 };
    await wb.run((context) => saveSettings(context, chosen));
    expect(await wb.run((context) => loadSettings(context))).toEqual(chosen);
    await wb.run(async (context) => {
      context.workbook.settings.add(PANE_SETTINGS_KEY, "{not json");
      await context.sync();
    });
    expect(await wb.run((context) => loadSettings(context))).toEqual(defaultSettings());
  });

  it("remember the CLV model, and fill in its defaults for settings saved before the choice", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["S"] });
    const chosen = {
      ...defaultSettings(),
      clvModel: "probabilistic" as const,
      timeUnit: "months" as const,
      calibrationEnd: "2024-01-31",
    };
    await wb.run((context) => saveSettings(context, chosen));
    expect(await wb.run((context) => loadSettings(context))).toEqual(chosen);
    const older: Partial<PaneSettings> = { ...defaultSettings(), scheme: "eight" };
    for (const key of CLV_MODEL_KEYS) delete older[key];
    await wb.run(async (context) => {
      context.workbook.settings.add(PANE_SETTINGS_KEY, JSON.stringify(older));
      await context.sync();
    });
    const loaded = await wb.run((context) => loadSettings(context));
    expect(loaded).toEqual({ ...defaultSettings(), scheme: "eight" });
  });
});

describe("edited tables", () => {
  const values = [
    ["Customer", "Order date", "Amount"],
    ["A", "2024-03-01", 5000],
    ["B", "2024-03-20", 40],
    ["C", "2023-05-01", 300],
    ["D", "2024-02-01", 900],
    ["E", "2023-12-01", 60],
  ];

  it("use the user's fixed thresholds", () => {
    const fixed = JSON.parse(JSON.stringify(DEFAULT_FIXED_THRESHOLDS)) as FixedThresholds;
    fixed.monetary[0].value = 10_000; // nobody reaches M = 5 any more
    const s = { ...defaultSettings(), scoring: "fixed" as const, asOf: "2024-04-01" };
    const before = segment({ values }, toOptions(s, "en-US"));
    const after = segment({ values }, toOptions({ ...s, fixed }, "en-US"));
    expect(Math.max(...before.scores.m)).toBe(5);
    expect(Math.max(...after.scores.m)).toBeLessThan(5);
  });

  it("use the user's segment rules in place of the scheme's", () => {
    const scheme = builtInScheme("four");
    const first = scheme.rules[0].segment;
    const rules = [{ segment: first, r: [1, 5] as [number, number] }, ...scheme.rules.slice(1)];
    const result = segment({ values }, toOptions({ ...defaultSettings(), rules }, "en-US"));
    const firstIndex = result.scheme.segments.findIndex((d) => d.id === first);
    expect(Array.from(result.segment).every((g) => g === firstIndex)).toBe(true);
    expect(builtInScheme("four").rules).toEqual(scheme.rules); // the built-in scheme is untouched
  });
});

describe("pane messages", () => {
  it("formats numbers for the display language", () => {
    expect(translator("en-US")("sourceRows", { rows: 200000, address: "S!A1:E200001" })).toBe(
      "200,000 rows in S!A1:E200001"
    );
    expect(translator("zh-CN")("rejectedTitle", { count: 5 })).toBe("被拒绝的行（5）");
  });

  it("says why a run failed in the user's language, and nothing for a cancel", () => {
    expect(failureMessage(new CancelledError(), "en-US")).toBeNull();
    expect(failureMessage(new ExcelRunError("multipleSelection"), "zh-CN")).toMatch(/只选择一个/);
    expect(
      failureMessage(
        new OptionError("outOfRange", "abc.valueCuts", { min: 0, max: 1, value: 2 }),
        "en-US"
      )
    ).toMatch(/abc\.valueCuts must be between 0 and 1/);
  });
});
