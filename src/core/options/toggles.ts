import { matchesAny, normalizeWords } from '../text';

/**
 * The controls of a Zoom form as a person sees them, shared by the option modules (one per form option,
 * next to this file): every checkbox, radio and switch of the page is collected whatever its
 * implementation — native `<input>`, `role=checkbox|radio|switch` with `aria-checked`, or a component
 * library that hides the real input and marks the state with classes (Zoom's Vue portal:
 * `label.zoom-checkbox` + `input.zoom-checkbox__original` + `is-checked`, `div[role=radio].zoom-radio__inner`,
 * `zm-switch`…) — then named by its accessible name or the text next to it, in French or in English.
 * The decisions about visibility and state are listed in `../form-state.ts`.
 */

export type FormStateRoot = Document | ShadowRoot | Element | DocumentFragment;

export const NOISE_LABEL = /^(on|off|toggle|switch|enabled|disabled|enable|disable|active|inactive|activer|desactiver|activee?|desactivee?|oui|non|yes|no|checkbox|radio|\d+)?$/;

export interface OptionVocabulary {
  /** Tested against every candidate name of a control (anchored patterns). */
  exact: RegExp[];
  /** Tested against the control's main name only, unless `exclude` matches it. */
  loose: RegExp[];
  exclude: RegExp[];
  /** Which kinds of control may carry the option. */
  kinds: ToggleKind[];
}

// ——— toggles: collection, state, names ———

export type ToggleKind = 'checkbox' | 'radio' | 'switch';
export type Shown = 'visible' | 'collapsed' | 'hidden';

export interface Toggle {
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

export const PRIMARY_SELECTOR =
  'input[type="checkbox"], input[type="radio"], input[type="CHECKBOX"], input[type="RADIO"], [role="checkbox"], [role="radio"], [role="switch"], [role="menuitemcheckbox"], [role="menuitemradio"]';
const CLASS_SELECTOR =
  'zm-switch, zoom-switch, zm-checkbox, zoom-checkbox, zm-radio, zoom-radio, [class*="switch"], [class*="checkbox"], [class*="radio"], [class*="toggle"]';
const COMPONENT_CLASS = /^(?:[a-z0-9]+[-_])*(?:checkbox|radio|switch|toggle)(?:[-_](?:wrapper|wrap|box|button|btn|container|item|control))?$/i;
const COMPONENT_TAGS = new Set(['zm-switch', 'zoom-switch', 'zm-checkbox', 'zoom-checkbox', 'zm-radio', 'zoom-radio', 'label']);
const NOT_STATE = /^(not|un|no|non)[-_]/;
const STATE_CLASS = /^(is-)?(checked|on|selected)$|[-_](checked|check|on)$|^(zm|zoom|el|ant|mui)-[a-z-]*(checked|check)$/i;

export function classTokens(el: Element): string[] {
  const c = el.getAttribute('class');
  return c ? c.split(/\s+/).filter(Boolean) : [];
}

export function isComponentLike(el: Element): boolean {
  return COMPONENT_TAGS.has(el.localName) || hasComponentClass(el);
}

function hasComponentClass(el: Element): boolean {
  if (COMPONENT_TAGS.has(el.localName) && el.localName !== 'label') return true;
  return classTokens(el).some((t) => COMPONENT_CLASS.test(t) && !/^(navbar|dropdown|menu|nav|sidebar|accordion)[-_]/i.test(t));
}

export function isInput(el: Element): el is HTMLInputElement {
  return el.localName === 'input';
}

export function isTextArea(el: Element): el is HTMLTextAreaElement {
  return el.localName === 'textarea';
}

export function isNativeToggle(el: Element): el is HTMLInputElement {
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

/** Every toggle under `root`; `legacyIds` names the legacy portal's unnamed inputs by id or name (lower case). */
export function collectToggles(root: FormStateRoot, legacyIds: Readonly<Record<string, string>> = {}): Toggle[] {
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
    const names = candidateNames(r, members, legacyIds);
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

export function textOf(el: Element | null | undefined): string {
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

export function ownerDocument(root: FormStateRoot | Node): Document | null {
  return (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
}

function byId(context: Element, id: string): Element | null {
  const rootNode = context.getRootNode() as Document | ShadowRoot;
  if (typeof (rootNode as Document).getElementById === 'function') return (rootNode as Document).getElementById(id);
  return null;
}

export function ariaLabelledByText(el: Element): string {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => textOf(byId(el, id))).join(' ');
}

export function nativeLabelTexts(el: Element): string[] {
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

function candidateNames(root: Element, members: Element[], legacyIds: Readonly<Record<string, string>>): string[] {
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
    // A radio's `name` is its group's: it says nothing about which option this radio is (its label does).
    const group = m.getAttribute('type')?.toLowerCase() === 'radio';
    const hint = legacyIds[(m.id || '').toLowerCase()] ?? (group ? undefined : legacyIds[(m.getAttribute('name') ?? '').toLowerCase()]);
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

export function hidesByAttribute(el: Element): boolean {
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

/**
 * Whether the page's style shows an element (`checkVisibility()`: not `display: none` itself or above). Asking
 * makes the browser bring a page that has just changed up to date — on a large page that keeps changing, a
 * style and layout pass of several milliseconds inside Vigie's task. The content script swaps in a probe that
 * remembers the answer until something that could change it happens (`src/content/shown-cache.ts`).
 */
export type ShownProbe = (el: Element) => boolean;

export const checkShown: ShownProbe = (el) => {
  const target = el as Element & { checkVisibility?: () => boolean };
  return typeof target.checkVisibility !== 'function' || target.checkVisibility();
};

let shownProbe: ShownProbe = checkShown;

/** The probe the readers use; `null` goes back to asking the page every time. */
export function setShownProbe(probe: ShownProbe | null): void {
  shownProbe = probe ?? checkShown;
}

export function visibility(toggle: Toggle): Shown {
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
    if (!shownProbe(subject)) {
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

export function parentAcrossShadow(el: Element): Element | null {
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
export function find(toggles: Toggle[], v: OptionVocabulary, except: Toggle[] = []): Toggle[] {
  const eligible = toggles.filter((t) => v.kinds.includes(t.kind) && !except.includes(t));
  let found = eligible.filter((t) => matchesExact(t, v));
  if (!found.some((t) => visibility(t) !== 'hidden')) found = eligible.filter((t) => matchesLoose(t, v));
  const shown = found.filter((t) => visibility(t) !== 'hidden');
  return [...shown.filter((t) => visibility(t) === 'visible'), ...shown.filter((t) => visibility(t) === 'collapsed')];
}

// ——— shown text ———

export function isShownElement(el: Element): boolean {
  for (let a: Element | null = el; a; a = parentAcrossShadow(a)) {
    if (hidesByAttribute(a)) return false;
    if (a.localName === 'details' && !a.hasAttribute('open')) return false;
  }
  return shownProbe(el);
}

// ——— buttons ———

export function isDisabled(el: Element): boolean {
  return el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true';
}

/** A button's name as a person reads it: text, value, aria-label, title. */
export function controlName(el: Element): string {
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

// ——— what a person can do with a control ———

const LOCKED_TEXT = /\b(locked by (your |the )?(admin|administrator|account admin)|verrouille(e)? par (l |votre )?(administrateur|admin)|defini(e)? par l administrateur)\b/;
const LOCK_CLASS = /(^|[-_])locked([-_]|$)|^is-locked|lock[-_]?badge|locked[-_]by[-_]admin/i;

/**
 * Why a person could not change this control, if so: `locked` when the page says an administrator set it
 * (Zoom: `.locked_by_admin` in the legacy label, "Locked by admin" badge next to a settings toggle),
 * `disabled` when the control itself is disabled (`disabled`, `aria-disabled`, `is-disabled`).
 */
export function blockedReason(t: Toggle): 'locked' | 'disabled' | null {
  let scope: Element = t.root;
  for (let cur = t.root.parentElement, depth = 0; cur && depth < 4; depth++, cur = cur.parentElement) {
    if (STOP_TAGS.has(cur.localName)) break;
    if ([...cur.querySelectorAll(PRIMARY_SELECTOR)].some((c) => !t.root.contains(c))) break;
    scope = cur;
  }
  for (const e of [scope, ...scope.querySelectorAll('*')]) {
    if (classTokens(e).some((c) => LOCK_CLASS.test(c))) return 'locked';
  }
  if (LOCKED_TEXT.test(normalizeWords(textOf(scope)))) return 'locked';
  for (const m of [...t.members, t.root]) {
    if (m.hasAttribute('disabled') || m.getAttribute('aria-disabled') === 'true') return 'disabled';
    if (classTokens(m).some((c) => /^is-disabled$|[-_]disabled$/.test(c))) return 'disabled';
    try {
      if (m.matches(':disabled')) return 'disabled';
    } catch {
      /* selector unsupported */
    }
  }
  return null;
}

/** The element a person's click reaches to change this control: its native input, else its role element, else the component. */
export function clickTarget(t: Toggle): Element {
  return t.members.find((m) => isNativeToggle(m)) ?? t.members.find((m) => m.getAttribute('role')) ?? t.members[0] ?? t.root;
}
