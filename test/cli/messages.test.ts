// Issue 14, smaller: messages that named the wrong thing.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonReport } from "../../src/cli/jsonOutput";
import { runCli, tempDir } from "./captureIo";

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe("messages", () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  const write = (name: string, content: string | Buffer): string => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };

  it("calls a password-protected XLSX so, not an old .xls workbook", async () => {
    // An encrypted package: a compound file whose directory names EncryptionInfo (MS-OFFCRYPTO).
    const directory = Buffer.alloc(512);
    Buffer.from("EncryptionInfo", "utf16le").copy(directory, 0);
    Buffer.from("EncryptedPackage", "utf16le").copy(directory, 128);
    const encrypted = write("secret.xlsx", Buffer.concat([OLE, Buffer.alloc(504), directory]));
    const out = await runCli(["segment", encrypted]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/is protected with a password/);
    const workbook = Buffer.alloc(512);
    Buffer.from("Workbook", "utf16le").copy(workbook, 0);
    const old = write("old.xls", Buffer.concat([OLE, Buffer.alloc(504), workbook]));
    expect((await runCli(["segment", old])).stderr).toMatch(/is an old \.xls workbook/);
  });

  it("does not call 13/04/2024 ambiguous: it can only be day-first", async () => {
    const file = write(
      "dates.csv",
      "customer,date,amount\nA,13/04/2024,10\nB,05/04/2024,20\nC,04/13/2024,5\nD,2024-04-01,30\n"
    );
    const out = await runCli(["segment", file, "--json"]);
    const report = JSON.parse(out.stdout) as JsonReport;
    expect(report.rejected.map((r) => [r.row, r.reason])).toEqual([
      [2, "dayFirstDate"],
      [3, "ambiguousDate"],
      [4, "monthFirstDate"],
    ]);
    expect(report.rejected[0].message).toMatch(
      /"13\/04\/2024" can only be read day-first: choose the day-first date order \(dmy\)/
    );
  });

  it("names a column conflict 1-based, as a letter, and both flags", async () => {
    const file = write("c.csv", "customer,date,amount\nA,2024-01-01,10\n");
    const out = await runCli(["segment", file, "--customer", "A", "--amount", "1"]);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      "tiering: --amount and --customer both name column A: give each its own column\n"
    );
  });
});
