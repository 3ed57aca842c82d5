import type { OptionVocabulary, Toggle } from './toggles';
import { readOnOff, type FormOption, type OptionExample } from './types';

/**
 * Passcode (« Code secret », « Code d’accès »): a checkbox on the schedule form (Zoom then generates the
 * code itself: Vigie never types it), "Require a passcode when scheduling new meetings" in the settings.
 * Compliant: on (`passcode`). Fix: a click on the control.
 */
const PASSCODE_WORDS = String.raw`(passcode|password|code secret|code d acces|mot de passe|code de reunion|meeting passcode|meeting password)`;
export const PASSCODE: OptionVocabulary = {
  exact: [
    new RegExp(`^(require (a )?|use (a )?|exiger (un )?|utiliser (un )?|activer (le )?)?${PASSCODE_WORDS}( required| requis| obligatoire)?$`),
    new RegExp(`^(require|exiger) (a |un )?${PASSCODE_WORDS} (when scheduling new meetings|lors de la programmation (de|des) (nouvelles )?reunions|pour les nouvelles reunions programmees|for scheduled meetings|pour les reunions programmees)$`),
  ],
  loose: [/\b(passcode|password|code secret|code d acces|mot de passe)\b/],
  exclude: [
    /\b(embed|integrer|incorporer|phone|telephone|telephonique|dial|pmi|npr|personnel|personal|instant|instantanee?s?|webinar|webinaire|recording|recordings|enregistrement|enregistrements|encrypt|encrypted|chiffre|link|lien|weak|faible|reset|reinitialiser|change|modifier|show|afficher|hide|masquer|length|longueur|character|characters|caracteres|room|rooms|salle|sip|h 323|h323|cloud|share|partage)\b/,
  ],
  kinds: ['checkbox', 'switch'],
};

export const passcodeOption: FormOption<'passcode'> = {
  id: 'passcode',
  key: 'passcode',
  rule: 'passcode',
  legacyIds: { option_password: 'passcode', option_passcode: 'passcode', option_mtg_password: 'passcode', option_rm_password: 'passcode' },
  read(toggles: Toggle[]) {
    return readOnOff(this, toggles, PASSCODE, 'on', (on) => (on ? 'on' : 'off'));
  },
};

/** Example markups of this option: documentation, and its unit tests (tests/unit/page/options.test.ts). */
export const passcodeExamples = (): OptionExample<'passcode'>[] => [
    {
      name: 'Vue schedule form (EN), off',
      markup: `<div class="passcode-wrapper"><label class="zoom-checkbox" for="passcode-checkbox"><span class="zoom-checkbox__input"><span class="zoom-checkbox__inner"></span><input type="checkbox" id="passcode-checkbox" class="zoom-checkbox__original" value=""></span><span class="zoom-checkbox__label">Passcode</span></label></div>`,
      value: 'off',
      fixLabel: 'Passcode',
    },
    {
      name: 'Vue schedule form (FR), on, with its text field',
      markup: `<div class="passcode-wrapper"><label class="zoom-checkbox is-checked" for="pc"><span class="zoom-checkbox__input is-checked"><input type="checkbox" id="pc" class="zoom-checkbox__original" checked></span><span class="zoom-checkbox__label">Code secret</span></label><input class="zoom-input__inner" type="text" aria-label="Code secret" value="Xy12ab"></div>`,
      value: 'on',
    },
    {
      name: 'legacy form (EN), off',
      markup: `<div class="checkbox"><input type="checkbox" id="option_password" name="option_password"> <label for="option_password">Require meeting passcode</label> <input type="text" id="meeting_pass" name="password" value="" aria-label="Meeting passcode"></div>`,
      value: 'off',
      fixLabel: 'Require meeting passcode',
    },
    {
      name: 'settings (FR), switch off',
      markup: `<div class="setting-item"><div class="setting-name" id="sp-name">Exiger un code secret lors de la programmation de nouvelles réunions</div><button type="button" role="switch" class="zm-switch" aria-checked="false" aria-labelledby="sp-name"></button></div>`,
      value: 'off',
      fixLabel: 'Exiger un code secret lors de la programmation de nouvelles réunions',
    },
    {
      name: 'Vue schedule form (EN), off and disabled',
      markup: `<label class="zoom-checkbox is-disabled"><span class="zoom-checkbox__input is-disabled"><input type="checkbox" class="zoom-checkbox__original" disabled></span><span class="zoom-checkbox__label">Passcode</span></label>`,
      value: 'off',
      blocked: 'disabled',
    },
  ];
