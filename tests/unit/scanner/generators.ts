/**
 * Test helpers that BUILD truly valid identifiers (independently of the scanner's own checksum
 * code: BigInt arithmetic here) and corrupt them by changing exactly one digit.
 */

/** Small deterministic PRNG (mulberry32) so that failures are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function digits(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(r() * 10));
  return s;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** A valid 15-char NIR (compact). `dept` may be '2A'/'2B'. */
export function makeNir(r: () => number, opts: { sex?: 1 | 2 | 7 | 8; dept?: string } = {}): string {
  const sex = opts.sex ?? (r() < 0.5 ? 1 : 2);
  const year = pad(Math.floor(r() * 100), 2);
  const month = pad(1 + Math.floor(r() * 12), 2);
  const dept = opts.dept ?? pad(1 + Math.floor(r() * 95), 2);
  const commune = pad(1 + Math.floor(r() * 989), 3);
  const order = pad(1 + Math.floor(r() * 998), 3);
  const body = `${sex}${year}${month}${dept}${commune}${order}`;
  const numeric = body.replace(/2A/i, '19').replace(/2B/i, '18');
  const key = 97n - (BigInt(numeric) % 97n);
  return body + pad(Number(key), 2);
}

/** "1 84 12 76 451 089 46" layout. */
export function spaceNir(nir: string): string {
  return [nir.slice(0, 1), nir.slice(1, 3), nir.slice(3, 5), nir.slice(5, 7), nir.slice(7, 10), nir.slice(10, 13), nir.slice(13)].join(' ');
}

function ibanDigits(s: string): string {
  return s
    .toUpperCase()
    .split('')
    .map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch))
    .join('');
}

/** A valid IBAN for `country` whose BBAN is `bban` (check digits computed). */
export function makeIban(country: string, bban: string): string {
  const rem = BigInt(ibanDigits(bban + country + '00')) % 97n;
  return country + pad(Number(98n - rem), 2) + bban;
}

export function groupsOf4(s: string, sep = ' '): string {
  return s.match(/.{1,4}/g)!.join(sep);
}

/** A valid Luhn number with the given prefix and total length. */
export function makeCard(r: () => number, prefix: string, length: number): string {
  const body = prefix + digits(r, length - prefix.length - 1);
  for (let check = 0; check <= 9; check++) {
    const candidate = body + check;
    let sum = 0;
    for (let i = 0; i < candidate.length; i++) {
      let d = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

const INE_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
/** A valid current-form INE: 10 digits + key letter. */
export function makeIne(r: () => number): string {
  const d = digits(r, 10);
  return d + INE_LETTERS[Number(BigInt(d) % 23n)];
}

/** Changes exactly one digit (not in `protectedPrefix` first chars) to a different digit. */
export function corruptOneDigit(s: string, r: () => number, protectedPrefix = 0): string {
  const positions: number[] = [];
  for (let i = protectedPrefix; i < s.length; i++) if (/[0-9]/.test(s[i]!)) positions.push(i);
  const pos = positions[Math.floor(r() * positions.length)]!;
  const old = Number(s[pos]);
  const next = (old + 1 + Math.floor(r() * 9)) % 10;
  return s.slice(0, pos) + String(next) + s.slice(pos + 1);
}
