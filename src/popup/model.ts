import { CONTEXT_IDS, SERVICE_IDS, type ServiceId } from '../core/contract';
import { serviceOfHost } from '../core/hosts';
import { evaluate, type EffectiveConfig, type Evaluation, type Warning } from '../policies';
import type { TabSnapshot } from '../shared/messages';

/** The popup's logic, free of browser APIs: which tab, what the content script said, what to show. */

/** `?tabId=<n>` names the tab to describe (tests, and a popup opened as a page); otherwise the active tab. */
export function parseTabId(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}

/** A content script's answer is used only when it has the expected shape. */
export function isTabSnapshot(value: unknown): value is TabSnapshot {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<TabSnapshot>;
  return (
    typeof v.url === 'string' &&
    typeof v.context === 'string' &&
    (CONTEXT_IDS as readonly string[]).includes(v.context) &&
    !!v.observations &&
    typeof v.observations === 'object' &&
    typeof v.observations.host === 'string' &&
    Array.isArray(v.observations.sensitive)
  );
}

/** The service of a tab URL, when Vigie watches it (https only). */
export function serviceOfUrl(url: string | undefined): ServiceId | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? serviceOfHost(parsed.hostname) : null;
  } catch {
    return null;
  }
}

export type PopupView =
  | {
      kind: 'tab';
      service: ServiceId;
      host: string;
      evaluation: Evaluation;
      /** Active warnings not yet acknowledged, in the evaluation's order. */
      open: Warning[];
      /** Active warnings acknowledged within the TTL. */
      acknowledged: Warning[];
    }
  | {
      kind: 'overview';
      /** `not-service`: another site; `no-answer`: a page of the service whose content script did not answer. */
      reason: 'not-service' | 'no-answer';
      services: readonly ServiceId[];
    };

export function describeTab(
  snapshot: TabSnapshot | null,
  tabUrl: string | undefined,
  config: EffectiveConfig,
  acknowledgements: Record<string, number>,
  now: number = Date.now(),
): PopupView {
  if (snapshot) {
    const evaluation = evaluate(snapshot.context, snapshot.observations, config, acknowledgements, now);
    return {
      kind: 'tab',
      service: evaluation.service,
      host: snapshot.observations.host,
      evaluation,
      open: evaluation.warnings.filter((w) => !w.acknowledged),
      acknowledged: evaluation.warnings.filter((w) => w.acknowledged),
    };
  }
  return { kind: 'overview', reason: serviceOfUrl(tabUrl) ? 'no-answer' : 'not-service', services: SERVICE_IDS };
}
