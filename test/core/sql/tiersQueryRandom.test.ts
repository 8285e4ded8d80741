// The tiers query run by DuckDB agrees with segment() on every customer of random tables under
// random settings (randomTables.ts); FUZZ_RUNS and FUZZ_SEED explore further.
import type { DuckDBConnection } from "@duckdb/node-api";
import fc from "fast-check";
import { tiersQuery } from "../../../src/core/sql";
import { duckdbConnection, loadTable } from "./duckdbTables";
import { expectCoreAnswer, randomSettings, randomTable } from "./randomTables";
import { customerRow } from "./sqlTables";

let db: DuckDBConnection;
beforeAll(async () => {
  db = await duckdbConnection();
});
afterAll(() => db.closeSync());

test("tiers query in DuckDB = segment() on random tables and settings", async () => {
  await fc.assert(
    fc.asyncProperty(randomTable, randomSettings, async (t, options) => {
      await loadTable(db, "orders", t);
      const sql = tiersQuery({ dialect: "duckdb", table: "orders", columns: t.columns, options });
      const rows = (await db.runAndReadAll(sql)).getRowObjectsJS().map(customerRow);
      expectCoreAnswer(rows, t, options);
    }),
    {
      numRuns: Number(process.env.FUZZ_RUNS ?? 150),
      seed: Number(process.env.FUZZ_SEED ?? 20261207),
    }
  );
}, 1_200_000);
