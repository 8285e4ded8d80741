// The customer and order id columns. Both hold repeating ids; what tells them apart is that all
// rows of one order share its date, while a customer's rows do not.
import { cellText, isBlank } from "../cells";
import type { CellValue } from "../types";
import { type ColumnStats, mostly } from "./columnStats";

/** What the id checks look at beyond the column statistics. */
export interface IdContext {
  values: CellValue[][];
  /** First data row. */
  start: number;
  /** The sampled rows. */
  rows: number[];
  dateColumn: number | undefined;
  taken: Set<number>;
  /** Profiles already read, by column: the customer and order id checks share them. */
  profiles: Map<number, RepeatProfile>;
}

/**
 * Filled cells read past the sample when the sample shows no repeat: ids that repeat at all
 * show repeats after about sqrt(2 x ids) rows, so this finds them for up to a billion ids.
 */
const MAX_SCAN = 100_000;
/** Ids seen on two or more rows, each on one date, before a column reads as order lines. */
const MIN_ORDER_GROUPS = 3;

/** How the ids of a column repeat, read row by row; done as soon as the answer is known. */
export class RepeatProfile {
  repeats = false;
  /** Some id was seen on two different dates. */
  private mixed = false;
  private readonly dateOf = new Map<string, string>();
  private readonly groupDate = new Map<string, string>();

  constructor(private readonly withDates: boolean) {}

  get done(): boolean {
    return this.mixed || (this.repeats && !this.withDates);
  }

  /** Repeated ids each keep one date, as order lines do, and they fall on different dates. */
  get orderLike(): boolean {
    if (this.mixed || this.groupDate.size < MIN_ORDER_GROUPS) return false;
    return new Set(this.groupDate.values()).size >= 2;
  }

  add(id: string, date: string): void {
    const first = this.dateOf.get(id);
    if (first === undefined) {
      this.dateOf.set(id, date);
      return;
    }
    this.repeats = true;
    if (first !== date) this.mixed = true;
    else this.groupDate.set(id, date);
  }
}

function addRow(p: RepeatProfile, ctx: IdContext, r: number, column: number): boolean {
  const row = ctx.values[r];
  const v = row?.[column];
  if (isBlank(v)) return false;
  p.add(cellText(v), ctx.dateColumn === undefined ? "" : cellText(row[ctx.dateColumn]));
  return true;
}

function sampleProfile(ctx: IdContext, column: number): RepeatProfile {
  const p = new RepeatProfile(ctx.dateColumn !== undefined);
  for (const r of ctx.rows) {
    addRow(p, ctx, r, column);
    if (p.done) break;
  }
  return p;
}

// A sample of a large table may hold each id once even when ids repeat: read the rows in order.
function scanProfile(ctx: IdContext, column: number): RepeatProfile {
  const p = new RepeatProfile(ctx.dateColumn !== undefined);
  for (let r = ctx.start, filled = 0; r < ctx.values.length && filled < MAX_SCAN && !p.done; r++) {
    if (addRow(p, ctx, r, column)) filled++;
  }
  return p;
}

interface IdColumn {
  st: ColumnStats;
  /** No id repeats in the sample (its repeats, if any, were found by reading on). */
  uniqueInSample: boolean;
  profile: RepeatProfile;
}

function idColumns(stats: ColumnStats[], ctx: IdContext): IdColumn[] {
  const out: IdColumn[] = [];
  for (const st of stats) {
    if (
      ctx.taken.has(st.column) ||
      !mostly(st.idLike, st) ||
      mostly(st.dates, st) ||
      st.distinct.size < 2
    )
      continue;
    const uniqueInSample = st.distinct.size >= st.filled;
    let profile = ctx.profiles.get(st.column);
    if (profile === undefined) {
      profile = uniqueInSample ? scanProfile(ctx, st.column) : sampleProfile(ctx, st.column);
      ctx.profiles.set(st.column, profile);
    }
    out.push({ st, uniqueInSample, profile });
  }
  return out;
}

// More distinct ids first: ids unique in the sample beat any that repeat there.
function moreDistinct(a: IdColumn, b: IdColumn): boolean {
  if (a.uniqueInSample !== b.uniqueInSample) return a.uniqueInSample;
  return a.st.distinct.size > b.st.distinct.size;
}

function best(
  list: IdColumn[],
  better: (a: IdColumn, b: IdColumn) => boolean
): ColumnStats | undefined {
  let top: IdColumn | undefined;
  for (const c of list) if (top === undefined || better(c, top)) top = c;
  return top?.st;
}

/**
 * The customer: the column of repeating ids with the most distinct ones (so not a small code),
 * that are not order lines; when every repeating column looks like order lines (one order per
 * customer), the one with the fewest ids.
 */
export function pickCustomer(stats: ColumnStats[], ctx: IdContext): ColumnStats | undefined {
  const repeating = idColumns(stats, ctx).filter((c) => c.profile.repeats);
  const customer = best(
    repeating.filter((c) => !c.profile.orderLike),
    moreDistinct
  );
  return customer ?? best(repeating, (a, b) => moreDistinct(b, a));
}

/** Order lines (repeating ids that keep their date), else order-number texts that never repeat. */
export function pickOrderId(stats: ColumnStats[], ctx: IdContext): ColumnStats | undefined {
  const ids = idColumns(stats, ctx);
  const lines = best(
    ids.filter((c) => c.profile.orderLike),
    moreDistinct
  );
  if (lines !== undefined) return lines;
  return ids.find(
    (c) => !c.profile.repeats && c.st.filled === ctx.rows.length && c.st.orderIdLike === c.st.filled
  )?.st;
}
