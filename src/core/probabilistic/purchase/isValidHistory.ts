// Which (frequency, recency, T) rows the purchase models can use.

/**
 * frequency a whole number >= 0 (repeat purchase days), 0 <= recency <= T, all finite, and
 * recency 0 when there is no repeat purchase (there is no last repeat purchase to date). Anything
 * else is an impossible summary row: the fit leaves it out and the predictions give NaN for it.
 */
export function isValidHistory(x: number, tx: number, T: number): boolean {
  return (
    Number.isInteger(x) && x >= 0 && Number.isFinite(T) && tx >= 0 && tx <= T && (x > 0 || tx === 0)
  );
}
