import { autoRecordingExamples } from './auto-recording';
import { cloudRecordingExamples } from './cloud-recording';
import { passcodeExamples } from './passcode';
import { pmiExamples } from './pmi';
import { requireAuthenticationExamples } from './require-authentication';
import type { FormOption, OptionExample, OptionId } from './types';
import { waitingRoomExamples } from './waiting-room';

/**
 * The example markups of every option, for the tests and the documentation: kept out of `./index.ts` so
 * that the content script's bundle leaves them out.
 */
export const OPTION_EXAMPLES: Partial<Record<OptionId, OptionExample[]>> = {
  pmi: pmiExamples(),
  'waiting-room': waitingRoomExamples(),
  passcode: passcodeExamples(),
  'auto-recording': autoRecordingExamples(),
  'cloud-recording': cloudRecordingExamples(),
  'require-authentication': requireAuthenticationExamples(),
} as Partial<Record<OptionId, OptionExample[]>>;

/** The examples of `option`: its own `examples`, else those exported next to it. */
export function examplesOf(option: FormOption): OptionExample[] {
  return [...((option.examples as OptionExample[] | undefined) ?? []), ...(OPTION_EXAMPLES[option.id] ?? [])];
}
