// Command-line flags to the core's options, checked one by one so a bad value is named by
// its flag ("--margin must be a number between 0 and 1") before anything is read.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import {
  ABC_BASES,
  ABC_MODES,
  DATE_ORDERS,
  type DeepPartial,
  isOneOf,
  type Language,
  RFM_SCORINGS,
  type Role,
  SCHEME_IDS,
  type SegmentOptions,
  SHAPES,
} from "../core";
import { CliError } from "./cliError";
import type { EncodingChoice } from "./decodeText";
import { ENGINES, type Engine } from "./engine/engines";
import { isLanguage, languageFromEnv, LANGUAGES } from "./language";

/** The flags as commander hands them over (every value still text). */
export interface RawFlags {
  asOf?: string;
  scoring?: string;
  scheme?: string;
  abcMode?: string;
  abcBasis?: string;
  margin?: string;
  lifespan?: string;
  lang?: string;
  dateOrder?: string;
  decimalComma?: boolean;
  dateSystem?: string;
  removeDuplicates?: boolean;
  shape?: string;
  customer?: string;
  date?: string;
  amount?: string;
  orderId?: string;
  profit?: string;
  encoding?: string;
  engine?: string;
  sheet?: string;
  json?: boolean;
  out?: string;
  overwrite?: boolean;
  quiet?: boolean;
}

export interface OutTarget {
  path: string;
  format: "csv" | "xlsx";
  /** --overwrite: the user said a non-empty file there may be replaced. */
  overwrite: boolean;
}

export interface CliSettings {
  file: string;
  language: Language;
  encoding: EncodingChoice;
  /** Who reads the rows: DuckDB, the core, or (auto) DuckDB for large CSV and Parquet files. */
  engine: Engine;
  sheet: string | null;
  json: boolean;
  out: OutTarget | null;
  quiet: boolean;
  /** Core options from the flags; the column mapping is added once the file is read. */
  core: DeepPartial<SegmentOptions>;
  /** Column flags as typed: header text, letter or 1-based number. */
  columns: Partial<Record<Role, string>>;
}

/** The flag of each column role the CLI lets the user map. */
export const COLUMN_FLAGS = [
  ["customer", "customer", "--customer"],
  ["date", "date", "--date"],
  ["amount", "amount", "--amount"],
  ["orderId", "orderId", "--order-id"],
  ["profit", "profit", "--profit"],
] as const satisfies readonly (readonly [Role, keyof RawFlags, string])[];

/**
 * Column roles one command maps with a flag of its own (`tiering clv --group`): read like the
 * flags above once the file is read, and named by them in errors.
 */
export const COMMAND_COLUMN_FLAGS = [["group", "--group"]] as const satisfies readonly (readonly [
  Role,
  string,
])[];

/** The flags that name a column, as commander hands them over: every command that reads a file takes them. */
export type ColumnFlagKey = (typeof COLUMN_FLAGS)[number][1];

export function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[]
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError("flag.badEnum", { flag, value, allowed: allowed.join(", ") });
}

/** A finite number in [min, max]; "25%" means 0.25 where percent is allowed. */
export function numberFlag(
  flag: string,
  value: string | undefined,
  min: number,
  max: number,
  percent = false
): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  const isPercent = percent && text.endsWith("%");
  const digits = isPercent ? text.slice(0, -1).trim() : text;
  const n = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(digits)
    ? Number(digits) / (isPercent ? 100 : 1)
    : NaN;
  if (!Number.isFinite(n) || n < min || n > max)
    throw new CliError("flag.badNumber", { flag, value, min, max });
  return n;
}

/** An ISO calendar date (YYYY-MM-DD) that exists. */
export function dateFlag(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const valid =
    m !== null && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).toISOString().slice(0, 10) === m[0];
  if (!valid) throw new CliError("flag.badDate", { flag, value });
  return value.trim();
}

function schemeFlag(value: string | undefined): DeepPartial<SegmentOptions>["scheme"] | undefined {
  if (value === undefined) return undefined;
  if (isOneOf(SCHEME_IDS, value)) return value;
  const looksLikePath = extname(value).toLowerCase() === ".json" || /[\\/]/.test(value);
  if (!looksLikePath)
    throw new CliError("flag.badScheme", { value, allowed: SCHEME_IDS.join(", ") });
  let text: string;
  try {
    text = readFileSync(value, "utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new CliError("flag.badSchemeFile", {
      file: value,
      reason: typeof code === "string" ? code : String(error),
    });
  }
  try {
    // The core validates the rules table itself (OptionError "badScheme" with the path inside it).
    return JSON.parse(text.replace(/^\ufeff/, "")) as DeepPartial<SegmentOptions>["scheme"];
  } catch (error) {
    throw new CliError("flag.badSchemeFile", {
      file: value,
      reason: error instanceof Error ? error.message : "JSON",
    });
  }
}

const ENCODING_ALIASES: Record<string, EncodingChoice> = {
  auto: "auto",
  utf8: "utf8",
  "utf-8": "utf8",
  gbk: "gbk",
  gb18030: "gbk",
  gb2312: "gbk",
  cp936: "gbk",
};

export function encodingFlag(value: string | undefined): EncodingChoice {
  if (value === undefined) return "auto";
  const choice = ENCODING_ALIASES[value.toLowerCase()];
  if (choice === undefined)
    throw new CliError("flag.badEnum", { flag: "--encoding", value, allowed: "utf8, gbk" });
  return choice;
}

function outFlag(value: string | undefined, overwrite: boolean): OutTarget | null {
  if (value === undefined) {
    if (overwrite) throw new CliError("flag.overwriteNeedsOut", {});
    return null;
  }
  const ext = extname(value).toLowerCase();
  if (ext === ".csv") return { path: value, format: "csv", overwrite };
  if (ext === ".xlsx") return { path: value, format: "xlsx", overwrite };
  throw new CliError("flag.badOut", { value });
}

export function columnFlags(flags: RawFlags): Partial<Record<Role, string>> {
  const columns: Partial<Record<Role, string>> = {};
  for (const [role, key, flag] of COLUMN_FLAGS) {
    const value = flags[key];
    if (typeof value !== "string") continue;
    if (value.trim() === "" || /^0+$/.test(value.trim()))
      throw new CliError("flag.badColumn", { flag, value });
    columns[role] = value;
  }
  return columns;
}

/** Drops undefined leaves so the core only sees what the user set. */
export function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    const isObject = typeof v === "object" && v !== null && !Array.isArray(v);
    const inner = isObject && k !== "scheme" ? compact(v as object) : v;
    if (isObject && k !== "scheme" && Object.keys(inner as object).length === 0) continue;
    out[k] = inner;
  }
  return out as T;
}

/** --date-system as the core takes it: 1900 or 1904 (Mac Excel before 2011). */
export function dateSystemFlag(value: string | undefined): 1900 | 1904 | undefined {
  const system = oneOf("--date-system", value, ["1900", "1904"]);
  return system === undefined ? undefined : system === "1904" ? 1904 : 1900;
}

type ReadingOptions = Pick<
  DeepPartial<SegmentOptions>,
  "asOf" | "decimalComma" | "removeDuplicates" | "dates"
>;

/**
 * The options on how cells are read that every command takes. The date system comes checked
 * already: each command checks it first, so the first bad flag named stays the same.
 */
export function readingOptions(
  flags: Pick<RawFlags, "asOf" | "decimalComma" | "removeDuplicates" | "dateOrder">,
  system: 1900 | 1904 | undefined
): ReadingOptions {
  return {
    asOf: dateFlag("--as-of", flags.asOf),
    decimalComma: flags.decimalComma || undefined,
    removeDuplicates: flags.removeDuplicates || undefined,
    dates: { order: oneOf("--date-order", flags.dateOrder, DATE_ORDERS), system },
  };
}

function coreOptions(flags: RawFlags, language: Language): DeepPartial<SegmentOptions> {
  const system = dateSystemFlag(flags.dateSystem);
  const margin = numberFlag("--margin", flags.margin, 0, 1, true);
  return compact<DeepPartial<SegmentOptions>>({
    language,
    shape: oneOf("--shape", flags.shape, ["auto", ...SHAPES]),
    ...readingOptions(flags, system),
    abc: {
      mode: oneOf("--abc-mode", flags.abcMode, ABC_MODES),
      basis: oneOf("--abc-basis", flags.abcBasis, ABC_BASES),
    },
    rfm: { scoring: oneOf("--scoring", flags.scoring, RFM_SCORINGS) },
    scheme: schemeFlag(flags.scheme),
    clv: { margin, lifespanYears: numberFlag("--lifespan", flags.lifespan, 0, 100) },
  });
}

/** The language of the run: --lang, else the environment's locale. */
export function languageOf(flags: RawFlags, env: Record<string, string | undefined>): Language {
  if (flags.lang === undefined) return languageFromEnv(env);
  if (isLanguage(flags.lang)) return flags.lang;
  throw new CliError("flag.badEnum", {
    flag: "--lang",
    value: flags.lang,
    allowed: LANGUAGES.join(", "),
  });
}

/** The settings every command takes alike: the file, where in it, the language, the output. */
export function commonSettings(
  file: string,
  flags: Pick<RawFlags, "encoding" | "engine" | "sheet" | "json" | "quiet">,
  language: Language
): Pick<CliSettings, "file" | "language" | "encoding" | "engine" | "sheet" | "json" | "quiet"> {
  return {
    file,
    language,
    encoding: encodingFlag(flags.encoding),
    engine: oneOf("--engine", flags.engine, ENGINES) ?? "auto",
    sheet: flags.sheet ?? null,
    json: flags.json === true,
    quiet: flags.quiet === true,
  };
}

/** Validates every flag. Throws CliError naming the first bad one. */
export function parseFlags(
  file: string,
  flags: RawFlags,
  env: Record<string, string | undefined>
): CliSettings {
  const language = languageOf(flags, env);
  return {
    ...commonSettings(file, flags, language),
    out: outFlag(flags.out, flags.overwrite === true),
    core: coreOptions(flags, language),
    columns: columnFlags(flags),
  };
}
