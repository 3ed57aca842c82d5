import type { OptionVocabulary, Toggle } from './toggles';
import { readOnOff, type FormOption, type OptionExample } from './types';

/**
 * Cloud recording enabled at account level (settings, Recording tab: « Enregistrement dans le cloud »).
 * Compliant: off (`local-recording-only`). Fix: a click on the switch. (The recordings list showing cloud
 * recordings is read by the collector, `../form-state.ts`: it is not a control.)
 */
export const CLOUD_RECORDING: OptionVocabulary = {
  exact: [
    /^(enable |allow |activer (l )?|autoriser (l )?)?(cloud recording|cloud recordings|recording (in|to) the cloud|enregistrement (dans|sur|en) (le )?(cloud|nuage)|enregistrements (dans|sur) le cloud|enregistrement cloud|enregistrement infonuagique|enregistrer (dans|sur) le cloud)$/,
  ],
  loose: [],
  exclude: [],
  kinds: ['checkbox', 'switch'],
};

const settingRow = (id: string, label: string, on: boolean): string =>
  `<div class="setting-item"><div class="setting-text"><div class="setting-name" id="${id}">${label}</div><p class="setting-desc">Lorem ipsum.</p></div><button type="button" role="switch" class="zm-switch${on ? ' is-checked' : ''}" aria-checked="${on}" aria-labelledby="${id}"></button></div>`;

export const cloudRecordingOption: FormOption<'cloudRecordingEnabled'> = {
  id: 'cloud-recording',
  key: 'cloudRecordingEnabled',
  rule: 'local-recording-only',
  legacyIds: {},
  read(toggles: Toggle[]) {
    return readOnOff(this, toggles, CLOUD_RECORDING, 'off', (on) => on);
  },
};

/** Example markups of this option: documentation, and its unit tests (tests/unit/page/options.test.ts). */
export const cloudRecordingExamples = (): OptionExample<'cloudRecordingEnabled'>[] => [
    { name: 'settings (FR), on', markup: settingRow('cr-fr', 'Enregistrement dans le cloud', true), value: true, fixLabel: 'Enregistrement dans le cloud' },
    { name: 'settings (EN), on', markup: settingRow('cr-en', 'Cloud recording', true), value: true, fixLabel: 'Cloud recording' },
    { name: 'settings (EN), off', markup: settingRow('cr-off', 'Cloud recording', false), value: false },
    {
      name: 'settings (EN), on and locked by admin',
      markup: `<div class="zoom-feature-settings__layout-row"><h4>Cloud recording</h4><label class="zoom-toggle is-disabled" role="none"><input class="zoom-toggle__original" type="checkbox" role="switch" aria-checked="true" aria-disabled="true" aria-label="Cloud recording" checked></label><p class="is-result-locked-badge">Locked by admin</p></div>`,
      value: true,
      blocked: 'locked',
    },
  ];
