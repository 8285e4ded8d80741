// The one kind of formula the preview evaluates: a single =TIER.NAME(...) call whose arguments are
// references (A2:A100, 'My sheet'!B:B), text in double quotes, numbers, TRUE/FALSE, or left out.
// Anything else (nesting, operators, other functions) is not a TIER call and stays #NAME?.

export type TierArgument =
  | { kind: "reference"; address: string }
  | { kind: "value"; value: string | number | boolean }
  | { kind: "omitted" };

export interface TierCall {
  /** The function's name after "TIER.", upper case. */
  name: string;
  args: TierArgument[];
}

const CALL = /^\s*=\s*TIER\.([A-Za-z][A-Za-z0-9_.]*)\s*\((.*)\)\s*$/is;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/;
const CORNER = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}|\$?[A-Za-z]{1,3}|\$?\d{1,7}`;
const SHEET = String.raw`(?:'(?:[^']|'')+'|[^\s!'",()=]+)!`;
const REFERENCE = new RegExp(`^(?:${SHEET})?(?:${CORNER})(?::(?:${CORNER}))?$`);

/** Splits the argument list at top-level commas, keeping quoted text whole; null if unbalanced. */
function splitArguments(text: string): string[] | null {
  const parts: string[] = [];
  let current = "";
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      current += ch;
      // A doubled quote inside quotes is the quote character itself.
      if (ch === quote && text[i + 1] === quote) current += text[++i];
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    if (ch === "(" || ch === ")") return null;
    if (ch === ",") {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (quote) return null;
  parts.push(current);
  return parts;
}

function parseArgument(raw: string): TierArgument | null {
  const text = raw.trim();
  if (text === "") return { kind: "omitted" };
  if (/^"([^"]|"")*"$/.test(text))
    return { kind: "value", value: text.slice(1, -1).replace(/""/g, '"') };
  if (NUMBER.test(text)) {
    const percent = text.endsWith("%");
    const n = Number(percent ? text.slice(0, -1) : text);
    return { kind: "value", value: percent ? n / 100 : n };
  }
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  if (REFERENCE.test(text)) return { kind: "reference", address: text };
  return null;
}

/** The call a formula makes, or null when it is not exactly one TIER call of that shape. */
export function parseTierCall(formula: string): TierCall | null {
  const call = CALL.exec(formula);
  if (!call) return null;
  const inside = call[2].trim();
  const raw = inside === "" ? [] : splitArguments(inside);
  if (raw === null) return null;
  const args: TierArgument[] = [];
  for (const part of raw) {
    const arg = parseArgument(part);
    if (arg === null) return null;
    args.push(arg);
  }
  return { name: call[1].toUpperCase(), args };
}
