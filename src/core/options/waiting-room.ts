import type { OptionVocabulary, Toggle } from './toggles';
import { readOnOff, type FormOption, type OptionExample } from './types';

/**
 * Waiting room (« Salle d’attente »): a checkbox on the schedule form, a switch in the settings.
 * Compliant: on (`waiting-room`). Fix: a click on the control.
 */
export const WAITING_ROOM: OptionVocabulary = {
  exact: [/^(enable |activer |use |utiliser )?(the |la |une |a )?(waiting room|salle d attente)( enabled| activee| on)?$/],
  loose: [/\b(waiting room|salle d attente)\b/],
  exclude: [
    /\b(option|options|bypass|contourner|ignorer|skip|customi[sz]e|personnali[sz]er|message|title|titre|logo|description|join before|rejoindre avant|avant l arrivee|allow|autoriser|permettre|move|deplacer|place|placer|admit|admettre|chat|discussion|breakout|reconnect|notification|expuls)\b/,
  ],
  kinds: ['checkbox', 'switch'],
};

export const waitingRoomOption: FormOption<'waitingRoom'> = {
  id: 'waiting-room',
  key: 'waitingRoom',
  rule: 'waiting-room',
  legacyIds: { option_waiting_room: 'waiting room' },
  read(toggles: Toggle[]) {
    return readOnOff(this, toggles, WAITING_ROOM, 'on', (on) => (on ? 'on' : 'off'));
  },
};

/** Example markups of this option: documentation, and its unit tests (tests/unit/page/options.test.ts). */
export const waitingRoomExamples = (): OptionExample<'waitingRoom'>[] => [
    {
      name: 'Vue schedule form (EN), off',
      markup: `<div class="waiting-room"><label class="zoom-checkbox" for="waiting-room"><span class="zoom-checkbox__input"><span class="zoom-checkbox__inner"></span><input type="checkbox" id="waiting-room" class="zoom-checkbox__original" value=""></span><span class="zoom-checkbox__label">Waiting Room</span></label><p class="desc">Only users admitted by the host can join the meeting</p></div>`,
      value: 'off',
      fixLabel: 'Waiting Room',
    },
    {
      name: 'Vue schedule form (FR), on',
      markup: `<div class="waiting-room"><label class="zoom-checkbox is-checked" for="waiting-room"><span class="zoom-checkbox__input is-checked"><span class="zoom-checkbox__inner"></span><input type="checkbox" id="waiting-room" class="zoom-checkbox__original" value="" checked></span><span class="zoom-checkbox__label">Salle d’attente</span></label></div>`,
      value: 'on',
    },
    {
      name: 'legacy form (EN), off',
      markup: `<div class="checkbox"><input type="checkbox" id="option_waiting_room" name="option_waiting_room"> <label for="option_waiting_room">Enable waiting room</label></div>`,
      value: 'off',
      fixLabel: 'Enable waiting room',
    },
    {
      name: 'settings (FR), switch off',
      markup: `<div class="setting-item"><div class="setting-text"><div class="setting-name" id="wr-name">Salle d’attente</div><p class="setting-desc">Lorsque les participants rejoignent une réunion, placez-les dans une salle d’attente.</p></div><button type="button" role="switch" class="zm-switch" aria-checked="false" aria-labelledby="wr-name"></button></div>`,
      value: 'off',
      fixLabel: 'Salle d’attente',
    },
    {
      name: 'settings (EN), off and locked by admin',
      markup: `<div class="zoom-feature-settings__layout-row"><h4 class="zoom-feature-settings__name">Waiting Room</h4><label class="zoom-toggle is-disabled" role="none"><input class="zoom-toggle__original" type="checkbox" role="switch" aria-checked="false" aria-disabled="true" aria-label="Waiting Room"><span class="zoom-toggle__core is-disabled"></span></label><p class="zoom-feature-settings__result-text is-result-locked-badge">Locked by admin</p></div>`,
      value: 'off',
      blocked: 'locked',
    },
  ];
