import { browser, $, expect } from '@wdio/globals';
import { openAndWait, setUserOptions, shadowExists, waitForVigie } from '../support/vigie';
import { contentStats } from '../support/stats';

/** A valid NIR (key = 97 − (first 13 digits mod 97)). */
function validNir(): string {
  const body = '1841276451089';
  const key = 97 - Number(BigInt(body) % 97n);
  return `${body}${String(key).padStart(2, '0')}`;
}

describe('Sensitive data typed in Zoom fields is noticed locally', () => {
  before(() => setUserOptions(null));

  it('a pupil’s health data and a class council in the topic', async () => {
    await openAndWait('https://zoom.us/meeting/schedule', 'schedule');
    const topic = $('#topic');
    await topic.setValue('Équipe éducative – PAI diabète de Léa');
    const state = await waitForVigie((s) => s.rules.includes('sensitive-data-detected'), 'sensitive-data-detected');
    expect(state.sensitive).toEqual(expect.arrayContaining(['health', 'class-council']));
    expect(await shadowExists('[data-vigie-field-warning]')).toBe(true);
    const note = await browser.execute(() => document.getElementById('vigie-root')?.shadowRoot?.querySelector('[data-vigie-field-warning]')?.textContent ?? '');
    expect(note).toMatch(/PAI|diabète/);

    await topic.setValue('Réunion parents-professeurs 4e B');
    await waitForVigie((s) => !s.rules.includes('sensitive-data-detected') && s.sensitive.length === 0, 'the warning gone once the text is clean');
    expect(await shadowExists('[data-vigie-field-warning]')).toBe(false);
  });

  it('an exam in the description adds the proctoring rule', async () => {
    await openAndWait('https://zoom.us/meeting/schedule?fixture=schedule-en', 'schedule');
    await $('textarea').setValue('Final exam with remote proctoring, cameras on');
    const state = await waitForVigie((s) => s.rules.includes('no-remote-proctoring'), 'no-remote-proctoring');
    expect(state.sensitive).toContain('exam');
  });

  it('a social security number with a valid key, not one with a wrong key', async () => {
    await openAndWait('https://zoom.us/meeting/schedule', 'schedule');
    const nir = validNir();
    const wrong = `${nir.slice(0, 13)}${String((Number(nir.slice(13)) % 97) + 1).padStart(2, '0')}`;
    await $('#agenda').setValue(`Dossier ${wrong}`);
    await browser.pause(400); // longer than the scanner's debounce: a wrong key must stay unreported
    await waitForVigie((s) => !s.sensitive.includes('nir'), 'no nir for a wrong key');
    await $('#agenda').setValue(`Dossier ${nir}`);
    await waitForVigie((s) => s.sensitive.includes('nir'), 'nir for a valid key');
  });

  it('the in-meeting chat of the web client', async () => {
    await setUserOptions(null);
    await openAndWait('https://zoom.us/wc/85012345678/join?fixture=webclient-join-en', 'webclient');
    await $('#input-for-name').setValue('Claire Martin');
    await $('button.preview-join-button').click();
    if (await shadowExists('[data-vigie-confirm]')) {
      await browser.execute(() => document.getElementById('vigie-root')?.shadowRoot?.querySelector<HTMLElement>('[data-vigie-confirm-continue]')?.click());
    }
    const chat = $('textarea');
    await chat.waitForDisplayed();
    await chat.setValue('Léo est dyslexique et suivi par la MDPH');
    const state = await waitForVigie((s) => s.sensitive.includes('health'), 'health in the chat');
    expect(state.rules).toContain('sensitive-data-detected');
  });

  it('a topic the page fills in by itself (an edited meeting rendered after load), without any typing', async () => {
    await openAndWait('https://zoom.us/meeting/schedule?fixture=schedule-en', 'schedule');
    await browser.execute(() => {
      // As Zoom's single-page app does when it opens an existing meeting: the form arrives pre-filled.
      const input = document.createElement('input');
      input.type = 'text';
      input.id = 'edited-topic';
      input.value = 'IEP review for Tom: autism, speech therapy';
      document.querySelector('form')?.prepend(input);
    });
    const state = await waitForVigie((s) => s.sensitive.includes('health'), 'health in a pre-filled topic');
    expect(state.rules).toContain('sensitive-data-detected');
    // A value changed by the page's own script, with no input event, is read again too.
    await browser.execute(() => {
      (document.getElementById('edited-topic') as HTMLInputElement).value = 'Weekly staff meeting';
      document.body.append(document.createElement('span'));
    });
    await waitForVigie((s) => !s.sensitive.includes('health'), 'the finding gone with the text');
  });

  it('loads the lexicon only once a field holds text', async () => {
    await openAndWait('https://zoom.us/wc/85012345678/join?fixture=webclient-join-fr', 'webclient');
    await browser.pause(300);
    expect((await contentStats(browser)).lexiconLoaded).toBe(false);
    await $('#input-for-name').setValue('Claire Martin');
    await browser.waitUntil(async () => (await contentStats(browser)).lexiconLoaded, { timeout: 5000, timeoutMsg: 'the lexicon was not loaded after typing' });
  });
});
