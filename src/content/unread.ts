import type { ContextId, RuleId } from '../core/contract';
import type { OptionFinding } from '../core/options';
import { unreadRules, webclientJoinUnread } from '../core/unread';
import type { EffectiveConfig } from '../policies/types';

/** The page counts as settled once loaded and quiet (no change of its own) this long… */
export const UNREAD_QUIET_MS = 1500;
/** …or once the same controls have been missing this long on a page that never stops changing. */
export const UNREAD_MAX_WAIT_MS = 6000;

/**
 * `data-vigie-unread` (SPEC): the rules Vigie could not check on this page. A rule is added only once the
 * page has settled — Zoom's single-page forms draw their controls after the load — and leaves at once when
 * its control shows up.
 */
export class UnreadGate {
  private quietSince = performance.now();
  private pendingKey = '';
  private pendingSince = 0;
  private shown: RuleId[] = [];

  /** The page changed (a mutation of its own, another URL). */
  touch(): void {
    this.quietSince = performance.now();
  }

  /**
   * The rules to publish now for this pass, and in how many ms to look again (0: no need).
   */
  next(doc: Document, context: ContextId, findings: readonly OptionFinding[], config: EffectiveConfig): { unread: RuleId[]; retryIn: number } {
    const enabled = new Set(config.profile.rules.filter((id) => !config.disabledRules.includes(id)));
    const applies = (rule: RuleId) => enabled.has(rule) && config.rules[rule].contexts.includes(context);
    const candidate = unreadRules(context, findings, applies, doc);
    if (context === 'webclient' && applies('identify-participants') && webclientJoinUnread(doc)) candidate.push('identify-participants');
    const now = performance.now();
    const key = candidate.join(' ');
    if (key !== this.pendingKey) {
      this.pendingKey = key;
      this.pendingSince = now;
    }
    if (candidate.every((r) => this.shown.includes(r))) {
      this.shown = candidate;
      return { unread: candidate, retryIn: 0 };
    }
    const loaded = doc.readyState === 'complete';
    const wait = Math.min(loaded ? this.quietSince + UNREAD_QUIET_MS - now : UNREAD_QUIET_MS, this.pendingSince + UNREAD_MAX_WAIT_MS - now);
    if (wait > 0) {
      this.shown = this.shown.filter((r) => candidate.includes(r));
      return { unread: this.shown, retryIn: Math.max(50, Math.ceil(wait)) };
    }
    this.shown = candidate;
    return { unread: candidate, retryIn: 0 };
  }
}
