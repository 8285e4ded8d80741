// Writes a generated sheet as an XLSX file the way Excel saves one: shared strings, dates as
// serials under a date style. Streamed (exceljs's WorkbookWriter), so a million rows fit.
// `width` picks the columns: 4 (id, date, order, amount) or up to 12 with made-up extras.
import { stream } from "exceljs";
import type { CellValue, SheetInput } from "../../src/core/types";

const EXTRA_HEADERS = ["数量", "单价", "品类", "地区", "渠道", "销售员", "备注"];
const CATEGORIES = ["家电", "服装", "食品", "图书", "数码"];
const REGIONS = ["华东", "华北", "华南", "西南", "东北", "西北"];
const CHANNELS = ["门店", "网店", "电话"];

/** Column picks of the generated table (客户编号, 客户名称, 订单日期, 订单号, 金额). */
const FOUR = [0, 2, 3, 4];
const FIVE = [0, 1, 2, 3, 4];

function extraCells(r: number): CellValue[] {
  const quantity = 1 + (r % 5);
  return [
    quantity,
    Math.round((r % 997) * 1.7 * 100) / 100,
    CATEGORIES[r % CATEGORIES.length],
    REGIONS[(r * 7) % REGIONS.length],
    CHANNELS[(r * 3) % CHANNELS.length],
    `S${(r * 13) % 211}`,
    r % 11 === 0 ? "加急" : null,
  ];
}

/** The row's cells for `width` columns (4, or 5 to 12). */
function rowCells(
  sheet: SheetInput,
  r: number,
  width: number
): { values: CellValue[]; formats: (string | null | undefined)[] } {
  const row = sheet.values[r];
  const formats = sheet.numberFormats?.[r] ?? [];
  const picks = width === 4 ? FOUR : FIVE;
  const values = picks.map((c) => row[c]);
  const f = picks.map((c) => formats[c]);
  if (width > 5) {
    const extra = r === 0 ? EXTRA_HEADERS : extraCells(r);
    values.push(...extra.slice(0, width - 5));
  }
  return { values, formats: f };
}

const GENERAL = /^general$/i;

export async function writeXlsxFile(sheet: SheetInput, file: string, width: number): Promise<void> {
  const workbook = new stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
  });
  const ws = workbook.addWorksheet("订单");
  for (let r = 0; r < sheet.values.length; r++) {
    const { values, formats } = rowCells(sheet, r, width);
    const row = ws.addRow(values);
    formats.forEach((format, c) => {
      if (format && !GENERAL.test(format)) row.getCell(c + 1).numFmt = format;
    });
    row.commit();
  }
  ws.commit();
  await workbook.commit();
}
