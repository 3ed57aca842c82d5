import { SENSITIVE_CATEGORIES, type SensitiveCategory } from '../core/contract';
import { SEED_ACADEMIE_TOOLS, SEED_ACADEMIE_ZOOM, SEED_EHESP, SEED_GRENOBLE_INP, src } from './sources';
import type { CategoryModality, LocalizedText, Modality, Severity, Strength } from './types';

/**
 * How far a seed's verb lets a warning go. Critical is for what a seed forbids, nothing else: a
 * recommendation, an "avoid", a « n’est pas recommandée » or a question is at most a warning; a mere
 * information (« doivent être informés ») is information.
 */
export const STRENGTH_CEILING: Record<Strength, Severity> = {
  forbids: 'critical',
  requires: 'warning',
  recommends: 'warning',
  avoid: 'warning',
  'not-recommended': 'warning',
  questions: 'warning',
  informs: 'info',
};

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };

/** Whether `severity` stays within what `strength` allows. */
export function withinCeiling(severity: Severity, strength: Strength): boolean {
  return SEVERITY_RANK[severity] <= SEVERITY_RANK[STRENGTH_CEILING[strength]];
}

function modality(verb: string, strength: Strength, seed: string, passage: string): Modality {
  return { verb, strength, source: src(seed, passage) };
}

/* ------------------------------------------------------------------------------------------------
 * The seeds' verbs, one constant per passage (profiles pick the ones their documents use).
 * ---------------------------------------------------------------------------------------------- */

// 000 — EHESP
export const EHESP_NO_PERSONAL = modality(
  'ne doit permettre en aucun cas',
  'forbids',
  SEED_EHESP,
  'ne doit permettre en aucun cas permettre la transmission de données présentant un caractère personnel',
);
export const EHESP_NO_SENSITIVE = modality(
  'est impossible',
  'forbids',
  SEED_EHESP,
  'L’utilisation de Zoom US est impossible pour la transmission des données dite « sensibles » au sens du RGPD',
);
export const EHESP_ART9 = modality(
  'sont interdits',
  'forbids',
  SEED_EHESP,
  'des données concernant la vie sexuelle ou l’orientation sexuelle d’une personne physique sont interdits',
);
export const EHESP_TEACHING_ONLY = modality(
  'à titre exclusif',
  'requires',
  SEED_EHESP,
  'pour favoriser le développement des enseignements à distance et ceci à titre exclusif',
);
export const EHESP_UNSECURED = modality(
  'doivent être informés',
  'informs',
  SEED_EHESP,
  'doivent être informés du fait que les communications organisées via Zoom US ne sont pas sécurisées',
);
export const EHESP_PRO_EMAIL = modality(
  'Il est recommandé',
  'recommends',
  SEED_EHESP,
  'Il est recommandé d’utiliser une adresse mail professionnelle pour se connecter',
);
export const EHESP_PROCTORING = modality(
  'n’est pas recommandée',
  'not-recommended',
  SEED_EHESP,
  'permettrait de capter à distance l’environnement personnels des élèves et étudiants n’est pas recommandée',
);

// 001 — Académie d'Aix-Marseille (Zoom)
export const ACADEMIE_PROSCRIBED = modality(
  'à proscrire',
  'forbids',
  SEED_ACADEMIE_ZOOM,
  'L’utilisation de cet outil est à proscrire pour les raisons suivantes',
);

// 002 — Grenoble INP
export const GRENOBLE_CONTRACT_ACCOUNT = modality(
  'validé par l’établissement uniquement',
  'requires',
  SEED_GRENOBLE_INP,
  'Il est validé par l\'établissement uniquement pour échanger sur des informations non sensibles',
);
export const GRENOBLE_EXCLUDED = modality(
  'exclut formellement',
  'forbids',
  SEED_GRENOBLE_INP,
  'Cela exclut formellement tout contenu',
);
export const GRENOBLE_PMI = modality('Éviter de diffuser', 'avoid', SEED_GRENOBLE_INP, 'Éviter de diffuser son numéro personnel « PMI »');
export const GRENOBLE_WAITING_ROOM = modality(
  'il est recommandé',
  'recommends',
  SEED_GRENOBLE_INP,
  'il est recommandé de créer une nouvelle salle virtuelle pour chaque séance, ou à défaut de gérer une salle d\'attente',
);
export const GRENOBLE_PASSCODE = modality(
  'Bonnes pratiques',
  'recommends',
  SEED_GRENOBLE_INP,
  'Bonnes pratiques Les codes et mots de passe vous protègent d’une intrusion',
);
export const GRENOBLE_NO_PUBLIC_LINKS = modality(
  'Ne pas publier ouvertement',
  'recommends',
  SEED_GRENOBLE_INP,
  'Ne pas publier ouvertement les références de réunion (lien, numéro de réunion, mot de passe)',
);
export const GRENOBLE_LOCAL_RECORDING = modality(
  'ne peut être fait qu’en local',
  'requires',
  SEED_GRENOBLE_INP,
  'L\'enregistrement ne peut être fait qu\'en local',
);
export const GRENOBLE_RECORDING_CONSENT = modality(
  'Il est interdit',
  'forbids',
  SEED_GRENOBLE_INP,
  'Il est interdit d’enregistrer des personnes à leur insu',
);
export const GRENOBLE_IDENTIFY = modality(
  'S’assurer de',
  'recommends',
  SEED_GRENOBLE_INP,
  'S’assurer de l’identité des participants au démarrage de la visio-conférence',
);
export const GRENOBLE_DOWNLOAD = modality(
  'bien faire le téléchargement',
  'recommends',
  SEED_GRENOBLE_INP,
  'bien faire le téléchargement sur les plateformes officielles',
);
export const GRENOBLE_PURPOSES = modality(
  'soutenances, candidatures',
  'informs',
  SEED_GRENOBLE_INP,
  'usages pédagogiques : classes virtuelles, travaux en groupe, soutenances, candidatures',
);

// 004 — the DPD network's "choosing digital tools"
export const DPD_DISCORD_PROSCRIBED = modality(
  'à proscrire',
  'forbids',
  SEED_ACADEMIE_TOOLS,
  'L’utilisation de cet outil est à proscrire pour les raisons suivantes : la solution n’est pas prévue pour être utilisée autrement qu’à titre « personnel »',
);
export const DPD_MINOR_CONSENT = modality(
  'est indispensable',
  'requires',
  SEED_ACADEMIE_TOOLS,
  'une preuve du consentement des représentants légaux des mineurs de moins de 16 ans est indispensable',
);
export const DPD_CLASS_COUNCILS = modality(
  's’interroge',
  'questions',
  SEED_ACADEMIE_TOOLS,
  'Il s’interroge aussi quant à l’utilisation de plateformes non maîtrisées (exemple ZOOM pour les conseils de classe)',
);
export const DPD_RISKS_TO_WEIGH = modality(
  'qu’il convient d’évaluer',
  'questions',
  SEED_ACADEMIE_TOOLS,
  'Des risques spécifiques existent dans l’utilisation de certains outils qu’il convient d’évaluer',
);

/* ------------------------------------------------------------------------------------------------
 * Scanner categories.
 * ---------------------------------------------------------------------------------------------- */

/** GDPR art. 9, exactly (the scanner's other categories are personal data, not art. 9 data). */
export const ART9_CATEGORIES: readonly SensitiveCategory[] = [
  'health',
  'religion',
  'ethnicity',
  'politics',
  'union',
  'sexuality',
  'biometric-genetic',
];

/** Identifiers and situations that are personal data without being art. 9 data. */
export const PERSONAL_CATEGORIES: readonly SensitiveCategory[] = [
  'email',
  'phone',
  'nir',
  'ine',
  'iban',
  'card',
  'justice-child-protection',
];

const CLASS_COUNCIL_NOTE: LocalizedText = {
  fr: 'Le réseau des délégués à la protection des données s’interroge sur la tenue des conseils de classe sur des plateformes non maîtrisées comme Zoom, et sur la protection des informations échangées avec les délégués des parents et des élèves.',
  en: 'The data protection officers’ network questions holding class councils on uncontrolled platforms such as Zoom, and how the information exchanged with parents’ and pupils’ representatives is protected.',
};

const EXAM_NOTE: LocalizedText = {
  fr: 'Contrôler à distance un examen ou une évaluation, en captant l’environnement personnel des élèves et des étudiants, n’est pas recommandé.',
  en: 'Proctoring an exam or assessment remotely, capturing pupils’ and students’ personal surroundings, is not recommended.',
};

/**
 * The categories' weight for an institution.
 * - `personal`: how its documents treat personal data that is not art. 9 data (EHESP: « en aucun cas »);
 * - `art9`: how they treat GDPR art. 9 data;
 * - `overrides`: per category.
 */
export function categoryModalities(
  personal: Modality,
  art9: Modality,
  overrides: Partial<Record<SensitiveCategory, CategoryModality>> = {},
): Record<SensitiveCategory, CategoryModality> {
  const out = {} as Record<SensitiveCategory, CategoryModality>;
  for (const category of SENSITIVE_CATEGORIES) {
    const base: CategoryModality = ART9_CATEGORIES.includes(category)
      ? art9
      : PERSONAL_CATEGORIES.includes(category)
        ? personal
        : category === 'class-council'
          ? { ...DPD_CLASS_COUNCILS, note: CLASS_COUNCIL_NOTE }
          : category === 'exam'
            ? { ...EHESP_PROCTORING, note: EXAM_NOTE }
            : // classified: only Grenoble INP's document excludes it; elsewhere confidential information is a risk to weigh.
              DPD_RISKS_TO_WEIGH;
    out[category] = overrides[category] ?? base;
  }
  return out;
}
