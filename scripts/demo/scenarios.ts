/**
 * The demo's scenarios: one or more per replica page of tests/fixtures (the same pages the end-to-end
 * tests use). Pure data — the start page lists them, the headless walk replays their steps and checks
 * that Vigie shows the expected rules. `tests/unit/demo` checks each URL resolves to the fixture named.
 */
import type { ContextId, RuleId, SensitiveCategory, ServiceId } from '../../src/core/contract';
import type { LocalizedText } from '../../src/policies/types';

export type DemoStep =
  /** Types `text` into the field (real key strokes, after clearing it). */
  | { kind: 'type'; selector: string; text: string; what: LocalizedText }
  /** A real click (WebDriver element click: scrolled into view, fails if something covers it). */
  | { kind: 'click'; selector: string; what: LocalizedText };

export interface DemoScenario {
  /** Stable id: screenshot file name (`<id>.png`) and `--only` value. */
  id: string;
  /** The fixture route (tests/fixtures/routes.ts) that serves `url`. */
  fixture: string;
  /** A real URL; Chromium maps the host to the local replica server. */
  url: string;
  service: ServiceId;
  /** The page context Vigie must report once the page is loaded (before the steps). */
  context: ContextId;
  title: LocalizedText;
  /** One sentence: what to try by hand (start page). */
  hint: LocalizedText;
  steps: DemoStep[];
  /** Rules that must be active after the steps (only those the active profile applies are required). */
  expectRules: RuleId[];
  /** Scanner categories that must be found after the steps. */
  expectSensitive?: SensitiveCategory[];
  /** The last step triggers the "warn" confirmation dialog (`[data-vigie-confirm]`). */
  expectConfirm?: boolean;
  /** The note under the field where sensitive data was typed (`[data-vigie-field-warning]`). */
  expectFieldWarning?: boolean;
  /**
   * The steps and the expected state are in this frame of the page (a selector of its `<iframe>`), e.g. the
   * web app's pre-join screen in `iframe#webclient`; `frameFixture` is the route serving the frame.
   */
  frame?: { selector: string; fixture: string };
  /** Rules Vigie must say it could not check on the page (`data-vigie-unread`). */
  expectUnread?: RuleId[];
  /** Other routes the steps go through (a redirect, the page a link opens). */
  through?: string[];
}

export const HEALTH_TOPIC = 'Équipe éducative – PAI diabète de Léa';

export const SCENARIOS: DemoScenario[] = [
  {
    id: 'signup-fr',
    fixture: 'signup-fr',
    url: 'https://zoom.us/signup',
    service: 'zoom',
    context: 'signup',
    title: { fr: 'Inscription à Zoom avec une adresse personnelle', en: 'Zoom sign-up with a personal address' },
    hint: {
      fr: 'Tapez une adresse personnelle (prenom.nom@gmail.com, orange.fr…) dans « Adresse e-mail » : Vigie demande l’adresse professionnelle.',
      en: 'Type a personal address (prenom.nom@gmail.com, orange.fr…) in “Adresse e-mail”: Vigie asks for the professional one.',
    },
    steps: [
      { kind: 'type', selector: '#email', text: 'prenom.nom@gmail.com', what: { fr: 'Saisi « prenom.nom@gmail.com » dans « Adresse e-mail »', en: 'Typed “prenom.nom@gmail.com” in “Adresse e-mail”' } },
    ],
    expectRules: ['professional-email'],
  },
  {
    id: 'signup-en',
    fixture: 'signup-en',
    url: 'https://zoom.us/freesignup?fixture=signup-en',
    service: 'zoom',
    context: 'signup',
    title: { fr: 'Inscription à Zoom (page en anglais)', en: 'Zoom sign-up (English page)' },
    hint: {
      fr: 'Tapez une adresse hotmail.fr dans « Email address ».',
      en: 'Type a hotmail.fr address in “Email address”.',
    },
    steps: [
      { kind: 'type', selector: '#email', text: 'jeanne.dupont@hotmail.fr', what: { fr: 'Saisi « jeanne.dupont@hotmail.fr » dans « Email address »', en: 'Typed “jeanne.dupont@hotmail.fr” in “Email address”' } },
    ],
    expectRules: ['professional-email'],
  },
  {
    id: 'signin',
    fixture: 'signin',
    url: 'https://zoom.us/signin',
    service: 'zoom',
    context: 'signin',
    title: { fr: 'Connexion à Zoom avec une adresse personnelle', en: 'Zoom sign-in with a personal address' },
    hint: {
      fr: 'Connectez-vous avec une adresse personnelle et voyez le rappel sur le compte professionnel.',
      en: 'Sign in with a personal address and see the reminder about the professional account.',
    },
    steps: [
      { kind: 'type', selector: '#email', text: 'prof.martin@laposte.net', what: { fr: 'Saisi « prof.martin@laposte.net » dans « Adresse e-mail »', en: 'Typed “prof.martin@laposte.net” in the e-mail field' } },
    ],
    expectRules: ['professional-email'],
  },
  {
    id: 'schedule-fr-pmi',
    fixture: 'schedule-fr',
    url: 'https://zoom.us/meeting/schedule',
    service: 'zoom',
    context: 'schedule',
    title: { fr: 'Programmer une réunion : NPR et salle d’attente', en: 'Schedule a meeting: PMI and waiting room' },
    hint: {
      fr: 'Choisissez le N° personnel de réunion, puis décochez la salle d’attente : Vigie signale les deux.',
      en: 'Pick the Personal Meeting ID, then untick the waiting room: Vigie flags both.',
    },
    steps: [
      { kind: 'click', selector: '.zoom-radio[data-value="pmi"]', what: { fr: 'Choisi « N° personnel de réunion (NPR) »', en: 'Picked the Personal Meeting ID' } },
      { kind: 'click', selector: 'label[for="waiting-room"]', what: { fr: 'Décoché « Salle d’attente »', en: 'Unticked “Salle d’attente” (waiting room)' } },
    ],
    expectRules: ['no-pmi', 'waiting-room', 'no-public-links'],
  },
  {
    id: 'schedule-fr-sensitive',
    fixture: 'schedule-fr',
    url: 'https://zoom.us/meeting/schedule',
    service: 'zoom',
    context: 'schedule',
    title: { fr: 'Programmer une réunion : donnée de santé dans le sujet', en: 'Schedule a meeting: health data in the topic' },
    hint: {
      fr: 'Tapez une donnée de santé d’un élève dans le sujet (« Équipe éducative – PAI diabète de Léa ») : Vigie l’indique sous le champ.',
      en: 'Type a pupil’s health data in the topic (“Équipe éducative – PAI diabète de Léa”): Vigie points it out under the field.',
    },
    steps: [
      { kind: 'type', selector: '#topic', text: HEALTH_TOPIC, what: { fr: `Saisi « ${HEALTH_TOPIC} » dans « Sujet »`, en: `Typed “${HEALTH_TOPIC}” in “Sujet” (topic)` } },
    ],
    expectRules: ['sensitive-data-detected'],
    expectSensitive: ['health', 'class-council'],
    expectFieldWarning: true,
  },
  {
    id: 'schedule-en-cloud',
    fixture: 'schedule-en',
    url: 'https://zoom.us/meeting/schedule?fixture=schedule-en',
    service: 'zoom',
    context: 'schedule',
    title: { fr: 'Programmer (anglais) : enregistrement automatique dans le cloud, puis Save', en: 'Schedule (English): automatic cloud recording, then Save' },
    hint: {
      fr: 'Cliquez sur « Show », cochez « Record the meeting automatically », choisissez « In the cloud », puis « Save » : Vigie demande confirmation.',
      en: 'Click “Show”, tick “Record the meeting automatically”, choose “In the cloud”, then “Save”: Vigie asks for confirmation.',
    },
    steps: [
      { kind: 'click', selector: '#options-toggle', what: { fr: 'Cliqué « Show » (autres options)', en: 'Clicked “Show” (more options)' } },
      { kind: 'click', selector: 'label[for="auto-rec"]', what: { fr: 'Coché « Record the meeting automatically »', en: 'Ticked “Record the meeting automatically”' } },
      { kind: 'click', selector: '.zoom-radio[data-value="cloud"]', what: { fr: 'Choisi « In the cloud »', en: 'Chose “In the cloud”' } },
      { kind: 'click', selector: '#schedule-save', what: { fr: 'Cliqué « Save »', en: 'Clicked “Save”' } },
    ],
    expectRules: ['local-recording-only', 'recording-consent'],
    expectConfirm: true,
  },
  {
    id: 'schedule-legacy-en',
    fixture: 'schedule-legacy-en',
    url: 'https://zoom.us/meeting/schedule?fixture=schedule-legacy-en',
    service: 'zoom',
    context: 'schedule',
    title: { fr: 'Ancien formulaire de programmation (anglais)', en: 'Legacy scheduling form (English)' },
    hint: {
      fr: 'La salle d’attente est désactivée ; cochez l’enregistrement automatique puis « In the cloud ».',
      en: 'The waiting room is off; tick automatic recording, then “In the cloud”.',
    },
    steps: [
      { kind: 'click', selector: '#option_autorec', what: { fr: 'Coché « Record the meeting automatically »', en: 'Ticked “Record the meeting automatically”' } },
      { kind: 'click', selector: '#option_autorec_cloud', what: { fr: 'Choisi « In the cloud »', en: 'Chose “In the cloud”' } },
    ],
    expectRules: ['waiting-room', 'local-recording-only', 'recording-consent'],
  },
  {
    id: 'schedule-renamed-unread',
    fixture: 'schedule-renamed-en',
    url: 'https://zoom.us/meeting/schedule?fixture=schedule-renamed-en',
    service: 'zoom',
    context: 'schedule',
    title: { fr: 'Page que Vigie ne sait pas lire : il le dit', en: 'A page Vigie cannot read: it says so' },
    hint: {
      fr: 'Chaque option est renommée (« Lobby », « Entry key »…) : le panneau dit « Vigie n’a pas pu vérifier ces réglages : vérifiez-les vous-même » et propose « Copier un diagnostic ».',
      en: 'Every option is renamed (“Lobby”, “Entry key”…): the panel says Vigie could not check these settings and offers “Copy a diagnostic”.',
    },
    steps: [],
    expectRules: ['no-public-links'],
    expectUnread: ['no-pmi', 'waiting-room', 'passcode', 'local-recording-only', 'recording-consent'],
  },
  {
    id: 'join-launch',
    fixture: 'join-launch',
    url: 'https://zoom.us/j/81234567890?pwd=Xy12ab',
    service: 'zoom',
    context: 'join',
    title: { fr: 'Lien d’invitation à une réunion', en: 'Meeting invitation link' },
    hint: {
      fr: 'Ouvrez un lien d’invitation /j/… : lisez les rappels aux participants avant de rejoindre.',
      en: 'Open a /j/… invitation link: read the reminders to participants before joining.',
    },
    steps: [],
    expectRules: ['no-personal-data', 'no-sensitive-data', 'identify-participants'],
  },
  {
    id: 'webclient-join-fr',
    fixture: 'webclient-join-fr',
    url: 'https://zoom.us/wc/join/81234567890',
    service: 'zoom',
    context: 'webclient',
    title: { fr: 'Rejoindre depuis le navigateur (client web)', en: 'Join from the browser (web client)' },
    hint: {
      fr: 'Saisissez votre nom puis cliquez sur « Rejoindre » : Vigie rappelle les règles avant d’entrer.',
      en: 'Enter your name, then click “Rejoindre” (Join): Vigie recalls the rules before you enter.',
    },
    steps: [
      { kind: 'type', selector: '#input-for-name', text: 'Jeanne Dupont', what: { fr: 'Saisi « Jeanne Dupont » dans « Votre nom »', en: 'Typed “Jeanne Dupont” in “Votre nom” (your name)' } },
      { kind: 'click', selector: '#joinBtn', what: { fr: 'Cliqué « Rejoindre »', en: 'Clicked “Rejoindre” (Join)' } },
    ],
    expectRules: ['no-personal-data', 'no-sensitive-data', 'identify-participants'],
    expectConfirm: true,
  },
  {
    id: 'webclient-join-en',
    fixture: 'webclient-join-en',
    url: 'https://app.zoom.us/wc/81234567890/join?fixture=webclient-join-en',
    service: 'zoom',
    context: 'webclient',
    title: { fr: 'Client web (anglais) : message dans la discussion', en: 'Web client (English): chat message' },
    hint: {
      fr: 'Saisissez « Your Name », cliquez « Join », validez, puis tapez un numéro de téléphone dans la discussion.',
      en: 'Fill in “Your Name”, click “Join”, confirm, then type a phone number in the chat.',
    },
    steps: [
      { kind: 'type', selector: '#input-for-name', text: 'Jeanne Dupont', what: { fr: 'Saisi « Jeanne Dupont » dans « Your Name »', en: 'Typed “Jeanne Dupont” in “Your Name”' } },
    ],
    expectRules: ['no-personal-data', 'no-sensitive-data', 'identify-participants'],
  },
  {
    id: 'webapp-join',
    fixture: 'webapp-join',
    url: 'https://app.zoom.us/wc/81234567890/join?fromPWA=1',
    service: 'zoom',
    context: 'webclient',
    title: { fr: 'Application web Zoom Workplace : l’écran avant d’entrer dans son cadre', en: 'Zoom Workplace web app: the pre-join screen in its frame' },
    hint: {
      fr: 'L’écran « Enter Meeting Info » est dans un cadre (iframe) : saisissez « Your Name » puis « Join » ; Vigie demande d’abord, dans le cadre.',
      en: 'The “Enter Meeting Info” screen is in a frame (iframe): fill in “Your Name”, then “Join”; Vigie asks first, in the frame.',
    },
    frame: { selector: 'iframe#webclient', fixture: 'webapp-prejoin-en' },
    steps: [
      { kind: 'type', selector: '#input-for-name', text: 'Jeanne Dupont', what: { fr: 'Saisi « Jeanne Dupont » dans « Your Name » (dans le cadre)', en: 'Typed “Jeanne Dupont” in “Your Name” (in the frame)' } },
      { kind: 'click', selector: 'button.preview-join-button', what: { fr: 'Cliqué « Join » (dans le cadre)', en: 'Clicked “Join” (in the frame)' } },
    ],
    expectRules: ['no-personal-data', 'no-sensitive-data', 'identify-participants'],
    expectConfirm: true,
  },
  {
    id: 'join-launch-2026',
    fixture: 'join-launch-2026',
    url: 'https://zoom.us/j/81234567890?fixture=join-launch-2026',
    service: 'zoom',
    context: 'join',
    title: { fr: 'Page de lancement 2026 : « Join from browser »', en: '2026 launch page: “Join from browser”' },
    hint: {
      fr: '« Join from browser » passe par zoom.us/wc/join/… puis l’application web app.zoom.us : Vigie y suit la page.',
      en: '“Join from browser” goes through zoom.us/wc/join/… to the app.zoom.us web app: Vigie follows.',
    },
    through: ['webclient-redirect'],
    steps: [
      { kind: 'click', selector: '#join-from-browser', what: { fr: 'Cliqué « Join from browser »', en: 'Clicked “Join from browser”' } },
    ],
    expectRules: ['no-personal-data', 'no-sensitive-data', 'identify-participants'],
  },
  {
    id: 'webapp-home',
    fixture: 'webapp-home',
    url: 'https://app.zoom.us/wc/home',
    service: 'zoom',
    context: 'webclient',
    title: { fr: 'Application web : fenêtre « Join Meeting »', en: 'Web app: the “Join Meeting” window' },
    hint: {
      fr: '« Join », saisissez un ID de réunion, « Join » : la fenêtre ouvre l’écran avant d’entrer, où Vigie demande.',
      en: '“Join”, type a meeting ID, “Join”: the window opens the pre-join screen, where Vigie asks.',
    },
    steps: [
      { kind: 'click', selector: '#home-join', what: { fr: 'Cliqué « Join »', en: 'Clicked “Join”' } },
      { kind: 'type', selector: '#join-meeting-modal-meeting-id', text: '81234567890', what: { fr: 'Saisi l’ID de réunion', en: 'Typed the meeting ID' } },
    ],
    expectRules: ['no-personal-data', 'identify-participants'],
  },
  {
    id: 'meetings-pmi',
    fixture: 'meetings',
    url: 'https://zoom.us/meeting#/pmi/1234567890',
    service: 'zoom',
    context: 'meetings',
    title: { fr: 'Mes réunions : salle de réunion personnelle', en: 'My meetings: personal meeting room' },
    hint: {
      fr: 'Ouvrez l’onglet « Salle de réunion personnelle » : la page montre votre NPR et Vigie le signale.',
      en: 'Open the “Salle de réunion personnelle” tab: the page shows your PMI and Vigie flags it.',
    },
    steps: [],
    expectRules: ['no-pmi'],
  },
  {
    id: 'settings-recording',
    fixture: 'settings-fr',
    url: 'https://zoom.us/profile/setting',
    service: 'zoom',
    context: 'meeting-settings',
    title: { fr: 'Paramètres : enregistrement dans le cloud activé', en: 'Settings: cloud recording turned on' },
    hint: {
      fr: 'Ouvrez l’onglet « Enregistrement » : l’enregistrement dans le cloud est activé et Vigie le signale.',
      en: 'Open the “Enregistrement” (recording) tab: cloud recording is on and Vigie flags it.',
    },
    steps: [
      { kind: 'click', selector: '#tab-recording', what: { fr: 'Ouvert l’onglet « Enregistrement »', en: 'Opened the “Enregistrement” (recording) tab' } },
    ],
    expectRules: ['local-recording-only'],
  },
  {
    id: 'settings-meeting-en',
    fixture: 'settings-en',
    url: 'https://zoom.us/profile/setting?fixture=settings-en',
    service: 'zoom',
    context: 'meeting-settings',
    title: { fr: 'Paramètres (anglais) : salle d’attente désactivée', en: 'Settings (English): waiting room turned off' },
    hint: {
      fr: 'Désactivez « Waiting Room » dans l’onglet Meeting : Vigie signale la salle d’attente.',
      en: 'Turn off “Waiting Room” on the Meeting tab: Vigie flags the waiting room.',
    },
    steps: [
      { kind: 'click', selector: '#waiting_room', what: { fr: 'Désactivé « Waiting Room »', en: 'Turned off “Waiting Room”' } },
    ],
    expectRules: ['waiting-room'],
  },
  {
    id: 'settings-2026-recording',
    fixture: 'settings-2026-en',
    url: 'https://zoom.us/profile/setting?tab=recording&fixture=settings-2026-en',
    service: 'zoom',
    context: 'recording-settings',
    title: { fr: 'Paramètres de 2026 : enregistrement dans le cloud', en: '2026 settings: cloud recording' },
    hint: {
      fr: 'Interrupteurs de 2026 : « Cloud recording » est activé ; « Record to computer files » est l’enregistrement local.',
      en: '2026 switches: “Cloud recording” is on; “Record to computer files” is local recording.',
    },
    steps: [],
    expectRules: ['local-recording-only'],
  },
  {
    id: 'recordings',
    fixture: 'recordings',
    url: 'https://zoom.us/recording',
    service: 'zoom',
    context: 'recordings',
    title: { fr: 'Enregistrements dans le cloud', en: 'Cloud recordings' },
    hint: {
      fr: 'Liste des enregistrements dans le cloud : Vigie rappelle d’enregistrer en local et de limiter la conservation.',
      en: 'List of cloud recordings: Vigie reminds you to record locally and keep recordings only briefly.',
    },
    steps: [],
    // The cloud-recordings view shows cloud recording in use: "cloud recording selected or enabled".
    expectRules: ['local-recording-only'],
  },
  {
    id: 'download',
    fixture: 'download',
    url: 'https://zoom.us/download',
    service: 'zoom',
    context: 'download',
    title: { fr: 'Centre de téléchargement', en: 'Download centre' },
    hint: {
      fr: 'Vigie rappelle de n’installer que depuis la source officielle et de tenir le client à jour.',
      en: 'Vigie reminds you to install from the official source only and keep the client up to date.',
    },
    steps: [],
    expectRules: ['official-download'],
  },
  {
    id: 'portal',
    fixture: 'portal',
    url: 'https://zoom.us/',
    service: 'zoom',
    context: 'portal',
    title: { fr: 'Accueil du portail Zoom', en: 'Zoom portal home' },
    hint: {
      fr: 'Une autre page du portail Zoom : voyez le statut du service pour votre établissement.',
      en: 'Another page of the Zoom portal: see the service’s status for your institution.',
    },
    steps: [],
    expectRules: [],
  },
  {
    id: 'discord-register',
    fixture: 'discord-register',
    url: 'https://discord.com/register',
    service: 'discord',
    context: 'discord-signup',
    title: { fr: 'Création d’un compte Discord', en: 'Creating a Discord account' },
    hint: {
      fr: 'Vigie rappelle le consentement parental avant 16 ans et les solutions approuvées.',
      en: 'Vigie recalls parental consent under 16 and the approved alternatives.',
    },
    steps: [],
    expectRules: ['minor-consent'],
  },
  {
    id: 'discord-login',
    fixture: 'discord-login',
    url: 'https://discord.com/login',
    service: 'discord',
    context: 'discord',
    title: { fr: 'Connexion à Discord', en: 'Discord sign-in' },
    hint: {
      fr: 'Voyez le statut du service pour votre établissement.',
      en: 'See the service’s status for your institution.',
    },
    steps: [],
    expectRules: [],
  },
  {
    id: 'discord-app',
    fixture: 'discord-app',
    url: 'https://discord.com/channels/123456789/987654321',
    service: 'discord',
    context: 'discord-app',
    title: { fr: 'Salon de classe sur Discord', en: 'Class channel on Discord' },
    hint: {
      fr: 'Tapez un message avec une donnée sensible (« Lucas a un PAP, il sort à 15 h pour l’orthophoniste ») : Vigie le relève.',
      en: 'Type a message with sensitive data (“Lucas a un PAP, il sort à 15 h pour l’orthophoniste”): Vigie picks it up.',
    },
    steps: [
      { kind: 'type', selector: '#message-input', text: 'Lucas a un PAP, il sort à 15 h pour l’orthophoniste', what: { fr: 'Saisi « Lucas a un PAP, il sort à 15 h pour l’orthophoniste » dans le message', en: 'Typed “Lucas a un PAP, il sort à 15 h pour l’orthophoniste” in the message box' } },
    ],
    expectRules: ['minor-consent', 'sensitive-data-detected'],
    expectSensitive: ['health'],
  },
];

/** Screenshots suggested for the README (copied to docs/demo/ with `--update-docs`). */
export const README_SCENARIOS = ['schedule-fr-sensitive', 'schedule-en-cloud', 'signup-fr'] as const;

export function findScenario(id: string): DemoScenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
