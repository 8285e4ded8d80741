// npm run bench:excel [-- --runs K --seed S --rows 10000,100000,1048575]
// A whole Segment run (read, score, conflict check, write tier columns, customer and summary
// sheets, charts) against the in-memory workbook: syncs, the largest request and response, and
// time. The double's own speed is not Excel's, so the time is indicative; syncs and bytes are exact.
import { parseArgs } from "util";
import { segmentWorkbook } from "../src/excel/segmentWorkbook";
import { PAYLOAD_LIMIT_BYTES } from "../src/excel/limits";
import { InMemoryWorkbook } from "../src/excelDouble";
import { collectGarbage } from "./gc";
import { generateTransactions } from "./generateTransactions";
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
  const log = wb.syncLog;
  return {
    seconds,
    syncs: log.length,
    readSyncs: log.filter((s) => s.cellsRead > 0).length,
    writeSyncs: log.filter((s) => s.cellsWritten > 0).length,
    largestRequest: Math.max(...log.map((s) => s.requestBytes)),
    largestResponse: Math.max(...log.map((s) => s.responseBytes)),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: "string", default: "10000,100000,1048575" },
      runs: { type: "string", default: "3" },
      seed: { type: "string", default: "20240105" },
    },
  });
  const sizes = values.rows.split(",").map(Number);
  const runs = Number(values.runs);
  if (sizes.some((n) => !Number.isInteger(n) || n < 2) || !Number.isInteger(runs) || runs < 1) {
    throw new Error("--rows takes integers >= 2 separated by commas, --runs an integer >= 1");
  }
  console.log("Segment run against the in-memory workbook (limit per request: 5 MB)");
  console.log(
    "rows (incl. header)   syncs  reads  writes  largest request  largest response  time median (min-max)"
  );
  for (const rows of sizes) {
    const figures: RunFigures[] = [];
    for (let i = 0; i < runs; i++) figures.push(await oneRun(rows - 1, Number(values.seed)));
    const t = stats(figures.map((f) => f.seconds));
    const f = figures[0];
    const mb = (b: number): string => `${(b / MB).toFixed(2)} MB`;
    console.log(
      [
        String(rows).padEnd(20),
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
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
