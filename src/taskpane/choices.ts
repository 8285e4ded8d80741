// The options of the pane's selects come from the core's lists (src/core/vocabulary.ts): the pane
// only adds the text of each member, in a Record, so a member added to a list without a text
// fails the type check instead of missing from the pane.
import type { UiKey } from "./uiText";

export type Choice<T extends string> = [T, UiKey];

/** Each member of a core list with the key of its text, in the list's order. */
export function choices<T extends string>(list: readonly T[], text: Record<T, UiKey>): Choice<T>[] {
  return list.map((v) => [v, text[v]]);
}
