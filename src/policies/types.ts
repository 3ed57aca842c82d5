import type { ContextId, EnforcementMode, RuleId, ServiceId } from '../core/contract';

export type Lang = 'fr' | 'en';

/** Every user-facing policy text exists in French (first) and English. */
export interface LocalizedText {
  fr: string;
  en: string;
}

/** Where a rule, reason or alternative comes from: a seed file of ../shared/seeds and the passage it rests on. */
export interface Source {
  /** Seed file name, e.g. `000_c7977897f072341b.txt`. */
  seed: string;
  /** The passage (a short quotation, OCR slips fixed) the item rests on. */
  passage: string;
}

export type Severity = 'critical' | 'warning' | 'info';

/**
 * - `stance`: the institution's position on the service (forbidden / restricted / account);
 * - `detected`: a problem read from the page right now (PMI chosen, cloud recording, sensitive text…);
 * - `reminder`: a rule that always applies in this context.
 */
export type RuleKind = 'stance' | 'detected' | 'reminder';

export interface RuleDefinition {
  id: RuleId;
  kind: RuleKind;
  severity: Severity;
  /** Contexts where the rule may be active. */
  contexts: readonly ContextId[];
  title: LocalizedText;
  /** One line: why it matters. */
  why: LocalizedText;
  /** What to do, in a few sentences ("learn more"). */
  details: LocalizedText;
  source: Source;
}

export type ServiceStatus = 'forbidden' | 'restricted' | 'allowed-with-conditions' | 'not-recommended';

export interface StanceReason {
  text: LocalizedText;
  source: Source;
}

export interface ServiceStance {
  status: ServiceStatus;
  summary: LocalizedText;
  reasons: readonly StanceReason[];
  /** Conditions of use when restricted / allowed with conditions. */
  conditions?: readonly StanceReason[];
}

export interface Alternative {
  id: string;
  name: string;
  /** https only. */
  url: string;
  /** What it is for. */
  purpose: LocalizedText;
  /** Who may use it. */
  audience: LocalizedText;
  /** Limits such as "10 participants max", booking required. */
  limits?: LocalizedText;
  source: Source;
}

export interface Contact {
  name?: string;
  email?: string;
  url?: string;
  phone?: string;
}

export interface Profile {
  id: string;
  name: LocalizedText;
  institutionName: string;
  stances: Record<ServiceId, ServiceStance>;
  /** Rules this profile applies (others are never active). */
  rules: readonly RuleId[];
  enforcement: Record<ServiceId, EnforcementMode>;
  alternatives: readonly Alternative[];
  approvedHosts: readonly string[];
  institutionEmailDomains: readonly string[];
  dpoContact?: Contact;
  helpUrl?: string;
  source: readonly Source[];
}
