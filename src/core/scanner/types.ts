import type { SensitiveCategory } from '../contract';

export type FindingConfidence = 'high' | 'medium' | 'low';

/** A raw match before its text is sliced out (internal to the scanner). */
export interface Hit {
  category: SensitiveCategory;
  start: number;
  end: number;
  confidence: FindingConfidence;
}
