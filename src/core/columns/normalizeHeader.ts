// Header text in a form that compares case-, width- and space-insensitively.

/** Bracketed notes such as "（元）", "(USD)", "[kg]", "【必填】": units and remarks, not the name. */
const BRACKETED = /\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕|\{[^}]*\}|<[^>]*>/g;
const BRACKETS = /[()[\]【】〔〕{}<>]/g;
/** Spaces, underscores, hyphens and dashes, dots, slashes, and invisible marks (BOM, zero-width). */
const SEPARATORS = /[\s_\-\u2010-\u2015.·。/\\\ufeff\u200b-\u200d]/g;
const TRAILING_COLONS = /:+$/;

function squeeze(text: string): string {
  return text.replace(SEPARATORS, "").replace(TRAILING_COLONS, "");
}

/** NFKC (full-width to half-width), lower case, no separators, no bracketed notes, no trailing colon. */
export function normalizeHeader(text: string): string {
  const s = text.normalize("NFKC").toLowerCase();
  const withoutNotes = squeeze(s.replace(BRACKETED, ""));
  // A header that is only a note, like "(ID)", keeps the note's text.
  return withoutNotes.length > 0 ? withoutNotes : squeeze(s.replace(BRACKETS, ""));
}
