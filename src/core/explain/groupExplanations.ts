// One line per ABC class, segment, lifecycle stage and CLV tier: the rule that put customers there
// (from the run's own options and scheme, so an edited rule explains itself) and what to do. The
// pane shows it beside each row of the results and the summary sheet beside each table, so every
// face says the same (method.md section 13).
import { actionText } from "../actions/recommendedActions";
import { HIGH_CUT, MID_CUT } from "../clv";
import { formatMessage, label, type MessageKey } from "../i18n";
import { ALIVE_THRESHOLD } from "../lifecycle";
import type { SegmentResult } from "../result";
import type { ActionKind, Language, ScoreCondition, SegmentRule, Stage } from "../types";
import { STAGES } from "../types";

/** The groupings the results show, as the summary's group tables name them. */
export type ExplainedGroup = "abc" | "segments" | "stages" | "clvTiers";

/** Per grouping, the explanation of each group by its key (GroupSummary.key). */
export type GroupExplanations = Record<ExplainedGroup, Record<string, string>>;

/** The segment summaries' key for customers without a purchase (summarize.ts). */
export const NO_PURCHASE_KEY = "noPurchase";

type Say = (key: MessageKey, params?: Record<string, string | number>) => string;

export function groupExplanations(result: SegmentResult, language: Language): GroupExplanations {
  const say: Say = (key, params = {}) => formatMessage(key, params, language);
  const line = (rule: string, action: string): string => say("explain.line", { rule, action });
  const act = (kind: ActionKind): string => actionText(kind, language);
  return {
    abc: abcLines(result, language, say, line, act),
    segments: segmentLines(result, say, line, act),
    stages: stageLines(result, say, line, act),
    clvTiers: clvTierLines(result, language, say, line, act),
  };
}

type Line = (rule: string, action: string) => string;
type Act = (kind: ActionKind) => string;

const percent = (share: number): string => `${Number((share * 100).toFixed(1))}%`;

function abcLines(r: SegmentResult, language: Language, say: Say, line: Line, act: Act) {
  const o = r.options.abc;
  const actions = { A: act("high"), B: act("potential"), C: act("low") };
  if (o.mode === "absolute") {
    const money = new Intl.NumberFormat(language);
    const [a, b] = o.absoluteCuts.map((x) => money.format(x));
    return {
      A: line(say("explain.abc.absolute.A", { a }), actions.A),
      B: line(say("explain.abc.absolute.B", { a, b }), actions.B),
      C: line(say("explain.abc.absolute.C", { b }), actions.C),
    };
  }
  const mode = o.mode === "count" ? "count" : "value";
  const [first, second] = mode === "count" ? o.countCuts : o.valueCuts;
  return {
    A: line(say(`explain.abc.${mode}.A`, { cut: percent(first) }), actions.A),
    B: line(say(`explain.abc.${mode}.B`, { from: percent(first), to: percent(second) }), actions.B),
    C: line(say(`explain.abc.${mode}.C`, { rest: percent(1 - second) }), actions.C),
  };
}

function conditionText(score: string, c: ScoreCondition | undefined, say: Say): string | null {
  if (c === undefined) return null;
  if (c === "high") return say("explain.cond.high", { score });
  if (c === "low") return say("explain.cond.low", { score });
  return c[0] === c[1]
    ? say("explain.cond.exact", { score, value: c[0] })
    : say("explain.cond.range", { score, from: c[0], to: c[1] });
}

function ruleText(rule: SegmentRule, say: Say): string {
  const parts = [
    conditionText("R", rule.r, say),
    conditionText("F", rule.f, say),
    conditionText("M", rule.m, say),
    conditionText("R+F+M", rule.total, say),
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? say("explain.cond.any") : parts.join(say("explain.and"));
}

function segmentLines(r: SegmentResult, say: Say, line: Line, act: Act) {
  const { scheme } = r;
  const out: Record<string, string> = {};
  for (const seg of scheme.segments) {
    const rules = scheme.rules
      .filter((rule) => rule.segment === seg.id)
      .map((x) => ruleText(x, say));
    if (scheme.fallback === seg.id) rules.push(say("explain.segment.fallback"));
    const own = scheme.rules.some((rule) => rule.segment === seg.id);
    const rule = !own
      ? say(scheme.fallback === seg.id ? "explain.segment.fallbackOnly" : "explain.segment.never")
      : say("explain.segment.rule", { rules: rules.join(say("explain.or")) });
    out[seg.id] = line(rule, act(seg.action));
  }
  out[NO_PURCHASE_KEY] = line(say("explain.segment.noPurchase"), say("explain.action.noPurchase"));
  return out;
}

function stageLines(r: SegmentResult, say: Say, line: Line, act: Act) {
  const o = r.options.lifecycle;
  const p = r.probabilistic;
  // The model's rule counts only when its purchase fit converged (scoreCustomers.ts).
  const modelRule =
    p === null || !p.fit.converged
      ? ""
      : o.noPurchaseAtRisk === null
        ? say("explain.stage.atRisk.pAlive", { p: percent(ALIVE_THRESHOLD) })
        : say("explain.stage.atRisk.noPurchase", {
            days: p.noPurchaseDays,
            p: percent(o.noPurchaseAtRisk),
          });
  const rules: Record<Stage, [string, string]> = {
    potential: [say("explain.stage.potential"), say("explain.action.potential")],
    new: [say("explain.stage.new"), say("explain.action.new")],
    repeat: [say("explain.stage.repeat"), say("explain.action.repeat")],
    loyal: [say("explain.stage.loyal"), act("high")],
    atRisk: [
      say("explain.stage.atRisk", {
        days: o.atRiskDays,
        multiple: o.gapMultiple,
        floor: o.gapFloorDays,
        model: modelRule,
      }),
      act("churn"),
    ],
    lost: [say("explain.stage.lost", { days: o.lostDays }), say("explain.action.lost")],
  };
  return Object.fromEntries(STAGES.map((s) => [s, line(...rules[s])]));
}

function clvTierLines(r: SegmentResult, language: Language, say: Say, line: Line, act: Act) {
  const clv = label(`clvKind.${r.clvKind}`, language);
  return {
    high: line(say("explain.clvTier.high", { clv, share: percent(HIGH_CUT) }), act("high")),
    mid: line(
      say("explain.clvTier.mid", { clv, share: percent(MID_CUT - HIGH_CUT) }),
      act("potential")
    ),
    low: line(say("explain.clvTier.low", { clv, share: percent(1 - MID_CUT) }), act("low")),
  };
}
