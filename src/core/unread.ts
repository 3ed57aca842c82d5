import type { ContextId, RuleId } from './contract';
import type { OptionFinding, OptionId } from './options';
import { controlName, isShownElement } from './options/toggles';
import { isFieldNamed, MEETING_ID_FIELD, NAME_FIELD, PRE_JOIN_BUTTON } from './join-by-id';

/**
 * Which rules Vigie could not check on a page because it did not find the controls they rest on
 * (`data-vigie-unread`, SPEC): Zoom changed its page, or shows a control Vigie does not know. Saying so
 * beats silence, which reads as "all good".
 *
 * The form contexts and the options each should show (a rule is listed when none of its options was found):
 * - `schedule`: Meeting ID (PMI / generated) → `no-pmi`; waiting room; passcode; automatic recording →
 *   `local-recording-only`, `recording-consent`.
 * - `meeting-settings`: waiting room, passcode.
 * - `recording-settings`: cloud recording → `local-recording-only`; automatic recording → `recording-consent`.
 * - `webclient`: on a pre-join screen (a name field is shown), the Join button Vigie confirms before →
 *   `identify-participants`.
 * Only rules the configuration applies in that context are listed (see `unreadRules`' `applies`).
 */
export const EXPECTED_OPTIONS: Partial<Record<ContextId, ReadonlyArray<readonly [RuleId, readonly OptionId[]]>>> = {
  schedule: [
    ['no-pmi', ['pmi']],
    ['waiting-room', ['waiting-room']],
    ['passcode', ['passcode']],
    ['local-recording-only', ['auto-recording']],
    ['recording-consent', ['auto-recording']],
  ],
  'meeting-settings': [
    ['waiting-room', ['waiting-room']],
    ['passcode', ['passcode']],
  ],
  'recording-settings': [
    ['local-recording-only', ['cloud-recording']],
    ['recording-consent', ['auto-recording']],
  ],
};

/**
 * The rules of `context` whose options are all missing from `findings` (in the order above). A page that
 * shows no form control at all (the "meeting scheduled" view after Save, a page still empty) has no form
 * to read: nothing is listed.
 */
export function unreadRules(
  context: ContextId | null,
  findings: readonly OptionFinding[],
  applies: (rule: RuleId) => boolean = () => true,
  doc?: Document,
): RuleId[] {
  const expected = context ? EXPECTED_OPTIONS[context] : undefined;
  if (!expected || (doc && !showsFormControls(doc))) return [];
  const found = new Set(findings.filter((f) => f.found).map((f) => f.option));
  const out: RuleId[] = [];
  for (const [rule, options] of expected) {
    if (!options.some((o) => found.has(o)) && applies(rule) && !out.includes(rule)) out.push(rule);
  }
  return out;
}

const FORM_CONTROLS = 'input:not([type="hidden"]), select, textarea, [role="checkbox"], [role="radio"], [role="switch"], [role="combobox"]';

function showsFormControls(doc: Document): boolean {
  for (const el of doc.querySelectorAll(FORM_CONTROLS)) {
    if (el.closest('#vigie-root')) continue;
    // Zoom's components hide the native input and draw a box next to it: look at its parent too.
    if (isShownElement(el) || (el.parentElement && isShownElement(el.parentElement))) return true;
  }
  return false;
}

const JOIN_WORDS = /^(join|join meeting|join now|rejoindre|rejoindre la reunion|rejoindre maintenant|participer|participer a la reunion)$/;

/**
 * Web client: the page shows a pre-join screen (a name field) but no Join button Vigie knows — the
 * acknowledgement it asks before Join in "warn" mode could not be asked.
 */
export function webclientJoinUnread(doc: Document): boolean {
  try {
    const names = [...doc.querySelectorAll('input')].filter((i) => isFieldNamed(i, NAME_FIELD, MEETING_ID_FIELD) && isShownElement(i));
    if (!names.length) return false;
    for (const el of doc.querySelectorAll('button, [role="button"], input[type="submit"], input[type="button"]')) {
      if (el.matches(PRE_JOIN_BUTTON)) return false;
      // Disabled or not (no name typed yet), it is the Join button.
      if (JOIN_WORDS.test(controlName(el))) return false;
    }
    return true;
  } catch {
    return false;
  }
}
