import type { ContextId, RuleId } from '../core/contract';
import { readFindings, type OptionFinding } from '../core/form-state';
import type { FixView } from './FixButtons';

/**
 * One-click fixes (issue 14): Vigie operates Zoom's own control the way a person does — a click on the
 * component, so the page's own script follows — then reads the page again. It never submits, never types
 * into a text field, and never touches a disabled or admin-locked control.
 */

/** What Vigie knows about one fixable problem on the page now. */
export interface FixTarget {
  rule: RuleId;
  /** The controls the problem was read from (what markers point at, what "Afficher" shows). */
  controls: Element[];
  /** A click can fix it (every blocking control is clickable). */
  fixable: boolean;
  blocked: 'locked' | 'disabled' | null;
}

/** How the last fix of a rule went: shown next to it until the problem changes. */
export type FixOutcome = 'unchanged' | 'locked' | 'disabled';

/** The problems read from controls, grouped by rule (only rules in `active`). */
export function fixTargets(findings: readonly OptionFinding[], active: ReadonlySet<RuleId>): FixTarget[] {
  const byRule = new Map<RuleId, FixTarget>();
  for (const f of findings) {
    if (!f.rule || f.compliant !== false || !f.control || !active.has(f.rule)) continue;
    const target = byRule.get(f.rule) ?? { rule: f.rule, controls: [], fixable: true, blocked: null };
    target.controls.push(f.control);
    if (!f.fix) target.fixable = false;
    target.blocked ??= f.blocked;
    byRule.set(f.rule, target);
  }
  return [...byRule.values()];
}

/** Lets the page's script react to the click (its framework re-renders in a microtask or a frame). */
function settle(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 60));
}

/**
 * Clicks what fixes `rule`, then reads the page again. Resolves to null when the problem is gone, or to
 * why it is still there.
 */
export async function applyFix(context: ContextId, rule: RuleId): Promise<FixOutcome | null> {
  const open = () => readFindings(document, context).filter((f) => f.rule === rule && f.compliant === false);
  const before = open();
  const blocked = before.find((f) => f.blocked)?.blocked;
  if (blocked) return blocked;
  for (const f of before) if (f.fix instanceof HTMLElement && f.fix.isConnected) f.fix.click();
  await settle();
  const after = open();
  if (!after.length) return null;
  return after.find((f) => f.blocked)?.blocked ?? 'unchanged';
}

/** "Afficher": the control scrolled into view and focused (the caller highlights it). */
export function showControl(control: Element): void {
  control.scrollIntoView({ block: 'center', inline: 'nearest' });
  const focusable = control.matches('input, button, select, [tabindex], [role]')
    ? control
    : control.querySelector('input:not([type="hidden"]), [role="checkbox"], [role="radio"], [role="switch"], button, [tabindex]');
  if (focusable instanceof HTMLElement) focusable.focus({ preventScroll: true });
}

/** What the in-page UI shows of the fixes: the open problems, the last outcomes, the highlighted control. */
export class Fixes {
  views: FixView[] = [];
  highlight: Element | null = null;
  private readonly outcomes = new Map<RuleId, FixOutcome>();
  private timer = 0;

  constructor(private readonly changed: () => void) {}

  /** Follows the page: `findings` just read, `active` the rules in force, `allow` the policy's `allowAutoFix`. */
  follow(findings: readonly OptionFinding[], active: ReadonlySet<RuleId>, allow: boolean): void {
    const targets = fixTargets(findings, active);
    for (const rule of [...this.outcomes.keys()]) if (!targets.some((x) => x.rule === rule)) this.outcomes.delete(rule);
    this.views = targets.map((x) => ({ ...x, fixable: allow && x.fixable, outcome: this.outcomes.get(x.rule) ?? null }));
    if (this.highlight && !this.highlight.isConnected) this.highlight = null;
  }

  /**
   * Changes when what the UI shows changes. The controls' boxes are not read here (no forced layout in a
   * pass): the markers read them in the next animation frame (`Markers.reposition`).
   */
  key(): unknown[] {
    return [this.views.map((v) => [v.rule, v.fixable, v.blocked, v.outcome, v.controls.length]), !!this.highlight];
  }

  async fix(context: ContextId, rule: RuleId): Promise<void> {
    const outcome = await applyFix(context, rule);
    if (outcome) this.outcomes.set(rule, outcome);
    else this.outcomes.delete(rule);
    if (outcome === 'unchanged') this.show(rule);
  }

  show(rule: RuleId, control?: Element): void {
    const target = control ?? this.views.find((v) => v.rule === rule)?.controls[0];
    if (!target) return;
    showControl(target);
    this.highlight = target;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.highlight = null;
      this.changed();
    }, 2500);
    this.changed();
  }
}
