/**
 * Sensitive-data scanner (SPEC "Sensitive-data scanner categories") — the matcher, without its data.
 *
 * Pure and synchronous: no browser API, no network, no storage. The text is tokenised once
 * (text.ts); identifiers are found over the digit-bearing tokens (identifiers.ts) and reported
 * only when their checksum holds; vocabulary is matched token by token against a compiled lexicon
 * (vocabulary.ts). The lexicon is a parameter: the content script receives it from the service
 * worker when text first appears (index.ts binds the built-in lexicon for everything else).
 */
import { SENSITIVE_CATEGORIES, type SensitiveCategory } from '../contract';
import { findIdentifiers } from './identifiers';
import { tokenize } from './text';
import type { AnchorKind, FindingConfidence, Hit } from './types';
import { findVocabulary, type Vocabulary } from './vocabulary';

export type { AnchorKind, FindingConfidence } from './types';

export interface Finding {
  category: SensitiveCategory;
  /** Offset of the first character in the ORIGINAL text. */
  start: number;
  /** Offset just past the last character in the ORIGINAL text. */
  end: number;
  /** The original substring `text.slice(start, end)`. */
  text: string;
  /** 'high' for checksum-verified identifiers, 'medium'/'low' for vocabulary. */
  confidence: FindingConfidence;
  /** Remote-proctoring vocabulary (an `exam` finding): sets `observations.remoteProctoring`. */
  proctoring?: true;
  /** The words that make it about someone or a real meeting (« Léa », « élève », « jeudi 14 h »). */
  because?: { text: string; kind: AnchorKind };
}

const CATEGORY_ORDER = new Map<SensitiveCategory, number>(SENSITIVE_CATEGORIES.map((c, i) => [c, i]));

/**
 * Finds personal identifiers and, when a compiled lexicon is given, GDPR art. 9 / school-sensitive
 * vocabulary in `text` (identifiers need no lexicon: they are found from the first keystroke).
 */
export function scanWith(vocabulary: Vocabulary | null, text: string): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const tokens = tokenize(text);
  const hits: Hit[] = [];
  findIdentifiers(text, tokens, hits);
  if (vocabulary) findVocabulary(vocabulary, text, tokens, hits);
  if (hits.length === 0) return [];
  hits.sort((a, b) => a.start - b.start || CATEGORY_ORDER.get(a.category)! - CATEGORY_ORDER.get(b.category)!);
  return hits.map((h) => {
    const f: Finding = { category: h.category, start: h.start, end: h.end, text: text.slice(h.start, h.end), confidence: h.confidence };
    if (h.proctoring) f.proctoring = true;
    if (h.anchor) f.because = { text: text.slice(h.anchor.start, h.anchor.end), kind: h.anchor.kind };
    return f;
  });
}

/** The distinct categories of `findings`, in SENSITIVE_CATEGORIES order. */
export function categoriesOf(findings: readonly Finding[]): SensitiveCategory[] {
  if (findings.length === 0) return [];
  const seen = new Set<SensitiveCategory>();
  for (const f of findings) seen.add(f.category);
  return SENSITIVE_CATEGORIES.filter((c) => seen.has(c));
}

export { compileVocabulary, packVocabulary, unpackVocabulary, type PackedVocabulary, type Vocabulary } from './vocabulary';
export type { Lexicon } from './lexicon';
