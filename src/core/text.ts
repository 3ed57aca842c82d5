/**
 * Text normalisation shared by the page readers (labels, buttons, headings) and anyone who needs to
 * compare what a person reads on a page with words Vigie knows, in French or in English.
 * Pure functions, no DOM.
 */

const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u02B9\u00B4\u0060\uFF07]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]+/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\u00AD]/g;
const MARKS = /\p{M}+/gu;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const LIGATURE_RE = /[œæßøłđı]/g;

/**
 * Lower case, accents removed, ligatures expanded (œ → oe), every apostrophe turned into `'`,
 * every dash into `-`, the degree sign and the ordinal º into `o` (so "N°", "Nº" and "No" read alike),
 * whitespace collapsed and trimmed. Punctuation is kept.
 *
 * `normalizeText("Salle d’Attente ")` → `"salle d'attente"`; `normalizeText("N° personnel")` → `"no personnel"`.
 */
export function normalizeText(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .replace(ZERO_WIDTH, '')
    .replace(/[\u00B0\u00BA]/g, 'o')
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c)
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
}

/**
 * `normalizeText`, then every character that is not a letter, a digit or `@` becomes a space:
 * the form in which labels are matched against word patterns (`"Code d’accès :"` → `"code d acces"`).
 */
export function normalizeWords(text: string | null | undefined): string {
  return normalizeText(text)
    .replace(/[^\p{L}\p{N}@]+/gu, ' ')
    .trim();
}

/** True when `text`, normalised to words, matches one of `patterns` (written against normalised words). */
export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  for (const p of patterns) if (p.test(text)) return true;
  return false;
}
