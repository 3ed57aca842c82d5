import { browser, expect } from '@wdio/globals';
import { openAndWait, readVigie, waitForVigie } from '../support/vigie';

/** Real URLs of the SPEC's hosts, resolved to the local replicas; the context comes from the URL. */
const CASES: Array<[string, string]> = [
  ['https://zoom.us/signup', 'signup'],
  ['https://zoom.us/freesignup/', 'signup'],
  ['https://zoom.us/signin', 'signin'],
  ['https://zoom.us/meeting/schedule', 'schedule'],
  ['https://us02web.zoom.us/meeting/schedule', 'schedule'],
  ['https://zoom.us/meeting/85012345678/edit', 'schedule'],
  ['https://zoom.us/webinar/schedule', 'schedule'],
  ['https://zoom.us/j/85012345678?pwd=abc', 'join'],
  ['https://grenoble-inp.zoom.us/j/85012345678', 'join'],
  ['https://app.zoom.us/wc/85012345678/join', 'webclient'],
  ['https://zoom.us/wc/join/85012345678', 'webclient'],
  ['https://zoom.us/meeting', 'meetings'],
  ['https://zoom.us/profile/setting?tab=recording', 'recording-settings'],
  ['https://zoom.us/profile/setting', 'meeting-settings'],
  ['https://zoom.us/recording', 'recordings'],
  ['https://zoom.us/download', 'download'],
  ['https://zoom.us/', 'portal'],
  ['https://grenoble-inp.zoom.us/profile', 'portal'],
  ['https://discord.com/register', 'discord-signup'],
  ['https://discord.com/app', 'discord-app'],
  ['https://discord.com/channels/@me', 'discord-app'],
  ['https://discord.com/', 'discord'],
];

describe('Vigie marks every page of the services with its context', () => {
  it('is loaded in Chromium (fails when the extension did not load)', async () => {
    await browser.url('https://zoom.us/signup');
    // No fixed sleep: the content script runs at document_start, so the root must be there quickly.
    const state = await waitForVigie((s) => s.present, '#vigie-root on https://zoom.us/signup', 10000);
    expect(state.shadowOpen).toBe(true);
    expect(state.parentIsHtml).toBe(true);
  });

  for (const [url, context] of CASES) {
    it(`${url} → ${context}`, async () => {
      const state = await openAndWait(url, context);
      expect(state.context).toBe(context);
      // Every active rule is shown in the shadow root.
      for (const rule of state.rules) expect(state.shownRules).toContain(rule);
    });
  }

  it('follows single-page navigation (hash routes, history API) without a reload', async () => {
    await openAndWait('https://zoom.us/meeting#/upcoming', 'meetings');
    await browser.execute(() => history.pushState({}, '', '/meeting/schedule'));
    await waitForVigie((s) => s.context === 'schedule', 'context "schedule" after history.pushState');
    await browser.execute(() => history.pushState({}, '', '/profile/setting?tab=recording'));
    await waitForVigie((s) => s.context === 'recording-settings', 'context "recording-settings" after pushState');
    await browser.execute(() => history.back());
    await waitForVigie((s) => s.context === 'schedule', 'context "schedule" after history.back()');
  });

  it('leaves other sites alone', async () => {
    await browser.url('https://zoom.us/signup');
    await waitForVigie((s) => s.present, '#vigie-root');
    await browser.url('data:text/html,<title>x</title><p>plain page</p>');
    const state = await readVigie();
    expect(state.present).toBe(false);
  });
});
