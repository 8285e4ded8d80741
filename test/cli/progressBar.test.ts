import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROGRESS_MIN_ROWS, progressView } from "../../src/cli/progressBar";
import { runCli, tempDir } from "./captureIo";

/** Enough of a terminal for cli-progress and readline's cursor moves. */
function fakeTerminal(): { stream: NodeJS.WriteStream; text: () => string } {
  let text = "";
  const stream = {
    isTTY: true,
    columns: 100,
    write(chunk: string, callback?: () => void): boolean {
      text += chunk;
      if (typeof callback === "function") callback();
      return true;
    },
  };
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

describe("progressView", () => {
  it("draws a bar with the stage in the run's language on a terminal for a large input", () => {
    const terminal = fakeTerminal();
    const view = progressView(terminal.stream, PROGRESS_MIN_ROWS + 1, false, "en-US");
    expect(view.onProgress).toBeDefined();
    view.onProgress?.({ stage: "aggregating", fraction: 0.7 });
    view.stop();
    expect(terminal.text()).toContain("Aggregating");
    expect(terminal.text()).toContain("70%");
    const zh = fakeTerminal();
    const zhView = progressView(zh.stream, PROGRESS_MIN_ROWS + 1, false, "zh-CN");
    zhView.onProgress?.({ stage: "scoring", fraction: 0.9 });
    zhView.stop();
    expect(zh.text()).toContain("评分");
  });

  it("draws nothing without a terminal, with --quiet or for a small input", () => {
    const terminal = fakeTerminal();
    for (const view of [
      progressView(null, 1_000_000, false, "en-US"),
      progressView(terminal.stream, 1_000_000, true, "en-US"),
      progressView(terminal.stream, PROGRESS_MIN_ROWS, false, "en-US"),
    ]) {
      expect(view.onProgress).toBeUndefined();
      view.stop();
    }
    expect(terminal.text()).toBe("");
  });

  it("is fed by a real run on stderr's terminal, leaving stdout to the JSON", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const lines = ["customer,date,amount"];
      for (let i = 0; i <= PROGRESS_MIN_ROWS; i++)
        lines.push(`C${i % 997},2024-01-${String((i % 28) + 1).padStart(2, "0")},${i % 50}`);
      const file = join(dir, "large.csv");
      writeFileSync(file, lines.join("\n"));
      const terminal = fakeTerminal();
      const out = await runCli(["segment", file, "--json"], { progressStream: terminal.stream });
      expect(out.code).toBe(0);
      expect(JSON.parse(out.stdout).customers).toHaveLength(997);
      expect(out.stderr).toBe("");
      expect(terminal.text()).toContain("%");
      const quiet = fakeTerminal();
      await runCli(["segment", file, "--json", "--quiet"], { progressStream: quiet.stream });
      expect(quiet.text()).toBe("");
    } finally {
      cleanup();
    }
  });
});
