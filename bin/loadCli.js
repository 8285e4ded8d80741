// Loads the compiled CLI. `npm run build:cli` compiles src/ to build/ (one file per module) and
// then, when esbuild is installed, bundles them into build/cli/tiering.js with V8's code cache
// for it (scripts/bundleCli.js). Starting from the bundle skips resolving and reading about 500
// files, and the cache skips compiling them: `tiering --version` took 0.29 s of CPU from the
// modules and 0.14 s from the cached bundle (issue 19: the CLI against a plain DuckDB script).
// The bundle is used only while it is at least as new as build/cli/main.js (a `tsc` run without
// the bundling step leaves it stale), the cache only while it is at least as new as the bundle;
// V8 itself rejects a cache made by another Node version or with other V8 flags.
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

/** The folder tsc and the bundler write the CLI to; the files in it. */
const CLI = path.join(__dirname, "..", "build", "cli");
const files = (dir) => ({
  main: path.join(dir, "main.js"),
  bundle: path.join(dir, "tiering.js"),
  cache: path.join(dir, "tiering.cache"),
});

const mtime = (file) => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
};

/**
 * Runs the bundle as node would run it as a module (its require resolves from its folder),
 * compiled with the code cache when `useCache`. `script.cachedDataRejected` tells whether V8 took it.
 */
function runBundle(dir, useCache) {
  const f = files(dir);
  const source = fs.readFileSync(f.bundle, "utf8");
  const cachedData = useCache ? fs.readFileSync(f.cache) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: f.bundle, cachedData });
  const bundle = new Module(f.bundle, module);
  bundle.filename = f.bundle;
  bundle.paths = Module._nodeModulePaths(dir);
  const require = (id) => bundle.require(id);
  script.runInThisContext().call(bundle.exports, bundle.exports, require, bundle, f.bundle, dir);
  bundle.loaded = true;
  return { exports: bundle.exports, script };
}

/** Which file the CLI starts from: "bundle+cache", "bundle" or "modules". */
function startFrom(dir = CLI) {
  const f = files(dir);
  const bundled = mtime(f.bundle);
  if (bundled < 0 || bundled < mtime(f.main)) return "modules";
  return mtime(f.cache) >= bundled ? "bundle+cache" : "bundle";
}

/** The CLI's exports (main), from the bundle when it is current, else from the modules. */
function loadCli(dir = CLI) {
  const from = startFrom(dir);
  if (from === "modules") return require(files(dir).main);
  return runBundle(dir, from === "bundle+cache").exports;
}

/** For the build: loads the bundle, runs `warm` on its exports, then writes V8's code cache. */
async function writeCodeCache(warm, dir = CLI) {
  const f = files(dir);
  fs.rmSync(f.cache, { force: true });
  const { exports, script } = runBundle(dir, false);
  await warm(exports);
  // After a run, the cache also holds the functions the run compiled, not only the top level.
  // Written aside and renamed, as the bundle is (scripts/bundleCli.js).
  const written = `${f.cache}.${process.pid}.tmp`;
  fs.writeFileSync(written, script.createCachedData());
  fs.renameSync(written, f.cache);
}

module.exports = { CLI, files, loadCli, runBundle, startFrom, writeCodeCache };
