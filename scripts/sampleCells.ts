// How cells of a Chinese shop's export look as text: dates and money in the mixed formats people
// actually have in one sheet (typed by hand, pasted from a POS system, exported by another tool).
import { dayToIso } from "../src/core/cells/dayNumber";
import type { Random } from "../data/generate/random";

/** A date as text: mostly ISO, some 2024/1/5, some 2024年1月5日, a few with a time of day. */
export function dateText(day: number, random: Random): string {
  const iso = dayToIso(day);
  const [y, m, d] = iso.split("-").map(Number);
  const u = random.next();
  if (u < 0.72) return iso;
  if (u < 0.84) return `${y}/${m}/${d}`;
  if (u < 0.95) return `${y}年${m}月${d}日`;
  const hh = String(random.int(8, 22)).padStart(2, "0");
  const mm = String(random.int(0, 59)).padStart(2, "0");
  return `${iso} ${hh}:${mm}`;
}

function grouped(amount: number): string {
  const [whole, fraction] = Math.abs(amount).toFixed(2).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fraction}`;
}

/** An amount as text: mostly a plain number, some ¥1,234.50, some 1,234.50, returns sometimes as (12.00). */
export function amountText(amount: number, random: Random): string {
  const u = random.next();
  if (amount < 0 && u < 0.3) return `(${grouped(amount)})`;
  const sign = amount < 0 ? "-" : "";
  if (u < 0.78) return String(amount);
  if (u < 0.93) return `${sign}¥${grouped(amount)}`;
  return `${sign}${grouped(amount)}`;
}
