import type { SegmentScheme } from "../types";
import { isOneOf, SCHEME_IDS } from "../vocabulary";
import { BUILT_IN_SCHEMES } from "./schemes";

export { BUILT_IN_SCHEMES } from "./schemes";
export { applyScheme } from "./applyScheme";
export { hasScore, scoreMeans } from "./scoreMeans";
export type { ScoreMeans } from "./scoreMeans";
export { validateScheme } from "./validateScheme";
export type { SchemeCheck, SchemeProblem } from "./validateScheme";

/** The built-in scheme with that id (one of SCHEME_IDS), or undefined. */
export function schemeById(id: string): SegmentScheme | undefined {
  return isOneOf(SCHEME_IDS, id) ? BUILT_IN_SCHEMES[id] : undefined;
}
