import { RULE_IDS, type RuleId } from '../core/contract';
import { ALTERNATIVES } from './alternatives';
import {
  SEED_ACADEMIE_TOOLS,
  SEED_ACADEMIE_ZOOM,
  SEED_EHESP,
  SEED_GRENOBLE_INP,
  SEED_ZOOM_K12,
  src,
} from './sources';
import {
  ACADEMIE_PROSCRIBED,
  DPD_MINOR_CONSENT,
  DPD_RISKS_TO_WEIGH,
  EHESP_ART9,
  EHESP_NO_PERSONAL,
  EHESP_NO_SENSITIVE,
  EHESP_PRO_EMAIL,
  EHESP_PROCTORING,
  EHESP_TEACHING_ONLY,
  EHESP_UNSECURED,
  GRENOBLE_CONTRACT_ACCOUNT,
  GRENOBLE_DOWNLOAD,
  GRENOBLE_EXCLUDED,
  GRENOBLE_IDENTIFY,
  GRENOBLE_LOCAL_RECORDING,
  GRENOBLE_NO_PUBLIC_LINKS,
  GRENOBLE_PASSCODE,
  GRENOBLE_PMI,
  GRENOBLE_PURPOSES,
  GRENOBLE_RECORDING_CONSENT,
  GRENOBLE_WAITING_ROOM,
  categoryModalities,
} from './modality';
import type { Modality, Profile, ServiceStance, StanceReason } from './types';

/** Rules that only an institution's stance (forbidden, restricted) or its approved hosts can activate. */
const STANCE_RULES: readonly RuleId[] = ['service-forbidden', 'service-restricted', 'institutional-account'];

/* ----------------------------------------------------------------------------------------------
 * Reasons shared by several profiles (written from the seeds in our own words).
 * -------------------------------------------------------------------------------------------- */

const ZOOM_NO_CONTRACT: StanceReason = {
  text: {
    fr: 'La version gratuite n’offre pas le contrat de sous-traitance qu’impose l’article 28 du RGPD entre l’établissement et Zoom.',
    en: 'The free version offers no processing contract between the school and Zoom, as GDPR article 28 requires.',
  },
  source: src(SEED_ACADEMIE_ZOOM, 'ne permet pas de bénéficier d’un contrat comme l’impose l’article 28 du RGPD'),
};

const ZOOM_TRANSFER: StanceReason = {
  text: {
    fr: 'Les données sont stockées aux États-Unis ou ailleurs dans le monde : c’est un transfert hors de l’Union européenne, interdit par défaut.',
    en: 'Data are stored in the United States or elsewhere in the world: a transfer outside the European Union, forbidden by default.',
  },
  source: src(
    SEED_ACADEMIE_ZOOM,
    'Il s’agit donc d’un transfert de Données à Caractères Personnels hors de l’UE, ce qui est par défaut interdit',
  ),
};

const ZOOM_US_AUTHORITIES: StanceReason = {
  text: {
    fr: 'Soumis au droit américain, Zoom peut être contraint de remettre des données personnelles aux autorités publiques.',
    en: 'Under US law, Zoom can be compelled to hand personal data over to public authorities.',
  },
  source: src(SEED_ACADEMIE_ZOOM, 'Zoom peut être forcé de divulguer des données personnelles'),
};

const ZOOM_SECURITY_DOUBTS: StanceReason = {
  text: {
    fr: 'La sécurité de l’outil suscite de nombreuses interrogations.',
    en: 'The tool’s security raises many questions.',
  },
  source: src(SEED_ACADEMIE_ZOOM, 'de nombreuses interrogations sur la sécurisation de cet outils sont soulevées'),
};

const ZOOM_NOT_ANSSI: StanceReason = {
  text: {
    fr: 'Zoom n’est pas conforme aux exigences de sécurité de l’ANSSI, et des failles y ont été relevées à plusieurs reprises.',
    en: 'Zoom does not meet the French cybersecurity agency’s (ANSSI) security requirements, and flaws have been found in it repeatedly.',
  },
  source: src(
    SEED_EHESP,
    'n’est pas conforme aux dispositions de sécurité entendue au sens de l’agence nationale de sécurité des systèmes d’information (ANSSI)',
  ),
};

const ZOOM_UNSECURED: StanceReason = {
  text: {
    fr: 'Les communications ne sont pas sécurisées : documents et échanges peuvent être accessibles à des tiers.',
    en: 'Communications are not secured: documents and exchanges may be accessible to third parties.',
  },
  source: src(SEED_EHESP, 'peuvent être accessibles par des sources extérieures et des tiers'),
};

const ZOOM_COLLECTS: StanceReason = {
  text: {
    fr: 'D’après sa politique de confidentialité pour les établissements scolaires (9 avril 2020), Zoom collecte notamment les identifiants des élèves, leur établissement, les adresses IP et MAC de leurs appareils, leur usage du service, les contenus partagés et les messages de chat, ainsi que les enregistrements dans le cloud quand l’établissement a choisi de les y stocker.',
    en: 'According to its privacy policy for schools (9 April 2020), Zoom collects, among other things, pupils’ identifiers, their school, their devices’ IP and MAC addresses, their use of the service, shared content and chat messages, and cloud recordings when the school chose to store them there.',
  },
  source: src(
    SEED_ZOOM_K12,
    'contenus partagés, messages de chat et enregistrements sur le cloud (si l’Abonné d’établissement scolaire choisit de stocker un enregistrement sur le cloud de Zoom)',
  ),
};

const ZOOM_K12_CONTROLLER: StanceReason = {
  text: {
    fr: 'Pour les familles : l’établissement n’est responsable du traitement, et Zoom son sous-traitant, que pour les comptes créés dans le cadre d’un abonnement scolaire. Un compte ouvert en dehors relève de la politique générale de Zoom, et la version gratuite n’offre pas le contrat de l’article 28 du RGPD.',
    en: 'For families: the school is the data controller, and Zoom its processor, only for accounts created under a school subscription. An account opened outside one falls under Zoom’s general policy, and the free version offers no GDPR article 28 contract.',
  },
  source: src(
    SEED_ZOOM_K12,
    'susceptibles de bénéficier de comptes créés par des Abonnés d’établissements scolaires',
  ),
};

const CLASS_COUNCILS: StanceReason = {
  text: {
    fr: 'Les délégués à la protection des données s’interrogent sur la tenue des conseils de classe sur Zoom et sur la protection des informations échangées avec les délégués des parents et des élèves.',
    en: 'Data protection officers question holding class councils on Zoom and how the information exchanged with parents’ and pupils’ representatives is protected.',
  },
  source: src(SEED_ACADEMIE_TOOLS, 'exemple ZOOM pour les conseils de classe'),
};

const PREFER_INSTITUTIONAL: StanceReason = {
  text: {
    fr: 'Privilégiez les outils déjà à disposition dans l’établissement : ENT, Pronote, classe virtuelle du CNED.',
    en: 'Prefer the tools your school already provides: its digital workspace (ENT), Pronote, the CNED virtual classroom.',
  },
  source: src(
    SEED_ACADEMIE_TOOLS,
    'il est conseillé de privilégier des outils numériques déjà à disposition dans l’établissement',
  ),
};

const WEIGH_RISKS: StanceReason = {
  text: {
    fr: 'Avant d’adopter un outil, évaluez les risques : nature des informations échangées (données personnelles, informations confidentielles), vulnérabilité des publics (risque de harcèlement), existence d’un cadre réglementaire avec les participants, exposition des données.',
    en: 'Before adopting a tool, weigh the risks: the nature of the information exchanged (personal data, confidential information), how vulnerable the users are (risk of harassment), whether there is a regulatory framework with the participants, and data exposure.',
  },
  source: src(SEED_ACADEMIE_TOOLS, 'Des risques spécifiques existent dans l’utilisation de certains outils qu’il convient d’évaluer'),
};

const VULNERABLE_PUBLIC: StanceReason = {
  text: {
    fr: 'Un outil est vulnérable s’il ne permet pas d’identifier qui y accède, s’il présente des failles de sécurité ou si la plateforme exploite elle-même les données ; la vigilance doit croître avec la vulnérabilité du public.',
    en: 'A tool is vulnerable when it cannot identify who accesses it, has security flaws, or the platform itself exploits the data; the more vulnerable the users, the more vigilance is needed.',
  },
  source: src(SEED_ACADEMIE_TOOLS, 'La vigilance est d’autant plus importante que le public est vulnérable'),
};

const RIGHTS_THROUGH_SCHOOL: StanceReason = {
  text: {
    fr: 'Avec un compte de l’établissement, c’est auprès de l’établissement (ou de l’académie) qu’un élève ou ses parents demandent à consulter ou à supprimer ses données, ou refusent toute nouvelle collecte : Zoom ne répond pas directement à ces demandes.',
    en: 'With a school account, a pupil or their parents ask the school (or the local education authority) to see or erase the pupil’s data, or refuse any further collection: Zoom does not answer such requests directly.',
  },
  source: src(
    SEED_ZOOM_K12,
    'demander à ce qu’aucune nouvelle Information personnelle ne soit collectée, il doit en formuler la demande auprès de l’établissement scolaire ou de l’académie',
  ),
};

const NO_PERSONAL_OR_SENSITIVE: StanceReason = {
  text: {
    fr: 'Aucune donnée personnelle, et en aucun cas de donnée sensible au sens de l’article 9 du RGPD.',
    en: 'No personal data, and never any sensitive data within the meaning of GDPR article 9.',
  },
  source: src(SEED_EHESP, 'L’utilisation de Zoom US est impossible pour la transmission des données dite « sensibles »'),
};

/* Discord (seed 004) */

const DISCORD_PERSONAL_USE: StanceReason = {
  text: {
    fr: 'Discord est conçu pour un usage personnel : il n’existe aucun contrat de sous-traitance entre Discord et l’établissement.',
    en: 'Discord is designed for personal use: there is no processing contract between Discord and the school.',
  },
  source: src(SEED_ACADEMIE_TOOLS, 'il n\'existe pas de lien sous-traitant (Discord) et responsable du traitement'),
};

const DISCORD_CONSENT: StanceReason = {
  text: {
    fr: 'Le traitement ne peut reposer que sur le consentement, qui n’est pas libre quand un enseignant prescrit l’inscription sur un serveur « classe ».',
    en: 'Processing can only rest on consent, which is not freely given when a teacher prescribes joining a “class” server.',
  },
  source: src(
    SEED_ACADEMIE_TOOLS,
    'ce qui n’est pas le cas quand il y a prescription de l’enseignant pour s’inscrire sur un serveur « classe »',
  ),
};

const DISCORD_MINORS: StanceReason = {
  text: {
    fr: 'Pour les élèves de moins de 16 ans, une preuve du consentement des représentants légaux est indispensable.',
    en: 'For pupils under 16, proof of their legal guardians’ consent is required.',
  },
  source: src(
    SEED_ACADEMIE_TOOLS,
    'une preuve du consentement des représentants légaux des mineurs de moins de 16 ans est indispensable',
  ),
};

const DISCORD_COMMERCIAL: StanceReason = {
  text: {
    fr: 'Le modèle économique repose sur la commercialisation des données des utilisateurs.',
    en: 'The business model rests on selling users’ data.',
  },
  source: src(SEED_ACADEMIE_TOOLS, 'La société trouve donc son financement dans la commercialisation des données de leurs usagers'),
  url: 'https://discordapp.com/privacy',
};

const DISCORD_INCIDENTS: StanceReason = {
  text: {
    fr: 'Le réseau des délégués à la protection des données a relevé de nombreux incidents sur des plateformes utilisées hors de tout cadre réglementaire, dont Discord.',
    en: 'The data protection officers’ network has recorded many incidents on platforms used outside any regulatory framework, Discord among them.',
  },
  source: src(
    SEED_ACADEMIE_TOOLS,
    'de nombreux incidents sur des plateformes utilisées en dehors de tout cadre réglementaire',
  ),
};

const DISCORD_REASONS = [DISCORD_PERSONAL_USE, DISCORD_CONSENT, DISCORD_MINORS, DISCORD_COMMERCIAL, DISCORD_INCIDENTS];

/** Discord for profiles whose own document says nothing about it: the DPD network's view (seed 004). */
const DISCORD_NOT_RECOMMENDED: ServiceStance = {
  status: 'not-recommended',
  summary: {
    fr: 'Le réseau des délégués à la protection des données de l’Éducation nationale juge Discord « à proscrire » (« Conduite à tenir dans le choix des outils numériques ») : aucun contrat ne protège les données des élèves et le consentement de mineurs y est en jeu.',
    en: 'The national education data protection officers’ network deems Discord “to be proscribed” (“Choosing digital tools”): no contract protects pupils’ data, and minors’ consent is at stake.',
  },
  reasons: DISCORD_REASONS,
  conditions: [PREFER_INSTITUTIONAL],
  source: src(
    SEED_ACADEMIE_TOOLS,
    'L’utilisation de cet outil est à proscrire pour les raisons suivantes : la solution n’est pas prévue pour être utilisée autrement qu’à titre « personnel »',
  ),
};

/* ----------------------------------------------------------------------------------------------
 * The verb each rule rests on (see modality.ts), as the profiles below use them.
 * -------------------------------------------------------------------------------------------- */

const RULE_MODALITIES: Partial<Record<RuleId, Modality>> = {
  'professional-email': EHESP_PRO_EMAIL,
  'no-personal-data': EHESP_NO_PERSONAL,
  'no-sensitive-data': EHESP_NO_SENSITIVE,
  'sensitive-data-detected': EHESP_NO_SENSITIVE,
  'unsecured-communications': EHESP_UNSECURED,
  'no-pmi': GRENOBLE_PMI,
  'waiting-room': GRENOBLE_WAITING_ROOM,
  passcode: GRENOBLE_PASSCODE,
  'no-public-links': GRENOBLE_NO_PUBLIC_LINKS,
  'local-recording-only': GRENOBLE_LOCAL_RECORDING,
  'recording-consent': GRENOBLE_RECORDING_CONSENT,
  'no-remote-proctoring': EHESP_PROCTORING,
  'identify-participants': GRENOBLE_IDENTIFY,
  'official-download': GRENOBLE_DOWNLOAD,
  'minor-consent': DPD_MINOR_CONSENT,
};

/** The modalities of `rules`, from the shared table, then the profile's own verbs. */
function modalitiesOf(
  rules: readonly RuleId[],
  own: Partial<Record<RuleId, Modality>> = {},
): Partial<Record<RuleId, Modality>> {
  const out: Partial<Record<RuleId, Modality>> = {};
  for (const id of rules) {
    const m = own[id] ?? RULE_MODALITIES[id];
    if (m !== undefined) out[id] = m;
  }
  return out;
}

/* ----------------------------------------------------------------------------------------------
 * Profiles
 * -------------------------------------------------------------------------------------------- */

const PARTICIPANT_RULES: readonly RuleId[] = [
  'no-personal-data',
  'no-sensitive-data',
  'sensitive-data-detected',
  'unsecured-communications',
  'identify-participants',
  'recording-consent',
];

const DEFAULT_PROFILE: Profile = {
  id: 'default',
  name: { fr: 'Enseignement public français (générique)', en: 'French public education (generic)' },
  institutionName: '',
  stances: {
    zoom: {
      status: 'not-recommended',
      summary: {
        fr: 'Zoom est déconseillé dans l’enseignement public : préférez les outils institutionnels. Si vous l’utilisez malgré tout, n’y faites circuler aucune donnée personnelle ou sensible.',
        en: 'Zoom is not recommended in French public education: prefer institutional tools. If you use it anyway, share no personal or sensitive data on it.',
      },
      reasons: [
        ZOOM_NO_CONTRACT,
        ZOOM_TRANSFER,
        ZOOM_US_AUTHORITIES,
        ZOOM_NOT_ANSSI,
        ZOOM_UNSECURED,
        ZOOM_COLLECTS,
        CLASS_COUNCILS,
      ],
      conditions: [PREFER_INSTITUTIONAL, NO_PERSONAL_OR_SENSITIVE],
      tips: [WEIGH_RISKS, VULNERABLE_PUBLIC, ZOOM_K12_CONTROLLER, RIGHTS_THROUGH_SCHOOL],
      source: src(SEED_ACADEMIE_ZOOM, 'Des solutions moins intrusives sur la vie privée doivent être privilégiées'),
    },
    discord: DISCORD_NOT_RECOMMENDED,
  },
  // Every rule but those that need a stance or approved hosts this generic profile does not have.
  rules: RULE_IDS.filter((id) => !STANCE_RULES.includes(id)),
  enforcement: { zoom: 'warn', discord: 'warn' },
  alternatives: [
    ALTERNATIVES.via,
    ALTERNATIVES.cned,
    ALTERNATIVES.renavisio,
    ALTERNATIVES['ovh-conference'],
    ALTERNATIVES['webconf-education'],
  ],
  approvedHosts: [],
  institutionEmailDomains: [],
  modalities: modalitiesOf(RULE_IDS.filter((id) => !STANCE_RULES.includes(id))),
  categories: categoryModalities(EHESP_NO_PERSONAL, EHESP_ART9),
  source: [
    src(SEED_ACADEMIE_ZOOM, 'Des solutions moins intrusives sur la vie privée doivent être privilégiées'),
    src(SEED_EHESP, 'Les informations qui doivent être portées à la connaissance des utilisateurs de Zoom US'),
    src(SEED_GRENOBLE_INP, 'Ne pas publier ouvertement les références de réunion'),
    src(SEED_ZOOM_K12, 'l’Abonné d’établissement scolaire est le Responsable du traitement'),
    src(SEED_ACADEMIE_TOOLS, 'Il est donc impératif de revenir à des pratiques raisonnées et encadrées'),
  ],
};

const EHESP_RULES: readonly RuleId[] = [
  'service-restricted',
  'professional-email',
  'no-personal-data',
  'no-sensitive-data',
  'sensitive-data-detected',
  'unsecured-communications',
  'no-remote-proctoring',
  'minor-consent',
];

const EHESP_PROFILE: Profile = {
  id: 'ehesp',
  name: { fr: 'EHESP', en: 'EHESP' },
  institutionName: 'EHESP',
  stances: {
    zoom: {
      status: 'restricted',
      summary: {
        fr: 'À l’EHESP, Zoom est toléré à titre expérimental, pour l’enseignement à distance uniquement : les activités de recherche en sont exclues.',
        en: 'At EHESP, Zoom is tolerated on a trial basis, for remote teaching only: research activities are excluded.',
      },
      reasons: [
        ZOOM_NOT_ANSSI,
        ZOOM_UNSECURED,
        {
          text: {
            fr: 'La politique de confidentialité de Zoom qui s’applique est celle fixée au 29 mars 2020 ; le lien ouvre la version actuelle, qui peut avoir changé depuis.',
            en: 'The Zoom privacy policy that applies is the one set on 29 March 2020; the link opens the current version, which may have changed since.',
          },
          source: src(
            SEED_EHESP,
            'La référence concernant la politique de confidentialité de Zoom US est disponible https://zoom.us/fr-fr/privacy.html',
          ),
          url: 'https://zoom.us/fr-fr/privacy.html',
        },
      ],
      conditions: [
        {
          text: {
            fr: 'Enseignement à distance uniquement ; la recherche n’entre pas dans le champ d’utilisation.',
            en: 'Remote teaching only; research is outside the scope of use.',
          },
          source: src(
            SEED_EHESP,
            'pour favoriser le développement des enseignements à distance et ceci à titre exclusif',
          ),
        },
        {
          text: {
            fr: 'Usage expérimental, qui fera l’objet d’une évaluation par le CApP, y compris de la sécurité des échanges.',
            en: 'Trial use, to be evaluated by the CApP, including the security of exchanges.',
          },
          source: src(
            SEED_EHESP,
            'cette évaluation intégrera un volet sécurité et sécurisation des échanges',
          ),
        },
        NO_PERSONAL_OR_SENSITIVE,
        {
          text: {
            fr: 'Il est recommandé de vous connecter avec votre adresse professionnelle plutôt qu’avec une adresse personnelle.',
            en: 'It is recommended to sign in with your professional address rather than a personal one.',
          },
          source: src(SEED_EHESP, 'afin d’éviter d’exposer des adresses mails personnelles'),
        },
        {
          text: {
            fr: 'Contrôler à distance des examens ou des évaluations, en captant l’environnement personnel des élèves et des étudiants, n’est pas recommandé.',
            en: 'Proctoring exams or assessments remotely, capturing pupils’ and students’ personal surroundings, is not recommended.',
          },
          source: src(
            SEED_EHESP,
            'permettrait de capter à distance l’environnement personnels des élèves et étudiants n’est pas recommandée',
          ),
        },
      ],
      source: src(SEED_EHESP, 'les activités de recherche n’entrent pas dans le champ de son utilisation'),
    },
    discord: DISCORD_NOT_RECOMMENDED,
  },
  rules: EHESP_RULES,
  enforcement: { zoom: 'warn', discord: 'warn' },
  // Seed 000 approves no other tool: the profile lists none rather than lend EHESP another body's list.
  alternatives: [],
  noAlternativesNote: {
    fr: 'Le document de l’EHESP ne désigne aucun outil de remplacement : renseignez-vous auprès du CApP de l’EHESP, qui met les outils de web conférence à disposition. Votre administrateur peut ajouter des outils autorisés par la politique de l’extension.',
    en: 'EHESP’s document names no replacement tool: ask EHESP’s CApP, which provides the web conferencing tools. Your administrator can add approved tools through the extension’s policy.',
  },
  approvedHosts: [],
  institutionEmailDomains: [],
  modalities: modalitiesOf(EHESP_RULES, { 'service-restricted': EHESP_TEACHING_ONLY }),
  categories: categoryModalities(EHESP_NO_PERSONAL, EHESP_ART9),
  source: [src(SEED_EHESP, 'Le CApP de l’EHESP met à la disposition des utilisateurs')],
};

const GRENOBLE_RULES: readonly RuleId[] = [
  'institutional-account',
  'professional-email',
  'no-sensitive-data',
  'sensitive-data-detected',
  'no-pmi',
  'waiting-room',
  'passcode',
  'no-public-links',
  'local-recording-only',
  'recording-consent',
  'identify-participants',
  'official-download',
  'minor-consent',
];

const GRENOBLE_INP_PROFILE: Profile = {
  id: 'grenoble-inp',
  name: { fr: 'Grenoble INP', en: 'Grenoble INP' },
  institutionName: 'Grenoble INP',
  stances: {
    zoom: {
      status: 'allowed-with-conditions',
      summary: {
        fr: 'Grenoble INP autorise Zoom avec un compte rattaché à son contrat (grenoble-inp.zoom.us), et uniquement pour des informations non sensibles.',
        en: 'Grenoble INP allows Zoom with an account covered by its contract (grenoble-inp.zoom.us), and for non-sensitive information only.',
      },
      reasons: [
        {
          text: {
            fr: 'Malgré les failles corrigées en 2020, Zoom n’est pas adapté à l’échange d’informations sensibles ; comme tout cloud public, il expose notamment à des écoutes par des puissances étatiques.',
            en: 'Despite the flaws fixed in 2020, Zoom is not suited to exchanging sensitive information; like any public cloud, it is exposed in particular to eavesdropping by state actors.',
          },
          source: src(SEED_GRENOBLE_INP, 'en particulier celui d’écoutes par des puissances étatiques'),
        },
        {
          text: {
            fr: 'Zoom fait évoluer son logiciel et ses paramètres : le comportement du service peut changer sans que l’établissement le décide.',
            en: 'Zoom changes its software and settings: the service’s behaviour may change without the institution deciding it.',
          },
          source: src(SEED_GRENOBLE_INP, 'La société Zoom fait évoluer son produit'),
        },
      ],
      conditions: [
        {
          text: {
            fr: 'Connexion obligatoire avec un compte rattaché au contrat de Grenoble INP (grenoble-inp.zoom.us).',
            en: 'You must sign in with an account covered by Grenoble INP’s contract (grenoble-inp.zoom.us).',
          },
          source: src(
            SEED_GRENOBLE_INP,
            'une connexion avec un compte rattaché au contrat qu’a souscrit Grenoble INP avec la société Zoom',
          ),
          url: 'https://grenoble-inp.zoom.us/',
        },
        {
          text: {
            fr: 'Finalités prévues : usages administratifs et recherche sans informations sensibles, usages pédagogiques (classes virtuelles, travaux en groupe, soutenances, candidatures), travail collaboratif des étudiants, recrutements. Pour toute autre finalité, contactez le relais DPO (relaisDPO@grenoble-inp.fr).',
            en: 'Intended purposes: administration and research without sensitive information, teaching (virtual classes, group work, defences, applications), students’ collaborative work, recruitment. For any other purpose, contact the DPO relay (relaisDPO@grenoble-inp.fr).',
          },
          source: src(SEED_GRENOBLE_INP, 'Si vous envisagez d’autres finalités, contacter le relais DPO de l\'établissement'),
        },
        {
          text: {
            fr: 'Contenus exclus : données sensibles (au sens de l’IGI 901 et du RGPD), informations « diffusion restreinte », protection du patrimoine scientifique et technique (PPST, informations à régime restrictif), secret de la défense nationale. Pour les échanges sensibles, utilisez les outils RENATER ou ceux des partenaires (CNRS, INRIA…).',
            en: 'Excluded content: sensitive data (under interministerial instruction IGI 901 and the GDPR), “restricted distribution” information, protection of scientific and technical potential (PPST, restricted-regime information), national defence secrets. For sensitive exchanges, use RENATER tools or partners’ tools (CNRS, INRIA…).',
          },
          source: src(
            SEED_GRENOBLE_INP,
            'sensible - tant au sens de l\'instruction interministérielle n°901 sur les données sensibles',
          ),
        },
        {
          text: {
            fr: 'Enregistrement : uniquement en local, par le seul organisateur, et réservé aux visioconférences organisées par les personnels ; conservation limitée à l’utilité stricte ; les participants sont informés oralement de la finalité, des modalités d’accès et de la durée de conservation.',
            en: 'Recording: local only, by the organiser alone, and reserved to video conferences organised by staff; kept no longer than strictly useful; participants are told aloud the purpose, how it can be accessed and how long it is kept.',
          },
          source: src(
            SEED_GRENOBLE_INP,
            'L\'enregistrement ne peut être fait qu\'en local (pas d\'accès aux serveurs de zoom pour des questions de confidentialité et sécurité) et pour des visioconférences organisées par les personnels',
          ),
        },
      ],
      tips: [
        {
          text: {
            fr: 'Quatre profils de paramétrage (« Étudiant », « Réunion », « Enseignement », « Recrutement ») appliquent les réglages conseillés ; le paramétrage manuel se fait sur grenoble-inp.zoom.us, menu « Paramètres ».',
            en: 'Four settings profiles (“Étudiant”, “Réunion”, “Enseignement”, “Recrutement”, as named in Zoom) apply the recommended settings; manual settings are on grenoble-inp.zoom.us, “Paramètres” (Settings) menu.',
          },
          source: src(SEED_GRENOBLE_INP, '4 profils de paramétrages automatiques pour les organisateurs de conférences'),
          url: 'https://grenoble-inp.zoom.us/',
        },
        {
          text: {
            fr: 'Avant la réunion, fermez les applications inutiles et évitez le VPN ; à la fin, quittez Zoom et débranchez ou masquez votre caméra.',
            en: 'Before the meeting, close unneeded applications and avoid the VPN; at the end, quit Zoom and unplug or cover your camera.',
          },
          source: src(
            SEED_GRENOBLE_INP,
            'Avant de lancer zoom, fermer toutes les applications non utiles au déroulement du sujet de votre visio',
          ),
        },
        {
          text: {
            fr: 'Avec le client web, Google Chrome est recommandé ; toutes les fonctionnalités n’y sont pas disponibles.',
            en: 'With the web client, Google Chrome is recommended; not every feature is available there.',
          },
          source: src(SEED_GRENOBLE_INP, 'avec un client web. Google Chrome est alors recommandé'),
        },
        {
          text: {
            fr: 'Vous pouvez accéder à vos données, les rectifier, demander leur effacement ou la limitation du traitement en écrivant à zoom.sos@grenoble-inp.fr ; vous pouvez aussi saisir la CNIL.',
            en: 'You may access, correct or erase your data, or restrict its processing, by writing to zoom.sos@grenoble-inp.fr; you may also complain to the CNIL.',
          },
          source: src(SEED_GRENOBLE_INP, 'Vous pouvez exercer ces droits à l’adresse suivante : zoom.sos@grenoble-inp.fr'),
        },
      ],
      source: src(
        SEED_GRENOBLE_INP,
        'Il est validé par l\'établissement uniquement pour échanger sur des informations non sensibles',
      ),
    },
    discord: DISCORD_NOT_RECOMMENDED,
  },
  rules: GRENOBLE_RULES,
  enforcement: { zoom: 'warn', discord: 'warn' },
  alternatives: [ALTERNATIVES['grenoble-inp-zoom'], ALTERNATIVES.renavisio],
  approvedHosts: ['grenoble-inp.zoom.us'],
  institutionEmailDomains: [],
  // The seed names a « relais DPO » (a relay to the DPO), not the DPO, and a separate address for rights.
  dpoContact: {
    role: { fr: 'Relais DPO de l’établissement', en: 'Institution’s DPO relay (relais DPO)' },
    name: 'Grenoble INP',
    email: 'relaisDPO@grenoble-inp.fr',
  },
  rightsContact: {
    role: {
      fr: 'Exercer vos droits (accès, rectification, effacement, limitation)',
      en: 'Exercise your rights (access, rectification, erasure, restriction)',
    },
    name: 'Grenoble INP',
    email: 'zoom.sos@grenoble-inp.fr',
    note: {
      fr: 'Le cas échéant, vous pouvez adresser une réclamation à la CNIL.',
      en: 'Where appropriate, you may lodge a complaint with the CNIL (the French data protection authority).',
    },
  },
  ruleOverrides: {
    'no-sensitive-data': {
      title: { fr: 'Aucune information sensible', en: 'No sensitive information' },
      why: {
        fr: 'Grenoble INP ne valide Zoom que pour des informations non sensibles. Sont formellement exclus : les contenus sensibles au sens de l’instruction interministérielle n° 901 (IGI 901) comme du RGPD, les informations « diffusion restreinte », celles relevant de la protection du patrimoine scientifique et technique (PPST), en particulier les « informations à régime restrictif », et celles relevant du secret de la défense nationale.',
        en: 'Grenoble INP only approves Zoom for non-sensitive information. Formally excluded: content that is sensitive under interministerial instruction no. 901 (IGI 901) or the GDPR, “diffusion restreinte” (restricted distribution) information, information under the protection of scientific and technical potential (PPST), in particular “informations à régime restrictif”, and national defence secrets.',
      },
      details: {
        fr: 'Au sens du RGPD (article 9) : origine raciale ou ethnique, opinions politiques, convictions religieuses ou philosophiques, appartenance syndicale, données génétiques, données biométriques servant à identifier une personne, santé, vie sexuelle ou orientation sexuelle. Pour les échanges sensibles, utilisez les outils RENATER ou les outils institutionnels des partenaires (CNRS, INRIA…).',
        en: 'Under the GDPR (article 9): racial or ethnic origin, political opinions, religious or philosophical beliefs, trade-union membership, genetic data, biometric data used to identify a person, health, sex life or sexual orientation. For sensitive exchanges, use RENATER tools or partners’ institutional tools (CNRS, INRIA…).',
      },
      source: GRENOBLE_EXCLUDED.source,
    },
    'sensitive-data-detected': { source: GRENOBLE_EXCLUDED.source },
  },
  modalities: modalitiesOf(GRENOBLE_RULES, {
    'institutional-account': GRENOBLE_CONTRACT_ACCOUNT,
    'no-sensitive-data': GRENOBLE_EXCLUDED,
    'sensitive-data-detected': GRENOBLE_EXCLUDED,
  }),
  // Soutenances, candidatures and recrutements are purposes Grenoble INP approves: exam words are not a problem
  // there. What it excludes (footnote 1) is critical; other personal data is a risk to weigh, not excluded.
  categories: categoryModalities(DPD_RISKS_TO_WEIGH, GRENOBLE_EXCLUDED, {
    exam: { ...GRENOBLE_PURPOSES, approved: true },
    classified: GRENOBLE_EXCLUDED,
  }),
  source: [src(SEED_GRENOBLE_INP, 'ZOOM : Informations et bonnes pratiques')],
};

const AIX_RULES: readonly RuleId[] = ['service-forbidden', 'professional-email', ...PARTICIPANT_RULES, 'minor-consent'];

const AC_AIX_MARSEILLE_PROFILE: Profile = {
  id: 'ac-aix-marseille',
  name: { fr: 'Académie d’Aix-Marseille', en: 'Aix-Marseille education authority (académie)' },
  institutionName: 'Académie d’Aix-Marseille',
  stances: {
    zoom: {
      status: 'forbidden',
      summary: {
        fr: 'L’académie d’Aix-Marseille proscrit Zoom : aucun contrat ne protège les données, qui sont transférées hors de l’Union européenne.',
        en: 'The Aix-Marseille education authority forbids Zoom: no contract protects the data, which are transferred outside the European Union.',
      },
      reasons: [ZOOM_NO_CONTRACT, ZOOM_TRANSFER, ZOOM_US_AUTHORITIES, ZOOM_SECURITY_DOUBTS, CLASS_COUNCILS],
      conditions: [PREFER_INSTITUTIONAL],
      tips: [WEIGH_RISKS, VULNERABLE_PUBLIC],
      source: src(SEED_ACADEMIE_ZOOM, 'L’utilisation de cet outil est à proscrire pour les raisons suivantes'),
    },
    discord: {
      status: 'forbidden',
      summary: {
        fr: 'L’académie d’Aix-Marseille proscrit Discord : il n’est prévu que pour un usage personnel, le consentement des élèves n’y est pas libre et leurs données sont commercialisées.',
        en: 'The Aix-Marseille education authority forbids Discord: it is meant for personal use only, pupils’ consent there is not free, and their data are sold.',
      },
      reasons: DISCORD_REASONS,
      conditions: [PREFER_INSTITUTIONAL],
      tips: [WEIGH_RISKS, VULNERABLE_PUBLIC],
      source: src(
    SEED_ACADEMIE_TOOLS,
    'L’utilisation de cet outil est à proscrire pour les raisons suivantes : la solution n’est pas prévue pour être utilisée autrement qu’à titre « personnel »',
  ),
    },
  },
  rules: AIX_RULES,
  enforcement: { zoom: 'warn', discord: 'warn' },
  alternatives: [
    ALTERNATIVES.via,
    ALTERNATIVES.cned,
    ALTERNATIVES.renavisio,
    ALTERNATIVES['ovh-conference'],
    ALTERNATIVES['webconf-education'],
  ],
  approvedHosts: [],
  institutionEmailDomains: [],
  helpUrl: 'https://assistance.ac-aix-marseille.fr',
  helpLabel: { fr: 'Portail d’assistance VERDON', en: 'VERDON help portal' },
  institutionPhrase: { fr: 'l’Académie d’Aix-Marseille', en: 'the Aix-Marseille education authority' },
  modalities: modalitiesOf(AIX_RULES, { 'service-forbidden': ACADEMIE_PROSCRIBED }),
  categories: categoryModalities(EHESP_NO_PERSONAL, EHESP_ART9),
  source: [
    src(SEED_ACADEMIE_ZOOM, 'Ces outils sont accessibles sur la page VERDON : https://assistance.ac-aix-marseille.fr'),
    src(SEED_ACADEMIE_TOOLS, 'Conduite à tenir dans le choix des outils numériques'),
  ],
};

export const PROFILE_IDS = ['default', 'ehesp', 'grenoble-inp', 'ac-aix-marseille'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

export const PROFILES: Record<ProfileId, Profile> = {
  default: DEFAULT_PROFILE,
  ehesp: EHESP_PROFILE,
  'grenoble-inp': GRENOBLE_INP_PROFILE,
  'ac-aix-marseille': AC_AIX_MARSEILLE_PROFILE,
};

export const DEFAULT_PROFILE_ID: ProfileId = 'default';

export function isProfileId(id: unknown): id is ProfileId {
  return typeof id === 'string' && (PROFILE_IDS as readonly string[]).includes(id);
}
