// The `tiering` program: parses argv with commander, runs the command and turns every error
// into an exit code and one line on stderr. Never calls process.exit: bin/tiering.js sets the code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import {
  ABC_BASES,
  ABC_MODES,
  CLV_MODELS,
  DEFAULT_OPTIONS,
  type Language,
  RFM_SCORINGS,
  SCHEME_IDS,
  SHAPES,
} from "../core";
import { CliError } from "./cliError";
import { EXIT_OK, EXIT_USAGE, outcomeOf } from "./errorOutcome";
import { cancelOnInterrupt, processIo, stdoutDone, stdoutProblem, type CliIo } from "./io";
import { languageFromArgv } from "./language";
import {
  addInputFlags,
  addProbabilisticFlags,
  addReadingFlags,
  type HelpText,
} from "./commandFlags";
import { cliText } from "./messages";
import { parseClvFlags, type ClvRawFlags } from "./clvOptions";
import { parseSegmentFlags, type SegmentRawFlags } from "./segmentFlags";
import { runClv } from "./runClv";
import { runSegment } from "./runSegment";
import { terminalSafe } from "./terminalText";
import { parseBacktestFlags, runBacktest, type BacktestRawFlags } from "./runBacktest";
import { runSql, sqlCommand, type SqlRawFlags } from "./sqlCommand";

const PROGRAM = "tiering";

function packageVersion(): string {
  try {
    // src/cli and build/cli both sit two levels below the package root.
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version?: unknown;
    };
    return typeof pkg.version === "string" ? pkg.version : "0.0.0";
  } catch {
    return "0.0.0";
  }
}

type Run = (file: string, flags: SegmentRawFlags) => Promise<void>;
type RunClv = (file: string, flags: ClvRawFlags) => Promise<void>;
type RunBacktest = (file: string, flags: BacktestRawFlags) => Promise<void>;

function backtestCommand(program: Command, t: HelpText, run: RunBacktest): void {
  const command = program
    .command("backtest")
    .description(t("help.backtest"))
    .argument("<file>", t("help.file"))
    .option("--months <months>", t("help.months"))
    .option("--cut <date>", t("help.cut"))
    .option("--clv-model <model>", t("help.clvModel"))
    .option("--scoring <method>", `${t("help.scoring")}: ${RFM_SCORINGS.join("|")}`)
    .option("--scheme <scheme>", `${t("help.scheme")}: ${SCHEME_IDS.join("|")}|FILE.json`)
    .option("--abc-mode <mode>", `${t("help.abcMode")}: ${ABC_MODES.join("|")}`)
    .option("--margin <rate>", t("help.margin"))
    .option("--lifespan <years>", t("help.lifespan"));
  addReadingFlags(command, t);
  addInputFlags(command, t)
    .option("--quiet", t("help.quiet"))
    .helpOption("-h, --help", t("help.help"))
    .action(run);
}

function segmentCommand(program: Command, t: HelpText, run: Run): void {
  const command = program
    .command("segment")
    .description(t("help.segment"))
    .argument("<file>", t("help.file"))
    .option("--as-of <date>", t("help.asOf"))
    .option("--scoring <method>", `${t("help.scoring")}: ${RFM_SCORINGS.join("|")}`)
    .option("--scheme <scheme>", `${t("help.scheme")}: ${SCHEME_IDS.join("|")}|FILE.json`)
    .option("--abc-mode <mode>", `${t("help.abcMode")}: ${ABC_MODES.join("|")}`)
    .option("--abc-basis <basis>", `${t("help.abcBasis")}: ${ABC_BASES.join("|")}`)
    .option("--margin <rate>", t("help.margin"))
    .option("--lifespan <years>", t("help.lifespan"))
    .option(
      "--clv-model <model>",
      `${t("help.segmentClvModel")}: ${CLV_MODELS.join("|")} (${DEFAULT_OPTIONS.clv.model})`
    );
  addProbabilisticFlags(command, t).option("--at-risk-level <share>", t("help.atRiskLevel"));
  addReadingFlags(command, t).option(
    "--shape <shape>",
    `${t("help.shape")}: ${["auto", ...SHAPES].join("|")}`
  );
  addInputFlags(command, t)
    .option("--out <file>", t("help.out"))
    .option("--overwrite", t("help.overwrite"))
    .option("--quiet", t("help.quiet"))
    .helpOption("-h, --help", t("help.help"))
    .action(run);
}

function clvCommand(program: Command, t: HelpText, run: RunClv): void {
  const command = program
    .command("clv")
    .description(t("help.clv"))
    .argument("<file>", t("help.clvFile"));
  addProbabilisticFlags(command, t)
    .option("--margin <rate>", t("help.clvMargin"))
    .option("--as-of <date>", t("help.observationEnd"));
  addReadingFlags(command, t);
  addInputFlags(command, t)
    .option("--quiet", t("help.quiet"))
    .helpOption("-h, --help", t("help.help"))
    .action(run);
}

function buildProgram(
  io: CliIo,
  language: Language,
  run: Run,
  runClvCommand: RunClv,
  runBacktestCommand: RunBacktest,
  runSqlCommand: (flags: SqlRawFlags) => Promise<void>
): Command {
  const t: HelpText = (key) => cliText(key, {}, language);
  const program = new Command(PROGRAM)
    .description(t("help.description"))
    .version(packageVersion(), "-V, --version", t("help.version"))
    .helpOption("-h, --help", t("help.help"))
    .helpCommand(false)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Errors are printed by main() in the user's language, one line each.
      outputError: () => undefined,
    });
  segmentCommand(program, t, run);
  clvCommand(program, t, runClvCommand);
  backtestCommand(program, t, runBacktestCommand);
  sqlCommand(program, t, runSqlCommand);
  return program;
}

/** The quoted name in a commander message ("error: unknown option '--foo'"). */
function quoted(message: string): string {
  const m = /'([^']*)'/.exec(message);
  return m ? m[1].split(" ")[0] : "";
}

function commanderProblem(error: CommanderError, command: string | undefined): CliError | null {
  switch (error.code) {
    case "commander.helpDisplayed":
    case "commander.version":
      return null;
    case "commander.unknownOption":
      return new CliError("flag.unknownOption", { option: quoted(error.message) });
    case "commander.optionMissingArgument":
      return new CliError("flag.missingValue", { option: quoted(error.message) });
    case "commander.missingArgument":
      return new CliError(command === "clv" ? "flag.missingClvFile" : "flag.missingFile");
    case "commander.excessArguments":
      return new CliError("flag.extraArgument");
    case "commander.unknownCommand":
      return new CliError("flag.unknownCommand", { command: quoted(error.message) });
    default:
      return new CliError("flag.usage", { message: error.message.replace(/^error:\s*/, "") });
  }
}

function report(io: CliIo, line: string, error: unknown): void {
  // The line may quote a header or a cell: one line, no control characters reaching the terminal.
  io.stderr.write(`${PROGRAM}: ${terminalSafe(line)}\n`);
  if (io.env.TIERING_DEBUG && error instanceof Error && error.stack)
    io.stderr.write(`${error.stack}\n`);
}

/**
 * Runs the command line and resolves to the exit code: 0 done, 1 unexpected error, 2 bad file,
 * flag or input, 130 cancelled. `io` replaces the process's streams (tests capture output).
 */
export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const cli: CliIo = { ...processIo(), ...io };
  const stopListening = io.signal ? () => undefined : cancelOnInterrupt(cli.signal);
  let language = languageFromArgv(argv, cli.env);
  const run: Run = async (file, flags) => {
    const settings = parseSegmentFlags(file, flags, cli.env);
    language = settings.language;
    await runSegment(settings, cli);
  };
  const runClvCommand: RunClv = async (file, flags) => {
    const settings = parseClvFlags(file, flags, cli.env);
    language = settings.language;
    await runClv(settings, cli);
  };
  const runBacktestCommand: RunBacktest = async (file, flags) => {
    const settings = parseBacktestFlags(file, flags, cli.env);
    language = settings.language;
    await runBacktest(settings, cli);
  };
  const runSqlCommand = async (flags: SqlRawFlags) => {
    language = runSql(flags, cli);
  };
  const program = buildProgram(
    cli,
    language,
    run,
    runClvCommand,
    runBacktestCommand,
    runSqlCommand
  );
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT_USAGE;
    }
    await program.parseAsync(argv, { from: "user" });
    const problem = stdoutProblem(await stdoutDone(cli.stdout));
    if (problem !== null) throw problem;
    return EXIT_OK;
  } catch (thrown) {
    const error = thrown instanceof CommanderError ? commanderProblem(thrown, argv[0]) : thrown;
    if (error === null) return EXIT_OK;
    const outcome = outcomeOf(error, language);
    report(cli, outcome.line, error);
    return outcome.code;
  } finally {
    stopListening();
  }
}
