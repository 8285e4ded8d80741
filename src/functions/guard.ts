// Every function body runs inside guard(): Excel must get an error value in a cell, never an
// exception, whatever the input.
import { describeError, type Language } from "../core";
import { displayLanguage } from "./language";
import { invalidValue } from "./runtime";

/**
 * Runs a function body. A FormulaProblem, an error the core raises on purpose (a bad option, no
 * usable row) or any other failure (a bug) becomes a single #VALUE! cell with its message.
 * `language` is a thunk because deciding it may itself be the problem (a bad `language`
 * argument); the display language is used then.
 */
export function guard(language: () => Language, body: () => unknown[][]): unknown[][] {
  try {
    return body();
  } catch (error) {
    return failure(language, error);
  }
}

/** guard() for a body that runs over several tasks (a fit that yields). */
export async function guardAsync(
  language: () => Language,
  body: () => Promise<unknown[][]>
): Promise<unknown[][]> {
  try {
    return await body();
  } catch (error) {
    return failure(language, error);
  }
}

function failure(language: () => Language, error: unknown): unknown[][] {
  let lang: Language;
  try {
    lang = language();
  } catch {
    lang = displayLanguage();
  }
  return [[invalidValue(describeError(error, lang))]];
}
