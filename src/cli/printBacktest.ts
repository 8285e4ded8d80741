// The backtest as terminal tables: per grouping at the cut, what its customers did afterwards;
// the churn warning's precision and recall; predicted vs actual revenue by CLV decile.
import type { BacktestGroup, BacktestResult, ClvCheck, Language } from "../core";
import { cliText, type CliMessageKey } from "./messages";
import { fixedDigits, numberFormats, WHOLE } from "./numberFormats";
import { plainTable } from "./printSummary";

const FORMATS = {
  count: WHOLE,
  money: fixedDigits(2),
  mean: fixedDigits(2),
  share: { style: "percent", ...fixedDigits(1) },
  rho: fixedDigits(3),
} satisfies Record<string, Intl.NumberFormatOptions>;

function groupTable(groups: BacktestGroup[], language: Language): string {
  const f = numberFormats(language, FORMATS);
  const t = (k: CliMessageKey) => cliText(k, {}, language);
  const table = plainTable(
    [
      t("backtest.col.group"),
      t("backtest.col.customers"),
      t("backtest.col.boughtAgain"),
      t("backtest.col.orders"),
      t("backtest.col.revenue"),
      t("backtest.col.revenueShare"),
    ],
    1
  );
  for (const g of groups) {
    if (g.customers === 0) continue;
    table.push([
      g.label,
      f.count.format(g.customers),
      f.share.format(g.boughtAgainShare),
      f.mean.format(g.ordersPerCustomer),
      f.money.format(g.revenuePerCustomer),
      f.share.format(g.revenueShare),
    ]);
  }
  return table.toString();
}

function clvTable(check: ClvCheck, language: Language): string[] {
  const f = numberFormats(language, FORMATS);
  const t = (k: CliMessageKey) => cliText(k, {}, language);
  const title = cliText(
    "backtest.clvTitle",
    {
      model: t(`backtest.model.${check.model}`),
      rho: Number.isNaN(check.spearman) ? "–" : f.rho.format(check.spearman),
    },
    language
  );
  const table = plainTable(
    [
      t("backtest.col.decile"),
      t("backtest.col.customers"),
      t("backtest.col.predicted"),
      t("backtest.col.actual"),
    ],
    1
  );
  for (const d of check.deciles)
    table.push([
      String(d.decile),
      f.count.format(d.customers),
      f.money.format(d.predicted),
      f.money.format(d.actual),
    ]);
  return [title, table.toString()];
}

export function backtestText(r: BacktestResult, language: Language): string {
  const f = numberFormats(language, FORMATS);
  const pct = (x: number) => (Number.isNaN(x) ? "–" : f.share.format(x));
  const c = r.churn;
  const sections: [CliMessageKey, BacktestGroup[]][] = [
    ["backtest.abc", r.groups.abc],
    ["backtest.segments", r.groups.segments],
    ["backtest.stages", r.groups.stages],
    ["backtest.churn", r.groups.churn],
    ["backtest.clvTiers", r.groups.clvTiers],
  ];
  const lines = [
    cliText("backtest.title", { cut: r.cut, months: r.months, end: r.end }, language),
    cliText(
      "backtest.newCustomers",
      {
        customers: f.count.format(r.newCustomers),
        share: pct(r.laterRevenue > 0 ? r.newCustomersRevenue / r.laterRevenue : NaN),
      },
      language
    ),
    "",
  ];
  for (const [title, groups] of sections)
    lines.push(cliText(title, {}, language), groupTable(groups, language), "");
  lines.push(
    cliText(
      "backtest.churnLine",
      {
        precision: pct(c.precision),
        recall: pct(c.recall),
        flagged: f.count.format(c.flagged),
        flaggedNotReturned: f.count.format(c.flaggedNotReturned),
        notReturned: f.count.format(c.notReturned),
      },
      language
    ),
    ""
  );
  for (const check of r.clv) lines.push(...clvTable(check, language), "");
  return lines.join("\n");
}
