/**
 * Checksums of the identifiers the scanner reports. Pure functions over
 * already-compacted strings (no spaces); exported for tests and reuse.
 */

/**
 * NIR (French social security number): 15 chars = sex (1/2, or 7/8 for temporary numbers),
 * year (2), month (01-12, 20-42 or 50-99 when unknown/special), département (2 digits, or 2A/2B
 * for Corsica), commune (3), order (3), key (2). Key = 97 − (first 13 digits mod 97), computed with
 * 2A → 19 and 2B → 18. First digit 3 is deliberately not accepted: it is not in use and would
 * collide with 15-digit American Express numbers.
 */
export function isValidNir(compact: string): boolean {
  if (compact.length !== 15) return false;
  const s = compact.toUpperCase();
  const sex = s.charCodeAt(0) - 48;
  if (sex !== 1 && sex !== 2 && sex !== 7 && sex !== 8) return false;
  let body = s.slice(0, 13);
  const dept = s.slice(5, 7);
  if (dept === '2A') body = body.slice(0, 5) + '19' + body.slice(7);
  else if (dept === '2B') body = body.slice(0, 5) + '18' + body.slice(7);
  if (!isDigits(body) || !isDigits(s.slice(13))) return false;
  const month = Number(s.slice(3, 5));
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return false;
  const key = Number(s.slice(13));
  return key === 97 - (Number(body) % 97);
}

/** INE (identifiant national élève), current form: 10 digits + key letter. */
export const INE_KEY_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ';
export function isValidIne(compact: string): boolean {
  if (compact.length !== 11) return false;
  const digits = compact.slice(0, 10);
  if (!isDigits(digits)) return false;
  return INE_KEY_ALPHABET[Number(digits) % 23] === compact[10]!.toUpperCase();
}

/** Luhn check over a digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * IBAN lengths per country (SWIFT IBAN registry), plus the territories that use
 * their parent's format (French overseas → 27, Åland → 18, Crown dependencies → 22).
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
  // Territories using the parent country's format.
  GF: 27, GP: 27, MQ: 27, RE: 27, PF: 27, TF: 27, YT: 27, NC: 27, BL: 27, MF: 27, PM: 27, WF: 27,
  AX: 18, IM: 22, JE: 22, GG: 22,
};

/** ISO 13616 / ISO 7064 mod 97-10 check of a compact IBAN (any case). */
export function isValidIban(compact: string): boolean {
  const s = compact.toUpperCase();
  const expected = IBAN_LENGTHS[s.slice(0, 2)];
  if (expected === undefined || s.length !== expected) return false;
  if (!isDigitCode(s.charCodeAt(2)) || !isDigitCode(s.charCodeAt(3))) return false;
  let r = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt((i + 4) % s.length);
    if (c >= 48 && c <= 57) r = (r * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) r = (r * 100 + (c - 55)) % 97;
    else return false;
  }
  return r === 1;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return true;
}

/**
 * French RIB (relevé d'identité bancaire): bank (5 digits), branch (5), account (11, letters allowed),
 * key (2) = 97 − ((89 × bank + 15 × branch + 3 × account) mod 97), letters of the account read as
 * digits (A/J → 1, B/K/S → 2, … I/R/Z → 9).
 */
export function isValidRib(bank: string, branch: string, account: string, key: string): boolean {
  if (!/^\d{5}$/.test(bank) || !/^\d{5}$/.test(branch) || !/^[0-9a-z]{11}$/i.test(account) || !/^\d{2}$/.test(key)) return false;
  let acc = '';
  for (const ch of account.toUpperCase()) acc += ch <= '9' ? ch : String(((ch.charCodeAt(0) - 65) % 9) + 1 + (ch >= 'S' ? 1 : 0));
  const sum = (89 * (Number(bank) % 97) + 15 * (Number(branch) % 97) + 3 * (Number(acc.slice(0, 6)) * 100000 % 97 + Number(acc.slice(6))) % 97) % 97;
  return 97 - sum === Number(key);
}
