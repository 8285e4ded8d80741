// DuckDB's spill folders and transcoded CSVs: removed when the run ends, and a killed run's
// folders removed by the next run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { removeTemporaryFolders, temporaryFolder } from "../../src/cli/tempFolders";

const PREFIX = `tiering-test-${Date.now()}-`;

describe("temporaryFolder", () => {
  it("sweeps the folders of ended processes, keeps running ones', removes its own", () => {
    const ended = spawnSync(process.execPath, ["-e", "0"]).pid as number;
    const stale = join(tmpdir(), `${PREFIX}${ended}-abc`);
    mkdirSync(stale);
    writeFileSync(join(stale, "spill.tmp"), "x");
    const running = join(tmpdir(), `${PREFIX}${process.ppid}-def`);
    mkdirSync(running);
    const own = temporaryFolder(PREFIX);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(own.dir.startsWith(join(tmpdir(), `${PREFIX}${process.pid}-`))).toBe(true);
    expect(existsSync(own.dir)).toBe(true);
    own.remove();
    expect(existsSync(own.dir)).toBe(false);
    const other = temporaryFolder(PREFIX);
    removeTemporaryFolders();
    expect(existsSync(other.dir)).toBe(false);
    spawnSync("rm", ["-rf", running]);
  });
});
