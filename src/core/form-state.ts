import type { ContextId } from './contract';
import type { PageObservations } from './observations';
import { normalizeText, normalizeWords } from './text';
import { FORM_OPTIONS, LEGACY_IDS, type OptionFinding } from './options';
import {
  ariaLabelledByText,
  collectToggles,
  controlName,
  isDisabled,
  isInput,
  isShownElement,
  isTextArea,
  nativeLabelTexts,
  ownerDocument,
  textOf,
  type FormStateRoot,
} from './options/toggles';

/**
 * The collector of the form options (one module each in `./options/`, with its vocabulary, its reader, its
 * compliant state, its fix and its example markups). Reads Zoom's forms by what a person sees (DEVELOPERS.md): every checkbox, radio and switch of the page
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

export type { FormStateRoot } from './options/toggles';
export type { OptionFinding } from './options';

/**
 * One finding per form option the page's context can show (`found: false` when its control is absent),
 * each with the control it was read from and, when it breaks a rule, what to click to fix it.
 * Empty on pages that show no form options, or when the page could not be read.
 */
export function readFindings(root: FormStateRoot, context: ContextId | null): OptionFinding[] {
  if (!root || !context || !TOGGLE_CONTEXTS.has(context)) return [];
  try {
    const toggles = collectToggles(root, LEGACY_IDS);
    return FORM_OPTIONS.map((o) => o.read(toggles));
  } catch {
    return [];
  }
}

/** The observations of a set of findings (those found). */
export function observationsOf(findings: readonly OptionFinding[]): Partial<PageObservations> {
  const out: Record<string, unknown> = {};
  for (const f of findings) if (f.found && f.value !== undefined) out[f.key] = f.value;
  return out as Partial<PageObservations>;
}

/** The form state visible on the page, for the fields that the context can show. */
export function readFormState(root: FormStateRoot, context: ContextId | null, findings?: readonly OptionFinding[]): Partial<PageObservations> {
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
    Object.assign(out, observationsOf(findings ?? readFindings(root, context)));
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

