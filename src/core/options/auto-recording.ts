import { find, visibility, type OptionVocabulary, type Toggle } from './toggles';
import { finding, type FormOption, type OptionExample } from './types';

/**
 * Automatic recording and its target: "Record the meeting automatically" (« Enregistrer automatiquement »)
 * with its sub-options "On the local computer" / "In the cloud". Value: off, local, cloud, or on with no
 * visible target. Compliant for `local-recording-only`: not the cloud. Fix: a click on the local target
 * (the profile names the local computer). `recording-consent` (any target) is not fixed by a click: it asks
 * the host to inform the participants.
 */
const AUTO_REC_WORDS = String.raw`(record (the )?meeting automatically|automatically record( the)?( meeting)?( on the local computer| in the cloud| to the cloud)?|automatic recording|auto recording|auto record|enregistrer (la reunion )?automatiquement( la reunion)?( sur l ordinateur local| dans le cloud| sur le cloud)?|enregistrement automatique|enregistrer automatiquement)`;
export const AUTO_REC: OptionVocabulary = {
  exact: [new RegExp(`^${AUTO_REC_WORDS}$`)],
  loose: [new RegExp(`\\b${AUTO_REC_WORDS}\\b`)],
  exclude: [/\b(notification|notifications|consent|consentement|disclaimer|avis|message|prompt|invite|alert|alerte)\b/],
  kinds: ['checkbox', 'switch'],
};
// « Record to computer files » is the 2025–2026 name of local recording (zoom-markup.md §5).
const REC_TARGET_LOCAL = /\b(local computer|ordinateur local|this computer|cet ordinateur|locally|localement|en local|local|on my computer|sur mon ordinateur|computer files?|fichiers? (de|sur) l ordinateur)\b/;
const REC_TARGET_CLOUD = /\b(cloud|nuage|infonuagique)\b/;
const REC_TARGET_SHORT = /^((record )?(on|in|to) (the )?(local computer|cloud|computer files)|(enregistrer )?(sur|dans) (l ordinateur local|le cloud)|local|cloud|locally|localement|en local)$/;

function targetOf(t: Toggle): 'local' | 'cloud' | undefined {
  for (const n of t.names) {
    if (REC_TARGET_CLOUD.test(n)) return 'cloud';
    if (REC_TARGET_LOCAL.test(n)) return 'local';
  }
  return undefined;
}

const vueCheckbox = (label: string, checked: boolean): string =>
  `<label class="zoom-checkbox${checked ? ' is-checked' : ''}"><span class="zoom-checkbox__input${checked ? ' is-checked' : ''}"><input type="checkbox" class="zoom-checkbox__original"${checked ? ' checked' : ''}></span><span class="zoom-checkbox__label">${label}</span></label>`;
const vueRadio = (label: string, checked: boolean): string =>
  `<label class="zoom-radio${checked ? ' is-checked' : ''}"><span class="zoom-radio__wrap"><div role="radio" class="zoom-radio__inner" aria-checked="${checked}"></div><span class="zoom-radio__label">${label}</span></span></label>`;

export const autoRecordingOption: FormOption<'autoRecording'> = {
  id: 'auto-recording',
  key: 'autoRecording',
  rule: 'local-recording-only',
  legacyIds: {
    option_autorec: 'record the meeting automatically',
    option_auto_recording: 'record the meeting automatically',
    option_autorec_local: 'on the local computer',
    option_autorec_cloud: 'in the cloud',
  },
  read(toggles: Toggle[]) {
    const main = find(toggles, AUTO_REC)[0];
    if (!main) return finding(this, undefined, undefined, undefined);
    if (!main.checked) return finding(this, main, 'off', true);
    const targets = toggles.filter((t) => t !== main && targetOf(t) && (t.kind === 'radio' || t.names.some((n) => REC_TARGET_SHORT.test(n))));
    let scoped: Toggle[] = [];
    let scope: Element | null = main.root;
    for (let depth = 0; scope && depth < 7 && !scoped.length; depth++, scope = scope.parentElement) {
      const s = scope;
      scoped = targets.filter((t) => s.contains(t.root));
    }
    const ordered = [...scoped.filter((t) => visibility(t) !== 'hidden'), ...scoped];
    const chosen = ordered.find((t) => t.checked);
    const local = ordered.find((t) => targetOf(t) === 'local');
    if (chosen) {
      const target = targetOf(chosen);
      return finding(this, chosen, target, target !== 'cloud', local);
    }
    const label = main.primary || main.names[0] || '';
    if (/\b(cloud|nuage)\b/.test(label)) return finding(this, main, 'cloud', false, local);
    if (/\b(local computer|ordinateur local|locally|localement|local)\b/.test(label)) return finding(this, main, 'local', true);
    return finding(this, main, 'on', true);
  },
};

/** Example markups of this option: documentation, and its unit tests (tests/unit/page/options.test.ts). */
export const autoRecordingExamples = (): OptionExample<'autoRecording'>[] => [
    {
      name: 'Vue schedule form (EN), to the cloud',
      markup: `<div class="auto-rec-wrapper">${vueCheckbox('Record the meeting automatically', true)}<div class="sub-options" role="radiogroup">${vueRadio('On the local computer', false)}${vueRadio('In the cloud', true)}</div></div>`,
      value: 'cloud',
      fixLabel: 'On the local computer',
    },
    {
      name: 'Vue schedule form (FR), to the local computer',
      markup: `<div class="auto-rec-wrapper">${vueCheckbox('Enregistrer la réunion automatiquement', true)}<div class="sub-options" role="radiogroup">${vueRadio('Sur l’ordinateur local', true)}${vueRadio('Dans le cloud', false)}</div></div>`,
      value: 'local',
    },
    {
      name: 'Vue schedule form (EN), off (targets hidden)',
      markup: `<div class="auto-rec-wrapper">${vueCheckbox('Record the meeting automatically', false)}<div class="sub-options" role="radiogroup" hidden>${vueRadio('On the local computer', true)}${vueRadio('In the cloud', false)}</div></div>`,
      value: 'off',
    },
    {
      name: 'legacy form (EN), to the cloud',
      markup: `<div class="checkbox"><input type="checkbox" id="option_autorec" name="option_autorec" checked> <label for="option_autorec">Record the meeting automatically</label><div class="sub"><input type="radio" name="autorec" id="option_autorec_local" value="local"> <label for="option_autorec_local">On the local computer</label> <input type="radio" name="autorec" id="option_autorec_cloud" value="cloud" checked> <label for="option_autorec_cloud">In the cloud</label></div></div>`,
      value: 'cloud',
      fixLabel: 'On the local computer',
    },
    {
      name: 'settings (FR), to the cloud',
      markup: `<div class="setting-item"><div class="setting-name" id="ar-name">Enregistrement automatique</div><button type="button" role="switch" class="zm-switch is-checked" aria-checked="true" aria-labelledby="ar-name"></button><div class="setting-sub" role="radiogroup"><label><input type="radio" name="art" value="local"> Enregistrer sur l’ordinateur local</label><br><label><input type="radio" name="art" value="cloud" checked> Enregistrer dans le cloud</label></div></div>`,
      value: 'cloud',
      fixLabel: 'Enregistrer sur l’ordinateur local',
    },
    {
      name: 'Vue schedule form (EN), on with no target shown',
      markup: `<div class="auto-rec-wrapper">${vueCheckbox('Automatically record meeting on the local computer', true)}</div>`,
      value: 'local',
    },
  ];
