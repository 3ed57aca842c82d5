import { describe, expect, it } from 'vitest';
import { SENSITIVE_CATEGORIES, type SensitiveCategory } from '../../../src/core/contract';
import { categoriesOf, scanText } from '../../../src/core/scanner';
import { NEGATIVES, POSITIVES } from './corpus';

const VOCABULARY = new Set<SensitiveCategory>(SENSITIVE_CATEGORIES.slice(SENSITIVE_CATEGORIES.indexOf('health')));

/** Vocabulary categories found in a text (identifiers are measured in identifiers.test.ts). */
function vocab(text: string): SensitiveCategory[] {
  return categoriesOf(scanText(text)).filter((c) => VOCABULARY.has(c));
}

describe('labelled corpus of meeting titles', () => {
  it('is large enough', () => {
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(80);
    expect(POSITIVES.length).toBeGreaterThanOrEqual(60);
  });

  it('precision ≥ 0.9 and recall ≥ 0.9 on the vocabulary set', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const falsePositives: string[] = [];
    const misses: string[] = [];
    for (const text of NEGATIVES) {
      const found = vocab(text);
      fp += found.length;
      if (found.length > 0) falsePositives.push(`${text} → ${found.join(',')}`);
    }
    for (const { text, expected } of POSITIVES) {
      const found = vocab(text);
      for (const c of found) {
        if (expected.includes(c)) tp++;
        else {
          fp++;
          falsePositives.push(`${text} → ${c}`);
        }
      }
      for (const c of expected) {
        if (!found.includes(c)) {
          fn++;
          misses.push(`${text} ✗ ${c}`);
        }
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.info(
      `vocabulary corpus: ${NEGATIVES.length} negatives, ${POSITIVES.length} positives — precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}` +
        (falsePositives.length ? `\n  false positives: ${falsePositives.join(' | ')}` : '') +
        (misses.length ? `\n  misses: ${misses.join(' | ')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('no ordinary title is flagged (negatives, reported one by one)', () => {
    const flagged = NEGATIVES.filter((t) => vocab(t).length > 0);
    // Floor, not perfection: at most 10 % of the negatives may be flagged (lesson topics are hard).
    expect(flagged.length / NEGATIVES.length).toBeLessThanOrEqual(0.1);
  });
});
