import { find, type OptionVocabulary, type Toggle } from './toggles';
import { finding, type FormOption, type OptionExample } from './types';

/**
 * Meeting ID: the Personal Meeting ID (PMI, « N° personnel de réunion (NPR) ») or an ID generated for this
 * meeting. Read from the radio pair of the schedule form (Vue `div[role=radio]`, legacy
 * `#optionScheduleWithPMI` / `#optionOneTimeId`) or the "Use PMI when scheduling" switch of the settings.
 * Compliant: not the PMI (`no-pmi`). Fix: a click on "Generate automatically" — or, when the PMI is a
 * checkbox/switch of its own, a click on it to turn it off.
 */

const PMI_WORDS = String.raw`(personal meeting id|personal meeting id pmi|pmi|personal id|(n ?o|no|numero|id|identifiant)( de)? personnel de reunion( npr| pmi)?|(n ?o|no|numero|id|identifiant) de reunion personnel(le)?( npr| pmi)?|identifiant personnel( npr)?|npr)`;
export const PMI: OptionVocabulary = {
  exact: [new RegExp(`^(use |utiliser )?(my |mon |le |votre |your )?${PMI_WORDS}( [\\d ]{6,})?$`)],
  loose: [/\b(personal meeting id|pmi|npr|personnel de reunion|reunion personnelle|identifiant personnel)\b/],
  exclude: [/\b(passcode|password|code|mot de passe|instant|instantanee?s?|enable|activer|require|exiger|allow|autoriser|link|lien|change|modifier|customi[sz]e|personnaliser)\b/],
  kinds: ['radio', 'checkbox', 'switch'],
};
export const GENERATE: OptionVocabulary = {
  exact: [/^(generate|generated|generer|genere|generation) automatiquement$|^(generate|generated) automatically$|^automatically generated?$|^(auto generate|auto generated|generer automatiquement un id|generate automatically a meeting id)$/],
  loose: [/\b(generated? automatically|automatically generated?|generer automatiquement|genere automatiquement|generation automatique)\b/],
  exclude: [],
  kinds: ['radio', 'checkbox'],
};

const vueRadio = (label: string, checked: boolean, extra = ''): string =>
  `<label class="zoom-radio${checked ? ' is-checked' : ''}"><span class="zoom-radio__wrap"><div role="radio" class="zoom-radio__inner" aria-checked="${checked}" tabindex="0"></div><span class="zoom-radio__label">${label}</span>${extra}</span></label>`;

export const pmiOption: FormOption<'pmiSelected'> = {
  id: 'pmi',
  key: 'pmiSelected',
  rule: 'no-pmi',
  legacyIds: {
    optionschedulewithpmi: 'personal meeting id',
    option_pmi: 'personal meeting id',
    option_use_pmi: 'personal meeting id',
    optiononetimeid: 'generate automatically',
  },
  read(toggles: Toggle[]) {
    const pmi = find(toggles, PMI);
    const generate = find(toggles, GENERATE);
    if (pmi.length) {
      const chosen = pmi.find((t) => t.checked);
      const first = pmi[0] as Toggle;
      // A radio is fixed by choosing "generate"; a checkbox or switch by turning it off.
      const fixWith = chosen && chosen.kind !== 'radio' ? chosen : generate[0];
      return finding(this, chosen ?? first, !!chosen, !chosen, fixWith);
    }
    if (generate.length) return finding(this, generate[0], false, true);
    return finding(this, undefined, undefined, undefined);
  },
};

/** Example markups of this option: documentation, and its unit tests (tests/unit/page/options.test.ts). */
export const pmiExamples = (): OptionExample<'pmiSelected'>[] => [
    {
      name: 'Vue schedule form (EN), PMI chosen',
      markup: `<div role="radiogroup" aria-label="Meeting ID">${vueRadio('Generate Automatically', false)}${vueRadio('Personal Meeting ID 492 555 0101', true)}</div>`,
      value: true,
      fixLabel: 'Generate Automatically',
    },
    {
      name: 'Vue schedule form (FR), ID generated',
      markup: `<div role="radiogroup" aria-label="ID de réunion">${vueRadio('Générer automatiquement', true)}${vueRadio('N° personnel de réunion (NPR) 492 555 0101', false)}</div>`,
      value: false,
    },
    {
      name: 'legacy form (EN), PMI chosen',
      markup: `<div class="controls"><input type="radio" name="with_pmi" id="optionOneTimeId" value="false"> <label for="optionOneTimeId">Generate Automatically</label> <input type="radio" name="with_pmi" id="optionScheduleWithPMI" value="true" checked> <label for="optionScheduleWithPMI">Personal Meeting ID 492-555-0101</label></div>`,
      value: true,
      fixLabel: 'Generate Automatically',
    },
    {
      name: 'legacy form, PMI locked by admin',
      markup: `<div class="controls"><label class="radio"><input type="radio" name="option_schedulewithpmi" id="optionOneTimeId" value="off"> Generate Automatically<span class="locked_by_admin"></span></label><label class="radio"><input type="radio" name="option_schedulewithpmi" id="optionScheduleWithPMI" value="on" checked> Personal Meeting ID 322 536 6794</label></div>`,
      value: true,
      blocked: 'locked',
    },
    {
      name: 'settings (FR): use the PMI when scheduling, on',
      markup: `<div class="setting-item"><div class="setting-name" id="pmi-name">Utiliser le N° personnel de réunion (NPR) lors de la programmation d’une réunion</div><button type="button" role="switch" class="zm-switch is-checked" aria-checked="true" aria-labelledby="pmi-name"></button></div>`,
      value: true,
      fixLabel: 'Utiliser le N° personnel de réunion (NPR) lors de la programmation d’une réunion',
    },
  ];
