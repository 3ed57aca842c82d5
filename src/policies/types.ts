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
  /** A reference link (https), when the seed gives one. */
  url?: string;
}

export interface ServiceStance {
  status: ServiceStatus;
  summary: LocalizedText;
  reasons: readonly StanceReason[];
  /** Conditions of use when restricted / allowed with conditions. */
  conditions?: readonly StanceReason[];
  /** Good practices the institution recommends (not conditions of use). */
  tips?: readonly StanceReason[];
  /** The passage the summary rests on. */
  source?: Source;
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
  /** Further addresses (e.g. CNED: école / collège / lycée). */
  links?: readonly AlternativeLink[];
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
  /** Where to exercise data-subject rights, when it differs from the DPO. */
  rightsContact?: Contact;
  helpUrl?: string;
  /** What the help link is (e.g. "portail d'assistance VERDON"). */
  helpLabel?: LocalizedText;
  source: readonly Source[];
}

/* ------------------------------------------------------------------------------------------------
 * Extensions (policy module). Optional fields only on the shapes above, so existing code keeps working.
 * ---------------------------------------------------------------------------------------------- */

/** An extra link of an alternative (e.g. CNED: one address per school level). */
export interface AlternativeLink {
  label: LocalizedText;
  /** https only. */
  url: string;
}

/** Result of evaluating one page: what to show, in order. */
export interface Warning {
  rule: RuleId;
  kind: RuleKind;
  severity: Severity;
  title: LocalizedText;
  why: LocalizedText;
  details: LocalizedText;
  source: Source;
  service: ServiceId;
  /** Still active (listed in `data-vigie-rules`), but the user acknowledged it within the TTL. */
  acknowledged: boolean;
  /** What exactly was found on the page (e.g. which e-mail domain, which data categories). */
  finding?: LocalizedText;
  /** Stance warnings: the institution's reasons and conditions. */
  reasons?: readonly StanceReason[];
  conditions?: readonly StanceReason[];
}

export interface Evaluation {
  service: ServiceId;
  context: ContextId;
  enforcement: EnforcementMode;
  /** Ordered: stance, then detected problems, then reminders; within a group by severity. */
  warnings: Warning[];
  /** Warnings to confirm before Save / Join; empty unless enforcement is `warn` or `block`. */
  confirmationNeeded: Warning[];
  /** `block` enforcement of this service: the page is replaced by the interstitial unless its tab was let through. */
  blocked: boolean;
}

/** `${service}:${ruleId}` → time of acknowledgement (ms since epoch). */
export type Acknowledgements = Record<string, number>;

export type LanguageSetting = 'auto' | Lang;
export type AlternativesMode = 'replace' | 'append';

/** The valid part of a managed (admin) policy, after validation. */
export interface ManagedPolicy {
  profile?: string;
  institutionName?: string;
  enforcement?: Partial<Record<ServiceId, EnforcementMode>>;
  allowBypass?: boolean;
  institutionEmailDomains?: string[];
  approvedHosts?: string[];
  alternatives?: Alternative[];
  alternativesMode?: AlternativesMode;
  disabledRules?: RuleId[];
  dpoContact?: Contact;
  helpUrl?: string;
  lockUserSettings?: boolean;
  acknowledgementTtlHours?: number;
  /** One-click fixes offered next to the problems (markers, panel, confirmation). Default true. */
  allowAutoFix?: boolean;
}

/** The valid part of the user's options. */
export interface UserOptions {
  profile?: string;
  language?: LanguageSetting;
}

export interface PolicyProblem {
  /** Which input the problem is in. */
  origin: 'managed' | 'user';
  /** Key path, e.g. `alternatives[2].url`; empty for the whole input. */
  path: string;
  /** `error`: the value is ignored; `warning`: applied or harmlessly ignored (unknown key…). */
  severity: 'error' | 'warning';
  message: LocalizedText;
  /** A suggested fix. */
  fix: LocalizedText;
}

export interface EffectiveConfig {
  profileId: string;
  profile: Profile;
  /**
   * The rule definitions in force (texts, contexts, severity). Carried in the configuration so that
   * `evaluate` needs nothing else: the content script receives a resolved configuration and never
   * bundles the profiles, the validator or the rule texts itself.
   */
  rules: Readonly<Record<RuleId, RuleDefinition>>;
  institutionName: string;
  enforcement: Record<ServiceId, EnforcementMode>;
  allowBypass: boolean;
  institutionEmailDomains: readonly string[];
  approvedHosts: readonly string[];
  alternatives: readonly Alternative[];
  alternativesMode: AlternativesMode;
  disabledRules: readonly RuleId[];
  dpoContact?: Contact;
  helpUrl?: string;
  /** Label of the help link when it comes from the profile (e.g. "portail d'assistance VERDON"). */
  helpLabel?: LocalizedText;
  lockUserSettings: boolean;
  acknowledgementTtlHours: number;
  /** One-click fixes offered (markers and "Afficher" remain when false). */
  allowAutoFix: boolean;
  language: LanguageSetting;
}
