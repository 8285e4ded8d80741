// The output language: --lang when given, else the locale of the environment.
import { isOneOf, type Language, LANGUAGES, languageOfTag } from "../core";

export { LANGUAGES };

/** zh-CN when the POSIX locale (LC_ALL, then LC_MESSAGES, then LANG) is Chinese, else en-US. */
export function languageFromEnv(env: Record<string, string | undefined>): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return languageOfTag(locale) ?? "en-US";
}

export function isLanguage(value: string): value is Language {
  return isOneOf(LANGUAGES, value);
}

/**
 * The language for messages printed before the flags are parsed (help, flag errors): a valid
 * --lang anywhere in argv wins over the environment.
 */
export function languageFromArgv(
  argv: readonly string[],
  env: Record<string, string | undefined>
): Language {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value =
      arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value !== undefined && isLanguage(value)) return value;
  }
  return languageFromEnv(env);
}
