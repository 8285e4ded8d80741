import type { SegmentScheme } from "../types";
import { BUILT_IN_SCHEMES } from "./schemes";

export { BUILT_IN_SCHEMES } from "./schemes";
export { applyScheme } from "./applyScheme";
export { hasScore, scoreMeans } from "./scoreMeans";
export type { ScoreMeans } from "./scoreMeans";
export { validateScheme } from "./validateScheme";
export type { SchemeCheck, SchemeProblem } from "./validateScheme";

/** The built-in scheme with that id ("value-tiers", "four", "eight", "named"), or undefined. */
export function schemeById(id: string): SegmentScheme | undefined {
  return Object.prototype.hasOwnProperty.call(BUILT_IN_SCHEMES, id)
    ? BUILT_IN_SCHEMES[id as keyof typeof BUILT_IN_SCHEMES]
    : undefined;
}
