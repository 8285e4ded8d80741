// The preview page's own strings (the pane has its catalog in src/taskpane).
import type { Language } from "../core";

const catalog = {
  title: { "zh-CN": "客户分级 · 浏览器预览", "en-US": "Customer Tiers · browser preview" },
  note: {
    "zh-CN": "内存中的工作簿，数据不会离开此页面。",
    "en-US": "An in-memory workbook: no data leaves this page.",
  },
  language: { "zh-CN": "语言", "en-US": "Language" },
  loadFile: { "zh-CN": "加载您自己的 CSV 或 XLSX 文件", "en-US": "Load your own CSV or XLSX" },
  addNextMonth: { "zh-CN": "添加下个月的订单", "en-US": "Add next month's orders" },
  loading: { "zh-CN": "正在加载…", "en-US": "Loading…" },
  loaded: {
    "zh-CN": "已将 {rows} 行载入工作表 {sheet}",
    "en-US": "{rows} rows loaded into {sheet}",
  },
  loadedOne: {
    "zh-CN": "已将 {rows} 行载入工作表 {sheet}",
    "en-US": "{rows} row loaded into {sheet}",
  },
  appended: {
    "zh-CN": "已向工作表 {sheet} 添加 {rows} 行",
    "en-US": "{rows} rows added to {sheet}",
  },
  appendedOne: {
    "zh-CN": "已向工作表 {sheet} 添加 {rows} 行",
    "en-US": "{rows} row added to {sheet}",
  },
  noSampleSheet: {
    "zh-CN": "找不到示例工作表 {sheet}",
    "en-US": "The sample sheet {sheet} is not in the workbook",
  },
  loadFailed: { "zh-CN": "无法加载 {file}：{reason}", "en-US": "Could not load {file}: {reason}" },
  emptyFile: { "zh-CN": "文件中没有数据", "en-US": "the file holds no data" },
  unsupportedFile: {
    "zh-CN": "只能加载 .csv 和 .xlsx 文件",
    "en-US": "only .csv and .xlsx files can be loaded",
  },
  sheets: { "zh-CN": "工作表", "en-US": "Sheets" },
  grid: { "zh-CN": "工作表 {sheet}", "en-US": "Worksheet {sheet}" },
  selection: { "zh-CN": "选定区域", "en-US": "Selection" },
  pane: { "zh-CN": "客户分级任务窗格", "en-US": "Customer Tiers task pane" },
  chart: { "zh-CN": "图表：{title}", "en-US": "Chart: {title}" },
  editCell: { "zh-CN": "编辑单元格 {cell}", "en-US": "Edit cell {cell}" },
  filtered: { "zh-CN": "已筛选", "en-US": "Filtered" },
} satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof catalog;

/** The text of a key; numbers with the language's thousands separators, "1 row" in the singular. */
export function message(
  key: MessageKey,
  language: Language,
  params: Record<string, string | number> = {}
): string {
  const singular = `${key}One`;
  const chosen = params.rows === 1 && singular in catalog ? (singular as MessageKey) : key;
  const numbers = new Intl.NumberFormat(language);
  return catalog[chosen][language].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === "number" ? numbers.format(v) : v;
  });
}
