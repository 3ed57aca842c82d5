import type { SensitiveCategory } from '../contract';

export type FindingConfidence = 'high' | 'medium' | 'low';

/** A raw match before its text is sliced out (internal to the scanner). */
export interface Hit {
  category: SensitiveCategory;
  start: number;
  end: number;
  confidence: FindingConfidence;
  /** Remote-proctoring vocabulary (surveillance à distance, webcam pendant l'épreuve…). */
  proctoring?: boolean;
  /** The words that make the finding about a person or a real meeting. */
  anchor?: { start: number; end: number; kind: AnchorKind };
}

/** What makes a sensitive word about someone: a first name or a class, a person word, a meeting or a date. */
export type AnchorKind = 'name' | 'person' | 'event';
