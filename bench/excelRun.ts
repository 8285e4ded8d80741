// npm run bench:excel [-- --runs K --seed S --rows 10000,100000,1048575 --refresh-rows 100000]
// A whole Segment run (read, score, conflict check, write tier columns, customer and summary
// sheets, charts) against the in-memory workbook: syncs, the largest request and response, and
// time. Then a Refresh after a tenth more orders were appended (re-read the grown range, re-score,
// compare with the stored tiers, update everything in place, write the migration sheet). The
// double's own speed is not Excel's, so the time is indicative; syncs and bytes are exact.
import { parseArgs } from "util";
import { refreshModels } from "../src/excel/refreshModels";
import { segmentWorkbook } from "../src/excel/segmentWorkbook";
import { PAYLOAD_LIMIT_BYTES } from "../src/excel/limits";
import { InMemoryWorkbook } from "../src/excelDouble";
import { collectGarbage } from "./gc";
import { generateTransactions } from "../data/generate/generateTransactions";
import { intArg } from "./intArg";
import { MB, stats } from "./stats";

interface RunFigures {
  seconds: number;
  syncs: number;
  readSyncs: number;
  writeSyncs: number;
  largestRequest: number;
  largestResponse: number;
}

async function oneRun(rows: number, seed: number): Promise<RunFigures> {
  const sheet = generateTransactions(rows, seed);
  const wb = new InMemoryWorkbook();
  wb.addSheet("Orders");
  wb.setValues("Orders", "A1", sheet.values as (string | number)[][], sheet.numberFormats);
  wb.select("Orders!A1");
  collectGarbage();
  const start = performance.now();
  const outcome = await wb.run((context) => segmentWorkbook(context));
  const seconds = (performance.now() - start) / 1000;
  if (outcome.status !== "written") throw new Error(`run ended with ${outcome.status}`);
  return figuresOf(wb.syncLog, seconds);
}

function figuresOf(log: InMemoryWorkbook["syncLog"], seconds: number): RunFigures {
  return {
    seconds,
    syncs: log.length,
    readSyncs: log.filter((s) => s.cellsRead > 0).length,
    writeSyncs: log.filter((s) => s.cellsWritten > 0).length,
    largestRequest: Math.max(...log.map((s) => s.requestBytes)),
    largestResponse: Math.max(...log.map((s) => s.responseBytes)),
  };
}

/** Segment the first rows, append a tenth more orders below them, then time the Refresh alone. */
async function refreshRun(rows: number, seed: number): Promise<RunFigures> {
  const extra = Math.round(rows / 10);
  const sheet = generateTransactions(rows + extra, seed);
  const values = sheet.values as (string | number)[][];
  const wb = new InMemoryWorkbook();
  wb.addSheet("Orders");
  wb.setValues("Orders", "A1", values.slice(0, rows + 1), sheet.numberFormats.slice(0, rows + 1));
  wb.select("Orders!A1");
  const first = await wb.run((context) => segmentWorkbook(context));
  if (first.status !== "written") throw new Error(`segment ended with ${first.status}`);
  wb.setValues(
    "Orders",
    `A${rows + 2}`,
    values.slice(rows + 1),
    sheet.numberFormats.slice(rows + 1)
  );
  const before = wb.syncLog.length;
  collectGarbage();
  const start = performance.now();
  const report = await wb.run((context) => refreshModels(context));
  const seconds = (performance.now() - start) / 1000;
  const m = report.models[0];
  if (m.status !== "refreshed") throw new Error(`refresh ended with ${m.status}`);
  if (m.grownBy !== extra) throw new Error(`grew by ${m.grownBy}, expected ${extra}`);
  return figuresOf(wb.syncLog.slice(before), seconds);
}

function printRow(label: string, figures: RunFigures[]): void {
  const t = stats(figures.map((f) => f.seconds));
  const f = figures[0];
  const mb = (b: number): string => `${(b / MB).toFixed(2)} MB`;
  console.log(
    [
      label.padEnd(20),
      String(f.syncs).padStart(6),
      String(f.readSyncs).padStart(6),
      String(f.writeSyncs).padStart(7),
      mb(f.largestRequest).padStart(16),
      mb(f.largestResponse).padStart(17),
      `  ${t.median.toFixed(2)} s (${t.min.toFixed(2)}-${t.max.toFixed(2)})`,
      f.largestRequest > PAYLOAD_LIMIT_BYTES || f.largestResponse > PAYLOAD_LIMIT_BYTES
        ? " OVER LIMIT"
        : "",
    ].join(" ")
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: "string", default: "10000,100000,1048575" },
      "refresh-rows": { type: "string", default: "100000" },
      runs: { type: "string", default: "3" },
      seed: { type: "string", default: "20240105" },
    },
  });
  const sizes = sizesOf(values.rows, "--rows");
  const refreshSizes = sizesOf(values["refresh-rows"], "--refresh-rows");
  const runs = intArg("runs", values.runs, 1);
  const seed = intArg("seed", values.seed, 0);
  console.log("Runs against the in-memory workbook (limit per request: 5 MB)");
  console.log(
    "run                  syncs  reads  writes  largest request  largest response  time median (min-max)"
  );
  for (const rows of sizes) {
    const figures: RunFigures[] = [];
    for (let i = 0; i < runs; i++) figures.push(await oneRun(rows - 1, seed));
    printRow(`Segment ${rows}`, figures);
  }
  for (const rows of refreshSizes) {
    const figures: RunFigures[] = [];
    for (let i = 0; i < runs; i++) figures.push(await refreshRun(rows, seed));
    printRow(`Refresh ${rows}+10%`, figures);
  }
}

function sizesOf(text: string, flag: string): number[] {
  const sizes = text === "" ? [] : text.split(",").map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 2))
    throw new Error(`${flag} takes integers >= 2 separated by commas`);
  return sizes;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
