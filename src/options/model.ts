import { liveAcknowledgements } from '../shared/acknowledgements';
import type { ManagedPolicy, PolicyProblem } from '../policies';

/**
 * Who decides the profile. The user chooses it, unless the administrator decided:
 * - `locked`: the policy sets `lockUserSettings` — the user's choice is not applied (resolveConfig);
 * - `policy`: the policy names a `profile` — it wins over the user's choice (resolveConfig).
 * The language stays the user's choice in both cases: it changes how the rules read, not which apply.
 * Resetting acknowledgements stays available too: it only brings reminders back.
 */
export type ProfileLock = 'locked' | 'policy' | null;

export function profileLock(policy: ManagedPolicy): ProfileLock {
  if (policy.lockUserSettings === true) return 'locked';
  if (policy.profile !== undefined) return 'policy';
  return null;
}

/** The managed policy as shown to the user: sorted keys, two-space indentation. */
export function prettyPolicy(managed: Record<string, unknown>): string {
  const sort = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sort);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value as Record<string, unknown>)
          .sort()
          .map((key) => [key, sort((value as Record<string, unknown>)[key])]),
      );
    }
    return value;
  };
  return JSON.stringify(sort(managed), null, 2);
}

/** Managed-policy problems only (the user's own options are not the admin's business). */
export function managedProblems(problems: readonly PolicyProblem[]): PolicyProblem[] {
  return problems.filter((p) => p.origin === 'managed');
}

/** Number of remembered acknowledgements still within the TTL. */
export function liveAcknowledgementCount(acks: Record<string, number>, ttlHours: number, now: number = Date.now()): number {
  return Object.keys(liveAcknowledgements(acks, ttlHours, now)).length;
}
