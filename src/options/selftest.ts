/**
 * The deployment self-test (options page), pure: from what the page measured — the administrator's policy
 * as read now and how long the read took, the worker's last read, host access per service, the block rules
 * installed, when Vigie last ran on each service — the verdicts an IT department needs. The adapter that
 * gathers the inputs is in selftest-probe.ts.
 */
import { SERVICE_IDS, type ServiceId } from '../core/contract';
import { BLOCK_RULE_IDS } from '../blocked/dnr';
import { validateManagedPolicy, type PolicyProblem } from '../policies';
import type { ManagedRead } from '../shared/diagnostics';

export type KeyStatus = 'applied' | 'partial' | 'ignored';

export interface KeyReport {
  key: string;
  status: KeyStatus;
  problems: PolicyProblem[];
}

function belongsTo(path: string, key: string): boolean {
  return path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`);
}

/**
 * One line per key of the policy: `applied` (valid), `partial` (applied, with some entries or parts left out),
 * `ignored` (invalid or unknown), with the validator's reasons.
 */
export function keyReports(managed: Record<string, unknown>): KeyReport[] {
  const { policy, problems } = validateManagedPolicy(managed);
  const applied = policy as Record<string, unknown>;
  return Object.keys(managed).map((key) => {
    const own = problems.filter((p) => belongsTo(p.path, key));
    const status: KeyStatus = !(key in applied) ? 'ignored' : own.length > 0 ? 'partial' : 'applied';
    return { key, status, problems: own };
  });
}

export type PolicyVerdict = 'received' | 'none' | 'unanswered';

export interface LiveRead {
  /** null when the browser did not answer within the timeout. */
  policy: Record<string, unknown> | null;
  waitedMs: number;
}

export function policyVerdict(live: LiveRead, cached: Record<string, unknown>): PolicyVerdict {
  if (live.policy === null) return Object.keys(cached).length > 0 ? 'received' : 'unanswered';
  return Object.keys(live.policy).length > 0 ? 'received' : 'none';
}

/** Where the policy in force was read from. */
export type PolicySource = 'managed-storage' | 'cache' | 'none';

export function policySource(live: LiveRead, cached: Record<string, unknown>): PolicySource {
  if (live.policy && Object.keys(live.policy).length > 0) return 'managed-storage';
  if (live.policy === null && Object.keys(cached).length > 0) return 'cache';
  return 'none';
}

/**
 * Per service: `granted` (Vigie may run on its hosts), `withheld` (the browser withholds host access: a
 * site-access setting "on click" / "on specific sites", or permissions removed). Separately, `seen` says
 * whether the content script ran there recently — when the service's pages were opened but Vigie never ran
 * although access is granted, an administrator's `runtime_blocked_hosts` (ExtensionSettings) is the likely cause,
 * which no extension API reveals.
 */
export type HostAccess = 'granted' | 'withheld' | 'unknown';

export interface ServiceHostReport {
  service: ServiceId;
  access: HostAccess;
  lastSeen?: number;
}

export function hostReports(access: Partial<Record<ServiceId, boolean | null>>, lastSeen: Partial<Record<ServiceId, number>>): ServiceHostReport[] {
  return SERVICE_IDS.map((service) => {
    const granted = access[service];
    const seen = lastSeen[service];
    return { service, access: granted === true ? 'granted' : granted === false ? 'withheld' : 'unknown', ...(seen !== undefined ? { lastSeen: seen } : {}) };
  });
}

/** Which services the installed block rules are for (by their fixed ids), and how many rules there are. */
export function blockRuleReport(ruleIds: readonly number[]): { count: number; services: ServiceId[] } {
  const services = SERVICE_IDS.filter((s) => ruleIds.includes(BLOCK_RULE_IDS[s].https) || ruleIds.includes(BLOCK_RULE_IDS[s].other));
  return { count: ruleIds.length, services };
}

export interface SelfTestInput {
  live: LiveRead;
  cached: Record<string, unknown>;
  workerRead?: ManagedRead;
  access: Partial<Record<ServiceId, boolean | null>>;
  lastSeen: Partial<Record<ServiceId, number>>;
  ruleIds: readonly number[];
  extensionId: string;
}

export interface SelfTest {
  verdict: PolicyVerdict;
  source: PolicySource;
  waitedMs: number;
  workerRead?: ManagedRead;
  keys: KeyReport[];
  hosts: ServiceHostReport[];
  rules: { count: number; services: ServiceId[] };
  extensionId: string;
}

export function selfTest(input: SelfTestInput): SelfTest {
  const source = policySource(input.live, input.cached);
  const policy = source === 'managed-storage' ? (input.live.policy as Record<string, unknown>) : source === 'cache' ? input.cached : {};
  return {
    verdict: policyVerdict(input.live, input.cached),
    source,
    waitedMs: input.live.waitedMs,
    ...(input.workerRead ? { workerRead: input.workerRead } : {}),
    keys: keyReports(policy),
    hosts: hostReports(input.access, input.lastSeen),
    rules: blockRuleReport(input.ruleIds),
    extensionId: input.extensionId,
  };
}
