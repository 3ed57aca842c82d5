import * as v from 'valibot';
import { ENFORCEMENT_MODES, RULE_IDS, SERVICE_IDS, type EnforcementMode, type RuleId, type ServiceId } from '../core/contract';
import { PROFILE_IDS } from './profiles';
import { MANAGED_POLICY_SOURCE } from './sources';
import type { Alternative, Contact, LocalizedText, ManagedPolicy, PolicyProblem, UserOptions } from './types';

/* ----------------------------------------------------------------------------------------------
 * Constants shared with managed_schema.json (a test checks that they agree).
 * -------------------------------------------------------------------------------------------- */

/** The managed policy keys of the SPEC, in SPEC order. */
export const MANAGED_POLICY_KEYS = [
  'profile',
  'institutionName',
  'enforcement',
  'allowBypass',
  'institutionEmailDomains',
  'approvedHosts',
  'alternatives',
  'alternativesMode',
  'disabledRules',
  'dpoContact',
  'helpUrl',
  'lockUserSettings',
  'acknowledgementTtlHours',
  'allowAutoFix',
] as const;
export type ManagedPolicyKey = (typeof MANAGED_POLICY_KEYS)[number];

export const USER_OPTION_KEYS = ['profile', 'language'] as const;

/** https only: no `http:`, `javascript:`, `data:`… */
export const HTTPS_URL_PATTERN = '^https://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?(?:[/?#][^\\s]*)?$';
export const DOMAIN_PATTERN = '^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$';
export const EMAIL_PATTERN = '^[^\\s@]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$';
export const ALTERNATIVE_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$';
export const PHONE_PATTERN = '^\\+?[0-9][0-9 ().-]{1,30}$';
export const ALTERNATIVES_MODES = ['replace', 'append'] as const;
export const LANGUAGE_SETTINGS = ['auto', 'fr', 'en'] as const;

/**
 * Caps the validator enforces on top of the schema (Chrome's schema subset has no length limits):
 * they keep a hostile or mistaken policy from bloating storage or the UI.
 */
export const LIMITS = {
  /** Any string (URLs, texts). */
  string: 2048,
  /** Names: institution, alternative, contact. */
  name: 200,
  /** Domain lists. */
  domains: 100,
  alternatives: 50,
  disabledRules: RULE_IDS.length * 2,
  acknowledgementTtlHoursMax: 8760,
  /** Unknown keys reported one by one before a summary. */
  reportedUnknownKeys: 20,
} as const;

const HTTPS_RE = new RegExp(HTTPS_URL_PATTERN);
const DOMAIN_RE = new RegExp(DOMAIN_PATTERN);
const EMAIL_RE = new RegExp(EMAIL_PATTERN);
const ALT_ID_RE = new RegExp(ALTERNATIVE_ID_PATTERN);
const PHONE_RE = new RegExp(PHONE_PATTERN);

/* ----------------------------------------------------------------------------------------------
 * Messages. Valibot messages are codes (`code` or `code|param`), turned into French and English here.
 * -------------------------------------------------------------------------------------------- */

type Code =
  | 'string'
  | 'boolean'
  | 'number'
  | 'integer'
  | 'object'
  | 'array'
  | 'tooLong'
  | 'empty'
  | 'https'
  | 'domain'
  | 'email'
  | 'phone'
  | 'altId'
  | 'range'
  | 'enforcementMode'
  | 'alternativesMode'
  | 'language'
  | 'localized'
  | 'contact';

interface Text {
  message: LocalizedText;
  fix: LocalizedText;
}

function describe(code: string, param: string): Text {
  switch (code as Code) {
    case 'string':
      return t('Une chaîne de caractères est attendue.', 'A string is expected.', 'Écrivez la valeur entre guillemets.', 'Write the value as a quoted string.');
    case 'boolean':
      return t('Un booléen (true ou false) est attendu.', 'A boolean (true or false) is expected.', 'Utilisez true ou false, sans guillemets.', 'Use true or false, without quotes.');
    case 'integer':
      return t('Un nombre entier d\'heures est attendu.', 'A whole number of hours is expected.', 'Utilisez un entier sans guillemets, par exemple 24.', 'Use an unquoted whole number, e.g. 24.');
    case 'number':
      return t('Un nombre est attendu.', 'A number is expected.', 'Utilisez un nombre sans guillemets, par exemple 24.', 'Use an unquoted number, e.g. 24.');
    case 'object':
      return t('Un objet est attendu.', 'An object is expected.', 'Utilisez un objet JSON { … }.', 'Use a JSON object { … }.');
    case 'array':
      return t('Une liste est attendue.', 'A list is expected.', 'Utilisez une liste JSON [ … ].', 'Use a JSON list [ … ].');
    case 'tooLong':
      return t(
        `Texte trop long (${param} caractères au maximum).`,
        `Text too long (at most ${param} characters).`,
        'Raccourcissez la valeur.',
        'Shorten the value.',
      );
    case 'empty':
      return t('La valeur est vide.', 'The value is empty.', 'Renseignez une valeur ou retirez la clé.', 'Give a value or remove the key.');
    case 'https':
      return t(
        'Seules les adresses https:// sont acceptées (pas de http:, javascript:, data:…).',
        'Only https:// addresses are accepted (no http:, javascript:, data:…).',
        'Donnez une adresse complète commençant par https://, par exemple https://assistance.example.fr/.',
        'Give a full address starting with https://, e.g. https://help.example.org/.',
      );
    case 'domain':
      return t(
        'Nom de domaine invalide.',
        'Invalid domain name.',
        'Donnez un domaine seul, sans @ ni https://, par exemple ac-exemple.fr ou exemple.zoom.us.',
        'Give a bare domain, without @ or https://, e.g. example.edu or example.zoom.us.',
      );
    case 'email':
      return t('Adresse e-mail invalide.', 'Invalid e-mail address.', 'Par exemple dpo@exemple.fr.', 'For example dpo@example.org.');
    case 'phone':
      return t('Numéro de téléphone invalide.', 'Invalid phone number.', 'Chiffres, espaces et + seulement, par exemple +33 1 23 45 67 89.', 'Digits, spaces and + only, e.g. +33 1 23 45 67 89.');
    case 'altId':
      return t(
        'Identifiant invalide.',
        'Invalid identifier.',
        'Minuscules, chiffres et tirets, 64 caractères au plus, par exemple "visio-academie".',
        'Lower-case letters, digits and hyphens, at most 64 characters, e.g. "visio-academy".',
      );
    case 'range':
      return t(
        `Valeur hors limites (de 0 à ${param}).`,
        `Value out of range (0 to ${param}).`,
        `Donnez un nombre entre 0 et ${param}.`,
        `Give a number between 0 and ${param}.`,
      );
    case 'enforcementMode':
      return t(
        'Mode inconnu.',
        'Unknown mode.',
        'Utilisez "inform", "warn" ou "block".',
        'Use "inform", "warn" or "block".',
      );
    case 'alternativesMode':
      return t('Mode inconnu.', 'Unknown mode.', 'Utilisez "append" ou "replace".', 'Use "append" or "replace".');
    case 'language':
      return t('Langue inconnue.', 'Unknown language.', 'Utilisez "auto", "fr" ou "en".', 'Use "auto", "fr" or "en".');
    case 'localized':
      return t(
        'Texte attendu : une chaîne, ou un objet { "fr": …, "en": … }.',
        'Text expected: a string, or an object { "fr": …, "en": … }.',
        'Par exemple { "fr": "Réunions de travail", "en": "Work meetings" }.',
        'For example { "fr": "Réunions de travail", "en": "Work meetings" }.',
      );
    case 'contact':
      return t(
        'Contact attendu : une adresse e-mail, une adresse https://, ou un objet { name, email, url, phone }.',
        'Contact expected: an e-mail address, an https:// address, or an object { name, email, url, phone }.',
        'Par exemple { "name": "DPD", "email": "dpd@exemple.fr" }.',
        'For example { "name": "DPO", "email": "dpo@example.org" }.',
      );
    default:
      return t('Valeur invalide.', 'Invalid value.', 'Corrigez ou retirez cette valeur.', 'Fix or remove this value.');
  }
}

function t(fr: string, en: string, fixFr: string, fixEn: string): Text {
  return { message: { fr, en }, fix: { fr: fixFr, en: fixEn } };
}

/* ----------------------------------------------------------------------------------------------
 * Valibot schemas for the leaves.
 * -------------------------------------------------------------------------------------------- */

const str = (max: number = LIMITS.string) => v.pipe(v.string('string'), v.maxLength(max, `tooLong|${max}`));
const nonEmpty = (max: number = LIMITS.string) =>
  v.pipe(v.string('string'), v.maxLength(max, `tooLong|${max}`), v.trim(), v.nonEmpty('empty'));
const httpsUrl = v.pipe(v.string('string'), v.maxLength(LIMITS.string, `tooLong|${LIMITS.string}`), v.regex(HTTPS_RE, 'https'));
const domain = v.pipe(v.string('string'), v.maxLength(253, 'tooLong|253'), v.regex(DOMAIN_RE, 'domain'), v.toLowerCase());
const email = v.pipe(v.string('string'), v.maxLength(254, 'tooLong|254'), v.regex(EMAIL_RE, 'email'));
const phone = v.pipe(v.string('string'), v.maxLength(32, 'tooLong|32'), v.regex(PHONE_RE, 'phone'));
const bool = v.boolean('boolean');
const altId = v.pipe(v.string('string'), v.maxLength(64, 'tooLong|64'), v.regex(ALT_ID_RE, 'altId'));
const enforcementMode = v.picklist(ENFORCEMENT_MODES, 'enforcementMode');
const alternativesMode = v.picklist(ALTERNATIVES_MODES, 'alternativesMode');
const ttl = v.pipe(
  v.number('number'),
  v.finite('number'),
  // Chrome's managed-storage schema only allows minimum/maximum on integers, so whole hours it is.
  v.integer('integer'),
  v.minValue(0, `range|${LIMITS.acknowledgementTtlHoursMax}`),
  v.maxValue(LIMITS.acknowledgementTtlHoursMax, `range|${LIMITS.acknowledgementTtlHoursMax}`),
);
const languageSetting = v.picklist(LANGUAGE_SETTINGS, 'language');

type Problems = PolicyProblem[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Key names come from the input: keep them short and printable in messages. */
function shownKey(key: string): string {
  const printable = key.replace(/[^\x20-\x7e\u00a0-\u024f]/g, '?');
  return printable.length > 60 ? `${printable.slice(0, 57)}…` : printable;
}

function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  const k = key.length <= 60 && /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(shownKey(key));
  return base === '' ? k : `${base}.${k}`;
}

function push(problems: Problems, origin: PolicyProblem['origin'], path: string, text: Text, severity: PolicyProblem['severity'] = 'error'): void {
  problems.push({ origin, path, severity, message: text.message, fix: text.fix });
}

/**
 * Parse one value; on failure, push one problem (the first issue) and return undefined.
 * Pipelines abort early, so a 1 MB string yields a single "too long" problem.
 */
function check<T extends v.GenericSchema>(
  schema: T,
  value: unknown,
  path: string,
  problems: Problems,
  origin: PolicyProblem['origin'] = 'managed',
): v.InferOutput<T> | undefined {
  const result = v.safeParse(schema, value, { abortEarly: true, abortPipeEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  let issuePath = path;
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'string' || typeof key === 'number') issuePath = joinPath(issuePath, key);
  }
  const [code = '', param = ''] = String(issue.message).split('|');
  push(problems, origin, issuePath, describe(code, param));
  return undefined;
}

function unknownKey(problems: Problems, origin: PolicyProblem['origin'], path: string, key: string, known: readonly string[]): void {
  const suggestion = closest(key, known);
  const shown = shownKey(key);
  push(
    problems,
    origin,
    joinPath(path, key),
    {
      message: {
        fr: `Clé inconnue « ${shown} » : ignorée.`,
        en: `Unknown key “${shown}”: ignored.`,
      },
      fix:
        suggestion !== undefined
          ? { fr: `Vouliez-vous écrire « ${suggestion} » ?`, en: `Did you mean “${suggestion}”?` }
          : {
              fr: `Retirez-la. Clés reconnues : ${known.join(', ')}.`,
              en: `Remove it. Known keys: ${known.join(', ')}.`,
            },
    },
    'warning',
  );
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length] ?? 0;
}

function closest(key: string, known: readonly string[]): string | undefined {
  if (key.length > 64) return undefined;
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = levenshtein(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 4)) ? best : undefined;
}

/** A list: its own type and size, then each entry; invalid entries are dropped one by one. */
function checkList<T>(
  value: unknown,
  path: string,
  max: number,
  problems: Problems,
  entry: (item: unknown, itemPath: string) => T | undefined,
): T[] | undefined {
  if (!Array.isArray(value)) {
    push(problems, 'managed', path, describe('array', ''));
    return undefined;
  }
  if (value.length > max) {
    push(problems, 'managed', path, {
      message: {
        fr: `Liste trop longue (${value.length} éléments, ${max} au maximum) : seuls les ${max} premiers sont lus.`,
        en: `List too long (${value.length} items, at most ${max}): only the first ${max} are read.`,
      },
      fix: { fr: 'Raccourcissez la liste.', en: 'Shorten the list.' },
    });
  }
  const out: T[] = [];
  const limit = Math.min(value.length, max);
  for (let i = 0; i < limit; i++) {
    const item = entry(value[i], joinPath(path, i));
    if (item !== undefined) out.push(item);
  }
  // A non-empty list whose entries are all invalid is ignored as a whole (the bundled value serves).
  if (out.length === 0 && value.length > 0) return undefined;
  return out;
}

function checkDomains(value: unknown, path: string, problems: Problems): string[] | undefined {
  const list = checkList(value, path, LIMITS.domains, problems, (item, itemPath) => check(domain, item, itemPath, problems));
  return list === undefined ? undefined : [...new Set(list)];
}

const LOCALIZED_KEYS = ['fr', 'en'] as const;

/** A string (both languages) or `{ fr?, en? }` (a missing language copies the other). */
function checkLocalized(value: unknown, path: string, problems: Problems): LocalizedText | undefined {
  if (typeof value === 'string') {
    const s = check(nonEmpty(), value, path, problems);
    return s === undefined ? undefined : { fr: s, en: s };
  }
  if (!isPlainObject(value)) {
    push(problems, 'managed', path, describe('localized', ''));
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!(LOCALIZED_KEYS as readonly string[]).includes(key)) unknownKey(problems, 'managed', path, key, LOCALIZED_KEYS);
  }
  const fr = value.fr === undefined ? undefined : check(str(), value.fr, joinPath(path, 'fr'), problems);
  const en = value.en === undefined ? undefined : check(str(), value.en, joinPath(path, 'en'), problems);
  const frText = fr?.trim() ?? '';
  const enText = en?.trim() ?? '';
  if (frText === '' && enText === '') {
    if (value.fr === undefined && value.en === undefined) {
      push(problems, 'managed', path, describe('empty', ''), 'warning');
    }
    return undefined;
  }
  return { fr: frText !== '' ? frText : enText, en: enText !== '' ? enText : frText };
}

const ALTERNATIVE_KEYS = ['id', 'name', 'url', 'purpose', 'audience', 'limits'] as const;
const DEFAULT_PURPOSE: LocalizedText = {
  fr: 'Outil approuvé par votre établissement.',
  en: 'Tool approved by your institution.',
};
const DEFAULT_AUDIENCE: LocalizedText = {
  fr: 'Selon les consignes de votre établissement.',
  en: 'As your institution directs.',
};

function checkAlternative(value: unknown, path: string, problems: Problems): Alternative | undefined {
  if (!isPlainObject(value)) {
    push(problems, 'managed', path, describe('object', ''));
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!(ALTERNATIVE_KEYS as readonly string[]).includes(key)) unknownKey(problems, 'managed', path, key, ALTERNATIVE_KEYS);
  }
  const before = problems.length;
  const required = (key: 'id' | 'name' | 'url'): void => {
    if (value[key] === undefined) {
      push(problems, 'managed', joinPath(path, key), {
        message: { fr: `Champ « ${key} » manquant : entrée ignorée.`, en: `Missing “${key}” field: entry ignored.` },
        fix: { fr: 'Chaque alternative a un id, un name et une url https://.', en: 'Each alternative has an id, a name and an https:// url.' },
      });
    }
  };
  required('id');
  required('name');
  required('url');
  const id = value.id === undefined ? undefined : check(altId, value.id, joinPath(path, 'id'), problems);
  const name = value.name === undefined ? undefined : check(nonEmpty(LIMITS.name), value.name, joinPath(path, 'name'), problems);
  const url = value.url === undefined ? undefined : check(httpsUrl, value.url, joinPath(path, 'url'), problems);
  const purpose = value.purpose === undefined ? undefined : checkLocalized(value.purpose, joinPath(path, 'purpose'), problems);
  const audience = value.audience === undefined ? undefined : checkLocalized(value.audience, joinPath(path, 'audience'), problems);
  const limits = value.limits === undefined ? undefined : checkLocalized(value.limits, joinPath(path, 'limits'), problems);
  const hasError = problems.slice(before).some((p) => p.severity === 'error');
  if (hasError || id === undefined || name === undefined || url === undefined) {
    if (!hasError) return undefined;
    // One summary line so that the admin knows the whole entry was dropped.
    push(
      problems,
      'managed',
      path,
      {
        message: { fr: 'Alternative ignorée à cause des erreurs ci-dessus.', en: 'Alternative ignored because of the errors above.' },
        fix: { fr: 'Corrigez ses champs ; les autres alternatives s’appliquent.', en: 'Fix its fields; the other alternatives apply.' },
      },
      'warning',
    );
    return undefined;
  }
  const alternative: Alternative = {
    id,
    name,
    url,
    purpose: purpose ?? DEFAULT_PURPOSE,
    audience: audience ?? DEFAULT_AUDIENCE,
    source: MANAGED_POLICY_SOURCE,
  };
  if (limits !== undefined) alternative.limits = limits;
  return alternative;
}

function checkAlternatives(value: unknown, path: string, problems: Problems): Alternative[] | undefined {
  const seen = new Set<string>();
  return checkList(value, path, LIMITS.alternatives, problems, (item, itemPath) => {
    const alternative = checkAlternative(item, itemPath, problems);
    if (alternative === undefined) return undefined;
    if (seen.has(alternative.id)) {
      push(problems, 'managed', joinPath(itemPath, 'id'), {
        message: {
          fr: `Identifiant « ${alternative.id} » en double : entrée ignorée.`,
          en: `Duplicate id “${alternative.id}”: entry ignored.`,
        },
        fix: { fr: 'Donnez un id unique à chaque alternative.', en: 'Give each alternative a unique id.' },
      });
      return undefined;
    }
    seen.add(alternative.id);
    return alternative;
  });
}

function checkDisabledRules(value: unknown, path: string, problems: Problems): RuleId[] | undefined {
  const list = checkList(value, path, LIMITS.disabledRules, problems, (item, itemPath) => {
    const id = check(str(64), item, itemPath, problems);
    if (id === undefined) return undefined;
    if (!(RULE_IDS as readonly string[]).includes(id)) {
      const suggestion = closest(id, RULE_IDS);
      push(problems, 'managed', itemPath, {
        message: { fr: `Règle inconnue « ${shownKey(id)} » : ignorée.`, en: `Unknown rule “${shownKey(id)}”: ignored.` },
        fix:
          suggestion !== undefined
            ? { fr: `Vouliez-vous écrire « ${suggestion} » ?`, en: `Did you mean “${suggestion}”?` }
            : { fr: `Règles connues : ${RULE_IDS.join(', ')}.`, en: `Known rules: ${RULE_IDS.join(', ')}.` },
      });
      return undefined;
    }
    return id as RuleId;
  });
  return list === undefined ? undefined : [...new Set(list)];
}

const CONTACT_KEYS = ['name', 'email', 'url', 'phone'] as const;

function checkContact(value: unknown, path: string, problems: Problems): Contact | undefined {
  if (typeof value === 'string') {
    const s = check(str(), value, path, problems);
    if (s === undefined) return undefined;
    const trimmed = s.trim();
    if (EMAIL_RE.test(trimmed)) return { email: trimmed };
    if (HTTPS_RE.test(trimmed)) return { url: trimmed };
    push(problems, 'managed', path, describe('contact', ''));
    return undefined;
  }
  if (!isPlainObject(value)) {
    push(problems, 'managed', path, describe('contact', ''));
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!(CONTACT_KEYS as readonly string[]).includes(key)) unknownKey(problems, 'managed', path, key, CONTACT_KEYS);
  }
  const contact: Contact = {};
  if (value.name !== undefined) {
    const name = check(nonEmpty(LIMITS.name), value.name, joinPath(path, 'name'), problems);
    if (name !== undefined) contact.name = name;
  }
  if (value.email !== undefined) {
    const e = check(email, value.email, joinPath(path, 'email'), problems);
    if (e !== undefined) contact.email = e;
  }
  if (value.url !== undefined) {
    const u = check(httpsUrl, value.url, joinPath(path, 'url'), problems);
    if (u !== undefined) contact.url = u;
  }
  if (value.phone !== undefined) {
    const p = check(phone, value.phone, joinPath(path, 'phone'), problems);
    if (p !== undefined) contact.phone = p;
  }
  return Object.keys(contact).length > 0 ? contact : undefined;
}

function checkEnforcement(value: unknown, path: string, problems: Problems): Partial<Record<ServiceId, EnforcementMode>> | undefined {
  if (!isPlainObject(value)) {
    push(problems, 'managed', path, describe('object', ''));
    return undefined;
  }
  const out: Partial<Record<ServiceId, EnforcementMode>> = {};
  for (const key of Object.keys(value)) {
    if (!(SERVICE_IDS as readonly string[]).includes(key)) {
      unknownKey(problems, 'managed', path, key, SERVICE_IDS);
      continue;
    }
    const mode = check(enforcementMode, value[key], joinPath(path, key), problems);
    if (mode !== undefined) out[key as ServiceId] = mode;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function checkProfile(value: unknown, path: string, problems: Problems, origin: PolicyProblem['origin']): string | undefined {
  const id = check(str(64), value, path, problems, origin);
  if (id === undefined) return undefined;
  if (!(PROFILE_IDS as readonly string[]).includes(id)) {
    push(problems, origin, path, {
      message: {
        fr: `Profil inconnu « ${shownKey(id)} » : le profil par défaut s’applique.`,
        en: `Unknown profile “${shownKey(id)}”: the default profile applies.`,
      },
      fix: { fr: `Profils disponibles : ${PROFILE_IDS.join(', ')}.`, en: `Available profiles: ${PROFILE_IDS.join(', ')}.` },
    });
    return undefined;
  }
  return id;
}

export interface ManagedPolicyValidation {
  /** Only the valid parts. */
  policy: ManagedPolicy;
  problems: PolicyProblem[];
}

/**
 * Validate a managed policy (as read from `storage.managed`, a policies.json, or pasted by an admin).
 * Never throws: invalid keys are reported and left out, valid keys are kept.
 */
export function validateManagedPolicy(raw: unknown): ManagedPolicyValidation {
  const problems: Problems = [];
  const policy: ManagedPolicy = {};
  if (raw === undefined) return { policy, problems };
  if (!isPlainObject(raw)) {
    push(problems, 'managed', '', {
      message: {
        fr: `La politique doit être un objet JSON ; reçu : ${raw === null ? 'null' : Array.isArray(raw) ? 'une liste' : typeof raw}. Elle est ignorée.`,
        en: `The policy must be a JSON object; got ${raw === null ? 'null' : Array.isArray(raw) ? 'a list' : typeof raw}. It is ignored.`,
      },
      fix: { fr: 'Écrivez la politique sous la forme { "profile": "…", … }.', en: 'Write the policy as { "profile": "…", … }.' },
    });
    return { policy, problems };
  }
  let unknownCount = 0;
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    switch (key) {
      case 'profile': {
        const profile = checkProfile(value, key, problems, 'managed');
        if (profile !== undefined) policy.profile = profile;
        break;
      }
      case 'institutionName': {
        const name = check(nonEmpty(LIMITS.name), value, key, problems);
        if (name !== undefined) policy.institutionName = name;
        break;
      }
      case 'enforcement': {
        const enforcement = checkEnforcement(value, key, problems);
        if (enforcement !== undefined) policy.enforcement = enforcement;
        break;
      }
      case 'allowBypass':
      case 'allowAutoFix':
      case 'lockUserSettings': {
        const b = check(bool, value, key, problems);
        if (b !== undefined) policy[key] = b;
        break;
      }
      case 'institutionEmailDomains':
      case 'approvedHosts': {
        const list = checkDomains(value, key, problems);
        if (list !== undefined) policy[key] = list;
        break;
      }
      case 'alternatives': {
        const list = checkAlternatives(value, key, problems);
        if (list !== undefined) policy.alternatives = list;
        break;
      }
      case 'alternativesMode': {
        const mode = check(alternativesMode, value, key, problems);
        if (mode !== undefined) policy.alternativesMode = mode;
        break;
      }
      case 'disabledRules': {
        const list = checkDisabledRules(value, key, problems);
        if (list !== undefined) policy.disabledRules = list;
        break;
      }
      case 'dpoContact': {
        const contact = checkContact(value, key, problems);
        if (contact !== undefined) policy.dpoContact = contact;
        break;
      }
      case 'helpUrl': {
        const url = check(httpsUrl, value, key, problems);
        if (url !== undefined) policy.helpUrl = url;
        break;
      }
      case 'acknowledgementTtlHours': {
        const hours = check(ttl, value, key, problems);
        if (hours !== undefined) policy.acknowledgementTtlHours = hours;
        break;
      }
      default:
        unknownCount++;
        if (unknownCount <= LIMITS.reportedUnknownKeys) unknownKey(problems, 'managed', '', key, MANAGED_POLICY_KEYS);
    }
  }
  if (unknownCount > LIMITS.reportedUnknownKeys) {
    const more = unknownCount - LIMITS.reportedUnknownKeys;
    push(
      problems,
      'managed',
      '',
      {
        message: { fr: `${more} autres clés inconnues ignorées.`, en: `${more} more unknown keys ignored.` },
        fix: { fr: `Clés reconnues : ${MANAGED_POLICY_KEYS.join(', ')}.`, en: `Known keys: ${MANAGED_POLICY_KEYS.join(', ')}.` },
      },
      'warning',
    );
  }
  if (policy.alternativesMode === 'replace' && raw.alternatives === undefined) {
    push(
      problems,
      'managed',
      'alternativesMode',
      {
        message: {
          fr: '"replace" sans liste "alternatives" : les alternatives du profil sont conservées.',
          en: '"replace" without an "alternatives" list: the profile’s alternatives are kept.',
        },
        fix: { fr: 'Ajoutez la clé "alternatives" ou retirez "alternativesMode".', en: 'Add the "alternatives" key or remove "alternativesMode".' },
      },
      'warning',
    );
  }
  return { policy, problems };
}

export interface UserOptionsValidation {
  options: UserOptions;
  problems: PolicyProblem[];
}

/**
 * Validate the user's options (`profile`, `language`). Other keys are ignored silently: the same storage
 * area may hold other settings of the extension.
 */
export function validateUserOptions(raw: unknown): UserOptionsValidation {
  const problems: Problems = [];
  const options: UserOptions = {};
  if (raw === undefined || raw === null) return { options, problems };
  if (!isPlainObject(raw)) {
    push(problems, 'user', '', describe('object', ''));
    return { options, problems };
  }
  if (raw.profile !== undefined) {
    const profile = checkProfile(raw.profile, 'profile', problems, 'user');
    if (profile !== undefined) options.profile = profile;
  }
  if (raw.language !== undefined) {
    const language = check(languageSetting, raw.language, 'language', problems, 'user');
    if (language !== undefined) options.language = language;
  }
  return { options, problems };
}
