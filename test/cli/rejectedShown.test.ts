// Issue 14: when every row is rejected the rejected rows are shown (table and JSON), and text
// from the file never drives the terminal or splits a one-line message.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { terminalSafe } from "../../src/cli/terminalText";
import { runCli, tempDir } from "./captureIo";

describe("every row rejected", () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  const file = (): string => {
    const path = join(dir, "bad.csv");
    writeFileSync(path, "customer,date,amount\nA,someday,10\nB,2024-01-02,lots\n,2024-01-03,5\n");
    return path;
  };

  it("prints the rejected rows with their reasons under the one-line error", async () => {
    const out = await runCli(["segment", file()]);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe("tiering: No row could be used (3 rejected): see the rejected rows.\n");
    expect(out.stdout).toContain("Rejected rows (3)");
    expect(out.stdout).toContain('cannot read "someday" as a date');
    expect(out.stdout).toContain('cannot read "lots" as an amount');
    expect(out.stdout).toContain("the customer is blank");
  });

  it("gives the rejected rows in the JSON, for clv too", async () => {
    for (const command of ["segment", "clv"]) {
      const out = await runCli([command, file(), "--json"]);
      expect(out.code).toBe(2);
      const report = JSON.parse(out.stdout) as {
        error: { problem: string };
        rejected: { row: number; column: string; reason: string }[];
      };
      expect(report.error.problem).toBe("noUsableRows");
      expect(report.rejected.map((r) => [r.row, r.column, r.reason])).toEqual([
        [2, "B", "badDate"],
        [3, "C", "badAmount"],
        [4, "A", "missingCustomer"],
      ]);
    }
  });
});

describe("text from the file on the terminal", () => {
  it("escapes control characters, C1 ones too, and keeps one line", () => {
    expect(terminalSafe("a\u001b[2Jb")).toBe("a\\x1b[2Jb");
    expect(terminalSafe("x\u009b31m")).toBe("x\\u009b31m");
    expect(terminalSafe("two\nlines\r\tend\u0000")).toBe("two\\nlines\\r\\tend\\x00");
    expect(terminalSafe("客户 ¥1,234")).toBe("客户 ¥1,234");
  });

  it("prints a rejected cell's escape sequence escaped", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, "esc.csv");
      writeFileSync(path, "customer,date,amount\nA,\u001b[2J,10\nB,2024-01-02,5\nC,2024-01-03,6\n");
      const out = await runCli(["segment", path]);
      expect(out.code).toBe(0);
      expect(out.stdout).not.toContain("\u001b");
      expect(out.stdout).toContain('cannot read "\\x1b[2J" as a date');
    } finally {
      cleanup();
    }
  });

  it("keeps a message quoting a header with a line break on one line", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, "nl.csv");
      // No amount column: the message lists the headers it found.
      writeFileSync(path, 'customer,"order\ndate",note\nA,2024-01-01,x\nB,2024-01-02,y\n');
      const out = await runCli(["segment", path]);
      expect(out.code).toBe(2);
      expect(out.stderr.split("\n")).toHaveLength(2);
      expect(out.stderr).toContain("order\\ndate");
    } finally {
      cleanup();
    }
  });
});
