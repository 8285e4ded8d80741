// Where the CLI reads and writes, so tests can run main() in-process and capture everything.
import { removeTemporaryFiles } from "./atomicFile";
import { CliError } from "./cliError";
import { systemReason } from "./errorText";

export interface TextSink {
  write(text: string): unknown;
}

export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  /** The terminal to draw a progress bar on, or null when stderr is not a TTY. */
  progressStream: NodeJS.WriteStream | null;
  env: Record<string, string | undefined>;
  /** Set to aborted by SIGINT (or by a test) to cancel the run. */
  signal: { aborted: boolean };
}

let pipeGuardInstalled = false;
let stdoutFailure: NodeJS.ErrnoException | null = null;

/** An error of stdout that is one: a closed pipe (`tiering ... --json | head`) is the reader's choice. */
function failureOf(error: unknown): NodeJS.ErrnoException | null {
  if (error === null || error === undefined) return null;
  const e = error as NodeJS.ErrnoException;
  return e.code === "EPIPE" ? null : e;
}

/**
 * Keeps stdout's first failure for main to report (stdoutDone): without a listener Node would
 * crash with a stack trace. A full disk under `--json > out.json` printed one line per write
 * and the run still exited 0, with the file cut short.
 */
function watchStdout(): void {
  if (pipeGuardInstalled) return;
  pipeGuardInstalled = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    stdoutFailure ??= failureOf(error);
    // Should no one be left to report it; a code set already (main's) stays.
    if (stdoutFailure !== null && !process.exitCode) process.exitCode = 1;
  });
}

/** What main reports of a failure of stdout, or null for none (a closed pipe included). */
export function stdoutProblem(error: unknown): CliError | null {
  const failure = failureOf(error);
  return failure === null
    ? null
    : new CliError("out.stdoutFailed", { reason: systemReason(failure) });
}

/**
 * Once the process's stdout has taken every write so far: the first error writing to it (a
 * closed pipe aside), or null; null at once for any other sink (a test's capture).
 */
export function stdoutDone(sink: TextSink): Promise<NodeJS.ErrnoException | null> {
  if (sink !== process.stdout) return Promise.resolve(null);
  return new Promise((resolve) => {
    // The callback comes after every earlier write, with the error that stopped them if any.
    process.stdout.write("", (error) => resolve(stdoutFailure ?? failureOf(error)));
  });
}

/** The real process streams, for the installed command. */
export function processIo(): CliIo {
  watchStdout();
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    progressStream: process.stderr.isTTY ? process.stderr : null,
    env: process.env,
    signal: { aborted: false },
  };
}

/**
 * The first Ctrl-C marks the run as cancelled instead of killing the process, so a half-written
 * output file is removed and the exit code is 130; a second one kills it the default way (the
 * scoring itself is synchronous, so the mark is only seen between stages).
 * Returns the function that removes the handler.
 */
export function cancelOnInterrupt(signal: { aborted: boolean }): () => void {
  const onInterrupt = (): void => {
    if (signal.aborted) {
      process.off("SIGINT", onInterrupt);
      removeTemporaryFiles();
      process.kill(process.pid, "SIGINT");
      return;
    }
    signal.aborted = true;
  };
  // SIGTERM (kill, a CI timeout) and SIGHUP (the terminal closed) end the run at once, as they
  // would by default, but not before the half-written output is removed.
  const onFatal = (name: NodeJS.Signals): void => {
    stop();
    removeTemporaryFiles();
    process.kill(process.pid, name);
  };
  const stop = (): void => {
    process.off("SIGINT", onInterrupt);
    process.off("SIGTERM", onFatal);
    process.off("SIGHUP", onFatal);
  };
  process.on("SIGINT", onInterrupt);
  process.on("SIGTERM", onFatal);
  process.on("SIGHUP", onFatal);
  return stop;
}
