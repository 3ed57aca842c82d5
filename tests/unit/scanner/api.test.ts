import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SENSITIVE_CATEGORIES } from '../../../src/core/contract';
import { categoriesOf, scanText, type Finding } from '../../../src/core/scanner';

describe('scanText — API and offsets', () => {
  it('returns [] for empty or ordinary text', () => {
    expect(scanText('')).toEqual([]);
    expect(scanText('Réunion parents-professeurs 4e B')).toEqual([]);
  });

  it('offsets point into the ORIGINAL text, even after accents, ligatures and NFD', () => {
    const text = 'Vœux — Équipe éducative – PAI diabète de Léa, tél. 06 12 34 56 78, e\u0301preuve';
    const findings = scanText(text);
    expect(findings.map((f) => [f.category, f.text])).toEqual([
      ['class-council', 'Équipe éducative'],
      ['health', 'PAI'],
      ['health', 'diabète'],
      ['phone', '06 12 34 56 78'],
      ['exam', 'e\u0301preuve'],
    ]);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('the brief example', () => {
    const findings = scanText('Équipe éducative – PAI diabète de Léa');
    expect(findings).toEqual<Finding[]>([
      { category: 'class-council', start: 0, end: 16, text: 'Équipe éducative', confidence: 'medium', because: { text: 'Léa', kind: 'name' } },
      { category: 'health', start: 19, end: 22, text: 'PAI', confidence: 'medium', because: { text: 'Léa', kind: 'name' } },
      { category: 'health', start: 23, end: 30, text: 'diabète', confidence: 'medium', because: { text: 'Léa', kind: 'name' } },
    ]);
  });

  it('findings are sorted by start offset', () => {
    const findings = scanText('examen, puis conseil de classe, puis 1 84 12 76 451 089 46 et ramadan');
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('phrases win over the words they contain', () => {
    expect(scanText('mise en examen du père').map((f) => f.category)).toEqual(['justice-child-protection']);
    expect(scanText('examen médical de Léa').map((f) => f.category)).toEqual(['health']);
  });

  it('handles emoji, astral characters and long inputs', () => {
    expect(scanText('🎓 examen 🎓').map((f) => f.text)).toEqual(['examen']);
    const long = 'Réunion ordinaire. '.repeat(5000) + 'PAI';
    expect(categoriesOf(scanText(long))).toEqual(['health']);
  });
});

describe('categoriesOf', () => {
  it('unique, in SENSITIVE_CATEGORIES order', () => {
    const findings = scanText('Léa : exam, ramadan, PAI, 06 12 34 56 78, diabète, jean@example.fr, conseil de classe');
    const cats = categoriesOf(findings);
    expect(cats).toEqual(['email', 'phone', 'health', 'religion', 'class-council', 'exam']);
    expect(cats).toEqual(SENSITIVE_CATEGORIES.filter((c) => cats.includes(c)));
  });
  it('empty', () => {
    expect(categoriesOf([])).toEqual([]);
  });
});

describe('scanner module is pure', () => {
  it('uses no browser or network API', () => {
    const dir = join(__dirname, '../../../src/core/scanner');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const src = readFileSync(join(dir, file), 'utf8');
      expect(src, file).not.toMatch(/\b(window|document|chrome|browser|localStorage|sessionStorage|fetch|XMLHttpRequest|navigator)\b\s*[.(]/);
    }
  });
});
