import { describe, expect, it } from 'vitest';
import type { SensitiveCategory } from '../../../src/core/contract';
import { scanWith } from '../../../src/core/scanner/scan';
import { corruptOneDigit, digits, groupsOf4, makeCard, makeIban, makeIne, makeNir, rng, spaceNir } from './generators';

/**
 * Identifiers as people write them (issue 17): public test vectors — the IBAN examples of the SWIFT IBAN
 * registry and the card numbers payment providers publish for testing, both used by other libraries' test
 * suites (python-stdnum, ibantools, card validators) — plus generated ones, in the layouts seen in school
 * mail: dashes, dots, a space after the country code, overseas phones, « 33 6… » without « + », numbers
 * glued to a word. Invalid ones: one digit changed, SIRETs, order numbers, dates, random runs of 10 digits.
 */
const REGISTRY_IBANS = [
  'GB29 NWBK 6016 1331 9268 19', 'DE89 3704 0044 0532 0130 00', 'FR14 2004 1010 0505 0001 3M02 606',
  'BE68 5390 0754 7034', 'NL91 ABNA 0417 1643 00', 'ES91 2100 0418 4502 0005 1332', 'IT60 X054 2811 1010 0000 0123 456',
  'CH93 0076 2011 6238 5295 7', 'LU28 0019 4006 4475 0000', 'MC58 1122 2000 0101 2345 6789 030', 'PT50 0002 0123 1234 5678 9015 4',
  'AT61 1904 3002 3457 3201',
];
const TEST_CARDS = ['4111 1111 1111 1111', '4012 8888 8888 1881', '5555 5555 5555 4444', '5105 1051 0510 5100', '3782 822463 10005', '3714 496353 98431', '6011 1111 1111 1117', '3056 9309 0259 04', '3530 1113 3330 0000', '2223 0031 2200 3222'];
const RIBS = ['20041 01005 0500013M026 06', '30002 00550 0000157845Z 02'];

type Case = { text: string; category: SensitiveCategory };

function valid(): Case[] {
  const r = rng(17);
  const out: Case[] = [];
  for (const iban of REGISTRY_IBANS) {
    out.push({ text: `IBAN : ${iban}`, category: 'iban' });
    out.push({ text: `Virement sur ${iban.replace(/ /g, '-')} svp`, category: 'iban' });
    out.push({ text: `Compte ${iban.replace(/ /g, '.')}`, category: 'iban' });
    out.push({ text: `RIB ${iban.slice(0, 2)} ${iban.slice(2)}`, category: 'iban' });
  }
  for (let i = 0; i < 20; i++) {
    const fr = makeIban('FR', digits(r, 23));
    out.push({ text: `Remboursement : ${groupsOf4(fr, i % 2 ? '-' : ' ')}`, category: 'iban' });
  }
  for (const rib of RIBS) out.push({ text: `RIB : ${rib}`, category: 'iban' }, { text: `coordonnées ${rib.replace(/ /g, '-')}`, category: 'iban' });
  for (const card of TEST_CARDS) out.push({ text: `Carte ${card}`, category: 'card' }, { text: `n° ${card.replace(/ /g, '')}`, category: 'card' });
  for (let i = 0; i < 20; i++) {
    const nir = makeNir(r, i % 7 === 0 ? { dept: '2A' } : {});
    out.push({ text: `Sécu ${spaceNir(nir)}`, category: 'nir' }, { text: `NIR${nir}`, category: 'nir' });
    out.push({ text: `INE ${makeIne(r)}`, category: 'ine' });
  }
  const mobiles = ['06 12 34 56 78', '07.81.22.33.44', '06-98-76-54-32', '0612345678', '+33 6 12 34 56 78', '+33 (0)6 12 34 56 78', '0033 7 81 22 33 44', '+33612345678', '33 6 12 34 56 78', 'Tel0612345678', 'tél:0781223344', '01 44 55 66 77', 'Tél. 0144556677'];
  const overseas = ['+262 692 12 34 56', '0692 12 34 56', '06 92 12 34 56', '+590 690 12 34 56', '0690 12 34 56', '+594 694 12 34 56', '0694 12 34 56', '+596 696 12 34 56', '0696 12 34 56', '+262 262 21 22 23'];
  for (const p of [...mobiles, ...overseas]) out.push({ text: `Joindre la famille au ${p}.`, category: 'phone' }, { text: `${p} (mère)`, category: 'phone' });
  return out;
}

function invalid(): string[] {
  const r = rng(99);
  const out: string[] = [];
  for (const iban of REGISTRY_IBANS) out.push(corruptOneDigit(iban.replace(/ /g, ''), r, 4));
  for (let i = 0; i < 20; i++) out.push(`NIR ${corruptOneDigit(makeNir(r), r)}`, `INE ${corruptOneDigit(makeIne(r), r)}`);
  for (const rib of RIBS) out.push(`RIB : ${rib.slice(0, -2)}${rib.endsWith('06') ? '07' : '03'}`);
  for (let i = 0; i < 10; i++) out.push(`Carte ${groupsOf4(corruptOneDigit(makeCard(r, '4', 16), r))}`);
  // SIRETs (Luhn-valid, 14 digits) and SIRENs are not cards
  for (const siret of ['73282932000074', '55210055400013', '35600000000048', '41816609600069', '44306184100047']) out.push(`SIRET ${siret}`, `SIRET ${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`);
  for (let i = 0; i < 20; i++) out.push(`Commande ${digits(r, 10)}`, `Réf. ${digits(r, 9)}`, `Dossier 0${digits(r, 9)}`);
  out.push('le 12/03/2024 à 14 h 30', 'Prix : 1 234,56 €', 'ISBN 978-2-07-036822-8', 'Salle 204, bâtiment B', 'Code postal 75015', 'Année 2023-2024', '1 500 000 habitants', 'Version 10.2.3.4.5');
  return out;
}

describe('identifiers as written in school mail (issue 17)', () => {
  it('≥ 0.95 of valid identifiers found, ≤ 10 % of invalid ones flagged, per category', () => {
    const cases = valid();
    const rows = new Map<SensitiveCategory, { n: number; found: number }>();
    const missed: string[] = [];
    for (const c of cases) {
      const row = rows.get(c.category) ?? { n: 0, found: 0 };
      rows.set(c.category, row);
      row.n++;
      if (scanWith(null, c.text).some((f) => f.category === c.category)) row.found++;
      else missed.push(`${c.category} ✗ ${c.text}`);
    }
    const bad = invalid();
    const flagged = bad.filter((t) => scanWith(null, t).length > 0);
    const found = [...rows.values()].reduce((a, r) => a + r.found, 0);
    const rate = found / cases.length;
    console.info(
      `identifier corpus: ${cases.length} valid, ${bad.length} invalid — found ${rate.toFixed(3)}, invalid flagged ${((flagged.length / bad.length) * 100).toFixed(1)} %\n` +
        [...rows].map(([c, r]) => `${c} | ${r.n} | ${r.found} | ${(r.found / r.n).toFixed(2)}`).join('\n') +
        (missed.length ? `\n  missed: ${missed.join(' | ')}` : '') +
        (flagged.length ? `\n  invalid flagged: ${flagged.join(' | ')}` : ''),
    );
    expect(rate).toBeGreaterThanOrEqual(0.95);
    for (const [c, r] of rows) expect(r.found / r.n, c).toBeGreaterThanOrEqual(0.9);
    expect(flagged.length / bad.length).toBeLessThanOrEqual(0.1);
  });
});
