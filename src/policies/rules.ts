import { CONTEXT_IDS, RULE_IDS, type ContextId, type RuleId } from '../core/contract';
import { SEED_ACADEMIE_TOOLS, SEED_ACADEMIE_ZOOM, SEED_EHESP, SEED_GRENOBLE_INP, src } from './sources';
import type { RuleDefinition } from './types';

const ALL: readonly ContextId[] = CONTEXT_IDS;
const ZOOM: readonly ContextId[] = CONTEXT_IDS.filter((c) => !c.startsWith('discord'));
const DISCORD: readonly ContextId[] = ['discord', 'discord-signup', 'discord-app'];
const PARTICIPANT: readonly ContextId[] = ['join', 'webclient', 'schedule'];

/**
 * Every rule of the SPEC. Texts may use the placeholders `{service}`, `{institution}` and `{hosts}`,
 * filled in by `evaluate`.
 *
 * `contexts`: for reminders, the contexts where they are shown; for stance and detected rules, every
 * context where they may fire (detected rules fire wherever the observation arrives).
 */
export const RULES: Record<RuleId, RuleDefinition> = {
  'service-forbidden': {
    id: 'service-forbidden',
    kind: 'stance',
    severity: 'critical',
    contexts: ALL,
    title: { fr: '{service} est proscrit par {institution}', en: '{service} is forbidden by {institution}' },
    why: {
      fr: 'Ce service ne protège pas les données des élèves et des personnels comme l’exige le RGPD.',
      en: 'This service does not protect pupils’ and staff’s data as the GDPR requires.',
    },
    details: {
      fr: 'N’utilisez pas {service} pour vos cours, vos réunions ni vos échanges avec les élèves. Choisissez l’un des outils approuvés proposés ; en cas de doute, contactez votre délégué à la protection des données (DPD).',
      en: 'Do not use {service} for lessons, meetings or exchanges with pupils. Choose one of the approved tools offered; if in doubt, contact your data protection officer (DPO).',
    },
    source: src(SEED_ACADEMIE_ZOOM, 'L’utilisation de cet outil est à proscrire pour les raisons suivantes'),
  },
  'service-restricted': {
    id: 'service-restricted',
    kind: 'stance',
    severity: 'warning',
    contexts: ALL,
    title: { fr: '{service} : usage toléré sous conditions', en: '{service}: tolerated under conditions' },
    why: {
      fr: '{institution} n’autorise ce service que dans un cadre limité.',
      en: '{institution} only allows this service within a limited scope.',
    },
    details: {
      fr: 'Vérifiez que votre usage entre dans le cadre fixé par votre établissement (voir les conditions ci-dessous). Sinon, utilisez un autre outil.',
      en: 'Check that what you are doing fits the scope your institution set (see the conditions below). Otherwise, use another tool.',
    },
    source: src(
      SEED_EHESP,
      'à titre exclusif, les activités de recherche n’entrent pas dans le champ de son utilisation',
    ),
  },
  'institutional-account': {
    id: 'institutional-account',
    kind: 'stance',
    severity: 'warning',
    contexts: ZOOM,
    title: { fr: 'Utilisez le compte Zoom de votre établissement', en: 'Use your institution’s Zoom account' },
    why: {
      fr: 'Zoom n’est validé qu’avec un compte rattaché au contrat de l’établissement ; cette page n’est pas sur son espace Zoom.',
      en: 'Zoom is only approved with an account covered by the institution’s contract; this page is not on its Zoom space.',
    },
    details: {
      fr: 'Connectez-vous, planifiez et rejoignez vos réunions depuis l’espace Zoom de votre établissement ({hosts}), avec votre compte institutionnel plutôt qu’un compte personnel.',
      en: 'Sign in, schedule and join your meetings from your institution’s Zoom space ({hosts}), with your institutional account rather than a personal one.',
    },
    source: src(
      SEED_GRENOBLE_INP,
      'une connexion avec un compte rattaché au contrat qu’a souscrit Grenoble INP avec la société Zoom',
    ),
  },
  'professional-email': {
    id: 'professional-email',
    kind: 'detected',
    severity: 'warning',
    contexts: ALL,
    title: { fr: 'Utilisez votre adresse professionnelle', en: 'Use your professional e-mail address' },
    why: {
      fr: 'Une adresse personnelle est une donnée personnelle : l’utiliser ici l’expose inutilement.',
      en: 'A personal address is personal data: using it here exposes it needlessly.',
    },
    details: {
      fr: 'Il est recommandé de créer votre compte ou de vous connecter avec l’adresse fournie par votre établissement plutôt qu’avec une messagerie personnelle (Gmail, Hotmail, Orange, Free, La Poste…).',
      en: 'It is recommended to create your account or sign in with the address your institution gave you rather than a personal mailbox (Gmail, Hotmail, Orange, Free, La Poste…).',
    },
    source: src(SEED_EHESP, 'Il est recommandé d’utiliser une adresse mail professionnelle pour se connecter'),
  },
  'no-personal-data': {
    id: 'no-personal-data',
    kind: 'reminder',
    severity: 'info',
    contexts: PARTICIPANT,
    title: { fr: 'Ne transmettez pas de données personnelles', en: 'Do not share personal data' },
    why: {
      fr: 'Ce service n’offre pas les garanties nécessaires : aucune information sur une personne identifiable ne doit y circuler.',
      en: 'This service lacks the necessary safeguards: no information about an identifiable person should go through it.',
    },
    details: {
      fr: 'Pas de notes ou d’appréciations nominatives, d’adresses, de numéros de téléphone, de numéros INE ou de sécurité sociale, ni rien de la situation familiale, sociale ou judiciaire d’une personne — ni à l’oral, ni dans le chat, ni dans les documents partagés, ni dans le titre ou la description de la réunion.',
      en: 'No named marks or assessments, addresses, phone numbers, pupil (INE) or social security numbers, nor anything about a person’s family, social or legal situation — not aloud, not in the chat, not in shared documents, not in the meeting’s topic or description.',
    },
    source: src(
      SEED_EHESP,
      'ne doit permettre en aucun cas permettre la transmission de données présentant un caractère personnel',
    ),
  },
  'no-sensitive-data': {
    id: 'no-sensitive-data',
    kind: 'reminder',
    severity: 'warning',
    contexts: PARTICIPANT,
    title: { fr: 'Aucune donnée sensible (article 9 du RGPD)', en: 'No sensitive data (GDPR article 9)' },
    why: {
      fr: 'Origine raciale ou ethnique, opinions politiques, convictions religieuses ou philosophiques, appartenance syndicale, données génétiques, données biométriques servant à identifier une personne, santé, vie sexuelle ou orientation sexuelle : ces données sont exclues de ce service.',
      en: 'Racial or ethnic origin, political opinions, religious or philosophical beliefs, trade-union membership, genetic data, biometric data used to identify a person, health, sex life or sexual orientation: such data are excluded from this service.',
    },
    details: {
      fr: 'N’y évoquez par exemple ni la santé ou le handicap d’un élève (PAI, PPS, MDPH…), ni ses convictions religieuses ou ses opinions. Pour ces échanges, utilisez les outils sécurisés de votre établissement.',
      en: 'For instance, do not discuss a pupil’s health or disability (PAI, PPS, MDPH…) there, nor their religious beliefs or opinions. For such exchanges, use your institution’s secure tools.',
    },
    source: src(
      SEED_EHESP,
      'L’utilisation de Zoom US est impossible pour la transmission des données dite « sensibles » au sens du RGPD',
    ),
  },
  'sensitive-data-detected': {
    id: 'sensitive-data-detected',
    kind: 'detected',
    severity: 'critical',
    contexts: ALL,
    title: { fr: 'Données personnelles ou sensibles détectées', en: 'Personal or sensitive data detected' },
    why: {
      fr: 'Le texte saisi semble contenir des informations qui ne doivent pas circuler sur ce service.',
      en: 'The text you typed seems to contain information that must not go through this service.',
    },
    details: {
      fr: 'Retirez ces informations du titre, de la description ou du message avant d’enregistrer ou d’envoyer. Vigie lit le texte uniquement dans cette page : rien n’est conservé ni transmis.',
      en: 'Remove this information from the topic, description or message before saving or sending. Vigie reads the text only within this page: nothing is stored or sent.',
    },
    whyNotForbidden: {
      fr: 'Le texte saisi semble évoquer un sujet sur lequel les documents de référence appellent à la prudence sur ce service.',
      en: 'The text you typed seems to touch on a subject the reference documents call for caution about on this service.',
    },
    source: src(SEED_EHESP, 'au sens du RGPD, elles doivent être exclues'),
  },
  'unsecured-communications': {
    id: 'unsecured-communications',
    kind: 'reminder',
    severity: 'info',
    contexts: PARTICIPANT,
    title: { fr: 'Communications non sécurisées', en: 'Communications are not secured' },
    why: {
      fr: 'Les documents, les échanges et les données transmis peuvent être accessibles à des tiers.',
      en: 'Documents, exchanges and data sent may be accessible to third parties.',
    },
    details: {
      fr: 'Ne partagez ni document interne ni information confidentielle : considérez que tout ce qui est dit, montré ou écrit pendant la réunion peut être lu par d’autres que les participants.',
      en: 'Share no internal document or confidential information: assume that anything said, shown or written during the meeting can be read by people other than the participants.',
    },
    source: src(SEED_EHESP, 'les communications organisées via Zoom US ne sont pas sécurisées'),
  },
  'no-pmi': {
    id: 'no-pmi',
    kind: 'detected',
    severity: 'warning',
    contexts: ALL,
    title: {
      fr: 'Évitez de diffuser votre ID de réunion personnelle (PMI)',
      en: 'Avoid giving out your Personal Meeting ID (PMI)',
    },
    why: {
      fr: 'Votre PMI ne change jamais : quiconque l’a obtenu une fois peut revenir dans toutes vos réunions.',
      en: 'Your PMI never changes: anyone who got it once can come back to all your meetings.',
    },
    details: {
      fr: 'Pour l’ID de réunion, choisissez plutôt « Générer automatiquement » : vous évitez ainsi de diffuser votre PMI.',
      en: 'For the meeting ID, rather choose “Generate automatically”: that way you avoid giving out your PMI.',
    },
    source: src(SEED_GRENOBLE_INP, 'Éviter de diffuser son numéro personnel « PMI »'),
  },
  'waiting-room': {
    id: 'waiting-room',
    kind: 'detected',
    severity: 'warning',
    contexts: ALL,
    title: { fr: 'Salle d’attente désactivée', en: 'Waiting room turned off' },
    why: {
      fr: 'Sans salle d’attente, toute personne qui a le lien entre directement dans la réunion.',
      en: 'Without a waiting room, anyone who has the link walks straight into the meeting.',
    },
    details: {
      fr: 'Pour des séances récurrentes, il est recommandé de créer une nouvelle réunion pour chaque séance, ou à défaut d’activer la salle d’attente pour admettre vous-même chaque participant.',
      en: 'For recurring sessions, it is recommended to create a new meeting for each session, or failing that to turn on the waiting room so that you admit each participant yourself.',
    },
    source: src(
      SEED_GRENOBLE_INP,
      'il est recommandé de créer une nouvelle salle virtuelle pour chaque séance, ou à défaut de gérer une salle d\'attente',
    ),
  },
  passcode: {
    id: 'passcode',
    kind: 'detected',
    severity: 'warning',
    contexts: ALL,
    title: { fr: 'Protégez la réunion par un code secret', en: 'Protect the meeting with a passcode' },
    why: {
      fr: 'Un code secret protège la réunion contre les intrusions.',
      en: 'A passcode protects the meeting against intruders.',
    },
    details: {
      fr: 'Activez le code secret et ne le communiquez qu’aux participants, par un canal privé.',
      en: 'Turn on the passcode and give it only to the participants, through a private channel.',
    },
    source: src(SEED_GRENOBLE_INP, 'Les codes et mots de passe vous protègent d’une intrusion'),
  },
  'no-public-links': {
    id: 'no-public-links',
    kind: 'reminder',
    severity: 'info',
    contexts: ['schedule', 'meetings'],
    title: { fr: 'Ne publiez pas les références de la réunion', en: 'Do not publish the meeting details' },
    why: {
      fr: 'Un lien, un ID de réunion ou un code secret diffusé publiquement permet à n’importe qui d’entrer.',
      en: 'A link, meeting ID or passcode posted publicly lets anyone in.',
    },
    details: {
      fr: 'Envoyez le lien, l’ID et le code secret uniquement aux participants, par un canal privé — jamais sur un site public, un réseau social ou un espace ouvert à tous.',
      en: 'Send the link, ID and passcode only to the participants, through a private channel — never on a public website, a social network or a space open to all.',
    },
    source: src(
      SEED_GRENOBLE_INP,
      'Ne pas publier ouvertement les références de réunion (lien, numéro de réunion, mot de passe)',
    ),
  },
  'local-recording-only': {
    id: 'local-recording-only',
    kind: 'detected',
    severity: 'warning',
    contexts: ALL,
    title: { fr: 'Enregistrez uniquement en local', en: 'Record locally only' },
    why: {
      fr: 'Un enregistrement dans le cloud est conservé sur les serveurs de Zoom, hors du contrôle de l’établissement.',
      en: 'A cloud recording is kept on Zoom’s servers, out of the institution’s control.',
    },
    details: {
      fr: 'Désactivez l’enregistrement dans le cloud et choisissez l’enregistrement sur l’ordinateur local (Paramètres › Enregistrement › « Enregistrement local »). Conservez l’enregistrement le temps strictement utile.',
      en: 'Turn off cloud recording and choose recording to the local computer (Settings › Recording › “Local recording”). Keep the recording only as long as strictly needed.',
    },
    source: src(
      SEED_GRENOBLE_INP,
      'L\'enregistrement ne peut être fait qu\'en local (pas d\'accès aux serveurs de zoom pour des questions de confidentialité et sécurité)',
    ),
  },
  'recording-consent': {
    id: 'recording-consent',
    kind: 'detected',
    severity: 'warning',
    contexts: ALL,
    title: { fr: 'Enregistrement : informez les participants', en: 'Recording: inform the participants' },
    why: {
      fr: 'Il est interdit d’enregistrer des personnes à leur insu.',
      en: 'Recording people without their knowledge is forbidden.',
    },
    details: {
      fr: 'Dites oralement aux participants pourquoi vous enregistrez, qui pourra voir la vidéo et combien de temps elle sera conservée ; laissez-leur la possibilité de ne pas être enregistrés (caméra et micro coupés). N’enregistrez que pour un motif explicite et légitime, et réservez l’enregistrement à l’organisateur.',
      en: 'Tell the participants aloud why you are recording, who will be able to see the video and how long it will be kept; let them opt out of being recorded (camera and microphone off). Record only for an explicit, legitimate purpose, and leave recording to the organiser alone.',
    },
    source: src(SEED_GRENOBLE_INP, 'Il est interdit d’enregistrer des personnes à leur insu'),
  },
  'no-remote-proctoring': {
    id: 'no-remote-proctoring',
    kind: 'detected',
    severity: 'warning',
    contexts: ALL,
    title: {
      fr: 'Surveillance d’examen à distance : non recommandée',
      en: 'Remote exam proctoring: not recommended',
    },
    why: {
      fr: 'Surveiller un examen par visioconférence fait entrer la caméra dans l’environnement personnel des élèves et des étudiants.',
      en: 'Proctoring an exam by video brings the camera into pupils’ and students’ personal surroundings.',
    },
    details: {
      fr: 'Contrôler à distance un examen ou une évaluation par ce service, en captant l’environnement personnel des élèves et des étudiants, n’est pas recommandé. Voyez avec votre établissement une autre modalité d’évaluation.',
      en: 'Proctoring an exam or assessment remotely through this service, capturing pupils’ and students’ personal surroundings, is not recommended. Agree another form of assessment with your institution.',
    },
    source: src(
      SEED_EHESP,
      'permettrait de capter à distance l’environnement personnels des élèves et étudiants n’est pas recommandée',
    ),
  },
  'identify-participants': {
    id: 'identify-participants',
    kind: 'reminder',
    severity: 'info',
    contexts: ['join', 'webclient'],
    title: { fr: 'Affichez vos prénom et nom', en: 'Show your first and last name' },
    why: {
      fr: 'L’organisateur doit pouvoir vérifier qui participe, surtout quand la vidéo est coupée.',
      en: 'The organiser must be able to check who is there, especially when video is off.',
    },
    details: {
      fr: 'Indiquez vos vrais prénom et nom avant de rejoindre. Si vous organisez : vérifiez l’identité des participants au démarrage, verrouillez la réunion une fois tout le monde arrivé, connectez-vous à votre compte pour tenir le rôle d’animateur et pensez à désigner un co-animateur.',
      en: 'Enter your real first and last name before joining. If you are the organiser: check who the participants are at the start, lock the meeting once everyone has arrived, sign in to your account to act as host and consider naming a co-host.',
    },
    source: src(SEED_GRENOBLE_INP, 'Chacun doit afficher ses prénom et nom sur l\'icône l’identifiant'),
  },
  'official-download': {
    id: 'official-download',
    kind: 'reminder',
    severity: 'info',
    contexts: ['download'],
    title: { fr: 'Téléchargez depuis la source officielle', en: 'Download from the official source' },
    why: {
      fr: 'Un installateur trouvé ailleurs peut être piégé, et une ancienne version garde des failles corrigées depuis.',
      en: 'An installer found elsewhere may be tampered with, and an old version keeps flaws fixed since.',
    },
    details: {
      fr: 'Installez le logiciel depuis la plateforme officielle, faites systématiquement les mises à jour et désactivez le démarrage automatique de l’application à l’allumage de l’ordinateur.',
      en: 'Install the software from the official platform, always apply updates, and turn off the application’s automatic start when the computer starts.',
    },
    source: src(SEED_GRENOBLE_INP, 'bien faire le téléchargement sur les plateformes officielles'),
  },
  'minor-consent': {
    id: 'minor-consent',
    kind: 'reminder',
    severity: 'warning',
    contexts: DISCORD,
    title: { fr: 'Discord : consentement et élèves mineurs', en: 'Discord: consent and under-age pupils' },
    why: {
      fr: 'Le consentement n’est pas libre quand l’enseignant prescrit l’inscription, et celui des parents est indispensable avant 16 ans.',
      en: 'Consent is not freely given when a teacher prescribes signing up, and parental consent is required under 16.',
    },
    details: {
      fr: 'Ne demandez pas aux élèves de s’inscrire sur un serveur « classe ». Pour un élève de moins de 16 ans, une preuve du consentement de ses représentants légaux est indispensable. Préférez les outils de l’établissement (ENT, classe virtuelle du CNED).',
      en: 'Do not ask pupils to join a “class” server. For a pupil under 16, proof of their legal guardians’ consent is required. Prefer the institution’s tools (ENT, CNED virtual classroom).',
    },
    source: src(
      SEED_ACADEMIE_TOOLS,
      'une preuve du consentement des représentants légaux des mineurs de moins de 16 ans est indispensable',
    ),
  },
};

/** Rule ids in contract order (re-exported for convenience). */
export const ALL_RULE_IDS: readonly RuleId[] = RULE_IDS;
