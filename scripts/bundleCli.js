#!/usr/bin/env node
// The second step of `npm run build:cli` (after tsc): bundles build/cli/main.js and the modules it
// loads into build/cli/tiering.js, then writes V8's code cache for that file (bin/loadCli.js says
// why). DuckDB's native binding stays outside (a compiled library, loaded from node_modules), and
// so does exceljs, which only an XLSX output loads: with it the bundle was 5.1 MB, without 2.8 MB.
// Without esbuild (an install without dev dependencies) it removes any old bundle and stops:
// bin/tiering.js then runs the modules tsc wrote.
const fs = require("node:fs");
const { CLI, files, writeCodeCache } = require("../bin/loadCli.js");

const { main: MAIN, bundle: BUNDLE, cache: CACHE } = files(CLI);

async function bundle() {
  fs.rmSync(BUNDLE, { force: true });
  fs.rmSync(CACHE, { force: true });
  let esbuild;
  try {
    esbuild = require("esbuild");
  } catch {
    console.warn("bundleCli: esbuild is not installed; the CLI runs from build/cli/main.js");
    return;
  }
  // Written aside and renamed: a CLI started meanwhile (tests run it) reads the old file or the new.
  const written = `${BUNDLE}.${process.pid}.tmp`;
  await esbuild.build({
    entryPoints: [MAIN],
    outfile: written,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    external: ["@duckdb/node-bindings", "exceljs"],
    logLevel: "warning",
  });
  fs.renameSync(written, BUNDLE);
  // --version loads every module the CLI starts with (and runs their top-level code): most of
  // what compiling costs at start-up. Its line on stdout is not for the build's log.
  await writeCodeCache(async (cli) => {
    const write = process.stdout.write;
    process.stdout.write = () => true;
    try {
      await cli.main(["--version"]);
    } finally {
      process.stdout.write = write;
    }
  });
}

bundle().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
