// hostTasks: the workbook's work for a sync runs in a macrotask of its own, marked "tiers:host",
// so a measurement in the preview can tell the add-in's tasks from the workbook's.
import { InMemoryWorkbook } from "../../src/excelDouble";

function hostSpans(): number {
  return performance.getEntriesByName("tiers:host").length;
}

beforeEach(() => performance.clearMeasures("tiers:host"));

/** Another task, queued now (a message, as the double's own yield is one). */
function queueTask(run: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}

it("marks one span per sync that sends commands, and none for an empty sync", async () => {
  const wb = new InMemoryWorkbook({ sheets: ["S"], hostTasks: true });
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
    await context.sync();
    await context.sync(); // nothing queued
    context.workbook.worksheets.getItem("S").getRange("A2").values = [[2]];
  });
  expect(hostSpans()).toBe(2);
  expect(wb.getValues("S!A1:A2")).toEqual([[1], [2]]);
});

it("lets a task queued before the sync run before the workbook's work", async () => {
  const wb = new InMemoryWorkbook({ sheets: ["S"], hostTasks: true });
  const order: string[] = [];
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
    queueTask(() => order.push("other task"));
    wb.onChange(() => order.push("workbook"));
    await context.sync();
  });
  expect(order).toEqual(["other task", "workbook"]);
});

it("adds no tasks and no marks when off, as in the tests", async () => {
  const wb = new InMemoryWorkbook({ sheets: ["S"] });
  const order: string[] = [];
  await wb.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
    queueTask(() => order.push("other task"));
    wb.onChange(() => order.push("workbook"));
    await context.sync();
  });
  expect(order).toEqual(["workbook"]);
  expect(hostSpans()).toBe(0);
});
