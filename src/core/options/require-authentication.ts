import type { OptionVocabulary, Toggle } from './toggles';
import { readOnOff, type FormOption, type OptionExample } from './types';

/**
 * "Require authentication to join" (« Seuls les utilisateurs authentifiés peuvent rejoindre… »). Read for the
 * popup and the rules that may use it; no rule fires on it today, so it offers no fix.
 */
export const REQUIRE_AUTH: OptionVocabulary = {
  exact: [/^(require authentication to join|requires authentication to join|exiger une authentification pour rejoindre|exiger l authentification pour rejoindre)$/],
  loose: [
    /\b(require (meeting |participant )?authentication|authentication (is )?required|only authenticated (users|meeting participants|participants)|exiger (une |l )?authentification|authentification (requise|obligatoire)|seuls les (utilisateurs|participants) authentifies|utilisateurs authentifies peuvent)\b/,
  ],
  exclude: [/\b(exception|exceptions|recording|recordings|enregistrement|enregistrements|cloud|view|voir|consulter|phone|telephone)\b/],
  kinds: ['checkbox', 'switch'],
};

export const requireAuthenticationOption: FormOption<'requireAuthentication'> = {
  id: 'require-authentication',
  key: 'requireAuthentication',
  rule: null,
  legacyIds: {
    option_enforce_login: 'require authentication to join',
    option_authenticated_users: 'require authentication to join',
    option_only_auth: 'require authentication to join',
  },
  read(toggles: Toggle[]) {
    return readOnOff(this, toggles, REQUIRE_AUTH, null, (on) => (on ? 'on' : 'off'));
  },
};

/** Example markups of this option: documentation, and its unit tests (tests/unit/page/options.test.ts). */
export const requireAuthenticationExamples = (): OptionExample<'requireAuthentication'>[] => [
    {
      name: 'Vue schedule form (EN), off',
      markup: `<label class="zoom-checkbox"><span class="zoom-checkbox__input"><input type="checkbox" class="zoom-checkbox__original"></span><span class="zoom-checkbox__label">Require authentication to join</span></label>`,
      value: 'off',
    },
    {
      name: 'settings (FR), on',
      markup: `<div class="setting-item"><div class="setting-name" id="ra-name">Seuls les utilisateurs authentifiés peuvent rejoindre les réunions</div><button type="button" role="switch" class="zm-switch is-checked" aria-checked="true" aria-labelledby="ra-name"></button></div>`,
      value: 'on',
    },
    {
      name: 'legacy form, on',
      markup: `<div class="checkbox"><input type="checkbox" id="option_enforce_login" name="option_enforce_login" checked> <label for="option_enforce_login">Only authenticated users can join</label></div>`,
      value: 'on',
    },
  ];
