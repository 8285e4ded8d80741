// The benches' whole-number flags (--rows, --runs, --seed...), checked before anything is generated.

/** `text` as an integer of at least `min`; throws naming the flag. */
export function intArg(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${name} must be an integer >= ${min}, got "${text}"`);
  return n;
}
