// Small messy transaction CSVs for the engines' differential test (enginesFuzz.test.ts): every
// shape of cell and line docs/method.md section 1 lists, and the ways a file breaks, drawn from
// a seeded Random so a failing file is the same bytes on every run.
import iconv from "iconv-lite";
import { Random } from "../../data/generate/random";

type Role = "customer" | "date" | "amount" | "order" | "name" | "profit";

const HEADERS: Record<Role, string[]> = {
  customer: ["customer", "Customer ID", "客户编号", "客户", "ＣＵＳＴＯＭＥＲ", " client ", "会员"],
  date: ["date", "Order Date", "订单日期", "下单时间", "invoice date", "ｄａｔｅ"],
  amount: ["amount", "Sales", "金额", "实付金额", "revenue", " total　"],
  order: ["order", "Order ID", "订单号", "invoice no"],
  name: ["name", "Customer Name", "客户名称"],
  profit: ["profit", "利润", "margin"],
};

const CUSTOMERS = [
  "C1",
  "C2",
  "001",
  " 001",
  "001 ",
  "1",
  "Ａ",
  "客户甲",
  "C, Ltd",
  'Say "hi"',
  "two\nlines",
  "two\r\nlines",
  "x\ry",
  "zero\u200bwidth",
  "nb\u00a0sp",
  "😀",
  "",
  " ",
  "\u3000",
  "#N/A",
  "\\N",
  "NULL",
  "B",
  "b",
];

/** Excel's error texts, and the NULL marks of database exports (\N, NULL). */
const ERRORS = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "\\N", "NULL", " \\N "];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** A date cell near 2024 in one of the forms method.md lists, or a broken one. */
function dateCell(r: Random): string {
  const y = r.chance(0.9) ? 2024 : r.pick([2023, 2025, 1999, 2204, 9999, 1900]);
  const m = r.int(1, 12);
  const d = r.chance(0.05) ? r.int(29, 31) : r.int(1, 28);
  const serial = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
  switch (r.int(0, 26)) {
    case 0:
      return String(serial);
    case 1:
      return `${y}年${m}月${d}日`;
    case 2:
      return `${y}/${m}/${d}`;
    case 3:
      return `${y}.${m}.${d}`;
    case 4:
      return `${y}${pad(m)}${pad(d)}`;
    case 5:
      return `${y}-${pad(m)}-${pad(d)} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`;
    case 6:
      return `${y}-${pad(m)}-${pad(d)}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:00Z`;
    case 7:
      return `${y}-${pad(m)}-${pad(d)}T23:30:00${r.pick(["+08:00", "-05:00", "+0800"])}`;
    case 8:
      return r.pick(["2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31"]);
    case 9:
      return `${m}/${d}/${y}`; // ambiguous where d <= 12
    case 10:
      return `${r.int(13, 28)}/${m}/${y}`; // day-first only
    case 11:
      return r.pick(["9999-12-31", "1900-01-01", "0", "1", "1e9", "2958466", "-1"]);
    case 12:
      return r.pick(["", " ", "someday", "N/A", "-", ...ERRORS]);
    case 13:
      return `${y}-${m}-${d}`;
    case 14:
      return `２０２４-${String.fromCharCode(0xff10 + Math.floor(m / 10))}${String.fromCharCode(0xff10 + (m % 10))}-０５`;
    case 15:
      return ` ${y}-${pad(m)}-${pad(d)}\u3000`;
    case 16:
      return `${y}/${pad(m)}/${pad(d)} ${r.int(0, 23)}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`;
    case 17:
      return `${serial}.${r.int(1, 99)}`;
    case 18:
      return `${y}年${m}月${d}日 ${r.int(0, 23)}:${pad(r.int(0, 59))}`;
    case 19:
      return `${pad(d)}.${pad(m)}.${y}`;
    case 20:
      return `${y}-${pad(m)}-${pad(d)}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.123`;
    case 21:
      return r.pick([
        `Jan ${d}, ${y}`,
        `${d}-Mar-${y}`,
        `${y}-${pad(m)}-${pad(d)} 24:00`,
        `${m}/${d}/${y} 1:02:03 PM`,
      ]);
    case 22:
      return r.pick([
        `${y}-${pad(m)}`,
        `${y}`,
        `${y}${pad(m)}${pad(d)}.0`,
        `'${y}-${pad(m)}-${pad(d)}`,
      ]);
    default:
      return `${y}-${pad(m)}-${pad(d)}`;
  }
}

/** An amount (or profit) cell: plain, money text, negatives, errors, blanks, huge. */
function amountCell(r: Random): string {
  const v = r.int(0, 5000) / (r.chance(0.5) ? 100 : 1);
  switch (r.int(0, 32)) {
    case 0:
      return `¥${v.toLocaleString("en-US", { minimumFractionDigits: 2 })}`;
    case 1:
      return `(${v.toFixed(2)})`;
    case 2:
      return `-${v}`;
    case 3:
      return `${r.int(1, 100)}%`;
    case 4:
      return r.pick(["1e5", "1E3", "-2e2", "1e999", "1e15", "1e16", "-1e15", "999999999999999.99"]);
    case 5:
      return r.pick(["1 000", "1 234,50", "1.234,50", "12,5", "1,234", "1,2,3"]);
    case 6:
      return r.pick(["１２３", "１２.５", "－５", "￥１,０００"]);
    case 7:
      return r.pick(ERRORS);
    case 8:
      return r.pick(["", " ", "\u3000"]);
    case 9:
      return r.pick([
        "9999999999999999",
        "123456789012345678901234567890",
        "0.000001",
        "0.0000004",
      ]);
    case 10:
      return r.pick([`$${v}`, `-$${v}`, `${v} 元`, `USD ${v}`, `${v}元`, `€${v}`, `RMB${v}`]);
    case 11:
      return r.pick(["0", "-0", "+5", ".5", "5.", "0x10", "Infinity", "NaN", "lots", "TRUE"]);
    case 12:
      return ` ${v} `;
    case 13:
      return `${v}\u3000`;
    case 14:
      return r.pick([
        "1\u00a0000",
        "１，２３４．５０",
        "1,234.5.6",
        "12-",
        "5 5",
        "¥-5",
        "(¥5)",
        "- 5",
      ]);
    default:
      return String(v);
  }
}

function orderCell(r: Random, row: number): string {
  if (r.chance(0.15)) return "";
  if (r.chance(0.2)) return `o${r.int(1, 4)}`; // repeated across rows (and customers)
  if (r.chance(0.1)) return r.pick(["\\N", "NULL"]); // a database's NULL: no order id
  return r.pick([`o${row}`, ` o${row}`, `${1000 + row}`, `00${row}`]);
}

function nameCell(r: Random, customer: string): string {
  return r.pick([
    "",
    `${customer} Co`,
    `${customer} Co.`,
    "甲公司",
    "  spaced  ",
    'a "q"',
    "\\N",
    "NULL ",
    "NULLs",
  ]);
}

/** Quotes a cell as a CSV writer would, sometimes when it need not. */
function quote(r: Random, cell: string, delimiter: string): string {
  const needs = cell.includes(delimiter) || /["\r\n]/.test(cell);
  if (needs || r.chance(0.1)) return `"${cell.replace(/"/g, '""')}"`;
  return cell;
}

export interface MessyCsv {
  /** The file's bytes. */
  bytes: Buffer;
  /** What was drawn, to read a failure by. */
  notes: string[];
}

/** One messy transactions file of 2 to `maxRows` rows. */
export function messyCsv(seed: number, maxRows = 60): MessyCsv {
  const r = new Random(seed);
  const notes: string[] = [];
  const roles: Role[] = ["customer", "date", "amount"];
  for (const extra of ["order", "name", "profit"] as const) if (r.chance(0.5)) roles.push(extra);
  // Shuffled columns.
  for (let i = roles.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [roles[i], roles[j]] = [roles[j], roles[i]];
  }
  const delimiter = r.chance(0.08) ? r.pick([";", "\t"]) : ",";
  const eol = r.pick(["\n", "\r\n", "\r", "mixed"]);
  const header = r.chance(0.85);
  notes.push(`roles=${roles.join("|")} eol=${JSON.stringify(eol)} header=${header}`);
  const lines: string[] = [];
  if (delimiter !== "," && r.chance(0.3)) lines.push(`sep=${delimiter}`);
  if (header && r.chance(0.1)) lines.push(r.pick(["Sales report 2024", "销售明细", ""])); // a title
  const headerLine = roles.map((c) => quote(r, r.pick(HEADERS[c]), delimiter)).join(delimiter);
  if (header) lines.push(headerLine);
  const rows = r.int(2, maxRows);
  const pool = Array.from({ length: r.int(1, 8) }, () => r.pick(CUSTOMERS));
  const messy = r.next(); // how often a cell is drawn from the odd ones
  let previous: string | null = null;
  for (let row = 0; row < rows; row++) {
    if (previous !== null && r.chance(0.08)) {
      lines.push(previous); // an exact duplicate
      continue;
    }
    if (r.chance(0.05)) {
      lines.push(r.pick(["", " ", ",,,", " , , ", "\u3000", ",", delimiter.repeat(roles.length)]));
      continue;
    }
    const customer = r.chance(messy) ? r.pick(CUSTOMERS) : r.pick(pool);
    const cells = roles.map((role) => {
      switch (role) {
        case "customer":
          return customer;
        case "date":
          return r.chance(messy) ? dateCell(r) : `2024-${pad(r.int(1, 6))}-${pad(r.int(1, 28))}`;
        case "amount":
        case "profit":
          return r.chance(messy) ? amountCell(r) : String(r.int(-5, 500));
        case "order":
          return orderCell(r, row);
        case "name":
          return nameCell(r, customer);
      }
    });
    if (r.chance(0.05)) cells.length = r.int(1, cells.length); // ragged: fewer cells
    if (r.chance(0.05))
      cells.push(...Array.from({ length: r.int(1, 3) }, () => r.pick(["x", "", "1"])));
    let line = cells.map((c) => quote(r, c, delimiter)).join(delimiter);
    if (r.chance(0.003)) line = `${delimiter} "${cells[0]}"${line}`; // a quote after a space
    if (r.chance(0.001)) line = `"${cells[0]}"x${delimiter}${line}`; // text after a quote
    if (header && r.chance(0.01)) line = headerLine; // the header again
    lines.push(line);
    previous = line;
  }
  while (r.chance(0.2)) lines.push("");
  let text = "";
  for (const line of lines) text += line + (eol === "mixed" ? r.pick(["\n", "\r\n", "\r"]) : eol);
  if (r.chance(0.3)) text = text.replace(/(\r\n|\r|\n)$/, ""); // no final line end
  const bom = r.chance(0.2);
  if (bom) notes.push("bom");
  if (!bom && r.chance(0.05)) {
    notes.push("gbk");
    return { bytes: iconv.encode(text, "gbk"), notes };
  }
  return { bytes: Buffer.from((bom ? "\ufeff" : "") + text, "utf8"), notes };
}

/** The flags a file runs with besides `segment --json`: a few, drawn with the file. */
export function messyRuns(seed: number): string[][] {
  const r = new Random(seed ^ 0x5bd1e995);
  const runs: string[][] = [["segment", "--json"]];
  const extras: string[][] = [
    ["segment", "--json", "--remove-duplicates"],
    ["segment", "--json", "--as-of", r.pick(["2024-03-02", "2024-12-31", "2023-06-01"])],
    ["segment", "--json", "--date-order", r.pick(["dmy", "mdy"])],
    ["segment", "--json", "--decimal-comma"],
    ["segment", "--json", "--date-order", "dmy", "--decimal-comma", "--lang", "zh-CN"],
    ["segment", "--json", "--clv-model", "probabilistic", "--interval-draws", "0"],
    ["backtest", "--json"],
    ["backtest", "--json", "--cut", "2024-03-01", "--remove-duplicates"],
    ["clv", "--json", "--interval-draws", "0"],
    ["segment", "--json", "--scoring", "rfm-r", "--lang", "zh-CN"],
    ["clv", "--json", "--calibration-end", "2024-04-01", "--interval-draws", "0"],
  ];
  for (const e of extras) if (r.chance(0.25)) runs.push(e);
  return runs;
}
