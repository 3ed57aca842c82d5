import { SEED_ACADEMIE_TOOLS, SEED_ACADEMIE_ZOOM, SEED_GRENOBLE_INP, src } from './sources';
import type { Alternative } from './types';

/**
 * Approved tools named in the seeds, with the address the seed gives (2020 documents: addresses are
 * quoted as published; an administrator can replace them through the `alternatives` policy key).
 */
export const BUNDLED_ALTERNATIVE_IDS = [
  'via',
  'cned',
  'renavisio',
  'ovh-conference',
  'webconf-education',
  'grenoble-inp-zoom',
] as const;
export type BundledAlternativeId = (typeof BUNDLED_ALTERNATIVE_IDS)[number];

export const ALTERNATIVES: Record<BundledAlternativeId, Alternative> = {
  via: {
    id: 'via',
    name: 'Classe virtuelle VIA',
    url: 'https://cvirtuelle.phm.education.gouv.fr/',
    purpose: {
      fr: 'Classe virtuelle et réunions en ligne.',
      en: 'Virtual classroom and online meetings.',
    },
    audience: {
      fr: 'Personnels de l’Éducation nationale uniquement, pour un usage interne.',
      en: 'French national education staff only, for internal use.',
    },
    source: src(
      SEED_ACADEMIE_ZOOM,
      'Classe virtuelle VIA : uniquement pour un usage interne entre personnels de l’Education Nationale',
    ),
  },
  cned: {
    id: 'cned',
    name: 'Classe virtuelle du CNED',
    url: 'https://ecole.cned.fr',
    purpose: {
      fr: 'Classes virtuelles entre enseignants, ou entre élèves et enseignants.',
      en: 'Virtual classrooms between teachers, or between pupils and teachers.',
    },
    audience: {
      fr: 'Enseignants et élèves de l’école, du collège et du lycée.',
      en: 'Teachers and pupils of primary, lower and upper secondary schools.',
    },
    links: [
      { label: { fr: 'École', en: 'Primary school' }, url: 'https://ecole.cned.fr' },
      { label: { fr: 'Collège', en: 'Lower secondary (collège)' }, url: 'https://college.cned.fr' },
      { label: { fr: 'Lycée', en: 'Upper secondary (lycée)' }, url: 'https://lycee.cned.fr' },
    ],
    source: src(
      SEED_ACADEMIE_TOOLS,
      'Pour des classes virtuelles entre enseignants ou entre élèves et enseignants : https://ecole.cned.fr https://college.cned.fr https://lycee.cned.fr',
    ),
  },
  renavisio: {
    id: 'renavisio',
    name: 'RENAVISIO (RENATER)',
    url: 'https://renavisio.renater.fr/',
    purpose: {
      fr: 'Visioconférence et audioconférence pour des réunions de travail.',
      en: 'Video and audio conferencing for work meetings.',
    },
    audience: {
      fr: 'Personnels, pour des réunions de travail.',
      en: 'Staff, for work meetings.',
    },
    limits: {
      fr: 'Jusqu’à 10 personnes ; réservation obligatoire.',
      en: 'Up to 10 people; booking required.',
    },
    source: src(
      SEED_ACADEMIE_ZOOM,
      'Jusqu’à 10 personnes pour un usage de réunion de travail soumis à réservation https://renavisio.renater.fr/',
    ),
  },
  'ovh-conference': {
    id: 'ovh-conference',
    name: 'Conférence téléphonique OVH',
    url: 'https://www.ovh.com/cgi-bin/telephony/webconf.pl',
    purpose: {
      fr: 'Conférence téléphonique (audio seulement).',
      en: 'Telephone conference (audio only).',
    },
    audience: {
      fr: 'Personnels, sur réservation.',
      en: 'Staff, on booking.',
    },
    limits: {
      fr: 'Audio seulement ; réservation obligatoire ; proposé pendant la crise sanitaire de 2020.',
      en: 'Audio only; booking required; offered during the 2020 health crisis.',
    },
    source: src(
      SEED_ACADEMIE_ZOOM,
      'Conférence téléphonique : réservation OVH => NOUVEAU pendant la période o https://www.ovh.com/cgi-bin/telephony/webconf.pl',
    ),
  },
  'webconf-education': {
    id: 'webconf-education',
    name: 'Webconf Éducation',
    url: 'https://educnat-ensemble.scaleway.com/',
    purpose: {
      fr: 'Webconférence pour la communauté éducative.',
      en: 'Web conferencing for the education community.',
    },
    audience: {
      fr: 'Communauté de l’Éducation nationale (le document source ne précise pas les conditions d’accès).',
      en: 'French national education community (the source document does not state access conditions).',
    },
    source: src(SEED_ACADEMIE_ZOOM, 'Webconf Education o https://educnat-ensemble.scaleway.com/'),
  },
  'grenoble-inp-zoom': {
    id: 'grenoble-inp-zoom',
    name: 'Zoom Grenoble INP (compte institutionnel)',
    url: 'https://grenoble-inp.zoom.us/',
    purpose: {
      fr: 'Réunions, formations, classes virtuelles, soutenances et recrutements portant sur des informations non sensibles.',
      en: 'Meetings, training, virtual classes, defences and recruitment involving non-sensitive information only.',
    },
    audience: {
      fr: 'Personnels et étudiants de Grenoble INP, avec un compte rattaché au contrat de l’établissement.',
      en: 'Grenoble INP staff and students, with an account covered by the institution’s contract.',
    },
    limits: {
      fr: 'Informations non sensibles uniquement ; enregistrement en local seulement.',
      en: 'Non-sensitive information only; local recording only.',
    },
    source: src(
      SEED_GRENOBLE_INP,
      'Il est validé par l\'établissement uniquement pour échanger sur des informations non sensibles',
    ),
  },
};
