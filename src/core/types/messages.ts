// Text for the user, before and after the catalog: a sentence in every language, and the
// parameters a catalog message is filled with.
import type { Language } from "../vocabulary";

export type LocalizedText = Record<Language, string>;

export type MessageParams = Record<string, string | number>;
