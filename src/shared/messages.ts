import type { ContextId, RuleId } from '../core/contract';
import type { PageObservations } from '../core/observations';
import type { Severity } from '../policies/types';

/** Content script → service worker: what this tab shows now (drives the badge). */
export interface TabStateMessage {
  type: 'vigie:tab-state';
  context: ContextId | null;
  rules: RuleId[];
  worstSeverity: Severity | null;
}

/** Popup → content script: "what is active in this tab?" */
export interface GetTabSnapshotMessage {
  type: 'vigie:get-tab-snapshot';
}

export interface TabSnapshot {
  url: string;
  context: ContextId;
  observations: PageObservations;
  rules: RuleId[];
}

/** Benchmark → content script: how much main-thread time Vigie's own handlers used in this page. */
export interface GetStatsMessage {
  type: 'vigie:get-stats';
}

export interface ContentStats {
  /** Passes of the page reader/evaluator. */
  updates: number;
  /** Mutation-observer callbacks received. */
  mutationCallbacks: number;
  /** Total ms spent in Vigie's handlers (updates, mutation callbacks, input handling). */
  handlerMs: number;
  /** Longest single handler run, ms. */
  longestMs: number;
  /** The scanner's lexicon was loaded in this page (only once a field held text). */
  lexiconLoaded: boolean;
}

/** Content script → service worker: "resolve and publish the configuration now" (first run). */
export interface GetConfigMessage {
  type: 'vigie:get-config';
}

/** Content script → service worker: "publish the scanner's lexicon now" (it was missing from storage). */
export interface GetLexiconMessage {
  type: 'vigie:get-lexicon';
}

export type VigieMessage = TabStateMessage | GetTabSnapshotMessage | GetStatsMessage | GetConfigMessage | GetLexiconMessage;

export function isVigieMessage(value: unknown): value is VigieMessage {
  return !!value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith('vigie:');
}
