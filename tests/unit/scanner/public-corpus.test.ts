import { describe, expect, it } from 'vitest';
import { SENSITIVE_CATEGORIES, type SensitiveCategory } from '../../../src/core/contract';
import { categoriesOf, scanText } from '../../../src/core/scanner';
import { PUBLIC_NEGATIVES, PUBLIC_POSITIVES, SOURCES, type PublicText } from './public-corpus';

const VOCABULARY = SENSITIVE_CATEGORIES.slice(SENSITIVE_CATEGORIES.indexOf('health'));

function vocab(text: string): SensitiveCategory[] {
  return categoriesOf(scanText(text)).filter((c) => VOCABULARY.includes(c));
}

/** Per category: texts expecting it and found (tp), expecting it and missed (fn), found without being expected (fp). */
function measure(texts: readonly PublicText[]) {
  const rows = new Map<SensitiveCategory, { tp: number; fn: number; fp: number }>(VOCABULARY.map((c) => [c, { tp: 0, fn: 0, fp: 0 }]));
  const misses: string[] = [];
  const extras: string[] = [];
  for (const t of texts) {
    const found = vocab(t.text);
    for (const c of t.expected) {
      if (found.includes(c)) rows.get(c)!.tp++;
      else {
        rows.get(c)!.fn++;
        misses.push(`${c} ✗ ${t.text.slice(0, 90)}`);
      }
    }
    for (const c of found) {
      if (!t.expected.includes(c)) {
        rows.get(c)!.fp++;
        extras.push(`${c} ⚠ ${t.text.slice(0, 90)}`);
      }
    }
  }
  return { rows, misses, extras };
}

describe('scanner corpus of public texts (issue 17)', () => {
  it('is large enough, half of the negatives curriculum topics and job titles, every text sourced', () => {
    expect(PUBLIC_POSITIVES.length).toBeGreaterThanOrEqual(150);
    expect(PUBLIC_NEGATIVES.length).toBeGreaterThanOrEqual(150);
    const lessonsAndJobs = PUBLIC_NEGATIVES.filter((t) => t.kind === 'curriculum' || t.kind === 'job').length;
    expect(lessonsAndJobs * 2).toBeGreaterThanOrEqual(PUBLIC_NEGATIVES.length);
    for (const t of [...PUBLIC_POSITIVES, ...PUBLIC_NEGATIVES]) expect(SOURCES[t.source], t.text).toMatch(/^https?:\/\//);
    const texts = [...PUBLIC_POSITIVES, ...PUBLIC_NEGATIVES].map((t) => t.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('vocabulary recall ≥ 0.90 and ≤ 5 % of negatives flagged, with per-category figures', () => {
    const positives = measure(PUBLIC_POSITIVES);
    const negatives = measure(PUBLIC_NEGATIVES);
    const flagged = PUBLIC_NEGATIVES.filter((t) => vocab(t.text).length > 0);
    let tp = 0;
    let fn = 0;
    let fp = 0;
    const lines = ['category | expected | found | recall | extra on positives | negatives flagged'];
    for (const c of VOCABULARY) {
      const r = positives.rows.get(c)!;
      const neg = negatives.rows.get(c)!;
      tp += r.tp;
      fn += r.fn;
      fp += r.fp + neg.fp;
      const expected = r.tp + r.fn;
      lines.push(`${c} | ${expected} | ${r.tp} | ${expected ? (r.tp / expected).toFixed(2) : '—'} | ${r.fp} | ${neg.fp}`);
    }
    const recall = tp / (tp + fn);
    const precision = tp / (tp + fp);
    const flaggedRate = flagged.length / PUBLIC_NEGATIVES.length;
    console.info(
      `public corpus: ${PUBLIC_POSITIVES.length} positives, ${PUBLIC_NEGATIVES.length} negatives — recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}, negatives flagged ${(flaggedRate * 100).toFixed(1)} %\n` +
        lines.join('\n') +
        (positives.misses.length ? `\n  misses:\n    ${positives.misses.join('\n    ')}` : '') +
        (negatives.extras.length ? `\n  negatives flagged:\n    ${negatives.extras.join('\n    ')}` : '') +
        (positives.extras.length ? `\n  extra categories on positives:\n    ${positives.extras.join('\n    ')}` : ''),
    );
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(flaggedRate).toBeLessThanOrEqual(0.05);
  });
});
