import { CONTEXT_IDS, RULE_IDS, SERVICE_IDS, type RuleId, type ServiceId } from '../core/contract';
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
      /** Rules Vigie could not check on this page (its controls were not found), top frame and frames. */
      unread: RuleId[];
      /** Structural summary of the page's forms for a bug report (never a typed value). */
      diagnostic: string;
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
  frames: readonly TabSnapshot[] = [],
): PopupView {
  const valid = frames.filter(isTabSnapshot);
  // The top frame's page comes first; a tab whose top page is not the service's is described by its frames.
  const base = snapshot ?? valid[0];
  if (base) {
    const evaluation = evaluate(base.context, base.observations, config, acknowledgements, now);
    const warnings = [...evaluation.warnings];
    const unread = new Set<RuleId>(base.unread ?? []);
    const diagnostics = base.diagnostic ? [base.diagnostic] : [];
    for (const frame of valid) {
      if (frame === base) continue;
      // Each frame's context and rules count in the tab (e.g. the web client's pre-join screen), each rule once.
      for (const w of evaluate(frame.context, frame.observations, config, acknowledgements, now).warnings) {
        if (!warnings.some((x) => x.rule === w.rule)) warnings.push(w);
      }
      for (const rule of frame.unread ?? []) unread.add(rule);
      if (frame.diagnostic) diagnostics.push(frame.diagnostic);
    }
    return {
      kind: 'tab',
      service: evaluation.service,
      host: base.observations.host,
      evaluation: { ...evaluation, warnings },
      open: warnings.filter((w) => !w.acknowledged),
      acknowledged: warnings.filter((w) => w.acknowledged),
      unread: RULE_IDS.filter((r) => unread.has(r)),
      diagnostic: diagnostics.join('\n\n'),
    };
  }
  return { kind: 'overview', reason: serviceOfUrl(tabUrl) ? 'no-answer' : 'not-service', services: SERVICE_IDS };
}
