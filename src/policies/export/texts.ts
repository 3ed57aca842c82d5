/**
 * What each policy key means, in French and English, for the administrative templates (ADML explain texts)
 * and the administration page. Keyed by schema path (`enforcement.zoom`); the keys, types, enums and
 * limits themselves come from managed_schema.json (a test checks that every schema key has its text here).
 * The English title falls back to the schema's `title` when a key has no entry yet.
 */
import type { Lang } from '../types';

export interface KeyText {
  title: Record<Lang, string>;
  explain: Record<Lang, string>;
}

export const KEY_TEXTS: Record<string, KeyText> = {
  profile: {
    title: { fr: 'Profil d’établissement', en: 'Institution profile' },
    explain: {
      fr: 'Profil intégré à Vigie dont viennent les règles, les alternatives et les contacts. Il s’impose au choix de l’utilisateur.',
      en: 'Bundled profile that provides the rules, alternatives and contacts. It overrides the user’s choice.',
    },
  },
  institutionName: {
    title: { fr: 'Nom de l’établissement', en: 'Institution name' },
    explain: { fr: 'Nom affiché dans les messages de Vigie (200 caractères au plus).', en: 'Name shown in Vigie’s messages (at most 200 characters).' },
  },
  enforcement: {
    title: { fr: 'Niveau d’application par service', en: 'Enforcement per service' },
    explain: {
      fr: 'inform : le panneau de Vigie seulement ; warn : en plus, une confirmation avant Enregistrer ou Rejoindre quand des règles ne sont pas respectées ; block : les pages du service sont remplacées par la page de blocage de Vigie.',
      en: 'inform: Vigie’s panel only; warn: also a confirmation before Save or Join when rules are not met; block: the service’s pages are replaced by Vigie’s block page.',
    },
  },
  'enforcement.zoom': {
    title: { fr: 'Zoom : niveau d’application', en: 'Zoom: enforcement' },
    explain: { fr: 'Niveau appliqué sur zoom.us, zoom.com, zoomgov.com et leurs sous-domaines.', en: 'Level applied on zoom.us, zoom.com, zoomgov.com and their subdomains.' },
  },
  'enforcement.discord': {
    title: { fr: 'Discord : niveau d’application', en: 'Discord: enforcement' },
    explain: { fr: 'Niveau appliqué sur discord.com, discordapp.com et leurs sous-domaines.', en: 'Level applied on discord.com, discordapp.com and their subdomains.' },
  },
  allowBypass: {
    title: { fr: 'Autoriser « Continuer quand même »', en: 'Allow “Continue anyway”' },
    explain: {
      fr: 'Activé : la page de blocage propose de continuer, pour cet onglet seulement. Désactivé : aucun passage possible.',
      en: 'Enabled: the block page offers to continue, for that tab only. Disabled: no way through.',
    },
  },
  institutionEmailDomains: {
    title: { fr: 'Domaines des adresses professionnelles', en: 'Institution e-mail domains' },
    explain: {
      fr: 'Un domaine par ligne (sous-domaines compris), par exemple ac-aix-marseille.fr ; 100 au plus.',
      en: 'One domain per line (subdomains included), e.g. ac-aix-marseille.fr; at most 100.',
    },
  },
  approvedHosts: {
    title: { fr: 'Hôtes Zoom institutionnels approuvés', en: 'Approved institutional Zoom hosts' },
    explain: { fr: 'Un hôte exact par ligne, par exemple grenoble-inp.zoom.us ; 100 au plus.', en: 'One exact host per line, e.g. grenoble-inp.zoom.us; at most 100.' },
  },
  alternatives: {
    title: { fr: 'Alternatives approuvées', en: 'Approved alternatives' },
    explain: {
      fr: 'Texte JSON : une liste d’objets {"id", "name", "url" (https), "purpose", "audience", "limits"} dont les trois derniers sont {"fr": …, "en": …} ; 50 au plus. Exemple : [{"id":"visio","name":"Visio de l’établissement","url":"https://visio.example.fr/"}]',
      en: 'JSON text: a list of objects {"id", "name", "url" (https), "purpose", "audience", "limits"}, the last three being {"fr": …, "en": …}; at most 50. Example: [{"id":"visio","name":"School video","url":"https://visio.example.fr/"}]',
    },
  },
  alternativesMode: {
    title: { fr: 'Mode des alternatives', en: 'Alternatives mode' },
    explain: {
      fr: 'append : ajoutées à celles du profil (un même id remplace celle du profil) ; replace : remplacent celles du profil.',
      en: 'append: added to the profile’s (the same id replaces the profile’s one); replace: replace the profile’s.',
    },
  },
  disabledRules: {
    title: { fr: 'Règles désactivées', en: 'Disabled rules' },
    explain: { fr: 'Un identifiant de règle par ligne.', en: 'One rule id per line.' },
  },
  dpoContact: {
    title: { fr: 'Délégué à la protection des données', en: 'Data protection officer' },
    explain: { fr: 'Contact affiché avec les règles et sur la page de blocage.', en: 'Contact shown with the rules and on the block page.' },
  },
  'dpoContact.name': {
    title: { fr: 'DPO : nom', en: 'DPO: name' },
    explain: { fr: 'Nom du délégué ou du service.', en: 'Name of the officer or the office.' },
  },
  'dpoContact.email': {
    title: { fr: 'DPO : adresse électronique', en: 'DPO: e-mail address' },
    explain: { fr: 'Par exemple dpo@ac-exemple.fr.', en: 'For example dpo@ac-exemple.fr.' },
  },
  'dpoContact.url': {
    title: { fr: 'DPO : page web', en: 'DPO: web page' },
    explain: { fr: 'Adresse https:// seulement.', en: 'https:// address only.' },
  },
  'dpoContact.phone': {
    title: { fr: 'DPO : téléphone', en: 'DPO: phone' },
    explain: { fr: 'Par exemple +33 4 00 00 00 00.', en: 'For example +33 4 00 00 00 00.' },
  },
  helpUrl: {
    title: { fr: 'Adresse d’assistance', en: 'Help URL' },
    explain: { fr: 'Page d’aide de l’établissement, https:// seulement.', en: 'The institution’s help page, https:// only.' },
  },
  lockUserSettings: {
    title: { fr: 'Verrouiller les réglages de l’utilisateur', en: 'Lock user settings' },
    explain: {
      fr: 'Activé : l’utilisateur ne peut pas choisir un autre profil dans les options de Vigie.',
      en: 'Enabled: the user cannot choose another profile in Vigie’s options.',
    },
  },
  allowAutoFix: {
    title: { fr: 'Proposer les corrections', en: 'Offer fixes' },
    explain: {
      fr: 'Activé (par défaut) : Vigie propose de corriger un réglage de la page d’un clic sur la commande du service. Désactivé : les repères et « Afficher » restent, les corrections ne sont pas proposées.',
      en: 'Enabled (default): Vigie offers to fix a page setting with a click on the service’s own control. Disabled: markers and “Show” remain, fixes are not offered.',
    },
  },
  acknowledgementTtlHours: {
    title: { fr: 'Durée de « J’ai compris » (heures)', en: '“Got it” lifetime (hours)' },
    explain: { fr: 'Combien de temps « J’ai compris » masque un rappel (0 à 8760 heures).', en: 'How long “Got it” hides a reminder (0 to 8760 hours).' },
  },
};

/** Labels of enum values (the value itself is shown when none is given here). */
export const VALUE_TEXTS: Record<string, Record<Lang, string>> = {
  inform: { fr: 'inform — informer', en: 'inform' },
  warn: { fr: 'warn — avertir et demander confirmation', en: 'warn — warn and ask for confirmation' },
  block: { fr: 'block — bloquer', en: 'block' },
  append: { fr: 'append — ajouter à celles du profil', en: 'append — add to the profile’s' },
  replace: { fr: 'replace — remplacer celles du profil', en: 'replace — replace the profile’s' },
};

export function keyText(path: string, lang: Lang, fallback: { title?: string; description?: string } = {}): { title: string; explain: string } {
  const text = KEY_TEXTS[path];
  if (text) return { title: text.title[lang], explain: text.explain[lang] };
  return { title: fallback.title ?? path, explain: fallback.description ?? '' };
}
