// bin/loadCli.js: the CLI starts from the bundle and its code cache only while they are current,
// else from the modules tsc wrote; the build's bundle gives the same output as those modules.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ensureCliBuilt, ROOT } from "./buildCli";
import { FIXTURES, tempDir } from "./captureIo";

type Start = "bundle+cache" | "bundle" | "modules";
interface Loaded {
  from: string;
  dir?: string;
}
interface LoadCli {
  CLI: string;
  startFrom(dir?: string): Start;
  loadCli(dir?: string): Loaded;
  runBundle(dir: string, useCache: boolean): { script: { cachedDataRejected?: boolean } };
  writeCodeCache(warm: (exports: Loaded) => Promise<void>, dir?: string): Promise<void>;
}

const LOADER = join(ROOT, "bin", "loadCli.js");
const loader = require(LOADER) as LoadCli;

/** A build folder with a stand-in main.js and bundle, dated `ages` seconds ago. */
function fakeBuild(root: string, name: string, ages: { main: number; bundle?: number }): string {
  const dir = join(root, name);
  mkdirSync(dir);
  const dated = (file: string, text: string, age: number) => {
    writeFileSync(join(dir, file), text);
    const t = Date.now() / 1000 - age;
    utimesSync(join(dir, file), t, t);
  };
  dated("main.js", 'exports.from = "modules";', ages.main);
  if (ages.bundle !== undefined)
    dated("tiering.js", 'exports.from = "bundle"; exports.dir = __dirname;', ages.bundle);
  return dir;
}

describe("bin/loadCli.js", () => {
  it("uses the modules when there is no bundle or tsc wrote them after it", () => {
    const { dir, cleanup } = tempDir();
    try {
      const none = fakeBuild(dir, "none", { main: 10 });
      expect(loader.startFrom(none)).toBe("modules");
      expect(loader.loadCli(none).from).toBe("modules");
      const stale = fakeBuild(dir, "stale", { main: 10, bundle: 20 });
      expect(loader.startFrom(stale)).toBe("modules");
      expect(loader.loadCli(stale).from).toBe("modules");
    } finally {
      cleanup();
    }
  });

  it("runs a current bundle as a module of its folder, with a cache only when it is current", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const current = fakeBuild(dir, "current", { main: 20, bundle: 10 });
      expect(loader.startFrom(current)).toBe("bundle");
      expect(loader.loadCli(current)).toEqual({ from: "bundle", dir: current });
      let warmed: Loaded | null = null;
      await loader.writeCodeCache(async (exports) => {
        warmed = exports;
        return Promise.resolve();
      }, current);
      expect(warmed).toEqual({ from: "bundle", dir: current });
      expect(loader.startFrom(current)).toBe("bundle+cache");
      expect(loader.runBundle(current, true).script.cachedDataRejected).toBe(false);
      expect(loader.loadCli(current).from).toBe("bundle");
      // The bundle rewritten after its cache: the cache is not used.
      const later = Date.now() / 1000 + 5;
      utimesSync(join(current, "tiering.js"), later, later);
      expect(loader.startFrom(current)).toBe("bundle");
    } finally {
      cleanup();
    }
  });

  describe("the build's bundle", () => {
    beforeAll(ensureCliBuilt, 120_000);

    const run = (script: string, args: string[]) =>
      spawnSync(process.execPath, ["-e", script, "--", ...args], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "" },
      });
    const viaLoader = `require(${JSON.stringify(LOADER)}).loadCli().main(process.argv.slice(1)).then((c) => { process.exitCode = c; })`;
    const viaModules = viaLoader.replace(
      `require(${JSON.stringify(LOADER)}).loadCli()`,
      `require(${JSON.stringify(join(loader.CLI, "main.js"))})`
    );

    it("is what bin/tiering.js starts from, with a cache V8 accepts", () => {
      expect(loader.startFrom()).toBe("bundle+cache");
      const check = run(
        `const l = require(${JSON.stringify(LOADER)}); console.log(l.runBundle(l.CLI, true).script.cachedDataRejected)`,
        []
      );
      expect(check.stdout.trim()).toBe("false");
    });

    it("writes what the modules write, under both engines", () => {
      const file = join(FIXTURES, "orders-zh.csv");
      for (const engine of ["core", "duckdb"]) {
        const args = ["segment", file, "--json", "--engine", engine];
        const bundled = run(viaLoader, args);
        const modules = run(viaModules, args);
        expect(bundled.stderr).toBe("");
        expect(bundled.status).toBe(0);
        expect(bundled.stdout).toBe(modules.stdout);
        expect(JSON.parse(bundled.stdout)).toHaveProperty("customers");
      }
    });

    it("writes an XLSX output (exceljs is loaded from node_modules, outside the bundle)", () => {
      const { dir, cleanup } = tempDir();
      try {
        const out = join(dir, "customers.xlsx");
        const written = run(viaLoader, ["segment", join(FIXTURES, "orders-zh.csv"), "--out", out]);
        expect(written.status).toBe(0);
        expect(readFileSync(out).subarray(0, 4)).toEqual(Buffer.from("PK\x03\x04", "latin1"));
      } finally {
        cleanup();
      }
    });
  });
});
