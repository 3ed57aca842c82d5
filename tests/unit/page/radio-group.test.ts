// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFindings, readFormState } from '../../../src/core/form-state';
import { parse } from './helpers';

/**
 * A radio's own label decides what it is: the group's shared `name`/`id` says nothing about which option a
 * radio is. A group named `option_pmi` (a legacy id Vigie knows for the PMI) holding "Generate Automatically"
 * (checked) and "Personal Meeting ID …" reads as an automatic ID, not as the PMI.
 */
const group = (generateChecked: boolean, generate = 'Generate Automatically', pmi = 'Personal Meeting ID 492 555 0101'): string =>
  `<div class="controls" id="option_pmi" role="radiogroup" aria-label="Meeting ID">` +
  `<label class="radio"><input type="radio" name="option_pmi" value="off"${generateChecked ? ' checked' : ''}> ${generate}</label>` +
  `<label class="radio"><input type="radio" name="option_pmi" value="on"${generateChecked ? '' : ' checked'}> <span>${pmi}</span></label>` +
  `</div>`;

describe('radio group named after the PMI: each radio is what its own label says', () => {
  it.each([
    ['EN, "Generate Automatically" checked', group(true), false],
    ['EN, "Personal Meeting ID …" checked', group(false), true],
    ['FR, « Générer automatiquement » checked', group(true, 'Générer automatiquement', 'Nº personnel de réunion (NPR) 492 555 0101'), false],
    ['FR, « Nº personnel de réunion (NPR) » checked', group(false, 'Générer automatiquement', 'Nº personnel de réunion (NPR) 492 555 0101'), true],
  ])('%s → pmiSelected %s', (_what, markup, pmi) => {
    const doc = parse(`<form id="schedule_form">${markup}</form>`);
    expect(readFormState(doc, 'schedule').pmiSelected).toBe(pmi);
    const finding = readFindings(doc, 'schedule').find((f) => f.option === 'pmi');
    expect(finding?.found).toBe(true);
    expect(finding?.compliant).toBe(!pmi);
  });

  it('a radio with no label of its own still takes its meaning from its id, never from the group name', () => {
    const doc = parse(
      '<form><input type="radio" name="option_pmi" id="optionOneTimeId" checked><input type="radio" name="option_pmi" id="optionScheduleWithPMI"></form>',
    );
    expect(readFormState(doc, 'schedule').pmiSelected).toBe(false);
  });
});

describe('2025–2026 wording from the captures', () => {
  it('"Record to computer files" is a local target of automatic recording, not cloud recording', () => {
    const doc = parse(
      '<div><label class="zoom-checkbox"><input type="checkbox" class="zoom-checkbox__original" checked><span class="zoom-checkbox__label">Automatic recording</span></label>' +
        '<div role="radiogroup"><label><input type="radio" name="target" checked> Record to computer files</label><label><input type="radio" name="target"> Record to the cloud</label></div></div>',
    );
    const state = readFormState(doc, 'schedule');
    expect(state.autoRecording).toBe('local');
    expect(state.cloudRecordingEnabled).toBeUndefined();
  });

  it('French help-centre vocabulary: « Nº personnel de réunion (NPR) », « code secret », « Salle d’attente »', () => {
    const doc = parse(
      '<form><div role="radiogroup"><label><input type="radio" name="mid"> Générer automatiquement</label><label><input type="radio" name="mid" checked> Nº personnel de réunion (NPR) 492 555 0101</label></div>' +
        '<label><input type="checkbox"> Code secret</label><label><input type="checkbox" checked> Salle d’attente</label></form>',
    );
    expect(readFormState(doc, 'schedule')).toMatchObject({ pmiSelected: true, passcode: 'off', waitingRoom: 'on' });
  });
});
