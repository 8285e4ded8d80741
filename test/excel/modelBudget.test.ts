// The stored models live in the add-in's document settings, which Office keeps to about 2 MB for
// all of an add-in's settings (the double refuses a write past it). The models stay within
// MODELS_BUDGET_BYTES; a run that would pass it is refused in words before anything is written,
// and deleting models makes room again.
import { formatMessage } from "../../src/core/i18n";
import { ExcelRunError } from "../../src/excel/excelErrors";
import { forgetModel } from "../../src/excel/manageModels";
import { MODELS_SETTING, serializeModels, type StoredModel } from "../../src/excel/model";
import { loadModels, MODELS_BUDGET_BYTES, utf8Bytes } from "../../src/excel/modelStore";
import type { InMemoryWorkbook } from "../../src/excelDouble";
import {
  contents,
  run,
  workbookWith,
  written,
  ZH_FORMATS,
  ZH_TRANSACTIONS,
} from "./workbookFixtures";

const zh = { options: { language: "zh-CN" as const } };

/** Fills the setting with copies of the model (as if made on many other sheets) up to `bytes`. */
async function storeCopies(
  wb: InMemoryWorkbook,
  model: StoredModel,
  bytes: number
): Promise<number> {
  const models: StoredModel[] = [model];
  for (let n = 2; ; n++) {
    const next = [...models, { ...model, id: `m${n}`, name: `Copy ${n}` }];
    if (utf8Bytes(serializeModels({ models: next, unreadable: [] })) > bytes) break;
    models.push(next[next.length - 1]);
  }
  await wb.run(async (context) => {
    context.workbook.settings.add(MODELS_SETTING, serializeModels({ models, unreadable: [] }));
    await context.sync();
  });
  return models.length;
}

describe("the models' share of the settings", () => {
  it("refuses a new model in words when the workbook stores too many, writing nothing", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    const model = await written(wb, zh);
    const count = await storeCopies(wb, model, MODELS_BUDGET_BYTES - 2000);
    wb.addSheet("更多订单");
    wb.setValues("更多订单", "A1", ZH_TRANSACTIONS, ZH_FORMATS);
    wb.select("更多订单!A1");
    const before = contents(wb);
    let message = "";
    try {
      await run(wb, zh);
    } catch (error) {
      if (!(error instanceof ExcelRunError)) throw error;
      message = formatMessage(`excel.${error.problem}`, error.params, "zh-CN");
    }
    expect(message).toContain(`${count} 个分级模型`);
    expect(message).toContain("未写入任何内容");
    expect(contents(wb)).toEqual(before);
    // Forgetting models (or deleting them) makes room: the same run goes through.
    await wb.run(async (context) => {
      for (let n = 2; n <= 10; n++) await forgetModel(context, `m${n}`);
    });
    const outcome = await run(wb, zh);
    expect(outcome.status).toBe("written");
    const list = await wb.run((context) => loadModels(context));
    expect(list.models).toHaveLength(count - 9 + 1);
  });

  it("keeps a model small: one model takes a few KB of the budget", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    const model = await written(wb, zh);
    const bytes = utf8Bytes(JSON.stringify(model));
    expect(bytes).toBeLessThan(MODELS_BUDGET_BYTES / 100);
  });
});
