// A progress bar on stderr for large inputs, fed by the core's onProgress hook.
import { SingleBar } from "cli-progress";
import type { Language, Progress } from "../core";
import { cliText } from "./messages";

/** Below this many rows a run is too quick for a bar to help. */
export const PROGRESS_MIN_ROWS = 50_000;

export interface ProgressView {
  onProgress?: (p: Progress) => void;
  stop(): void;
}

const STEPS = 100;

/** A bar when stream is a terminal, the input is large and --quiet is off; else a no-op. */
export function progressView(
  stream: NodeJS.WriteStream | null,
  rows: number,
  quiet: boolean,
  language: Language
): ProgressView {
  if (stream === null || quiet || rows <= PROGRESS_MIN_ROWS) return { stop: () => undefined };
  const bar = new SingleBar({
    stream,
    format: "{stage} [{bar}] {percentage}%",
    barsize: 30,
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(STEPS, 0, { stage: cliText("progress.parsing", {}, language) });
  return {
    onProgress: (p) =>
      bar.update(Math.round(p.fraction * STEPS), {
        stage: cliText(`progress.${p.stage}`, {}, language),
      }),
    stop: () => bar.stop(),
  };
}
