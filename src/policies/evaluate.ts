import {
  RULE_IDS,
  serviceOfContext,
  type ContextId,
  type RuleId,
  type SensitiveCategory,
  type ServiceId,
} from '../core/contract';
import type { PageObservations } from '../core/observations';
import { classifyEmailDomain, normalizeDomain } from './email';
import { fill } from './text';
import { isAcknowledgementLive } from '../shared/acknowledgements';
import type {
  Acknowledgements,
  EffectiveConfig,
  Evaluation,
  Lang,
  LocalizedText,
  RuleDefinition,
  RuleKind,
  Severity,
  Warning,
} from './types';

export const SERVICE_NAMES: Record<ServiceId, string> = { zoom: 'Zoom', discord: 'Discord' };

/** Contexts where reminders must be acknowledged before continuing (SPEC: the web client's Join). */
export const REMINDER_CONFIRMATION_CONTEXTS: readonly ContextId[] = ['join', 'webclient'];

export const DEFAULT_ACKNOWLEDGEMENT_TTL_HOURS = 24;

const KIND_ORDER: Record<RuleKind, number> = { stance: 0, detected: 1, reminder: 2 };
const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** How scanner categories read in a warning: published in the configuration (`sensitiveCategoryLabels`), read from there. */
export const SENSITIVE_CATEGORY_LABELS: Record<SensitiveCategory, LocalizedText> = {
  email: { fr: 'adresse e-mail', en: 'e-mail address' },
  phone: { fr: 'numéro de téléphone', en: 'phone number' },
  nir: { fr: 'numéro de sécurité sociale', en: 'social security number' },
  ine: { fr: 'numéro INE d’élève', en: 'pupil number (INE)' },
  iban: { fr: 'IBAN', en: 'IBAN' },
  card: { fr: 'numéro de carte bancaire', en: 'bank card number' },
  health: { fr: 'santé ou handicap', en: 'health or disability' },
  religion: { fr: 'religion', en: 'religion' },
  ethnicity: { fr: 'origine ethnique', en: 'ethnic origin' },
  politics: { fr: 'opinions politiques', en: 'political opinions' },
  union: { fr: 'appartenance syndicale', en: 'trade-union membership' },
  sexuality: { fr: 'vie ou orientation sexuelle', en: 'sex life or orientation' },
  'biometric-genetic': { fr: 'données biométriques ou génétiques', en: 'biometric or genetic data' },
  'justice-child-protection': {
    fr: 'justice ou protection de l’enfance',
    en: 'justice or child protection',
  },
  'class-council': { fr: 'conseil de classe ou équipe éducative', en: 'class council or educational team' },
  exam: { fr: 'examen ou évaluation', en: 'exam or assessment' },
  classified: {
    fr: 'information protégée (« diffusion restreinte », PPST, secret de la défense nationale)',
    en: 'protected information (restricted distribution, PPST, national defence secret)',
  },
};

export function acknowledgementKey(service: ServiceId, ruleId: RuleId): string {
  return `${service}:${ruleId}`;
}

/** Only stance warnings and reminders can be acknowledged; problems detected on the page never are. */
export function isAcknowledgeable(kind: RuleKind): boolean {
  return kind !== 'detected';
}

/** The institution as it reads in a sentence. */
export function institutionLabel(config: Pick<EffectiveConfig, 'institutionName' | 'institutionPhrase'>): LocalizedText {
  if (config.institutionPhrase !== undefined) return config.institutionPhrase;
  const name = config.institutionName.trim();
  return name !== '' ? { fr: name, en: name } : { fr: 'votre établissement', en: 'your institution' };
}

function joinList(items: readonly LocalizedText[], lang: Lang): string {
  return items.map((item) => item[lang]).join(', ');
}

/**
 * How the scanner's categories weigh for the institution: those it approves are dropped (Grenoble INP:
 * soutenances, recrutements); `forbidden` when one of the rest is forbidden by its sources (else only
 * questioned or advised against: a warning, not critical). Shared by the rule and the note under a field.
 */
export function weighCategories(
  found: readonly SensitiveCategory[],
  config: Pick<EffectiveConfig, 'profile'>,
): { shown: SensitiveCategory[]; forbidden: boolean } {
  const categories = config.profile.categories;
  const shown = [...new Set(found)].filter((c) => categories?.[c]?.approved !== true);
  return { shown, forbidden: shown.some((c) => (categories?.[c]?.strength ?? 'forbids') === 'forbids') };
}

/**
 * Evaluate one page: which rules are active, in which order, which must be confirmed before Save / Join.
 * Pure: `now` defaults to `Date.now()`.
 */
export function evaluate(
  context: ContextId,
  observations: PageObservations,
  config: EffectiveConfig,
  acknowledgements: Acknowledgements = {},
  now: number = Date.now(),
): Evaluation {
  const service = serviceOfContext(context);
  const enforcement = config.enforcement[service];
  const stance = config.profile.stances[service];
  const disabled = new Set<RuleId>(config.disabledRules);
  const enabled = new Set<RuleId>(config.profile.rules.filter((id) => !disabled.has(id)));
  const sensitive = observations.sensitive ?? [];
  const host = normalizeDomain(observations.host ?? '');
  const vars = {
    service: SERVICE_NAMES[service],
    institution: institutionLabel(config),
    hosts: config.approvedHosts.join(', '),
  };

  // What fired, with what was found; `severity` / `why` when the finding weighs less than the rule.
  type Fired = { finding?: LocalizedText | undefined; severity?: Severity | undefined; why?: LocalizedText | undefined };
  const findings = new Map<RuleId, Fired>();
  const fire = (id: RuleId, finding?: LocalizedText, severity?: Severity, why?: LocalizedText): void => {
    if (enabled.has(id)) findings.set(id, { finding, severity, why });
  };
  const inContext = (id: RuleId): boolean => config.rules[id].contexts.includes(context);

  // Stance.
  if (stance.status === 'forbidden') fire('service-forbidden');
  if (stance.status === 'restricted') fire('service-restricted');
  if (
    service === 'zoom' &&
    config.approvedHosts.length > 0 &&
    !config.approvedHosts.some((approved) => normalizeDomain(approved) === host)
  ) {
    fire('institutional-account', {
      fr: `Cette page est sur ${host || 'un autre domaine'}, pas sur ${vars.hosts}.`,
      en: `This page is on ${host || 'another domain'}, not on ${vars.hosts}.`,
    });
  }

  // Problems detected on the page (wherever the observation arrives).
  if (observations.emailDomain !== undefined && observations.emailDomain !== '') {
    const domain = normalizeDomain(observations.emailDomain);
    const verdict = classifyEmailDomain(domain, config.institutionEmailDomains);
    if (verdict === 'personal') {
      fire('professional-email', {
        fr: `« ${domain} » est une messagerie personnelle.`,
        en: `“${domain}” is a personal mailbox.`,
      });
    } else if (verdict === 'outside-institution') {
      const list = config.institutionEmailDomains.join(', ');
      fire('professional-email', {
        fr: `« ${domain} » n’est pas un domaine de votre établissement (${list}).`,
        en: `“${domain}” is not one of your institution’s domains (${list}).`,
      });
    }
  }
  // A category the institution approves (Grenoble INP: soutenances, recrutements) is no problem there; one its
  // sources only question or advise against is a warning, with what they say; critical needs one they forbid.
  const { shown: found, forbidden } = weighCategories(sensitive, config);
  if (found.length > 0) {
    const labels = found.map((c) => config.sensitiveCategoryLabels[c]).filter((l) => l !== undefined);
    const notes = found.map((c) => config.profile.categories?.[c]?.note).filter((n): n is LocalizedText => n !== undefined);
    const rule = config.rules['sensitive-data-detected'];
    const line = (lang: Lang, head: string): string =>
      [`${head}${joinList(labels, lang)}.`, ...notes.map((n) => n[lang])].join(' ');
    fire(
      'sensitive-data-detected',
      { fr: line('fr', 'Repéré : '), en: line('en', 'Found: ') },
      forbidden || rule.severity === 'info' ? undefined : 'warning',
      forbidden ? undefined : rule.whyNotForbidden,
    );
  }
  if (observations.pmiSelected === true || observations.showsPmi === true) fire('no-pmi');
  if (observations.waitingRoom === 'off') fire('waiting-room');
  if (observations.passcode === 'off') fire('passcode');
  if (observations.autoRecording === 'cloud' || observations.cloudRecordingEnabled === true) {
    fire('local-recording-only');
  }
  if (
    observations.autoRecording === 'local' ||
    observations.autoRecording === 'cloud' ||
    observations.autoRecording === 'on'
  ) {
    fire('recording-consent');
  }
  if (observations.remoteProctoring === true) fire('no-remote-proctoring');

  // Reminders: by context.
  for (const id of RULE_IDS) {
    if (config.rules[id].kind === 'reminder' && inContext(id)) fire(id);
  }

  const warnings: Warning[] = [];
  for (const [ruleId, { finding, severity, why }] of findings) {
    const rule: RuleDefinition = config.rules[ruleId];
    const ackAt = acknowledgements[acknowledgementKey(service, ruleId)];
    const acknowledged = isAcknowledgeable(rule.kind) && isAcknowledgementLive(ackAt, config.acknowledgementTtlHours, now);
    const isStanceOfService = ruleId === 'service-forbidden' || ruleId === 'service-restricted';
    const warning: Warning = {
      rule: ruleId,
      kind: rule.kind,
      severity: severity ?? rule.severity,
      title: fill(rule.title, vars),
      why: isStanceOfService ? stance.summary : fill(why ?? rule.why, vars),
      details: fill(rule.details, vars),
      source: isStanceOfService ? (stance.source ?? rule.source) : rule.source,
      service,
      acknowledged,
    };
    if (finding !== undefined) warning.finding = finding;
    if (isStanceOfService) {
      warning.reasons = stance.reasons;
      if (stance.conditions !== undefined) warning.conditions = stance.conditions;
    }
    warnings.push(warning);
  }

  warnings.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule),
  );

  const confirming = enforcement === 'warn' || enforcement === 'block';
  const confirmationNeeded = confirming
    ? warnings.filter(
        (w) =>
          w.kind === 'detected' ||
          (w.kind === 'stance' && !w.acknowledged) ||
          (w.kind === 'reminder' && !w.acknowledged && REMINDER_CONFIRMATION_CONTEXTS.includes(context)),
      )
    : [];

  // The admin's `block` holds whatever the profile's stance, exactly like the browser's block rules; the
  // only way through is the per-tab "continue anyway" (allowBypass), which the service worker keeps.
  const blocked = enforcement === 'block';

  return { service, context, enforcement, warnings, confirmationNeeded, blocked };
}

/** The active rule ids, space-separated, as in `data-vigie-rules`. */
export function activeRuleIds(evaluation: Evaluation): string {
  return evaluation.warnings.map((w) => w.rule).join(' ');
}
