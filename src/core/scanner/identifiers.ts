/**
 * Identifier detection over the shared token list: one left-to-right pass that only
 * looks at tokens starting with a digit (or an IBAN country code, or "+33"/"0033").
 * Numbers are made of WHOLE tokens joined by single separators; nothing is
 * reported unless its checksum (or, for phones, its numbering plan) holds.
 */
import { isDigits, isValidIban, isValidIne, isValidNir, isValidRib, luhnValid, IBAN_LENGTHS } from './checksums';
import type { Tokens } from './text';
import type { Hit } from './types';

const SPACE = 0x20;
const NBSP = 0xa0;
const NNBSP = 0x202f;
const THIN = 0x2009;
const DOT = 0x2e;
const DASH = 0x2d;

/** Single characters that may join the groups of a number. */
function isJoiner(c: number): boolean {
  return isSpaceJoiner(c) || c === DOT || c === DASH;
}
function isSpaceJoiner(c: number): boolean {
  return c === SPACE || c === NBSP || c === NNBSP || c === THIN;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** A group that can be part of a number: digits, or digits around "2a"/"2b" (Corsican NIR). */
const CORSICA_GROUP = /^[0-9]*2[ab][0-9]*$/;
function isNumberGroup(k: string): boolean {
  return isDigits(k) || (k.length <= 15 && CORSICA_GROUP.test(k));
}

const INE_OLD = /^[0-9]{9}[a-z]{2}$/;
const INE_WORD_NEAR = /(?:^|[^\p{L}\p{N}])INE(?:[^\p{L}\p{N}]|$)/iu;
const INE_CONTEXT = 30;

const PAREN_ZERO = /[ \u00a0]?\(0\)[ \u00a0]?/y;

const MAX_CHAIN_TOKENS = 12;

/** Card layouts: one run of digits, groups of 4 with a shorter last group, Amex 4-6-5, Diners 4-6-4. */
function isCardLayout(lengths: number[]): boolean {
  if (lengths.length === 1) return true;
  if (lengths.length === 3 && lengths[0] === 4 && lengths[1] === 6 && (lengths[2] === 5 || lengths[2] === 4)) return true;
  for (let i = 0; i < lengths.length - 1; i++) if (lengths[i] !== 4) return false;
  const last = lengths[lengths.length - 1]!;
  return last >= 1 && last <= 4;
}

function allSameDigit(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) !== s.charCodeAt(0)) return false;
  return true;
}

/**
 * Payment card: Luhn, and a length its issuer uses — Visa (4) 13/16/19, Amex (34/37) 15, Diners (30/36/38/39)
 * 14–16, Mastercard (51–55, 2221–2720) 16, Discover/UnionPay/JCB/Maestro (35, 5, 6) 16–19. So a 14-digit
 * SIRET (Luhn-valid too) or a mistyped 15-digit NIR is not a card.
 */
const CARD = /^(?:4(?:[0-9]{12}|[0-9]{15}|[0-9]{18})|3[47][0-9]{13}|3[0689][0-9]{12,14}|(?:5[1-5]|2[2-7])[0-9]{14}|(?:35|5[0-9]|6[0-9])[0-9]{14,17})$/;
function isCard(digits: string): boolean {
  return CARD.test(digits) && !allSameDigit(digits) && luhnValid(digits);
}

/** Calling codes read like +33: metropolitan France and the overseas departments (9-digit numbers). */
const CALLING_CODES = ['33', '262', '590', '594', '596'];
/** Words that make a bare run of 10 digits a phone number. */
const PHONE_WORD = /(?:t[ée]l|phone|portable|mobile|fixe|appel|joindre|contact|num[ée]ro|n°|gsm|whatsapp|sms)[^\n]{0,25}$/i;
/** A phone or NIR glued to the word before it: « Tel0612345678 », « NIR2840512345678 ». */
const GLUED = /(?<![\p{L}\p{N}])\p{L}{2,8}(0[1-9](?:[0-9]{8}|(?:[ .-][0-9]{2}){4})|[1278][0-9]{4}(?:2[AaBb]|[0-9]{2})[0-9]{8})(?![0-9])/uy;

export function findIdentifiers(text: string, t: Tokens, out: Hit[]): void {
  const emailSpans = findEmails(text, out);
  const { count, start, end, key, gapChar } = t;
  // Index of the first token not yet consumed by an accepted (or IBAN-shaped) identifier.
  let consumedUntil = 0;
  let lastAcceptedEnd = -1; // token index of the last token of the last accepted number
  let emailIdx = 0;

  for (let k = 0; k < count; k++) {
    if (k < consumedUntil) continue;
    const kk = key[k]!;
    const c0 = kk.charCodeAt(0);
    const isDigitStart = c0 >= 48 && c0 <= 57;
    const isLetterStart = c0 >= 97 && c0 <= 122;
    if (!isDigitStart && !(isLetterStart && (kk.length >= 4 || kk.length === 2))) continue;

    // Skip tokens inside an e-mail address.
    if (emailSpans.length > 0) {
      while (emailIdx < emailSpans.length && emailSpans[emailIdx]![1] <= start[k]!) emailIdx++;
      const span = emailSpans[emailIdx];
      if (span !== undefined && span[0] <= start[k]! && start[k]! < span[1]) continue;
    }

    if (isLetterStart) {
      const used = tryIban(text, t, k, out);
      if (used > 0) consumedUntil = k + used;
      continue;
    }

    // --- INE: one token, 10 digits + key letter; or the older 9 digits + 2 letters near "INE".
    if (kk.length === 11) {
      const c10 = kk.charCodeAt(10);
      if (c10 >= 97 && c10 <= 122 && isValidIne(kk)) {
        out.push({ category: 'ine', start: start[k]!, end: end[k]!, confidence: 'high' });
        continue;
      }
      if (INE_OLD.test(kk)) {
        const around = text.slice(Math.max(0, start[k]! - INE_CONTEXT), Math.min(text.length, end[k]! + INE_CONTEXT));
        if (INE_WORD_NEAR.test(around)) out.push({ category: 'ine', start: start[k]!, end: end[k]!, confidence: 'medium' });
        continue;
      }
    }

    // --- International phone: "+33 6 12 34 56 78", "+33 (0)6…", "0033 6…", "+33612345678".
    const plus = start[k]! > 0 && text.charCodeAt(start[k]! - 1) === 0x2b;
    const plusOk = plus && !(start[k]! > 1 && isAsciiAlnum(text.charCodeAt(start[k]! - 2)));
    const code = plusOk || kk.startsWith('00') ? CALLING_CODES.find((c) => kk.startsWith(plusOk ? c : `00${c}`)) : undefined;
    if (code !== undefined) {
      const used = tryIntlPhone(text, t, k, code.length + (plusOk ? 0 : 2), out, plusOk ? 1 : 0);
      if (used > 0) {
        consumedUntil = k + used;
        lastAcceptedEnd = consumedUntil - 1;
        continue;
      }
    }

    // RIB: bank (5 digits), branch (5), account (11, letters allowed), key (2).
    if (kk.length === 5 && k + 3 < count && key[k + 1]!.length === 5 && key[k + 2]!.length === 11 && key[k + 3]!.length === 2) {
      const g = gapChar[k + 1]!;
      if (g >= 0 && isJoiner(g) && gapChar[k + 2] === g && gapChar[k + 3] === g && isValidRib(kk, key[k + 1]!, key[k + 2]!, key[k + 3]!)) {
        out.push({ category: 'iban', start: start[k]!, end: end[k + 3]!, confidence: 'high' });
        consumedUntil = k + 4;
        lastAcceptedEnd = k + 3;
        continue;
      }
    }

    if (!isNumberGroup(kk)) continue;
    // A number starts at a whole group: not in the middle of a longer number.
    const g0 = gapChar[k]!;
    if (k > 0 && g0 >= 0 && isJoiner(g0) && lastAcceptedEnd !== k - 1 && isNumberGroup(key[k - 1]!)) continue;

    // Chain of groups joined by single separators.
    let j = k;
    let compact = kk;
    const lengths: number[] = [kk.length];
    let sep = -1;
    let uniformSep = true;
    let capped = false;
    while (j + 1 < count) {
      const g = gapChar[j + 1]!;
      if (g < 0 || !isJoiner(g) || !isNumberGroup(key[j + 1]!)) break;
      if (lengths.length >= MAX_CHAIN_TOKENS || compact.length > 19) {
        capped = true;
        break;
      }
      if (sep === -1) sep = g;
      else if (sep !== g) uniformSep = false;
      j++;
      compact += key[j]!;
      lengths.push(key[j]!.length);
    }

    // National phone: 0[1-9] + 8 digits, written as one run or as five pairs.
    if (compact.length >= 10 && compact.charCodeAt(0) === 48 && compact.charCodeAt(1) !== 48) {
      let phoneTokens = 0;
      const same = (n: number) => {
        for (let x = k + 2; x < k + n; x++) if (gapChar[x] !== gapChar[k + 1]) return false;
        return true;
      };
      // One run of 10 digits: a mobile (06, 07), or any number right after a phone word.
      if (lengths[0] === 10) phoneTokens = /^0[67]/.test(kk) || PHONE_WORD.test(text.slice(Math.max(0, start[k]! - 40), start[k])) ? 1 : 0;
      else if (lengths.length >= 5 && lengths.slice(0, 5).every((l) => l === 2) && same(5)) phoneTokens = 5;
      // « 0692 12 34 56 » (overseas style).
      else if (lengths.length >= 4 && lengths[0] === 4 && lengths[1] === 2 && lengths[2] === 2 && lengths[3] === 2 && same(4)) phoneTokens = 4;
      if (phoneTokens > 0 && isDigits(compact.slice(0, 10))) {
        out.push({ category: 'phone', start: start[k]!, end: end[k + phoneTokens - 1]!, confidence: 'high' });
        consumedUntil = k + phoneTokens;
        lastAcceptedEnd = consumedUntil - 1;
        continue;
      }
    }
    if (capped || !uniformSep) continue;

    if (compact.length === 15 && isValidNir(compact)) {
      out.push({ category: 'nir', start: start[k]!, end: end[j]!, confidence: 'high' });
      consumedUntil = j + 1;
      lastAcceptedEnd = j;
      continue;
    }
    if (sep !== DOT && isDigits(compact) && isCardLayout(lengths) && isCard(compact)) {
      out.push({ category: 'card', start: start[k]!, end: end[j]!, confidence: 'high' });
      consumedUntil = j + 1;
      lastAcceptedEnd = j;
      continue;
    }
    // « 33 6 12 34 56 78 »: the calling code without its « + ».
    if (kk === '33' && lengths.length === 6 && lengths[1] === 1 && compact.charCodeAt(2) !== 48 && lengths.slice(2).every((l) => l === 2)) {
      out.push({ category: 'phone', start: start[k]!, end: end[j]!, confidence: 'high' });
      consumedUntil = j + 1;
      lastAcceptedEnd = j;
      continue;
    }
    // Not an identifier: the whole chain is skipped (its inner groups are not numbers on their own).
    consumedUntil = j + 1;
  }
  findGlued(text, out);
}

/** Phones and NIRs glued to a word (« Tel06… », « NIR2… »), which the token pass cannot see. */
function findGlued(text: string, out: Hit[]): void {
  // Only where a letter is followed by a digit: the pattern is tried there, not all along the text.
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const p = text.charCodeAt(i - 1);
    if (p < 65 || (p > 90 && p < 97) || p > 122) continue;
    let s = i - 1;
    while (s > 0 && s > i - 8 && /\p{L}/u.test(text.charAt(s - 1))) s--;
    GLUED.lastIndex = s;
    const m = GLUED.exec(text);
    if (!m) continue;
    const digits = m[1]!.replace(/[ .-]/g, '');
    if (digits.length === 10) out.push({ category: 'phone', start: i, end: i + m[1]!.length, confidence: 'high' });
    else if (isValidNir(digits)) out.push({ category: 'nir', start: i, end: i + m[1]!.length, confidence: 'high' });
    i += m[0].length;
  }
}

/** Tries an IBAN starting at token k; returns the number of tokens it spans when IBAN-shaped (valid or not). */
function tryIban(text: string, t: Tokens, k: number, out: Hit[]): number {
  let kk = t.key[k]!;
  // « FR 76 3000 … »: the country code alone, upper case, then the check digits.
  if (kk.length === 2) {
    const next = t.key[k + 1];
    const g = t.gapChar[k + 1];
    if (next === undefined || g === undefined || g < 0 || !isJoiner(g) || !/^[0-9]{2}/.test(next) || text.slice(t.start[k], t.end[k]) !== kk.toUpperCase()) return 0;
    kk += next;
  }
  const c2 = kk.charCodeAt(2);
  const c3 = kk.charCodeAt(3);
  if (!(c2 >= 48 && c2 <= 57 && c3 >= 48 && c3 <= 57)) return 0;
  const c1 = kk.charCodeAt(1);
  if (!(c1 >= 97 && c1 <= 122)) return 0;
  const expected = IBAN_LENGTHS[kk.slice(0, 2).toUpperCase()];
  if (expected === undefined) return 0;
  let compact = kk;
  let j = kk === t.key[k] ? k : k + 1;
  const sep = t.gapChar[j + 1];
  while (compact.length < expected && j + 1 < t.count) {
    const g = t.gapChar[j + 1]!;
    if (g < 0 || !isJoiner(g) || g !== sep) break;
    j++;
    compact += t.key[j]!;
  }
  if (compact.length !== expected || !isAsciiAlnumString(compact)) return 0;
  if (isValidIban(compact)) out.push({ category: 'iban', start: t.start[k]!, end: t.end[j]!, confidence: 'high' });
  return j - k + 1;
}

function isAsciiAlnumString(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isAsciiAlnum(s.charCodeAt(i))) return false;
  return true;
}

/** "+33"/"0033" then 9 digits (first 1-9) in joined groups, optionally with "(0)". */
function tryIntlPhone(text: string, t: Tokens, k: number, prefixLen: number, out: Hit[], plus: number): number {
  const kk = t.key[k]!;
  if (!isDigits(kk)) return 0;
  let digits = kk.slice(prefixLen);
  let j = k;
  if (digits.length === 0) {
    // Prefix alone in its token: the number continues after a separator or "(0)".
    PAREN_ZERO.lastIndex = t.end[k]!;
    let next = k + 1;
    if (PAREN_ZERO.test(text)) {
      const p = PAREN_ZERO.lastIndex;
      while (next < t.count && t.start[next]! < p) next++;
      if (next >= t.count || t.start[next] !== p) return 0;
    } else {
      const g = t.gapChar[next];
      if (g === undefined || g < 0 || !isJoiner(g)) return 0;
    }
    if (next >= t.count || !isDigits(t.key[next]!)) return 0;
    j = next;
    digits = t.key[next]!;
  }
  while (digits.length < 9 && j + 1 < t.count) {
    const g = t.gapChar[j + 1]!;
    if (g < 0 || !isJoiner(g) || !isDigits(t.key[j + 1]!)) break;
    j++;
    digits += t.key[j]!;
  }
  if (digits.length !== 9 || digits.charCodeAt(0) === 48) return 0;
  // Right-maximal: not followed by more digit groups.
  if (j + 1 < t.count) {
    const g = t.gapChar[j + 1]!;
    if (g >= 0 && isJoiner(g) && isDigits(t.key[j + 1]!)) return 0;
  }
  const s = t.start[k]! - plus; // include the "+"
  out.push({ category: 'phone', start: s, end: t.end[j]!, confidence: 'high' });
  return j - k + 1;
}

const EMAIL_LOCAL = new Uint8Array(128);
const EMAIL_DOMAIN = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const alnum = isAsciiAlnum(c);
  EMAIL_LOCAL[c] = alnum || '._%+-'.includes(String.fromCharCode(c)) ? 1 : 0;
  EMAIL_DOMAIN[c] = alnum || c === DOT || c === DASH ? 1 : 0;
}

/** E-mail addresses, found from each "@". Returns their spans. */
function findEmails(text: string, out: Hit[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let at = text.indexOf('@');
  while (at >= 0) {
    let s = at;
    while (s > 0) {
      const c = text.charCodeAt(s - 1);
      if (c >= 128 || EMAIL_LOCAL[c] !== 1) break;
      s--;
    }
    while (s < at && text.charCodeAt(s) === DOT) s++;
    let e = at + 1;
    while (e < text.length) {
      const c = text.charCodeAt(e);
      if (c >= 128 || EMAIL_DOMAIN[c] !== 1) break;
      e++;
    }
    while (e > at + 1 && (text.charCodeAt(e - 1) === DOT || text.charCodeAt(e - 1) === DASH)) e--;
    const domain = text.slice(at + 1, e);
    const dot = domain.lastIndexOf('.');
    const tld = dot >= 0 ? domain.slice(dot + 1) : '';
    if (s < at && dot > 0 && tld.length >= 2 && /^[a-z]+$/i.test(tld) && !domain.includes('..')) {
      out.push({ category: 'email', start: s, end: e, confidence: 'high' });
      spans.push([s, e]);
      at = text.indexOf('@', e);
    } else {
      at = text.indexOf('@', at + 1);
    }
  }
  return spans;
}
