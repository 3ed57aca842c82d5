import { normalizeWords } from './text';

/**
 * A "Join" that only opens a meeting by its number — the web app's "Join Meeting" window on
 * `app.zoom.us/wc/home`, the portal's `zoom.us/join` — is not the web client's Join: it leads to the
 * pre-join screen, where Vigie asks. Told apart by what a person sees: the button's dialog or form holds
 * a field named "Meeting ID or Personal Link Name" (or its French wording).
 *
 * Examples (tests/unit/page/join-by-id.test.ts):
 * - `<div role="dialog"><label for="m">Meeting ID or Personal Link Name</label><input id="m"><button>Join</button></div>` → true
 * - `<form><input placeholder="ID de réunion ou nom du lien personnel"><button>Rejoindre</button></form>` → true
 * - the pre-join screen (`Your Name` + Join) → false
 * - the web app's home "Join" (opens that window; the page has no name field) → true
 */
export const MEETING_ID_FIELD = /\b(meeting id|meeting number|personal link name|id de reunion|identifiant de reunion|n o de reunion|no de reunion|numero de reunion|nom du lien personnel)\b/;

export const NAME_FIELD = /\b(your name|votre nom|name|nom|display name|nom d affichage|screen name)\b/;
export const PRE_JOIN_BUTTON = '.preview-join-button, #joinBtn, .joinWindowBtn';

export function isJoinByIdControl(control: Element): boolean {
  try {
    const scope = control.closest('[role="dialog"], dialog, [aria-modal="true"], form');
    if (scope && hasField(scope, MEETING_ID_FIELD)) return true;
    // The pre-join screen asks for the participant's name; a Join on a page without one only opens a window.
    return !control.closest(PRE_JOIN_BUTTON) && !hasField(control.ownerDocument, NAME_FIELD, MEETING_ID_FIELD);
  } catch {
    return false;
  }
}

export function hasField(scope: ParentNode, pattern: RegExp, unless?: RegExp): boolean {
  for (const field of scope.querySelectorAll('input')) if (isFieldNamed(field, pattern, unless)) return true;
  return false;
}

/** A text-like input whose label, aria-label, placeholder or id matches `pattern` (and not `unless`). */
export function isFieldNamed(field: HTMLInputElement, pattern: RegExp, unless?: RegExp): boolean {
  const type = (field.getAttribute('type') ?? 'text').toLowerCase();
  if (!['text', 'search', 'number', 'tel', ''].includes(type)) return false;
  const names = [field.getAttribute('aria-label'), field.getAttribute('placeholder'), field.id.replace(/[-_]/g, ' ')];
  if (field.id) {
    for (const label of field.ownerDocument.querySelectorAll('label[for]')) {
      if (label.getAttribute('for') === field.id) names.push(label.textContent);
    }
  }
  const wrapping = field.closest('label');
  if (wrapping) names.push(wrapping.textContent);
  const words = names.map(normalizeWords);
  return words.some((n) => pattern.test(n)) && !(unless && words.some((n) => unless.test(n)));
}
