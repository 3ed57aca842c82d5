import { describe, expect, it } from 'vitest';
import type { SensitiveCategory } from '../../../src/core/contract';
import { scanText } from '../../../src/core/scanner';
import { IBAN_LENGTHS } from '../../../src/core/scanner/checksums';
import { corruptOneDigit, digits, groupsOf4, makeCard, makeIban, makeIne, makeNir, rng, spaceNir } from './generators';

interface Case {
  text: string;
  category: SensitiveCategory;
  value: string;
}

const CONTEXTS = [
  (v: string) => v,
  (v: string) => `Numéro : ${v}`,
  (v: string) => `Merci de noter ${v} avant jeudi.`,
  (v: string) => `(${v})`,
  (v: string) => `Réf. ${v}, voir le dossier`,
];

function found(text: string, category: SensitiveCategory, value: string): boolean {
  return scanText(text).some((f) => f.category === category && f.text === value && text.slice(f.start, f.end) === value);
}

/** Valid identifiers, built from random or fixed bases. */
function validCases(): Case[] {
  const r = rng(20240913);
  const cases: Case[] = [];
  const push = (category: SensitiveCategory, value: string) => {
    const ctx = CONTEXTS[cases.length % CONTEXTS.length]!;
    cases.push({ text: ctx(value), category, value });
  };
  // NIR: compact, spaced, Corsica, temporary
  for (let i = 0; i < 40; i++) {
    const nir = makeNir(r);
    push('nir', i % 2 === 0 ? nir : spaceNir(nir));
  }
  for (const dept of ['2A', '2B']) {
    const nir = makeNir(r, { dept });
    push('nir', nir);
    push('nir', spaceNir(nir));
  }
  push('nir', spaceNir(makeNir(r, { sex: 7 })));
  push('nir', makeNir(r, { sex: 8 }));
  push('nir', '1 84 12 76 451 089 46');
  // IBAN: every country in the registry table, alternately spaced/compact/lower-case
  let n = 0;
  for (const [country, length] of Object.entries(IBAN_LENGTHS)) {
    const bban = country === 'GB' || country === 'NL' ? 'ABCD' + digits(r, length - 8) : digits(r, length - 4);
    const iban = makeIban(country, bban);
    const form = n++ % 3;
    push('iban', form === 0 ? groupsOf4(iban) : form === 1 ? iban : groupsOf4(iban).toLowerCase());
  }
  for (const known of ['GB29 NWBK 6016 1331 9268 19', 'DE89 3704 0044 0532 0130 00', 'FR76 3000 6000 0112 3456 7890 189', 'BE68 5390 0754 7034']) {
    push('iban', known);
  }
  // Cards: Visa 16 / 13 / 19, Mastercard 5x and 2x, Amex 15 (4-6-5), Discover, CB
  const brands: Array<[string, number]> = [['4', 16], ['4', 13], ['4', 19], ['51', 16], ['55', 16], ['2221', 16], ['37', 15], ['34', 15], ['6011', 16], ['4970', 16]];
  for (const [prefix, len] of brands) {
    for (let i = 0; i < 4; i++) {
      const card = makeCard(r, prefix, len);
      if (len === 15) push('card', i % 2 === 0 ? card : `${card.slice(0, 4)} ${card.slice(4, 10)} ${card.slice(10)}`);
      else push('card', i % 3 === 0 ? card : i % 3 === 1 ? groupsOf4(card) : groupsOf4(card, '-'));
    }
  }
  // INE
  for (let i = 0; i < 20; i++) push('ine', makeIne(r));
  // Phones
  for (const p of [
    '06 12 34 56 78', '0612345678', '06.12.34.56.78', '06-12-34-56-78', '01 23 45 67 89', '09 87 65 43 21',
    '+33 6 12 34 56 78', '+33612345678', '+33 (0)6 12 34 56 78', '+33(0)612345678', '0033 6 12 34 56 78',
    '+33 1 23 45 67 89', '+33 6.12.34.56.78', '07 11 22 33 44',
  ]) push('phone', p);
  // E-mail
  for (const e of ['jean.dupont@ac-grenoble.fr', 'parent_eleve+vigie@example.org', 'LEA.MARTIN@Univ-Lyon2.FR', 'a@b.co']) push('email', e);
  return cases;
}

describe('identifiers — valid checksums', () => {
  const cases = validCases();

  it('has a large enough set', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
  });

  it('recall ≥ 0.95 on identifiers with valid checksums', () => {
    const missed = cases.filter((c) => !found(c.text, c.category, c.value));
    const recall = 1 - missed.length / cases.length;
    // Printed for the report.
    console.info(`identifier recall: ${recall.toFixed(3)} (${cases.length - missed.length}/${cases.length})`);
    expect(missed.map((c) => c.text)).toEqual([]); // we actually expect all of them
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('reports valid identifiers with high confidence and nothing else in a neutral sentence', () => {
    for (const c of cases.slice(0, 60)) {
      const findings = scanText(c.text);
      expect(findings.map((f) => f.category), c.text).toEqual([c.category]);
      expect(findings[0]!.confidence).toBe('high');
    }
  });
});

describe('identifiers — invalid (one digit changed) are never reported', () => {
  const r = rng(7);
  const invalid: string[] = [];
  for (let i = 0; i < 60; i++) {
    const nir = corruptOneDigit(makeNir(r, i % 10 === 0 ? { dept: i % 20 === 0 ? '2A' : '2B' } : {}), r);
    invalid.push(i % 2 === 0 ? nir : spaceNir(nir));
  }
  for (const [country, length] of Object.entries(IBAN_LENGTHS)) {
    const iban = corruptOneDigit(makeIban(country, digits(r, length - 4)), r);
    invalid.push(groupsOf4(iban), iban);
  }
  const brands: Array<[string, number]> = [['4', 16], ['51', 16], ['37', 15], ['6011', 16], ['4', 13], ['4', 19]];
  for (const [prefix, len] of brands) {
    for (let i = 0; i < 10; i++) {
      const card = corruptOneDigit(makeCard(r, prefix, len), r);
      invalid.push(i % 2 === 0 ? card : len === 15 ? `${card.slice(0, 4)} ${card.slice(4, 10)} ${card.slice(10)}` : groupsOf4(card));
    }
  }
  for (let i = 0; i < 40; i++) invalid.push(corruptOneDigit(makeIne(r), r));
  // Malformed phones (no checksum: wrong numbering plan or length)
  // (« 0612 34 56 78 » is no longer here: 4-2-2-2 is how overseas numbers are written, « 0692 12 34 56 ».)
  invalid.push('00 12 34 56 78', '06 12 34 56 7', '6 12 34 56 78', '+33 0 12 34 56 78', '+33 6 12 34 56 78 90', '0612 34 56 7');
  // Look-alikes
  invalid.push('4444 4444 4444 4444', '0000000000000', '1111 1111 1111 1111 111', 'user@localhost', '@handle', 'a@b');

  it(`has ${invalid.length} invalid identifiers`, () => {
    expect(invalid.length).toBeGreaterThanOrEqual(300);
  });

  it('ZERO reports on invalid identifiers', () => {
    const reported = invalid.flatMap((v) => {
      const findings = [...scanText(v), ...scanText(`Numéro : ${v} merci`)];
      return findings.length > 0 ? [`${v} → ${findings.map((f) => `${f.category}:${f.text}`).join(', ')}`] : [];
    });
    expect(reported).toEqual([]);
  });
});

describe('identifiers — table', () => {
  const table: Array<[string, Array<[SensitiveCategory, string]>]> = [
    ['NIR 1 84 12 76 451 089 46', [['nir', '1 84 12 76 451 089 46']]],
    ['NIR 184127645108946.', [['nir', '184127645108946']]],
    ['INE 123456789AB de Paul', [['ine', '123456789AB']]],
    ['Réf. 123456789AB du colis', []], // old INE form without "INE" nearby
    ['Tel: 06 12 34 56 78 / 07 11 22 33 44', [['phone', '06 12 34 56 78'], ['phone', '07 11 22 33 44']]],
    ['06 12 34 56 78 07 11 22 33 44', [['phone', '06 12 34 56 78'], ['phone', '07 11 22 33 44']]],
    ['Écrire à jean.dupont@ac-grenoble.fr.', [['email', 'jean.dupont@ac-grenoble.fr']]],
    ['Réunion 2024-2025 salle 12, le 12.03.2024 à 14 h', []],
    ['ID Zoom 812 3456 7890, code 123456', []],
    ['https://zoom.us/j/81234567890?pwd=abc', []],
    ['4111 1111 1111 1111', [['card', '4111 1111 1111 1111']]],
    ['Tél. 06\u202f12\u202f34\u202f56\u202f78', [['phone', '06\u202f12\u202f34\u202f56\u202f78']]],
    ['NIR 1\u00a084\u00a012\u00a076\u00a0451\u00a0089\u00a046', [['nir', '1\u00a084\u00a012\u00a076\u00a0451\u00a0089\u00a046']]],
    ['4111-1111-1111-1111', [['card', '4111-1111-1111-1111']]],
    ['4111.1111.1111.1111', []], // dotted groups are not a card layout
    ['3782 822463 10005', [['card', '3782 822463 10005']]],
    ['fr76 3000 6000 0112 3456 7890 189', [['iban', 'fr76 3000 6000 0112 3456 7890 189']]],
    ['FR7630006000011234567890189', [['iban', 'FR7630006000011234567890189']]],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(scanText(text).map((f) => [f.category, f.text])).toEqual(expected);
  });

  it('Corsican NIR (2A/2B) is checked with 19/18', () => {
    // 2A → 19: key = 97 − (1840219451089 mod 97)
    const body = '184022A451089';
    const key = String(97 - Number(BigInt('1840219451089') % 97n)).padStart(2, '0');
    expect(scanText(`NIR ${body}${key}`).map((f) => f.category)).toEqual(['nir']);
    const wrongKey = String((Number(key) % 97) + 1).padStart(2, '0');
    expect(scanText(`NIR ${body}${wrongKey}`)).toEqual([]);
  });

  it('a valid NIR is not also reported as a card, nor a phone as anything else', () => {
    const r = rng(99);
    for (let i = 0; i < 50; i++) {
      expect(scanText(makeNir(r)).map((f) => f.category)).toEqual(['nir']);
    }
    expect(scanText('0612345678').map((f) => f.category)).toEqual(['phone']);
  });
});
