// Roles from header texts: whole-header matches first, then headers that contain a synonym.
import type { ColumnMapping, Role } from "../types";
import { normalizeHeader } from "./normalizeHeader";
import { isSheetTitle, isTierHeader } from "./ownHeaders";
import { ROLES } from "./roles";
import { HEADER_SYNONYMS, WEAK_SYNONYMS } from "./synonyms";

interface Synonym {
  text: string;
  role: Role;
  roleRank: number;
}

/** Whole header: strong synonym, weak synonym; then a synonym inside the header. */
const TIER_EXACT = 3;
const TIER_WEAK = 2;
const TIER_CONTAINS = 1;
const MIN_CJK_TO_CONTAIN = 2;
const MIN_LATIN_TO_CONTAIN = 4;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN = /[a-z0-9]/g;

function countMatches(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

// Short words ("id", "单") would be found inside too many unrelated headers.
function canBeContained(text: string): boolean {
  if (WEAK_SYNONYMS.has(text)) return false;
  return (
    countMatches(text, CJK) >= MIN_CJK_TO_CONTAIN ||
    countMatches(text, LATIN) >= MIN_LATIN_TO_CONTAIN
  );
}

// "客户名称" is in both customer lists: it is read as the name, and becomes the customer later
// only when no other column is the customer.
function buildSynonyms(): { exact: Map<string, Synonym>; contained: Synonym[] } {
  const exact = new Map<string, Synonym>();
  const contained: Synonym[] = [];
  const nameWords = new Set(HEADER_SYNONYMS.customerName.map(normalizeHeader));
  ROLES.forEach((role, roleRank) => {
    for (const raw of HEADER_SYNONYMS[role]) {
      const text = normalizeHeader(raw);
      if (text.length === 0 || (role === "customer" && nameWords.has(text))) continue;
      const syn: Synonym = { text, role, roleRank };
      if (!exact.has(text)) exact.set(text, syn);
      if (canBeContained(text)) contained.push(syn);
    }
  });
  // Longest first, so the first synonym found in a header is its best one.
  contained.sort((a, b) => b.text.length - a.text.length || a.roleRank - b.roleRank);
  return { exact, contained };
}

const SYNONYMS = buildSynonyms();

interface Candidate {
  column: number;
  role: Role;
  tier: number;
  length: number;
}

function candidateFor(header: string, column: number): Candidate | null {
  if (header.length === 0 || isTierHeader(header) || isSheetTitle(header)) return null;
  const exact = SYNONYMS.exact.get(header);
  if (exact !== undefined) {
    return {
      column,
      role: exact.role,
      tier: WEAK_SYNONYMS.has(header) ? TIER_WEAK : TIER_EXACT,
      length: 0,
    };
  }
  for (const syn of SYNONYMS.contained) {
    if (header.includes(syn.text))
      return { column, role: syn.role, tier: TIER_CONTAINS, length: syn.text.length };
  }
  return null;
}

function byStrength(a: Candidate, b: Candidate): number {
  return b.tier - a.tier || b.length - a.length || a.column - b.column;
}

/** The role each header names; each column gets at most one role and each role one column. */
export function matchHeaders(headers: string[]): ColumnMapping {
  const candidates: Candidate[] = [];
  headers.forEach((text, column) => {
    const candidate = candidateFor(normalizeHeader(text ?? ""), column);
    if (candidate !== null) candidates.push(candidate);
  });
  candidates.sort(byStrength);
  const mapping: ColumnMapping = {};
  for (const c of candidates) {
    if (mapping[c.role] === undefined) mapping[c.role] = c.column;
  }
  // A name column is the customer when nothing else identifies the customer.
  if (mapping.customer === undefined && mapping.customerName !== undefined) {
    mapping.customer = mapping.customerName;
    delete mapping.customerName;
  }
  return mapping;
}
