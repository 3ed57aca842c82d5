import type { ContextId } from './contract';
import type { PageObservations } from './observations';
import { matchesAny, normalizeText, normalizeWords } from './text';

/**
 * Reads Zoom's forms by what a person sees (DEVELOPERS.md): every checkbox, radio and switch of the page
 * is collected whatever its implementation — native `<input>`, `role=checkbox|radio|switch` with
 * `aria-checked`, or a component library that hides the real input and marks the state with classes
 * (Zoom's Vue portal: `label.zoom-checkbox` + `input.zoom-checkbox__original` + `is-checked`,
 * `div[role=radio].zoom-radio__inner`, `zm-switch`…) — then named by its accessible name or the text
 * next to it, in French or English, and matched against the options Vigie cares about.
 *
 * Decisions:
 * - A control that is not shown (`hidden`, `type=hidden`, inline `display:none`/`visibility:hidden`,
 *   a hiding class such as `hidden`/`d-none`, `aria-hidden=true` on the control itself) is ignored:
 *   absent ⇒ undefined, never "off".
 * - …except when it sits in a *collapsed* region (Zoom's advanced options behind "Show"/"Afficher",
 *   a closed `<details>`, a region whose `aria-controls` button says `aria-expanded=false`, a class such
 *   as `collapse`/`advanced-options`): those options are still the form's state and will be saved with it.
 * - `aria-hidden=true` on an *ancestor* does not hide: modal dialogs put it on the whole page.
 * - State: `aria-checked` when present; otherwise the native input's `checked` OR a state class
 *   (`is-checked`, `checked`, `*-checked`, `is-on`, `data-state=checked`…) on the component.
 * - No `getComputedStyle` on every control: attribute checks first; `checkVisibility()` only for the
 *   few controls that matched an option.
 * - Everything is wrapped so that odd DOM never throws: a failure yields `{}`.
 */

// ——— public API ———

export type FormStateRoot = Document | ShadowRoot | Element | DocumentFragment;

/** The form state visible on the page, for the fields that the context can show. */
export function readFormState(root: FormStateRoot, context: ContextId | null): Partial<PageObservations> {
  const out: Partial<PageObservations> = {};
  if (context === 'recordings' && root) {
    // The cloud-recordings list is where cloud recording shows it is in use on this account.
    try {
      if (showsCloudRecordings(root)) out.cloudRecordingEnabled = true;
    } catch {
      return {};
    }
    return out;
  }
  if (!root || !context || !TOGGLE_CONTEXTS.has(context)) return out;
  try {
    const toggles = collectToggles(root);
    const pmi = readPmiSelected(toggles);
    if (pmi !== undefined) out.pmiSelected = pmi;
    const wr = readOnOff(toggles, WAITING_ROOM);
    if (wr !== undefined) out.waitingRoom = wr;
    const pc = readOnOff(toggles, PASSCODE);
    if (pc !== undefined) out.passcode = pc;
    const rec = readAutoRecording(toggles);
    if (rec !== undefined) out.autoRecording = rec;
    const cloud = readOnOff(toggles, CLOUD_RECORDING);
    if (cloud !== undefined) out.cloudRecordingEnabled = cloud === 'on';
    const auth = readOnOff(toggles, REQUIRE_AUTH);
    if (auth !== undefined) out.requireAuthentication = auth;
    if (context === 'meetings') out.showsPmi = pageShowsPmi(root);
  } catch {
    return {};
  }
  return out;
}

const CLOUD_RECORDINGS_LABEL =
  /^(cloud recordings?|recordings? in the cloud|enregistrements? (dans le|sur le|en) (cloud|nuage)|enregistrements? cloud)\b/;

/** The recordings page shows its cloud-recordings view: a selected tab, or the current navigation entry, says so. */
function showsCloudRecordings(root: FormStateRoot): boolean {
  for (const el of root.querySelectorAll('[role="tab"][aria-selected="true"], [aria-current="page"], [aria-current="true"], .is-active, .active')) {
    if (CLOUD_RECORDINGS_LABEL.test(normalizeWords(el.textContent ?? ''))) return true;
  }
  return false;
}

/**
 * Sign-up / sign-in pages: the domain (lower case) of the e-mail typed in an e-mail field, once it looks
 * like `name@domain.tld`. The focused field wins; otherwise the first e-mail field holding an address.
 */
export function findEmailDomain(root: FormStateRoot, context: ContextId | null): string | undefined {
  if (!root || !context || !EMAIL_CONTEXTS.has(context)) return undefined;
  try {
    const fields = [...root.querySelectorAll('input')].filter((el) => isEmailField(el));
    const doc = ownerDocument(root);
    const active = doc?.activeElement;
    const ordered = active && fields.includes(active as HTMLInputElement) ? [active as HTMLInputElement, ...fields] : fields;
    for (const field of ordered) {
      const domain = emailDomainOf(field.value);
      if (domain) return domain;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** The domain of `value` when it is a plausible e-mail address (`x@domain.tld`), lower case. */
export function emailDomainOf(value: string | null | undefined): string | undefined {
  const v = (value ?? '').trim();
  const m = /^[^\s@<>()[\],;:"]+@((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,63})\.?$/u.exec(v);
  return m ? (m[1] ?? '').toLowerCase() : undefined;
}

/** An input where a person types an e-mail address (type, autocomplete, name/id, label or placeholder). */
export function isEmailField(el: Element | null | undefined): boolean {
  try {
    if (!el || !isInput(el)) return false;
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'email') return true;
    if (!TEXT_TYPES.has(type)) return false;
    const autocomplete = (el.getAttribute('autocomplete') ?? '').toLowerCase();
    if (/\b(email|username)\b/.test(autocomplete)) return true;
    const ident = `${el.id} ${el.getAttribute('name') ?? ''}`.toLowerCase();
    if (/e[-_]?mail|courriel|login[-_]?id/.test(ident)) return true;
    const names = [el.getAttribute('aria-label'), el.getAttribute('placeholder'), ...nativeLabelTexts(el), ariaLabelledByText(el)];
    return names.some((n) => EMAIL_LABEL.test(normalizeWords(n)));
  } catch {
    return false;
  }
}

/**
 * True when `el` (or its closest button-like ancestor) is the control that commits what the person did:
 * the schedule form's Save in the `schedule` context, the web client's Join in `webclient`.
 */
export function isConfirmableSubmit(el: Element | null | undefined, context: ContextId | null): boolean {
  try {
    if (!el || !context) return false;
    const control = el.closest('button, [role="button"], input[type="submit"], input[type="button"], input[type="image"], a') ?? el;
    if (isDisabled(control)) return false;
    const name = controlName(control);
    if (context === 'schedule') {
      if (CANCEL_LIKE.test(name)) return false;
      if (SAVE_NAMES.test(name)) return true;
      const id = `${control.id} ${control.getAttribute('class') ?? ''}`.toLowerCase();
      if (/(^|[\s_-])(schedule_btn|btn-save|save-btn|submit)(\s|$)/.test(id)) return true;
      const type = (control.getAttribute('type') ?? '').toLowerCase();
      return type === 'submit' && !!control.closest('form') && !name.startsWith('show') && !name.startsWith('afficher');
    }
    // SPEC: the acknowledgement is asked before the web client's Join. The launch and "join by ID" pages
    // only lead there (or to the desktop app): they are not interrupted.
    if (context === 'webclient') {
      if (control.matches('.preview-join-button, #joinBtn, .joinWindowBtn')) return true;
      return JOIN_NAMES.test(name);
    }
    return false;
  } catch {
    return false;
  }
}

/**
 * A field whose typed text the sensitive-data scanner reads: text-like inputs, textareas and editable
 * regions — not e-mail, password, hidden, number… fields, nor the sign-up e-mail field.
 */
export function isScannableField(el: Element | null | undefined): boolean {
  try {
    if (!el) return false;
    if (isTextArea(el)) return !el.disabled;
    if (isInput(el)) {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      if (!TEXT_TYPES.has(type)) return false;
      if (el.disabled) return false;
      return !isEmailField(el);
    }
    const editable = el.closest('[contenteditable]');
    if (!editable) return false;
    const v = (editable.getAttribute('contenteditable') ?? '').toLowerCase();
    return v !== 'false';
  } catch {
    return false;
  }
}

// ——— vocabulary (patterns are written against `normalizeWords` output) ———

const TOGGLE_CONTEXTS = new Set<ContextId>(['schedule', 'meetings', 'meeting-settings', 'recording-settings', 'portal']);
const EMAIL_CONTEXTS = new Set<ContextId>(['signup', 'signin', 'discord-signup', 'discord']);

const TEXT_TYPES = new Set(['text', 'search', 'url', '']);

const EMAIL_LABEL = /\b(e ?mail|adresse (e ?mail|electronique|mail|de messagerie)|courriel|work email|email address|adresse courriel|mel)\b/;

const SAVE_NAMES = /^(save|save meeting|save changes|enregistrer|enregistrer la reunion|enregistrer les modifications|sauvegarder|schedule|schedule meeting|programmer|programmer la reunion|planifier|planifier la reunion|valider|ok|done|terminer|save and continue)$/;
const CANCEL_LIKE = /^(cancel|annuler|close|fermer|back|retour|show|hide|afficher|masquer|delete|supprimer)\b/;
const JOIN_NAMES = /^(join|join meeting|join webinar|join now|rejoindre|rejoindre la reunion|rejoindre le webinaire|rejoindre maintenant|participer|participer a la reunion)$/;

const NOISE_LABEL = /^(on|off|toggle|switch|enabled|disabled|enable|disable|active|inactive|activer|desactiver|activee?|desactivee?|oui|non|yes|no|checkbox|radio|\d+)?$/;

interface OptionVocabulary {
  /** Tested against every candidate name of a control (anchored patterns). */
  exact: RegExp[];
  /** Tested against the control's main name only, unless `exclude` matches it. */
  loose: RegExp[];
  exclude: RegExp[];
  /** Which kinds of control may carry the option. */
  kinds: ToggleKind[];
}

const PMI_WORDS = String.raw`(personal meeting id|personal meeting id pmi|pmi|personal id|(n ?o|no|numero|id|identifiant)( de)? personnel de reunion( npr| pmi)?|(n ?o|no|numero|id|identifiant) de reunion personnel(le)?( npr| pmi)?|identifiant personnel( npr)?|npr)`;
const PMI: OptionVocabulary = {
  exact: [new RegExp(`^(use |utiliser )?(my |mon |le |votre |your )?${PMI_WORDS}( [\\d ]{6,})?$`)],
  loose: [/\b(personal meeting id|pmi|npr|personnel de reunion|reunion personnelle|identifiant personnel)\b/],
  exclude: [/\b(passcode|password|code|mot de passe|instant|instantanee?s?|enable|activer|require|exiger|allow|autoriser|link|lien|change|modifier|customi[sz]e|personnaliser)\b/],
  kinds: ['radio', 'checkbox', 'switch'],
};
const GENERATE: OptionVocabulary = {
  exact: [/^(generate|generated|generer|genere|generation) automatiquement$|^(generate|generated) automatically$|^automatically generated?$|^(auto generate|auto generated|generer automatiquement un id|generate automatically a meeting id)$/],
  loose: [/\b(generated? automatically|automatically generated?|generer automatiquement|genere automatiquement|generation automatique)\b/],
  exclude: [],
  kinds: ['radio', 'checkbox'],
};
const WAITING_ROOM: OptionVocabulary = {
  exact: [/^(enable |activer |use |utiliser )?(the |la |une |a )?(waiting room|salle d attente)( enabled| activee| on)?$/],
  loose: [/\b(waiting room|salle d attente)\b/],
  exclude: [
    /\b(option|options|bypass|contourner|ignorer|skip|customi[sz]e|personnali[sz]er|message|title|titre|logo|description|join before|rejoindre avant|avant l arrivee|allow|autoriser|permettre|move|deplacer|place|placer|admit|admettre|chat|discussion|breakout|reconnect|notification|expuls)\b/,
  ],
  kinds: ['checkbox', 'switch'],
};
const PASSCODE_WORDS = String.raw`(passcode|password|code secret|code d acces|mot de passe|code de reunion|meeting passcode|meeting password)`;
const PASSCODE: OptionVocabulary = {
  exact: [
    new RegExp(`^(require (a )?|use (a )?|exiger (un )?|utiliser (un )?|activer (le )?)?${PASSCODE_WORDS}( required| requis| obligatoire)?$`),
    new RegExp(`^(require|exiger) (a |un )?${PASSCODE_WORDS} (when scheduling new meetings|lors de la programmation (de|des) (nouvelles )?reunions|pour les nouvelles reunions programmees|for scheduled meetings|pour les reunions programmees)$`),
  ],
  loose: [/\b(passcode|password|code secret|code d acces|mot de passe)\b/],
  exclude: [
    /\b(embed|integrer|incorporer|phone|telephone|telephonique|dial|pmi|npr|personnel|personal|instant|instantanee?s?|webinar|webinaire|recording|recordings|enregistrement|enregistrements|encrypt|encrypted|chiffre|link|lien|weak|faible|reset|reinitialiser|change|modifier|show|afficher|hide|masquer|length|longueur|character|characters|caracteres|room|rooms|salle|sip|h 323|h323|cloud|share|partage)\b/,
  ],
  kinds: ['checkbox', 'switch'],
};
const AUTO_REC_WORDS = String.raw`(record (the )?meeting automatically|automatically record( the)?( meeting)?( on the local computer| in the cloud| to the cloud)?|automatic recording|auto recording|auto record|enregistrer (la reunion )?automatiquement( la reunion)?( sur l ordinateur local| dans le cloud| sur le cloud)?|enregistrement automatique|enregistrer automatiquement)`;
const AUTO_REC: OptionVocabulary = {
  exact: [new RegExp(`^${AUTO_REC_WORDS}$`)],
  loose: [new RegExp(`\\b${AUTO_REC_WORDS}\\b`)],
  exclude: [/\b(notification|notifications|consent|consentement|disclaimer|avis|message|prompt|invite|alert|alerte)\b/],
  kinds: ['checkbox', 'switch'],
};
const REC_TARGET_LOCAL = /\b(local computer|ordinateur local|this computer|cet ordinateur|locally|localement|en local|local|on my computer|sur mon ordinateur)\b/;
const REC_TARGET_CLOUD = /\b(cloud|nuage|infonuagique)\b/;
const REC_TARGET_SHORT = /^((record )?(on|in|to) (the )?(local computer|cloud)|(enregistrer )?(sur|dans) (l ordinateur local|le cloud)|local|cloud|locally|localement|en local)$/;
const CLOUD_RECORDING: OptionVocabulary = {
  exact: [
    /^(enable |allow |activer (l )?|autoriser (l )?)?(cloud recording|cloud recordings|recording (in|to) the cloud|enregistrement (dans|sur|en) (le )?(cloud|nuage)|enregistrements (dans|sur) le cloud|enregistrement cloud|enregistrement infonuagique|enregistrer (dans|sur) le cloud)$/,
  ],
  loose: [],
  exclude: [],
  kinds: ['checkbox', 'switch'],
};
const REQUIRE_AUTH: OptionVocabulary = {
  exact: [/^(require authentication to join|requires authentication to join|exiger une authentification pour rejoindre|exiger l authentification pour rejoindre)$/],
  loose: [
    /\b(require (meeting |participant )?authentication|authentication (is )?required|only authenticated (users|meeting participants|participants)|exiger (une |l )?authentification|authentification (requise|obligatoire)|seuls les (utilisateurs|participants) authentifies|utilisateurs authentifies peuvent)\b/,
  ],
  exclude: [/\b(exception|exceptions|recording|recordings|enregistrement|enregistrements|cloud|view|voir|consulter|phone|telephone)\b/],
  kinds: ['checkbox', 'switch'],
};

/** Legacy portal ids (server-rendered form `#schedule_form`) → a name the vocabulary knows. */
const LEGACY_IDS: Record<string, string> = {
  option_waiting_room: 'waiting room',
  optionschedulewithpmi: 'personal meeting id',
  option_pmi: 'personal meeting id',
  option_use_pmi: 'personal meeting id',
  optiononetimeid: 'generate automatically',
  option_autorec: 'record the meeting automatically',
  option_auto_recording: 'record the meeting automatically',
  option_autorec_local: 'on the local computer',
  option_autorec_cloud: 'in the cloud',
  option_password: 'passcode',
  option_passcode: 'passcode',
  option_mtg_password: 'passcode',
  option_rm_password: 'passcode',
  option_enforce_login: 'require authentication to join',
  option_authenticated_users: 'require authentication to join',
  option_only_auth: 'require authentication to join',
};

// ——— toggles: collection, state, names ———

type ToggleKind = 'checkbox' | 'radio' | 'switch';
type Shown = 'visible' | 'collapsed' | 'hidden';

interface Toggle {
  /** The component: the element that holds the control and its own label. */
  root: Element;
  members: Element[];
  kind: ToggleKind;
  checked: boolean;
  /** Candidate names, normalised to words, strongest first. */
  names: string[];
  /** First meaningful name. */
  primary: string;
  shown?: Shown;
}

const PRIMARY_SELECTOR =
  'input[type="checkbox"], input[type="radio"], input[type="CHECKBOX"], input[type="RADIO"], [role="checkbox"], [role="radio"], [role="switch"], [role="menuitemcheckbox"], [role="menuitemradio"]';
const CLASS_SELECTOR =
  'zm-switch, zoom-switch, zm-checkbox, zoom-checkbox, zm-radio, zoom-radio, [class*="switch"], [class*="checkbox"], [class*="radio"], [class*="toggle"]';
const COMPONENT_CLASS = /^(?:[a-z0-9]+[-_])*(?:checkbox|radio|switch|toggle)(?:[-_](?:wrapper|wrap|box|button|btn|container|item|control))?$/i;
const COMPONENT_TAGS = new Set(['zm-switch', 'zoom-switch', 'zm-checkbox', 'zoom-checkbox', 'zm-radio', 'zoom-radio', 'label']);
const NOT_STATE = /^(not|un|no|non)[-_]/;
const STATE_CLASS = /^(is-)?(checked|on|selected)$|[-_](checked|check|on)$|^(zm|zoom|el|ant|mui)-[a-z-]*(checked|check)$/i;

function classTokens(el: Element): string[] {
  const c = el.getAttribute('class');
  return c ? c.split(/\s+/).filter(Boolean) : [];
}

function isComponentLike(el: Element): boolean {
  return COMPONENT_TAGS.has(el.localName) || hasComponentClass(el);
}

function hasComponentClass(el: Element): boolean {
  if (COMPONENT_TAGS.has(el.localName) && el.localName !== 'label') return true;
  return classTokens(el).some((t) => COMPONENT_CLASS.test(t) && !/^(navbar|dropdown|menu|nav|sidebar|accordion)[-_]/i.test(t));
}

function isInput(el: Element): el is HTMLInputElement {
  return el.localName === 'input';
}

function isTextArea(el: Element): el is HTMLTextAreaElement {
  return el.localName === 'textarea';
}

function isNativeToggle(el: Element): el is HTMLInputElement {
  if (!isInput(el)) return false;
  const t = (el.getAttribute('type') ?? '').toLowerCase();
  return t === 'checkbox' || t === 'radio';
}

function countPrimaries(el: Element): { native: number; role: number } {
  let native = 0;
  let role = 0;
  const all = [el, ...el.querySelectorAll(PRIMARY_SELECTOR)];
  for (const e of all) {
    if (!e.matches(PRIMARY_SELECTOR)) continue;
    if (isNativeToggle(e)) native++;
    else role++;
  }
  return { native, role };
}

/**
 * The component root of a control: the highest component-like ancestor (a `label`, or a class such as
 * `zoom-checkbox`, `zm-switch`, `el-radio`) that holds only this control, crossing at most one plain
 * wrapper in between (`span.zoom-checkbox__input`).
 */
function componentRoot(control: Element): Element {
  let root = control;
  let plain = 0;
  let cur = control.parentElement;
  for (let depth = 0; cur && depth < 4; depth++, cur = cur.parentElement) {
    if (cur.localName === 'body' || cur.localName === 'form' || cur.localName === 'html') break;
    if (!singleControl(cur)) break;
    if (isComponentLike(cur)) {
      root = cur;
      plain = 0;
    } else if (++plain > 1) break;
  }
  return root;
}

function singleControl(el: Element): boolean {
  const { native, role } = countPrimaries(el);
  return native <= 1 && role <= 1;
}

function collectToggles(root: FormStateRoot): Toggle[] {
  const byRoot = new Map<Element, Element[]>();
  const order: Element[] = [];
  const add = (rootEl: Element, member: Element): void => {
    const list = byRoot.get(rootEl);
    if (list) list.push(member);
    else {
      byRoot.set(rootEl, [member]);
      order.push(rootEl);
    }
  };
  const primaries = [...root.querySelectorAll(PRIMARY_SELECTOR)];
  for (const control of primaries) {
    if (isInput(control) && (control.getAttribute('type') ?? '').toLowerCase() === 'hidden') continue;
    add(componentRoot(control), control);
  }
  for (const el of root.querySelectorAll(CLASS_SELECTOR)) {
    if (byRoot.has(el) || !hasComponentClass(el)) continue;
    if (el.matches(PRIMARY_SELECTOR) || el.querySelector(PRIMARY_SELECTOR) || el.closest(PRIMARY_SELECTOR)) continue;
    // A container of other class-only components is not a control itself.
    if ([...el.querySelectorAll('*')].some((d) => isComponentLike(d))) continue;
    if ([...byRoot.keys()].some((r) => r.contains(el))) continue;
    add(componentRoot(el), el);
  }
  const toggles: Toggle[] = [];
  for (const r of order) {
    const members = byRoot.get(r) ?? [];
    const names = candidateNames(r, members);
    const primary = names.find((n) => !NOISE_LABEL.test(n)) ?? '';
    toggles.push({ root: r, members, kind: kindOf(r, members), checked: isChecked(r, members), names, primary });
  }
  // Document order (class-only components were appended after the primaries).
  return toggles.sort((a, b) => (a.root === b.root ? 0 : a.root.compareDocumentPosition(b.root) & 4 ? -1 : 1));
}

function kindOf(root: Element, members: Element[]): ToggleKind {
  for (const m of members) {
    const role = m.getAttribute('role');
    if (role === 'radio' || role === 'menuitemradio') return 'radio';
    if (role === 'switch') return 'switch';
    if (isNativeToggle(m) && (m.getAttribute('type') ?? '').toLowerCase() === 'radio') return 'radio';
  }
  const cls = [root, ...members].map((e) => `${e.localName} ${e.getAttribute('class') ?? ''}`).join(' ').toLowerCase();
  if (/radio/.test(cls)) return 'radio';
  if (/switch|toggle/.test(cls)) return 'switch';
  return 'checkbox';
}

function isChecked(root: Element, members: Element[]): boolean {
  for (const m of [...members, root]) {
    const aria = m.getAttribute('aria-checked');
    if (aria !== null) return aria === 'true' || aria === 'mixed';
  }
  for (const m of members) if (isNativeToggle(m) && m.checked) return true;
  for (const e of [root, ...root.querySelectorAll('*')]) {
    if (isNativeToggle(e) || e.matches(PRIMARY_SELECTOR)) {
      if (e !== root && !members.includes(e)) continue;
    }
    if (classTokens(e).some((t) => STATE_CLASS.test(t) && !NOT_STATE.test(t))) return true;
    const state = (e.getAttribute('data-state') ?? '').toLowerCase();
    if (state === 'checked' || state === 'on') return true;
    const data = e.getAttribute('data-checked');
    if (data === 'true' || data === '') return true;
    if (isComponentLike(e) && e.getAttribute('aria-pressed') === 'true') return true;
  }
  return false;
}

function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (e.localName === 'script' || e.localName === 'style' || e.localName === 'template') continue;
        if (e.localName === 'input' || e.localName === 'select' || e.localName === 'textarea') {
          out += ' ';
          continue;
        }
        out += ' ';
        walk(e);
        out += ' ';
      }
    }
  };
  walk(el);
  return out;
}

function ownerDocument(root: FormStateRoot | Node): Document | null {
  return (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
}

function byId(context: Element, id: string): Element | null {
  const rootNode = context.getRootNode() as Document | ShadowRoot;
  if (typeof (rootNode as Document).getElementById === 'function') return (rootNode as Document).getElementById(id);
  return null;
}

function ariaLabelledByText(el: Element): string {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => textOf(byId(el, id))).join(' ');
}

function nativeLabelTexts(el: Element): string[] {
  const texts: string[] = [];
  const id = el.id;
  if (id) {
    const rootNode = el.getRootNode() as Document | ShadowRoot;
    if (typeof rootNode.querySelectorAll === 'function') {
      for (const label of rootNode.querySelectorAll('label[for]')) {
        if (label.getAttribute('for') === id) texts.push(textOf(label));
      }
    }
  }
  const wrapping = el.parentElement?.closest('label');
  if (wrapping) texts.push(textOf(wrapping));
  return texts;
}

const MAX_NAME = 240;

function candidateNames(root: Element, members: Element[]): string[] {
  const strong: string[] = [];
  const weak: string[] = [];
  const push = (list: string[], raw: string | null | undefined): void => {
    const n = normalizeWords(raw);
    if (n && n.length <= MAX_NAME && !list.includes(n)) list.push(n);
  };
  const controls = [...members, root];
  for (const c of controls) push(strong, ariaLabelledByText(c));
  for (const c of controls) push(strong, c.getAttribute('aria-label'));
  for (const m of members) if (isNativeToggle(m)) for (const t of nativeLabelTexts(m)) push(strong, t);
  const labelPart = root.querySelector('[class*="__label"], [class*="-label"], [class*="_label"], label');
  if (labelPart) push(strong, textOf(labelPart));
  if (root !== members[0] || root.getAttribute('role')) push(strong, textOf(root));
  for (const m of members) if (m.getAttribute('role') && m !== root) push(strong, textOf(m));
  const meaningful = strong.some((n) => !NOISE_LABEL.test(n));
  if (!meaningful) {
    // The text next to the control: its following siblings, then the first texts of its row.
    let sib = root.nextElementSibling;
    for (let i = 0; sib && i < 2; i++, sib = sib.nextElementSibling) {
      if (sib.matches(PRIMARY_SELECTOR) || sib.querySelector(PRIMARY_SELECTOR) || isComponentLike(sib)) break;
      if (sib.localName === 'label' && sib.getAttribute('for') && sib.getAttribute('for') !== members[0]?.id) break;
      push(weak, textOf(sib));
    }
    for (const chunk of rowTexts(root)) push(weak, chunk);
    push(weak, root.getAttribute('title'));
  }
  const names = [...strong, ...weak];
  for (const m of [...members, root]) {
    const hint = LEGACY_IDS[(m.id || '').toLowerCase()] ?? LEGACY_IDS[(m.getAttribute('name') ?? '').toLowerCase()];
    if (hint && !names.includes(hint)) names.push(hint);
  }
  return names;
}

const INLINE_TAGS = new Set(['span', 'b', 'strong', 'em', 'i', 'a', 'small', 'label', 'abbr', 'code', 'mark', 'u', 'sup', 'sub', 'font']);

/**
 * The text around a control that has no label of its own: the first two blocks of text of the largest
 * ancestor (≤ 5 levels) that holds only this control; failing that (sub-options follow the control in
 * its row, as on the settings page), the blocks of text that precede it in its row.
 */
function rowTexts(root: Element): string[] {
  let row: Element | null = null;
  for (let cur = root.parentElement, depth = 0; cur && depth < 5; depth++, cur = cur.parentElement) {
    if (STOP_TAGS.has(cur.localName)) break;
    if ([...cur.querySelectorAll(PRIMARY_SELECTOR)].some((c) => !root.contains(c))) break;
    row = cur;
    if (textOf(cur).trim().length > 600) break;
  }
  const chunks = row ? textBlocks(row, root, false) : [];
  if (chunks.length) return chunks;
  for (let cur = root.parentElement, depth = 0; cur && depth < 4; depth++, cur = cur.parentElement) {
    if (STOP_TAGS.has(cur.localName)) break;
    const before = [...cur.querySelectorAll(PRIMARY_SELECTOR)].some((c) => !root.contains(c) && (c.compareDocumentPosition(root) & 4) !== 0);
    if (before) break;
    const found = textBlocks(cur, root, true);
    if (found.length) return found;
  }
  return [];
}

const STOP_TAGS = new Set(['body', 'form', 'html', 'main', 'section', 'fieldset']);

/** Up to two blocks of text in `row`, outside `root` (only those before it when `onlyBefore`). */
function textBlocks(row: Element, root: Element, onlyBefore: boolean): string[] {
  const doc = row.ownerDocument;
  if (!doc) return [];
  const chunks: string[] = [];
  const seen: Element[] = [];
  const walker = doc.createTreeWalker(row, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node && chunks.length < 2; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || root.contains(node) || !(node.nodeValue ?? '').trim()) continue;
    if (onlyBefore && (root.compareDocumentPosition(node) & 2) === 0) break;
    if (parent.closest('script, style, template')) continue;
    let block: Element = parent;
    while (block !== row && INLINE_TAGS.has(block.localName) && block.parentElement && block.parentElement !== row) block = block.parentElement;
    if (seen.some((s) => s.contains(block) || block.contains(s))) continue;
    seen.push(block);
    chunks.push(block.contains(root) || block === row ? node.nodeValue ?? '' : textOf(block));
  }
  return chunks;
}

// ——— visibility ———

const HIDING_CLASS = /^(hidden|d-none|is-hidden|hide|display-none|u-hidden|visually-hidden|sr-only|invisible|collapse|collapsed-content)$/;
const COLLAPSIBLE_HINT = /collaps|advanced|more[-_]?options?|options?[-_]?(more|list|panel|content|body|extra|wrapper|area)|extra[-_]?options|optional|accordion|expand|avance/i;
const SHOW_BUTTON = /^(show|afficher|more options|plus d options|show more options|show more|afficher plus|advanced options|options avancees|voir plus|plus|more|show options|afficher les options)$/;

function hidesByAttribute(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden|content-visibility\s*:\s*hidden)/i.test(style)) return true;
  const tokens = classTokens(el);
  if (tokens.includes('collapse') && (tokens.includes('show') || tokens.includes('in'))) return false;
  return tokens.some((t) => HIDING_CLASS.test(t));
}

function isCollapsibleRegion(el: Element): boolean {
  if (el.localName === 'details') return true;
  if (COLLAPSIBLE_HINT.test(`${el.id} ${el.getAttribute('class') ?? ''}`)) return true;
  const id = el.id;
  const doc = el.ownerDocument;
  if (id && doc) {
    for (const ctrl of doc.querySelectorAll('[aria-controls]')) {
      if ((ctrl.getAttribute('aria-controls') ?? '').split(/\s+/).includes(id)) return true;
    }
  }
  let prev = el.previousElementSibling;
  for (let i = 0; prev && i < 2; i++, prev = prev.previousElementSibling) {
    const buttons = prev.matches('button, [role="button"], a') ? [prev] : [...prev.querySelectorAll('button, [role="button"], a')];
    for (const b of buttons) {
      if (b.getAttribute('aria-expanded') === 'false') return true;
      if (SHOW_BUTTON.test(normalizeWords(textOf(b))) || SHOW_BUTTON.test(normalizeWords(b.getAttribute('aria-label')).split(' ').slice(0, 2).join(' '))) return true;
    }
  }
  return false;
}

function visibility(toggle: Toggle): Shown {
  if (toggle.shown) return toggle.shown;
  toggle.shown = computeVisibility(toggle);
  return toggle.shown;
}

function computeVisibility(toggle: Toggle): Shown {
  const { root, members } = toggle;
  for (const m of [root, ...members]) {
    if (!isNativeToggle(m) && m.getAttribute('role') && m.getAttribute('aria-hidden') === 'true') return 'hidden';
  }
  // A bare native input may be visually hidden on purpose (a custom box drawn by its label): look above it.
  const subject = isNativeToggle(root) ? root.parentElement : root;
  if (!subject) return 'visible';
  let result: Shown = 'visible';
  for (let a: Element | null = subject; a; a = parentAcrossShadow(a)) {
    if (a.localName === 'details' && !a.hasAttribute('open') && !subject.closest('summary')) result = 'collapsed';
    if (hidesByAttribute(a)) {
      if (isCollapsibleRegion(a)) result = 'collapsed';
      else return 'hidden';
    }
  }
  if (result === 'visible') {
    const target = subject as Element & { checkVisibility?: () => boolean };
    if (typeof target.checkVisibility === 'function' && !target.checkVisibility()) {
      const view = subject.ownerDocument?.defaultView;
      if (!view) return 'visible';
      for (let a: Element | null = subject; a; a = a.parentElement) {
        const cs = view.getComputedStyle(a);
        if (cs.display === 'none' || cs.visibility === 'hidden') return isCollapsibleRegion(a) ? 'collapsed' : 'hidden';
      }
    }
  }
  return result;
}

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const rootNode = el.getRootNode() as ShadowRoot;
  return rootNode && (rootNode as ShadowRoot).host ? (rootNode as ShadowRoot).host : null;
}

// ——— matching ———

function matchesExact(t: Toggle, v: OptionVocabulary): boolean {
  return t.names.some((n) => matchesAny(n, v.exact));
}

function matchesLoose(t: Toggle, v: OptionVocabulary): boolean {
  return !!t.primary && t.primary.length <= 160 && matchesAny(t.primary, v.loose) && !matchesAny(t.primary, v.exclude);
}

/** The toggles showing an option: exact names first, then loose ones; visible before collapsed. */
function find(toggles: Toggle[], v: OptionVocabulary, except: Toggle[] = []): Toggle[] {
  const eligible = toggles.filter((t) => v.kinds.includes(t.kind) && !except.includes(t));
  let found = eligible.filter((t) => matchesExact(t, v));
  if (!found.some((t) => visibility(t) !== 'hidden')) found = eligible.filter((t) => matchesLoose(t, v));
  const shown = found.filter((t) => visibility(t) !== 'hidden');
  return [...shown.filter((t) => visibility(t) === 'visible'), ...shown.filter((t) => visibility(t) === 'collapsed')];
}

function readOnOff(toggles: Toggle[], v: OptionVocabulary): 'on' | 'off' | undefined {
  const t = find(toggles, v)[0];
  return t ? (t.checked ? 'on' : 'off') : undefined;
}

function readPmiSelected(toggles: Toggle[]): boolean | undefined {
  const pmi = find(toggles, PMI);
  if (pmi.length) return pmi.some((t) => t.checked);
  const generate = find(toggles, GENERATE);
  if (generate.length) return false;
  return undefined;
}

function readAutoRecording(toggles: Toggle[]): PageObservations['autoRecording'] {
  const main = find(toggles, AUTO_REC)[0];
  if (!main) return undefined;
  if (!main.checked) return 'off';
  const targets = toggles.filter((t) => t !== main && targetOf(t) && (t.kind === 'radio' || t.names.some((n) => REC_TARGET_SHORT.test(n))));
  let scoped: Toggle[] = [];
  let scope: Element | null = main.root;
  for (let depth = 0; scope && depth < 7 && !scoped.length; depth++, scope = scope.parentElement) {
    const s = scope;
    scoped = targets.filter((t) => s.contains(t.root));
  }
  const chosen = [...scoped.filter((t) => visibility(t) !== 'hidden'), ...scoped].find((t) => t.checked);
  if (chosen) return targetOf(chosen);
  const label = main.primary || main.names[0] || '';
  if (/\b(cloud|nuage)\b/.test(label)) return 'cloud';
  if (/\b(local computer|ordinateur local|locally|localement|local)\b/.test(label)) return 'local';
  return 'on';
}

function targetOf(t: Toggle): 'local' | 'cloud' | undefined {
  for (const n of t.names) {
    if (REC_TARGET_CLOUD.test(n)) return 'cloud';
    if (REC_TARGET_LOCAL.test(n)) return 'local';
  }
  return undefined;
}

// ——— what the page shows ———

const PMI_TEXT = /\b(personal meeting id|personal meeting id pmi|pmi|(n ?o|numero|id|identifiant)( de)? personnel de reunion|(n ?o|numero|id|identifiant) de reunion personnelle|identifiant personnel de reunion|npr)\b/;
const MEETING_NUMBER = /(?:\d|[*•x]){3}[\s.-]?(?:\d|[*•x]){3,4}[\s.-]?\d{3,5}/i;

/** The page displays the user's Personal Meeting ID (a visible PMI label with a meeting number). */
function pageShowsPmi(root: FormStateRoot): boolean {
  const doc = ownerDocument(root);
  if (!doc) return false;
  const walker = doc.createTreeWalker(root as Node, 4 /* SHOW_TEXT */);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < 5000; node = walker.nextNode(), seen++) {
    const value = node.nodeValue ?? '';
    if (value.length < 3 || value.length > 200) continue;
    const words = normalizeWords(value);
    if (!PMI_TEXT.test(words)) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, template, option, noscript, title')) continue;
    if (!isShownElement(parent)) continue;
    for (let ctx: Element | null = parent, i = 0; ctx && i < 3; ctx = ctx.parentElement, i++) {
      const text = normalizeText(textOf(ctx));
      if (text.length > 250) break;
      if (MEETING_NUMBER.test(text)) return true;
    }
  }
  return false;
}

function isShownElement(el: Element): boolean {
  for (let a: Element | null = el; a; a = parentAcrossShadow(a)) {
    if (hidesByAttribute(a)) return false;
    if (a.localName === 'details' && !a.hasAttribute('open')) return false;
  }
  const target = el as Element & { checkVisibility?: () => boolean };
  return typeof target.checkVisibility !== 'function' || target.checkVisibility();
}

// ——— buttons ———

function isDisabled(el: Element): boolean {
  return el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true';
}

/** A button's name as a person reads it: text, value, aria-label, title. */
function controlName(el: Element): string {
  const candidates = [
    ariaLabelledByText(el),
    el.getAttribute('aria-label'),
    isInput(el) ? el.value || el.getAttribute('value') : textOf(el),
    el.getAttribute('title'),
    isInput(el) ? el.getAttribute('alt') : null,
  ];
  for (const c of candidates) {
    const n = normalizeWords(c);
    if (n) return n;
  }
  return '';
}
