// @vitest-environment happy-dom
// Markup written independently of our replicas (plain native inputs, ARIA switches, class-only
// components, French word-order variants): the reader must not depend on our fixtures' shapes.
import { it, expect } from 'vitest';
import { readFormState, findEmailDomain, isConfirmableSubmit } from '../../../src/core/form-state';

const cases: Array<[string, string, Record<string, unknown>]> = [
  ['en native', `<form><label><input type="radio" name="mid" value="auto"> Generate Automatically</label>
    <label><input type="radio" name="mid" value="pmi" checked> Personal Meeting ID 123 456 7890</label>
    <label><input type="checkbox" id="wr"> Waiting Room</label>
    <input type="checkbox" id="pc"><label for="pc">Passcode</label>
    <label><input type="checkbox" checked> Automatically record meeting</label>
    <label><input type="radio" name="rec"> On the local computer</label><label><input type="radio" name="rec" checked> In the cloud</label>
    <button type="submit">Save</button></form>`, { pmiSelected: true, waitingRoom: 'off', passcode: 'off', autoRecording: 'cloud' }],
  ['fr switches', `<div><span id="a">Salle d'attente</span><div role="switch" aria-labelledby="a" aria-checked="false"></div>
    <span id="b">Code secret</span><button role="switch" aria-labelledby="b" aria-checked="true"></button>
    <div role="radiogroup"><div role="radio" aria-checked="true">ID de réunion personnelle 123 456 7890</div><div role="radio" aria-checked="false">Générer automatiquement</div></div>
    <label><input type="checkbox" checked> Enregistrer automatiquement la réunion</label>
    <label><input type="radio" name="r" checked> Sur l’ordinateur local</label><label><input type="radio" name="r"> Dans le cloud</label></div>`, { pmiSelected: true, waitingRoom: 'off', passcode: 'on', autoRecording: 'local' }],
  ['aria-label checkboxes', `<input type="checkbox" aria-label="Enable waiting room" checked><input type="checkbox" aria-label="Require meeting passcode">`, { waitingRoom: 'on', passcode: 'off' }],
  ['class-state', `<div class="zm-checkbox is-checked"><input type="checkbox" style="display:none"><span>Waiting room</span></div>
     <div class="zm-checkbox"><input type="checkbox" style="display:none"><span>Passcode</span></div>`, { waitingRoom: 'on', passcode: 'off' }],
];
for (const [name, html, expected] of cases) {
  it(name, () => {
    document.body.innerHTML = html;
    const s = readFormState(document, 'schedule');
    for (const [k, v] of Object.entries(expected)) expect([k, (s as Record<string, unknown>)[k]]).toEqual([k, v]);
  });
}
it('settings cloud', () => {
  document.body.innerHTML = `<div><h3>Cloud recording</h3><p>Allow hosts to record and save the meeting to the cloud</p><div class="zm-switch is-checked" role="switch" aria-checked="true" aria-label="Cloud recording"></div></div>`;
  expect(readFormState(document, 'recording-settings').cloudRecordingEnabled).toBe(true);
  document.body.innerHTML = `<div><label for="c">Enregistrement dans le cloud</label><input type="checkbox" id="c" role="switch" checked></div>`;
  expect(readFormState(document, 'recording-settings').cloudRecordingEnabled).toBe(true);
});
it('email', () => {
  document.body.innerHTML = `<label for="e">Email Address</label><input id="e" type="text" value="a.b@gmail.com">`;
  expect(findEmailDomain(document, 'signup')).toBe('gmail.com');
  document.body.innerHTML = `<input type="email" placeholder="Adresse e-mail" value="x@free.fr">`;
  expect(findEmailDomain(document, 'signin')).toBe('free.fr');
});
it('buttons', () => {
  document.body.innerHTML = `<form><button type="submit" id="s">Save</button><button id="j" class="preview-join-button">Join</button><button id="k">Rejoindre</button><button id="e">Enregistrer</button></form>`;
  expect(isConfirmableSubmit(document.getElementById('s')!, 'schedule')).toBe(true);
  expect(isConfirmableSubmit(document.getElementById('e')!, 'schedule')).toBe(true);
  expect(isConfirmableSubmit(document.getElementById('j')!, 'webclient')).toBe(true);
  expect(isConfirmableSubmit(document.getElementById('k')!, 'webclient')).toBe(true);
});

it('recordings: the cloud-recordings view means cloud recording is in use', () => {
  document.body.innerHTML = `<div role="tablist"><button role="tab" aria-selected="true">Cloud Recordings</button><button role="tab" aria-selected="false">Local Recordings</button></div>`;
  expect(readFormState(document, 'recordings').cloudRecordingEnabled).toBe(true);
  document.body.innerHTML = `<div role="tablist"><button role="tab" aria-selected="false">Enregistrements dans le cloud</button><button role="tab" aria-selected="true">Enregistrements locaux</button></div>`;
  expect(readFormState(document, 'recordings').cloudRecordingEnabled).toBeUndefined();
});
