import { autoRecordingOption } from './auto-recording';
import { cloudRecordingOption } from './cloud-recording';
import { passcodeOption } from './passcode';
import { pmiOption } from './pmi';
import { requireAuthenticationOption } from './require-authentication';
import type { FormOption } from './types';
import { waitingRoomOption } from './waiting-room';

export type { FormOption, OptionExample, OptionFinding, OptionId, OptionKey } from './types';

/** Every form option Vigie reads, one module each (in the order the collector reads them). */
export const FORM_OPTIONS: readonly FormOption[] = [
  pmiOption,
  waitingRoomOption,
  passcodeOption,
  autoRecordingOption,
  cloudRecordingOption,
  requireAuthenticationOption,
] as FormOption[];

/** The legacy portal's ids of every option, merged (lower case id/name → a name the option knows). */
export const LEGACY_IDS: Readonly<Record<string, string>> = Object.assign({}, ...FORM_OPTIONS.map((o) => o.legacyIds));
