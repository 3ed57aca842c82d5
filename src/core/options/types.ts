import type { RuleId } from '../contract';
import { blockedReason, clickTarget, find, type OptionVocabulary } from './toggles';
import type { PageObservations } from '../observations';
import type { Toggle } from './toggles';

/** The form options Vigie reads, one module each in this folder. */
export type OptionId = 'pmi' | 'waiting-room' | 'passcode' | 'auto-recording' | 'cloud-recording' | 'require-authentication';

/** The observations an option feeds (`PageObservations` keys). */
export type OptionKey = 'pmiSelected' | 'waitingRoom' | 'passcode' | 'autoRecording' | 'cloudRecordingEnabled' | 'requireAuthentication';

/**
 * What one option module read from a page. `found` says whether the control was found at all (absent ≠ off:
 * a missing control yields `found: false`, `value: undefined`, `control: null`).
 */
export interface OptionFinding<K extends OptionKey = OptionKey> {
  option: OptionId;
  key: K;
  found: boolean;
  /** The observation value (`PageObservations[key]`), undefined when not found. */
  value: PageObservations[K] | undefined;
  /** The component the state was read from (what a marker points at). */
  control: Element | null;
  /** The rule this option's non-compliant state fires (null: the option feeds no fixable rule). */
  rule: RuleId | null;
  /** False when the state breaks `rule`; undefined when not found. */
  compliant: boolean | undefined;
  /**
   * What a person clicks to bring the option to its compliant state (Zoom's own control), when it is not
   * compliant and a click can fix it; null otherwise.
   */
  fix: Element | null;
  /** Why the fix cannot be applied: the control (or the one to click) is disabled, or locked by an administrator. */
  blocked: 'disabled' | 'locked' | null;
}

/** An example markup of an option: documentation, and a unit test (read by this option only). */
export interface OptionExample<K extends OptionKey = OptionKey> {
  name: string;
  markup: string;
  value: PageObservations[K];
  /** The fix clicks the control whose label is this text (when the example is not compliant and fixable). */
  fixLabel?: string;
  blocked?: 'disabled' | 'locked';
}

export interface FormOption<K extends OptionKey = OptionKey> {
  id: OptionId;
  key: K;
  rule: RuleId | null;
  /** Legacy portal ids/names (lower case) → a name this option's vocabulary knows. */
  legacyIds: Readonly<Record<string, string>>;
  /** Reads the option from the page's toggles (all of them: `collectToggles`). */
  read(toggles: Toggle[]): OptionFinding<K>;
  /**
   * Example markups. The bundled modules export theirs separately (`<option>Examples`, gathered in
   * `./examples.ts`) so that the content script does not carry them; either place is read by the tests.
   */
  examples?: OptionExample<K>[];
}

/**
 * A finding for `option`: `control` is the toggle the state was read from (undefined: not found),
 * `fixWith` the toggle a click brings to the compliant state (ignored when compliant).
 */
export function finding<K extends OptionKey>(
  option: Pick<FormOption<K>, 'id' | 'key' | 'rule'>,
  control: Toggle | undefined,
  value: PageObservations[K] | undefined,
  compliant: boolean | undefined,
  fixWith?: Toggle,
): OptionFinding<K> {
  const needsFix = !!control && compliant === false && !!option.rule;
  const blocked = needsFix ? (fixWith ? blockedReason(fixWith) : null) ?? blockedReason(control) : null;
  return {
    option: option.id,
    key: option.key,
    found: !!control,
    value: control ? value : undefined,
    control: control?.root ?? null,
    rule: option.rule,
    compliant: control ? compliant : undefined,
    fix: needsFix && fixWith && !blocked ? clickTarget(fixWith) : null,
    blocked,
  };
}

/** An on/off option: the first toggle showing it; compliant when its state is `wanted` (null: no rule). */
export function readOnOff<K extends OptionKey>(
  option: Pick<FormOption<K>, 'id' | 'key' | 'rule'>,
  toggles: Toggle[],
  vocabulary: OptionVocabulary,
  wanted: 'on' | 'off' | null,
  value: (on: boolean) => PageObservations[K],
): OptionFinding<K> {
  const t = find(toggles, vocabulary)[0];
  if (!t) return finding(option, undefined, undefined, undefined);
  const state = t.checked ? 'on' : 'off';
  return finding(option, t, value(t.checked), wanted === null ? true : state === wanted, t);
}
