import type { ContextId, RuleId } from '../core/contract';
import type { PageObservations } from '../core/observations';
import type { Severity } from '../policies/types';

/** Content script → service worker: what this tab shows now (drives the badge). */
export interface TabStateMessage {
  type: 'vigie:tab-state';
  context: ContextId | null;
  rules: RuleId[];
  worstSeverity: Severity | null;
  /**
   * The frame's document start (`performance.timeOrigin`): a top frame's report drops the states of the
   * frames reported before its document began (they belonged to the previous page).
   */
  docStart?: number;
  /** Rules whose controls Vigie could not read on this page (`data-vigie-unread`). */
  unread?: RuleId[];
}

/** Popup → service worker: the frames of a tab (other than the top one) whose content script reported a state. */
export interface GetTabFramesMessage {
  type: 'vigie:get-tab-frames';
  tabId: number;
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
  /** Rules whose controls Vigie could not read (`data-vigie-unread`). */
  unread?: RuleId[];
  /** Structural summary of the page's form for a bug report (never a typed value). */
  diagnostic?: string;
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

export type VigieMessage = TabStateMessage | GetTabFramesMessage | GetTabSnapshotMessage | GetStatsMessage | GetConfigMessage | GetLexiconMessage;

export function isVigieMessage(value: unknown): value is VigieMessage {
  return !!value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith('vigie:');
}
