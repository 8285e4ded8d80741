// What a Segment run leaves in the workbook's settings so that a later run or a Refresh finds
// everything it wrote and updates it in place: the source, the options, and where each output went.
import {
  type ColumnMapping,
  type DeepPartial,
  type GammaGammaParams,
  type Language,
  type ProbabilisticResult,
  PURCHASE_MODEL_NAMES,
  type PurchaseModel,
  type PurchaseParams,
  type RowCounts,
  type SegmentOptions,
  type TimeUnit,
} from "../core";
import type { ChartId } from "./layout/chartSpecs";
import type { BlockId } from "./layout/summaryBlocks";

export const MODEL_VERSION = 1;
export const MODELS_SETTING = "customerTiers.models";

/** A rectangle on a sheet, by sheet id (names change; ids do not). */
export interface SheetRect {
  sheetId: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface StoredSource extends SheetRect {
  /** The sheet's name at the last run, to name it in messages if it is gone. */
  sheetName: string;
  tableName: string | null;
}

export interface StoredBlock extends SheetRect {
  id: BlockId;
  /** Excel table holding the block (title row excluded), or null for a plain range. */
  tableName: string | null;
}

/**
 * The probabilistic CLV's fits as the last run made them: what the pane shows of a model, and a
 * record of the parameters behind the CLV cells (a later run fits again; it never reuses these).
 */
export interface StoredFit {
  model: PurchaseModel;
  /** "BG/NBD" or "MBG/NBD", as shown. */
  modelName: string;
  /** The unit of alpha, the horizon and every time of the fit. */
  unit: TimeUnit;
  horizonMonths: number;
  monthlyDiscount: number;
  observationEnd: string | null;
  fittedAt: string;
  purchase: FitSummary<PurchaseParams>;
  spend: (FitSummary<GammaGammaParams> & { frequencyMonetaryCorrelation: number }) | null;
}

export interface FitSummary<P> {
  params: P;
  logLikelihood: number;
  iterations: number;
  converged: boolean;
  customers: number;
}

/** The fits of a probabilistic run, as stored with its model (JSON: NaN becomes null). */
export function storedFit(p: ProbabilisticResult, fittedAt: string): StoredFit {
  const summary = <P>(f: {
    params: P;
    logLikelihood: number;
    iterations: number;
    converged: boolean;
    customers: number;
  }): FitSummary<P> => ({
    params: { ...f.params },
    logLikelihood: f.logLikelihood,
    iterations: f.iterations,
    converged: f.converged,
    customers: f.customers,
  });
  return {
    model: p.model,
    modelName: PURCHASE_MODEL_NAMES[p.model],
    unit: p.unit,
    horizonMonths: p.horizonMonths,
    monthlyDiscount: p.monthlyDiscount,
    observationEnd: p.observationEnd,
    fittedAt,
    purchase: summary(p.fit),
    spend: p.spend
      ? { ...summary(p.spend), frequencyMonetaryCorrelation: p.spend.frequencyMonetaryCorrelation }
      : null,
  };
}

export interface StoredModel {
  version: typeof MODEL_VERSION;
  id: string;
  name: string;
  source: StoredSource;
  options: DeepPartial<SegmentOptions>;
  mapping: ColumnMapping;
  language: Language;
  createdAt: string;
  updatedAt: string;
  counts: RowCounts;
  /** Only after a probabilistic CLV run: the fits behind its CLV figures. */
  fit?: StoredFit;
  /**
   * Whether its sheets carry anchors (defined names, see ownership.ts): true for every run since
   * they were introduced; an older model is checked by its tables until its next run.
   */
  anchored?: boolean;
  written: {
    /** The tier columns beside the data, header row included. */
    tierColumns: SheetRect & { tableColumns: string[] | null };
    /** The customer table, header included. */
    customerSheet: SheetRect & { tableName: string };
    summarySheet: {
      sheetId: string;
      blocks: StoredBlock[];
      /** chartId: Excel's Chart.id, the second key (chartsWriter.ts; office-js#3034). */
      charts: { id: ChartId; name: string; chartId?: string }[];
    };
    /** The tiers since the last run: written by the first run that had earlier tiers. */
    migrationSheet?: {
      sheetId: string;
      blocks: (SheetRect & { id: string; tableName: string | null })[];
      charts: { id: string; name: string; chartId?: string }[];
    };
    /**
     * The CLV-by-group comparison, while the model's runs group the CLV (anchored and checked as
     * the other sheets; a model stored before this entry found it by its table alone).
     */
    clvGroupsSheet?: { sheetId: string };
    /** The hidden sheet with the tiers of earlier runs, per customer. */
    history?: {
      sheetId: string;
      baselineRows: number;
      latestRows: number;
      /** Where each snapshot starts (historyStore.ts's slots); absent: 0 and 8, as first stored. */
      baselineColumn?: number;
      latestColumn?: number;
    };
  };
}

export interface ModelList {
  models: StoredModel[];
  /** Stored entries that could not be used, with why: reported, never fatal. */
  unreadable: UnreadableModel[];
  /**
   * Ids of models the user started afresh from: their tables (CT_<id>_...) may still be in the
   * workbook, now the user's, so a new model never takes the same id. Absent when none.
   */
  retired?: string[];
}

export interface UnreadableModel {
  reason: "newerVersion" | "corrupt";
  detail: string;
  /** Kept as found: a newer add-in's model is written back untouched. */
  raw: unknown;
}

/** Parses the setting's value, keeping the models that are sound and reporting the rest. */
export function parseModels(value: unknown): ModelList {
  const list: ModelList = { models: [], unreadable: [] };
  if (value === undefined || value === null) return list;
  const raw = typeof value === "string" ? safeJson(value) : value;
  const entries = (raw as { models?: unknown } | null)?.models;
  if (!Array.isArray(entries)) {
    list.unreadable.push({ reason: "corrupt", detail: "no model list", raw });
    return list;
  }
  const retired = (raw as { retired?: unknown }).retired;
  if (Array.isArray(retired) && retired.every((r) => typeof r === "string"))
    list.retired = retired as string[];
  for (const entry of entries) {
    const problem = modelProblem(entry);
    if (problem === null) list.models.push(entry as StoredModel);
    else list.unreadable.push(problem);
  }
  return list;
}

/** The setting's value: our models plus, untouched, those a newer version of the add-in wrote. */
export function serializeModels(list: ModelList): string {
  const newer = list.unreadable.filter((u) => u.reason === "newerVersion").map((u) => u.raw);
  const retired = list.retired?.length ? { retired: list.retired } : {};
  return JSON.stringify({ version: MODEL_VERSION, models: [...list.models, ...newer], ...retired });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function modelProblem(entry: unknown): UnreadableModel | null {
  if (typeof entry !== "object" || entry === null) {
    return { reason: "corrupt", detail: "not an object", raw: entry };
  }
  const m = entry as Partial<StoredModel>;
  if (typeof m.version === "number" && m.version > MODEL_VERSION) {
    return { reason: "newerVersion", detail: `${String(m.id)} (version ${m.version})`, raw: entry };
  }
  const sound =
    m.version === MODEL_VERSION &&
    typeof m.id === "string" &&
    isRect(m.source) &&
    typeof m.written === "object" &&
    m.written !== null &&
    isRect(m.written.tierColumns) &&
    typeof m.written.customerSheet?.sheetId === "string" &&
    Array.isArray(m.written.summarySheet?.blocks);
  return sound ? null : { reason: "corrupt", detail: String(m.id ?? "?"), raw: entry };
}

function isRect(r: unknown): r is SheetRect {
  if (typeof r !== "object" || r === null) return false;
  const x = r as Record<string, unknown>;
  return (
    typeof x.sheetId === "string" &&
    ["rowIndex", "columnIndex", "rowCount", "columnCount"].every((k) => Number.isInteger(x[k]))
  );
}
