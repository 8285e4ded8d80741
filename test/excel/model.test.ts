import {
  MODEL_VERSION,
  parseModels,
  serializeModels,
  type StoredModel,
} from "../../src/excel/model";
import { nextModelId, upsertModel } from "../../src/excel/modelStore";
import { freeName } from "../../src/excel/sheets";

const rect = { sheetId: "s1", rowIndex: 0, columnIndex: 0, rowCount: 10, columnCount: 3 };

function model(id: string): StoredModel {
  return {
    version: MODEL_VERSION,
    id,
    name: "Sheet1",
    source: { ...rect, sheetName: "Sheet1", tableName: null },
    options: { language: "en-US" },
    mapping: { customer: 0, date: 1, amount: 2 },
    language: "en-US",
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    counts: { input: 9, used: 9, rejected: 0, blank: 0, duplicates: 0 },
    written: {
      tierColumns: { ...rect, columnIndex: 3, columnCount: 8, tableColumns: null },
      customerSheet: { ...rect, sheetId: "s2", columnCount: 19, tableName: `CT_${id}_Customers` },
      summarySheet: { sheetId: "s3", blocks: [], charts: [] },
    },
  };
}

describe("stored models", () => {
  it("round-trips through the setting's JSON", () => {
    const list = { models: [model("m1"), model("m2")], unreadable: [] };
    expect(parseModels(serializeModels(list))).toEqual(list);
  });

  it("reports corrupt and newer entries instead of failing, and keeps newer ones on save", () => {
    const newer = { ...model("m9"), version: MODEL_VERSION + 1 };
    const text = JSON.stringify({ models: [model("m1"), { id: "bad" }, 42, newer] });
    const list = parseModels(text);
    expect(list.models.map((m) => m.id)).toEqual(["m1"]);
    expect(list.unreadable.map((u) => u.reason)).toEqual(["corrupt", "corrupt", "newerVersion"]);
    const saved = JSON.parse(serializeModels(list)) as { models: { id: string }[] };
    expect(saved.models.map((m) => m.id)).toEqual(["m1", "m9"]);
  });

  it.each(["not json", "{}", "[1,2]"])("treats %s as corrupt, with no models", (text) => {
    const list = parseModels(text);
    expect(list.models).toEqual([]);
    expect(list.unreadable).toHaveLength(1);
  });

  it("finds no models in an absent setting", () => {
    expect(parseModels(undefined)).toEqual({ models: [], unreadable: [] });
  });

  it("numbers new models after the ones taken and replaces a model by id", () => {
    expect(nextModelId([model("m1"), model("m3")])).toBe("m2");
    const updated = { ...model("m1"), name: "renamed" };
    expect(upsertModel([model("m1"), model("m2")], updated).map((m) => m.name)).toEqual([
      "renamed",
      "Sheet1",
    ]);
  });
});

describe("freeName", () => {
  it("takes the name when free, else numbers it, case-insensitively", () => {
    expect(freeName("Tier summary", ["Sheet1"])).toBe("Tier summary");
    expect(freeName("Tier summary", ["tier SUMMARY", "Tier summary (2)"])).toBe("Tier summary (3)");
  });

  it("stays within Excel's 31 characters", () => {
    const long = "A very long sheet name that goes on";
    expect(freeName(long, [])).toHaveLength(31);
    const second = freeName(long, [long.slice(0, 31)]);
    expect(second).toHaveLength(31);
    expect(second.endsWith(" (2)")).toBe(true);
  });
});
