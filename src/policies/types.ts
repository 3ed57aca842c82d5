import type { ContextId, EnforcementMode, RuleId, SensitiveCategory, ServiceId } from '../core/contract';

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
  /**
   * `sensitive-data-detected`: the `why` shown when nothing found is forbidden by the source (only categories
   * it advises against or questions), at warning level.
   */
  whyNotForbidden?: LocalizedText;
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
  /** What this contact is for, shown instead of the generic "DPO" label (e.g. « Relais DPO »). */
  role?: LocalizedText;
  /** A sentence shown after the address (e.g. the right to complain to the CNIL). */
  note?: LocalizedText;
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
  /**
   * The institution as it reads in a sentence (« l’Académie d’Aix-Marseille »), used while an administrator
   * has not renamed it.
   */
  institutionPhrase?: LocalizedText;
  /** Shown where the alternatives go when the institution lists none (EHESP). */
  noAlternativesNote?: LocalizedText;
  /**
   * The institution's own wording of a shared rule (e.g. Grenoble INP's excluded content under
   * `no-sensitive-data`): replaces the rule's texts, source or severity in this profile's configuration.
   */
  ruleOverrides?: Partial<Record<RuleId, RuleOverride>>;
  /**
   * How this institution's documents speak of each rule it applies: the seed's own verb and how strong it is.
   * A rule's severity never exceeds what that verb allows (`tests/unit/policies/modality.test.ts`).
   */
  modalities: Partial<Record<RuleId, Modality>>;
  /**
   * How each scanner category weighs in `sensitive-data-detected` for this institution: the verb of the seed
   * that excludes it (critical only if it forbids), or `approved` when the institution approves that use
   * (Grenoble INP: soutenances, candidatures, recrutements) — then it is not reported at all.
   */
  categories: Record<SensitiveCategory, CategoryModality>;
  source: readonly Source[];
}

export type RuleOverride = Partial<Pick<RuleDefinition, 'title' | 'why' | 'details' | 'source' | 'severity'>>;

/**
 * How strong a seed's verb is. Only `forbids` (« interdit », « à proscrire », « impossible », « en aucun cas »,
 * « exclut formellement ») allows a critical severity.
 */
export type Strength = 'forbids' | 'requires' | 'recommends' | 'avoid' | 'not-recommended' | 'questions' | 'informs';

export interface Modality {
  /** The seed's own verb or phrase, as written (accents restored): « à proscrire », « il est recommandé »… */
  verb: string;
  strength: Strength;
  /** The passage holding the verb. */
  source: Source;
}

export interface CategoryModality extends Modality {
  /** The institution approves this use: the category is not reported as a problem. */
  approved?: boolean;
  /** What the source says about it, shown with the finding (e.g. class councils: the DPD network questions them). */
  note?: LocalizedText;
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
  /** Where to exercise data-subject rights (the profile's), shown apart from the DPO. */
  rightsContact?: Contact;
  /** The institution as it reads in a sentence, when the administrator did not rename it. */
  institutionPhrase?: LocalizedText;
  /** Shown instead of the alternatives when there are none (the institution lists none). */
  noAlternativesNote?: LocalizedText;
  helpUrl?: string;
  /** Label of the help link when it comes from the profile (e.g. "portail d'assistance VERDON"). */
  helpLabel?: LocalizedText;
  lockUserSettings: boolean;
  acknowledgementTtlHours: number;
  /** One-click fixes offered (markers and "Afficher" remain when false). */
  allowAutoFix: boolean;
  language: LanguageSetting;
  /**
   * How scanner categories read in a warning (`SENSITIVE_CATEGORY_LABELS`). Carried in the configuration so
   * that the content script, which renders them, does not bundle them.
   */
  sensitiveCategoryLabels: Readonly<Record<SensitiveCategory, LocalizedText>>;
}
