/**
 * Normalisation and tokenisation, done once per scan.
 *
 * A token is a maximal run of letters/digits (any script). Its `key` is the
 * lower-cased, diacritic-free form ("Équipe" → "equipe", "Œdème" → "oedeme").
 * Apostrophes (' ’ ‘ ʼ), hyphens, dashes, spaces and all punctuation separate
 * tokens, so "l’ASE" and "l'ASE" both give ["l", "ase"]. Token offsets are
 * offsets in the ORIGINAL text: no index map is needed because keys are built
 * per token instead of normalising the whole string first.
 */

/** Result of `tokenize`: parallel arrays, one entry per token. */
export interface Tokens {
  count: number;
  /** Offset of the token's first character in the original text. */
  start: number[];
  /** Offset just past the token's last character in the original text. */
  end: number[];
  /** Lower-case, accent-free form. */
  key: string[];
  /**
   * Separator before the token: 0 = none/unknown (first token or long gap),
   * 1 = "soft" (only spaces, hyphens, apostrophes or slashes — phrase words may span it),
   * 2 = "hard" (other punctuation, line breaks…).
   */
  gap: Uint8Array;
  /** Char code of the single character between this token and the previous one, or -1. */
  gapChar: Int32Array;
}

// ---------------------------------------------------------------------------
// Character classes (precomputed at module load)

/** ASCII: 1 = word char, 2 = soft separator, 0 = other separator. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
for (const ch of [' ', '\t', '-', "'", '/']) ASCII_CLASS[ch.charCodeAt(0)] = 2;

/** Non-ASCII characters that act as soft separators (spaces, apostrophes, hyphens, dashes). */
const SOFT_NON_ASCII = new Set<number>([
  0x00a0, 0x2007, 0x2009, 0x200a, 0x202f, 0x3000, // spaces
  0x2018, 0x2019, 0x02bc, 0x00b4, 0x2032, // apostrophes
  0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, // hyphens and dashes
]);

const SPECIAL_FOLDS: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd' };
const COMBINING = /[\u0300-\u036f]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Fold of a non-ASCII char: its lower-case accent-free form, or '' if it separates words. */
const foldCache = new Map<number, string>();
function foldNonAscii(code: number): string {
  let f = foldCache.get(code);
  if (f !== undefined) return f;
  const ch = String.fromCharCode(code);
  if (SOFT_NON_ASCII.has(code)) f = '';
  else if (code === 0x00ad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) f = '\u0000'; // soft hyphen, zero-width: invisible, inside the word
  else if (SPECIAL_FOLDS[ch] !== undefined) f = SPECIAL_FOLDS[ch];
  else if (code >= 0xd800 && code <= 0xdfff) f = ''; // astral chars (emoji…) separate words
  else if (LETTER_OR_DIGIT.test(ch)) f = ch.normalize('NFD').replace(COMBINING, '').toLowerCase();
  else if (/\p{M}/u.test(ch)) f = '\u0000'; // a combining mark: part of the word, folds to nothing
  else f = '';
  foldCache.set(code, f);
  return f;
}

function isWordCode(code: number): boolean {
  return code < 128 ? ASCII_CLASS[code] === 1 : foldNonAscii(code) !== '';
}

function isSoftCode(code: number): boolean {
  return code < 128 ? ASCII_CLASS[code] === 2 : SOFT_NON_ASCII.has(code);
}

/** Lower-case, accent-free form of a string (used to compile the lexicon and by callers). */
export function normalizeWord(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) out += ASCII_CLASS[c] === 1 ? String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c) : ' ';
    else {
      const f = foldNonAscii(c);
      out += f === '' ? ' ' : f === '\u0000' ? '' : f;
    }
  }
  return out;
}

/** Splits a text into tokens (see `Tokens`). Linear, one pass. */
export function tokenize(text: string): Tokens {
  const n = text.length;
  const start: number[] = [];
  const end: number[] = [];
  const key: string[] = [];
  // Upper bound on the token count: one token per two chars.
  const gap = new Uint8Array((n >> 1) + 1);
  const gapChar = new Int32Array((n >> 1) + 1);
  // Lower-casing the whole text once is far cheaper than per token; it keeps
  // offsets only when no character changes length (virtually always).
  const lower = text.toLowerCase();
  const sameLength = lower.length === n;

  let count = 0;
  let prevEnd = -1;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const s = i;
    let ascii = true;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c < 128) {
        if (ASCII_CLASS[c] !== 1) break;
      } else {
        if (foldNonAscii(c) === '') break;
        ascii = false;
      }
      i++;
    }
    let k: string;
    if (ascii && sameLength) k = lower.slice(s, i);
    else if (ascii) k = text.slice(s, i).toLowerCase();
    else {
      k = '';
      for (let j = s; j < i; j++) {
        const cj = text.charCodeAt(j);
        if (cj < 128) k += String.fromCharCode(cj >= 65 && cj <= 90 ? cj + 32 : cj);
        else {
          const f = foldNonAscii(cj);
          if (f !== '\u0000') k += f;
        }
      }
    }
    start.push(s);
    end.push(i);
    key.push(k);
    if (prevEnd < 0) {
      gap[count] = 0;
      gapChar[count] = -1;
    } else {
      let soft = s - prevEnd <= 3;
      for (let j = prevEnd; soft && j < s; j++) soft = isSoftCode(text.charCodeAt(j));
      gap[count] = soft ? 1 : 2;
      gapChar[count] = s - prevEnd === 1 ? text.charCodeAt(prevEnd) : -1;
    }
    prevEnd = i;
    count++;
  }
  return { count, start, end, key, gap, gapChar };
}
