// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findEmailDomain, isConfirmableSubmit, isEmailField, isScannableField, readFormState } from '../../../src/core/form-state';
import { parse } from './helpers';

/** Zoom's Vue checkbox (label.zoom-checkbox > span.zoom-checkbox__input > input.zoom-checkbox__original). */
const zoomCheckbox = (label: string, checked: boolean, extra = ''): string =>
  `<label class="zoom-checkbox${checked ? ' is-checked' : ''}" ${extra}><span class="zoom-checkbox__input${checked ? ' is-checked' : ''}"><span class="zoom-checkbox__inner"></span><input type="checkbox" class="zoom-checkbox__original" aria-hidden="false" value=""></span><span class="zoom-checkbox__label">${label}</span></label>`;
/** Zoom's Vue radio (div[role=radio].zoom-radio__inner + label). */
const zoomRadio = (label: string, checked: boolean): string =>
  `<label class="zoom-radio${checked ? ' is-checked' : ''}"><span class="zoom-radio__wrap"><div role="radio" class="zoom-radio__inner" aria-checked="${checked}" tabindex="0"><i class="zoom-radio__knob"></i></div><span class="zoom-radio__label">${label}</span></span></label>`;
/** Same radio, state only by class (no aria-checked). */
const classRadio = (label: string, checked: boolean): string =>
  `<label class="zoom-radio${checked ? ' is-checked' : ''}"><span class="zoom-radio__input${checked ? ' is-checked' : ''}"><span class="zoom-radio__inner"></span></span><span class="zoom-radio__label">${label}</span></label>`;
const nativeCheckbox = (id: string, label: string, checked: boolean): string =>
  `<div><input type="checkbox" id="${id}"${checked ? ' checked' : ''}><label for="${id}">${label}</label></div>`;
const wrappedCheckbox = (label: string, checked: boolean): string => `<label><input type="checkbox"${checked ? ' checked' : ''}> ${label}</label>`;
const roleCheckbox = (label: string, checked: boolean): string => `<div role="checkbox" aria-checked="${checked}" tabindex="0">${label}</div>`;
const roleSwitchRow = (label: string, checked: boolean, desc = 'Lorem ipsum.'): string =>
  `<div class="setting-row"><div class="setting-name"><span>${label}</span></div><p class="setting-desc">${desc}</p><button type="button" role="switch" aria-checked="${checked}" class="zm-switch${checked ? ' is-checked' : ''}"><span class="zm-switch__core"></span></button></div>`;
const classSwitchRow = (label: string, checked: boolean): string =>
  `<div class="setting-row"><div class="setting-name">${label}</div><div class="zm-switch${checked ? ' is-checked' : ''}"><span class="zm-switch__core"></span></div></div>`;
const labelledSwitch = (id: string, label: string, checked: boolean): string =>
  `<div class="row"><h4 id="${id}">${label}</h4><div role="switch" aria-labelledby="${id}" aria-checked="${checked}"></div></div>`;

type Style = (label: string, checked: boolean) => string;
const styles: [string, Style][] = [
  ['zoom vue checkbox', zoomCheckbox],
  ['native + label[for]', (l, c) => nativeCheckbox(`cb${Math.random().toString(36).slice(2)}`, l, c)],
  ['wrapping label', wrappedCheckbox],
  ['role=checkbox', roleCheckbox],
  ['role=switch row', roleSwitchRow],
  ['class-only zm-switch row', classSwitchRow],
  ['aria-labelledby switch', (l, c) => labelledSwitch(`h${Math.random().toString(36).slice(2)}`, l, c)],
];

describe('readFormState — waiting room and passcode in every control style, FR and EN', () => {
  const labels: [string, 'waitingRoom' | 'passcode'][] = [
    ['Waiting Room', 'waitingRoom'],
    ['Salle d’attente', 'waitingRoom'],
    ["Salle d'attente", 'waitingRoom'],
    ['SALLE D ATTENTE', 'waitingRoom'],
    ['Enable waiting room', 'waitingRoom'],
    ['Activer la salle d’attente', 'waitingRoom'],
    ['Passcode', 'passcode'],
    ['Code secret', 'passcode'],
    ['Code d’accès', 'passcode'],
    ["Code d'acces", 'passcode'],
    ['Require a passcode when scheduling new meetings', 'passcode'],
    ['Exiger un code secret lors de la programmation de nouvelles réunions', 'passcode'],
  ];
  for (const [styleName, style] of styles) {
    for (const [label, field] of labels) {
      for (const checked of [true, false]) {
        it(`${styleName}: "${label}" ${checked ? 'on' : 'off'}`, () => {
          const doc = parse(`<form>${style(label, checked)}${style('Mute participants upon entry', !checked)}</form>`);
          const state = readFormState(doc, 'schedule');
          expect(state[field]).toBe(checked ? 'on' : 'off');
          const other = field === 'waitingRoom' ? 'passcode' : 'waitingRoom';
          expect(state[other]).toBeUndefined();
        });
      }
    }
  }
});

describe('readFormState — absent, hidden and ambiguous controls', () => {
  it('returns nothing on an empty page or an unknown context', () => {
    expect(readFormState(parse('<p>Hello</p>'), 'schedule')).toEqual({});
    expect(readFormState(parse(zoomCheckbox('Waiting Room', true)), 'join')).toEqual({});
    expect(readFormState(parse(zoomCheckbox('Waiting Room', true)), null)).toEqual({});
  });

  it('does not read a help text mentioning the waiting room as the option', () => {
    const doc = parse(`${zoomCheckbox('Allow participants to join anytime', true)}<p class="desc">Participants can join before the host, unless the Waiting Room is enabled.</p>`);
    expect(readFormState(doc, 'schedule').waitingRoom).toBeUndefined();
  });

  it('ignores the passcode text field and reads the checkbox', () => {
    const doc = parse(`<div id="security" role="group"><div class="passcode-wrapper">${zoomCheckbox('Passcode', false)}<input type="text" aria-label="Passcode" value=""></div></div>`);
    expect(readFormState(doc, 'schedule').passcode).toBe('off');
  });

  it.each([
    ['hidden attribute', (h: string) => `<div hidden>${h}</div>`],
    ['inline display:none', (h: string) => `<div style="display: none">${h}</div>`],
    ['hidden class', (h: string) => `<div class="enforce-signed-in hidden">${h}</div>`],
    ['aria-hidden on the control', () => `<div role="checkbox" aria-checked="false" aria-hidden="true">Waiting Room</div>`],
  ])('ignores a control that is not shown (%s)', (_name, wrap) => {
    const doc = parse(wrap(zoomCheckbox('Waiting Room', false)));
    expect(readFormState(doc, 'schedule').waitingRoom).toBeUndefined();
  });

  it('reads options collapsed behind "Show" / "Afficher" (they will be saved with the form)', () => {
    for (const show of ['Show', 'Afficher']) {
      const doc = parse(
        `<div class="optional-options"><button type="button" class="option-btn" aria-expanded="false">${show}</button><div class="option-list" style="display:none">${zoomCheckbox('Enregistrer la réunion automatiquement', true)}<div class="zoom-radio-group">${zoomRadio("Sur l'ordinateur local", false)}${zoomRadio('Dans le cloud', true)}</div></div></div>`,
      );
      expect(readFormState(doc, 'schedule').autoRecording).toBe('cloud');
    }
  });

  it('reads a closed <details> as collapsed, not absent', () => {
    const doc = parse(`<details><summary>Advanced options</summary>${nativeCheckbox('wr', 'Waiting room', true)}</details>`);
    expect(readFormState(doc, 'schedule').waitingRoom).toBe('on');
  });

  it('reads a custom-styled native checkbox whose input itself is visually hidden', () => {
    const doc = parse(`<div class="opt"><input type="checkbox" id="w" class="sr-only" checked><label for="w">Salle d'attente</label></div>`);
    expect(readFormState(doc, 'schedule').waitingRoom).toBe('on');
  });

  it('does not throw on odd DOM', () => {
    const doc = parse(`<label for="">x</label><input type="checkbox" aria-labelledby="nope missing"><div role="switch"></div><div class="zm-switch"></div>`);
    expect(() => readFormState(doc, 'meeting-settings')).not.toThrow();
    expect(readFormState(doc.createElement('div'), 'schedule')).toEqual({});
  });

  it('reads inside a shadow root', () => {
    const doc = parse('<div id="host"></div>');
    const host = doc.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    const sw = doc.createElement('div');
    sw.setAttribute('role', 'switch');
    sw.setAttribute('aria-checked', 'true');
    sw.setAttribute('aria-label', 'Waiting Room');
    shadow.append(sw);
    expect(readFormState(shadow, 'meeting-settings').waitingRoom).toBe('on');
  });
});

describe('readFormState — meeting ID (PMI)', () => {
  it.each([
    ['EN', 'Generate Automatically', 'Personal Meeting ID 492 555 0101'],
    ['FR NPR', 'Générer automatiquement', 'N° personnel de réunion (NPR) 492 555 0101'],
    ['FR Nº', 'Générer automatiquement', 'Nº personnel de réunion 492 555 0101'],
    ['FR ID', 'Générer automatiquement', 'ID de réunion personnelle 492 555 0101'],
  ])('%s: radios with aria-checked', (_lang, generate, pmi) => {
    expect(readFormState(parse(`<div class="zoom-radio-group">${zoomRadio(generate, true)}${zoomRadio(pmi, false)}</div>`), 'schedule').pmiSelected).toBe(false);
    expect(readFormState(parse(`<div class="zoom-radio-group">${zoomRadio(generate, false)}${zoomRadio(pmi, true)}</div>`), 'schedule').pmiSelected).toBe(true);
  });

  it('radios marked only by class', () => {
    expect(readFormState(parse(`<div>${classRadio('Generate Automatically', false)}${classRadio('Personal Meeting ID 492 555 0101', true)}</div>`), 'schedule').pmiSelected).toBe(true);
    expect(readFormState(parse(`<div>${classRadio('Generate Automatically', true)}${classRadio('Personal Meeting ID 492 555 0101', false)}</div>`), 'schedule').pmiSelected).toBe(false);
  });

  it('legacy portal ids without usable labels', () => {
    const html = (pmi: boolean) =>
      `<form id="schedule_form"><input type="radio" name="with_pmi" id="optionOneTimeId"${pmi ? '' : ' checked'}><input type="radio" name="with_pmi" id="optionScheduleWithPMI"${pmi ? ' checked' : ''}></form>`;
    expect(readFormState(parse(html(true)), 'schedule').pmiSelected).toBe(true);
    expect(readFormState(parse(html(false)), 'schedule').pmiSelected).toBe(false);
  });

  it('absent meeting-ID choice → undefined; only "generate" → false', () => {
    expect(readFormState(parse(zoomCheckbox('Waiting Room', true)), 'schedule').pmiSelected).toBeUndefined();
    expect(readFormState(parse(zoomRadio('Generate Automatically', true)), 'schedule').pmiSelected).toBe(false);
  });

  it('is not fooled by settings about the PMI passcode', () => {
    const doc = parse(roleSwitchRow('Require a passcode for Personal Meeting ID (PMI)', true));
    const state = readFormState(doc, 'meeting-settings');
    expect(state.pmiSelected).toBeUndefined();
    expect(state.passcode).toBeUndefined();
  });
});

describe('readFormState — automatic recording', () => {
  const rec = (main: string, on: boolean, local: string, cloud: string, target: 'local' | 'cloud' | null) =>
    `<div class="auto-rec">${zoomCheckbox(main, on)}<div class="zoom-radio-group">${zoomRadio(local, target === 'local')}${zoomRadio(cloud, target === 'cloud')}</div></div>`;
  it.each([
    ['EN', 'Record the meeting automatically', 'On the local computer', 'In the cloud'],
    ['FR', 'Enregistrer la réunion automatiquement', 'Sur l’ordinateur local', 'Dans le cloud'],
    ['FR2', 'Enregistrer automatiquement la réunion', "Sur l'ordinateur local", 'Sur le cloud'],
  ])('%s', (_lang, main, local, cloud) => {
    expect(readFormState(parse(rec(main, false, local, cloud, 'local')), 'schedule').autoRecording).toBe('off');
    expect(readFormState(parse(rec(main, true, local, cloud, 'local')), 'schedule').autoRecording).toBe('local');
    expect(readFormState(parse(rec(main, true, local, cloud, 'cloud')), 'schedule').autoRecording).toBe('cloud');
    expect(readFormState(parse(rec(main, true, local, cloud, null)), 'schedule').autoRecording).toBe('on');
  });

  it('Basic account: "Automatically record meeting on the local computer"', () => {
    expect(readFormState(parse(zoomCheckbox('Automatically record meeting on the local computer', true)), 'schedule').autoRecording).toBe('local');
    expect(readFormState(parse(zoomCheckbox('Enregistrer automatiquement la réunion sur l’ordinateur local', false)), 'schedule').autoRecording).toBe('off');
  });

  it('legacy ids #option_autorec + #option_autorec_local / #option_autorec_cloud', () => {
    const html = (on: boolean, cloud: boolean) =>
      `<form id="schedule_form"><div class="form-group"><input type="checkbox" id="option_autorec"${on ? ' checked' : ''}><label for="option_autorec">Record the meeting automatically</label><div class="sub"><input type="radio" name="autorec" id="option_autorec_local"${cloud ? '' : ' checked'}><label for="option_autorec_local">On the local computer</label><input type="radio" name="autorec" id="option_autorec_cloud"${cloud ? ' checked' : ''}><label for="option_autorec_cloud">In the cloud</label></div></div></form>`;
    expect(readFormState(parse(html(true, true)), 'schedule').autoRecording).toBe('cloud');
    expect(readFormState(parse(html(true, false)), 'schedule').autoRecording).toBe('local');
    expect(readFormState(parse(html(false, true)), 'schedule').autoRecording).toBe('off');
  });

  it('absent → undefined', () => {
    expect(readFormState(parse(zoomCheckbox('Mute participants upon entry', true)), 'schedule').autoRecording).toBeUndefined();
  });
});

describe('readFormState — settings page', () => {
  const page = (cloud: boolean, auto: boolean, target: 'local' | 'cloud', lang: 'en' | 'fr') => {
    const t = lang === 'en'
      ? { cloud: 'Cloud recording', auto: 'Automatic recording', local: 'Record on the local computer', inCloud: 'Record in the cloud', local2: 'Local recording', auth: 'Only authenticated users can view cloud recordings' }
      : { cloud: 'Enregistrement dans le cloud', auto: 'Enregistrement automatique', local: "Enregistrer sur l'ordinateur local", inCloud: 'Enregistrer dans le cloud', local2: 'Enregistrement local', auth: 'Seuls les utilisateurs authentifiés peuvent voir les enregistrements dans le cloud' };
    return `<section>${roleSwitchRow(t.local2, true)}${roleSwitchRow(t.cloud, cloud, 'Allow hosts to record and save the meeting in the cloud.')}${roleSwitchRow(t.auth, true)}<div class="setting-row"><div class="setting-name">${t.auto}</div><p>Record meetings automatically as they start.</p><button role="switch" aria-checked="${auto}" class="zm-switch"></button><div class="radios"><label><input type="radio" name="ar"${target === 'local' ? ' checked' : ''}> ${t.local}</label><label><input type="radio" name="ar"${target === 'cloud' ? ' checked' : ''}> ${t.inCloud}</label></div></div></section>`;
  };
  it.each(['en', 'fr'] as const)('%s', (lang) => {
    expect(readFormState(parse(page(true, true, 'cloud', lang)), 'recording-settings')).toMatchObject({ cloudRecordingEnabled: true, autoRecording: 'cloud' });
    expect(readFormState(parse(page(false, true, 'local', lang)), 'recording-settings')).toMatchObject({ cloudRecordingEnabled: false, autoRecording: 'local' });
    expect(readFormState(parse(page(false, false, 'local', lang)), 'recording-settings')).toMatchObject({ cloudRecordingEnabled: false, autoRecording: 'off' });
    expect(readFormState(parse(page(false, false, 'local', lang)), 'recording-settings').requireAuthentication).toBeUndefined();
  });

  it('meeting tab: waiting room, passcode, authentication', () => {
    const html = `${roleSwitchRow('Require a passcode when scheduling new meetings', false)}${roleSwitchRow('Require a passcode for instant meetings', true)}${roleSwitchRow('Embed passcode in invite link for one-click join', true)}${roleSwitchRow('Waiting Room', true, 'When participants join a meeting, place them in a waiting room.')}${roleSwitchRow('Only authenticated meeting participants and webinar attendees can join meetings and webinars', false)}`;
    expect(readFormState(parse(html), 'meeting-settings')).toMatchObject({ passcode: 'off', waitingRoom: 'on', requireAuthentication: 'off' });
    const fr = `${roleSwitchRow('Salle d’attente', false)}${roleSwitchRow('Exiger un code secret lors de la programmation de nouvelles réunions', true)}${roleSwitchRow('Seuls les utilisateurs authentifiés peuvent rejoindre les réunions', true)}`;
    expect(readFormState(parse(fr), 'meeting-settings')).toMatchObject({ passcode: 'on', waitingRoom: 'off', requireAuthentication: 'on' });
  });

  it('schedule: "Require authentication to join" / "Exiger une authentification pour rejoindre"', () => {
    expect(readFormState(parse(zoomCheckbox('Require authentication to join', true)), 'schedule').requireAuthentication).toBe('on');
    expect(readFormState(parse(zoomCheckbox('Exiger une authentification pour rejoindre', false)), 'schedule').requireAuthentication).toBe('off');
  });
});

describe('readFormState — showsPmi on meetings pages', () => {
  it.each([
    ['<h2>Personal Meeting ID</h2><div>123 456 7890</div>', true],
    ['<dl><dt>N° personnel de réunion (NPR)</dt><dd>123-456-7890</dd></dl>', true],
    ['<div><span>ID de réunion personnelle</span> <span>***-***-7890</span></div>', true],
    ['<div hidden><h2>Personal Meeting ID</h2><div>123 456 7890</div></div>', false],
    ['<h2>Upcoming meetings</h2><div>Meeting ID 812 3456 7890</div>', false],
    // Text that only normalising reveals (the quick filter before it must let it through).
    ['<h2>IDENTIFIANT PERSONNEL DE RÉUNION</h2><div>123 456 7890</div>', true],
    ['<h2>P\u200BMI</h2><div>123 456 7890</div>', true],
    ['<h2>\uFF30\uFF2D\uFF29</h2><div>123 456 7890</div>', true],
  ])('%s → %s', (html, expected) => {
    expect(readFormState(parse(html), 'meetings').showsPmi).toBe(expected);
  });
  it('undefined outside meetings pages', () => {
    expect(readFormState(parse('<h2>Personal Meeting ID</h2><div>123 456 7890</div>'), 'schedule').showsPmi).toBeUndefined();
  });
});

describe('findEmailDomain / isEmailField', () => {
  const form = (attrs: string, value: string, label = '') => parse(`<form>${label}<input ${attrs} value="${value}"></form>`);
  it.each([
    ['type="email"', 'jeanne@gmail.com', 'gmail.com'],
    ['type="text" id="email"', 'Jeanne.Dupont@Ac-Grenoble.FR', 'ac-grenoble.fr'],
    ['type="text" autocomplete="username"', ' x@univ-grenoble-alpes.fr ', 'univ-grenoble-alpes.fr'],
    ['type="text" name="user_email"', 'x@orange.fr', 'orange.fr'],
    ['type="text" id="f1"', 'x@free.fr', 'free.fr'],
    ['type="email"', 'jeanne@gmail', undefined],
    ['type="email"', 'jeanne@', undefined],
    ['type="email"', 'jeanne', undefined],
    ['type="password"', 'x@gmail.com', undefined],
  ])('%s "%s" → %s', (attrs, value, expected) => {
    const label = attrs.includes('f1') ? '<label for="f1">Adresse e-mail</label>' : '';
    expect(findEmailDomain(form(attrs, value, label), 'signup')).toBe(expected);
  });
  it('only on sign-up / sign-in pages', () => {
    expect(findEmailDomain(form('type="email"', 'x@gmail.com'), 'signin')).toBe('gmail.com');
    expect(findEmailDomain(form('type="email"', 'x@gmail.com'), 'discord-signup')).toBe('gmail.com');
    expect(findEmailDomain(form('type="email"', 'x@gmail.com'), 'schedule')).toBeUndefined();
  });
  it.each([
    ['<input type="email">', true],
    ['<input placeholder="Adresse électronique">', true],
    ['<input aria-label="Work Email">', true],
    ['<input id="topic">', false],
    ['<input type="password" id="email">', false],
    ['<textarea id="email"></textarea>', false],
  ])('isEmailField(%s) → %s', (html, expected) => {
    const doc = parse(html);
    expect(isEmailField(doc.body.firstElementChild)).toBe(expected);
  });
});

describe('isScannableField', () => {
  it.each([
    ['<input id="topic">', true],
    ['<input type="text">', true],
    ['<input type="search">', true],
    ['<input type="url">', true],
    ['<textarea></textarea>', true],
    ['<div contenteditable="true">x</div>', true],
    ['<div contenteditable="">x</div>', true],
    ['<div contenteditable="false">x</div>', false],
    ['<input type="email">', false],
    ['<input type="password">', false],
    ['<input type="hidden">', false],
    ['<input type="number">', false],
    ['<input type="checkbox">', false],
    ['<input id="email" type="text">', false],
    ['<p>text</p>', false],
  ])('%s → %s', (html, expected) => {
    expect(isScannableField(parse(html).body.firstElementChild)).toBe(expected);
  });
  it('null-safe', () => {
    expect(isScannableField(null)).toBe(false);
  });
});

describe('isConfirmableSubmit', () => {
  const el = (html: string, selector = '[data-t]') => parse(html).querySelector(selector) as Element;
  it.each([
    ['<form><button data-t type="button">Save</button></form>', 'schedule', true],
    ['<form><button type="button"><span data-t>Enregistrer</span></button></form>', 'schedule', true],
    ['<form><button data-t>Sauvegarder</button></form>', 'schedule', true],
    ['<form><button data-t>Programmer</button></form>', 'schedule', true],
    ['<form><input data-t type="submit" value="Schedule"></form>', 'schedule', true],
    ['<form id="schedule_form"><a data-t class="btn btn-primary submit" href="#">Go</a></form>', 'schedule', true],
    ['<form><button data-t type="submit">Continuer</button></form>', 'schedule', true],
    ['<form><button data-t type="button">Cancel</button></form>', 'schedule', false],
    ['<form><button data-t type="button">Annuler</button></form>', 'schedule', false],
    ['<form><button data-t type="button">Show</button></form>', 'schedule', false],
    ['<form><button data-t type="button" disabled>Save</button></form>', 'schedule', false],
    ['<form><button data-t>Save</button></form>', 'signup', false],
    ['<button data-t class="zm-btn preview-join-button">Join</button>', 'webclient', true],
    ['<button data-t class="zm-btn preview-join-button"><span>Rejoindre</span></button>', 'webclient', true],
    ['<button data-t>Rejoindre</button>', 'join', false], // the launch page is not interrupted: the web client asks
    ['<button data-t>Join Audio by Computer</button>', 'webclient', false],
    ['<a data-t href="/wc/join/1">Join from your browser</a>', 'join', false],
    ['<button data-t>Join</button>', 'schedule', false],
  ] as const)('%s in %s → %s', (html, context, expected) => {
    expect(isConfirmableSubmit(el(html), context)).toBe(expected);
  });
});
