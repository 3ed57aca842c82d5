import { browser, $, expect } from '@wdio/globals';
import { clickInShadow, countPageClicks, openAndWait, pageClicks, setUserOptions, shadowExists, waitForVigie } from '../support/vigie';

const has = (rule: string) => (s: { rules: string[] }) => s.rules.includes(rule);
const lacks = (rule: string) => (s: { rules: string[] }) => !s.rules.includes(rule);

describe('Schedule form (current portal, French): the rules follow the form state', () => {
  beforeEach(async () => {
    await setUserOptions(null);
    await openAndWait('https://zoom.us/meeting/schedule', 'schedule');
  });

  it('starts with reminders only, each shown in the shadow root', async () => {
    const state = await waitForVigie(has('no-public-links'), 'the schedule reminders');
    for (const rule of ['no-pmi', 'waiting-room', 'passcode', 'local-recording-only', 'recording-consent']) {
      expect(state.rules).not.toContain(rule);
    }
    expect(state.rules).toEqual(expect.arrayContaining(['no-personal-data', 'no-sensitive-data']));
    for (const rule of state.rules) expect(state.shownRules).toContain(rule);
  });

  it('flags the Personal Meeting ID when chosen, and forgets it when unchosen', async () => {
    await $('label.zoom-radio[data-value="pmi"]').click();
    await waitForVigie(has('no-pmi'), 'no-pmi after choosing the PMI');
    expect(await shadowExists('[data-rule="no-pmi"]')).toBe(true);
    await $('label.zoom-radio[data-value="generate"]').click();
    await waitForVigie(lacks('no-pmi'), 'no-pmi gone after choosing "Générer automatiquement"');
  });

  it('flags waiting room and passcode turned off', async () => {
    await $('label[for="waiting-room"]').click();
    await waitForVigie(has('waiting-room'), 'waiting-room after unchecking it');
    await $('label[for="passcode-checkbox"]').click();
    await waitForVigie((s) => s.rules.includes('passcode') && s.rules.includes('waiting-room'), 'passcode and waiting-room');
    await $('label[for="waiting-room"]').click();
    await waitForVigie(lacks('waiting-room'), 'waiting-room gone after re-checking it');
  });

  it('flags automatic recording to the cloud behind the collapsed options', async () => {
    await $('#options-toggle').click();
    await $('label[for="auto-rec"]').click();
    const local = await waitForVigie(has('recording-consent'), 'recording-consent once automatic recording is on');
    expect(local.rules).not.toContain('local-recording-only');
    await $('label.zoom-radio[data-value="cloud"]').click();
    await waitForVigie((s) => s.rules.includes('local-recording-only') && s.rules.includes('recording-consent'), 'cloud recording rules');
  });

  it('asks once before Save with open problems; "Corriger" keeps the form, "Continuer" saves exactly once', async () => {
    await countPageClicks('#schedule-save');
    await $('label.zoom-radio[data-value="pmi"]').click();
    await waitForVigie(has('no-pmi'), 'no-pmi');
    await $('#schedule-save').click();
    await browser.waitUntil(() => shadowExists('[data-vigie-confirm]'), { timeoutMsg: 'no confirmation dialog before Save' });
    expect(await pageClicks()).toBe(0);
    await clickInShadow('[data-vigie-confirm-fix]');
    expect(await shadowExists('[data-vigie-confirm]')).toBe(false);
    expect(await $('#schedule-view').isDisplayed()).toBe(true);

    await $('#schedule-save').click();
    await browser.waitUntil(() => shadowExists('[data-vigie-confirm]'));
    await clickInShadow('[data-vigie-confirm-continue]');
    await $('#scheduled-view').waitForDisplayed({ timeoutMsg: 'the meeting was not saved after "Continuer quand même"' });
    expect(await pageClicks()).toBe(1);
    expect(await shadowExists('[data-vigie-confirm]')).toBe(false);
  });

  it('saves without asking when nothing is wrong', async () => {
    await countPageClicks('#schedule-save');
    await $('#schedule-save').click();
    await $('#scheduled-view').waitForDisplayed();
    expect(await shadowExists('[data-vigie-confirm]')).toBe(false);
    expect(await pageClicks()).toBe(1);
  });

  it('stays usable: the collapsed panel covers none of the form controls', async () => {
    const covered = await browser.execute(() => {
      const hits: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('#schedule-form label, #schedule-form input, #schedule-form button, #schedule-save')) {
        const r = el.getBoundingClientRect();
        if (!r.width || !r.height || r.bottom < 0 || r.top > innerHeight) continue;
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (top && top.id === 'vigie-root') hits.push(el.id || el.textContent || el.tagName);
      }
      return hits;
    });
    expect(covered).toEqual([]);
  });

  it('shows its styled panel on a page whose Content-Security-Policy forbids inline styles', async () => {
    await openAndWait('https://zoom.us/meeting/schedule?csp=strict', 'schedule');
    await waitForVigie(has('no-public-links'), 'the rules on the strict-CSP page');
    const styled = await browser.execute(() => {
      const panel = document.getElementById('vigie-root')?.shadowRoot?.querySelector('.panel');
      return panel ? getComputedStyle(panel).position : null;
    });
    expect(styled).toBe('fixed');
  });

  it('expands and collapses with the keyboard', async () => {
    await browser.execute(() => document.getElementById('vigie-root')?.shadowRoot?.querySelector<HTMLElement>('.toggle')?.focus());
    await browser.keys('Enter');
    expect(await browser.execute(() => document.getElementById('vigie-root')?.shadowRoot?.querySelector('.toggle')?.getAttribute('aria-expanded'))).toBe('true');
    await browser.keys('Escape');
    expect(await browser.execute(() => document.getElementById('vigie-root')?.shadowRoot?.querySelector('.toggle')?.getAttribute('aria-expanded'))).toBe('false');
  });
});

describe('Schedule form in English and on the legacy portal', () => {
  before(() => setUserOptions(null));

  it('reads the English Vue form', async () => {
    await openAndWait('https://zoom.us/meeting/schedule?fixture=schedule-en', 'schedule');
    await $('label.zoom-radio[data-value="pmi"]').click();
    await waitForVigie(has('no-pmi'), 'no-pmi on the English form');
    await $('label[for="waiting-room"]').click();
    await waitForVigie(has('waiting-room'), 'waiting-room on the English form');
  });

  it('reads the legacy form with native inputs', async () => {
    const state = await openAndWait('https://us02web.zoom.us/meeting/schedule?fixture=schedule-legacy-en', 'schedule');
    const waiting = await browser.execute(() => (document.getElementById('option_waiting_room') as HTMLInputElement | null)?.checked);
    // The first rules come from the context alone (issue 18); the form's follow once Vigie has read it.
    const read = await waitForVigie((s) => s.shownRules.length > 0 && s.rules.includes('waiting-room') === (waiting === false), 'the legacy form read');
    expect(read.rules.includes('waiting-room')).toBe(waiting === false);
    expect(state.context).toBe('schedule');
    await $('#option_autorec').click();
    await $('#option_autorec_cloud').click();
    await waitForVigie(has('local-recording-only'), 'local-recording-only on the legacy form');
  });
});

describe('Joining from the web client', () => {
  before(() => setUserOptions(null));

  it('reminds the participant rules and asks for acknowledgement before Join, once', async () => {
    const state = await openAndWait('https://app.zoom.us/wc/85012345678/join', 'webclient');
    expect(state.rules).toEqual(expect.arrayContaining(['identify-participants', 'no-personal-data']));
    await $('#input-for-name').setValue('Claire Martin');
    await countPageClicks('button.preview-join-button');
    await $('button.preview-join-button').click();
    await browser.waitUntil(() => shadowExists('[data-vigie-confirm]'), { timeoutMsg: 'no acknowledgement asked before Join' });
    expect(await pageClicks()).toBe(0);
    await clickInShadow('[data-vigie-confirm-continue]');
    await browser.waitUntil(async () => (await pageClicks()) === 1, { timeoutMsg: 'Join was not performed after continuing' });

    // Acknowledged: the next Join goes straight through (within acknowledgementTtlHours).
    await openAndWait('https://app.zoom.us/wc/85012345678/join', 'webclient');
    await $('#input-for-name').setValue('Claire Martin');
    await countPageClicks('button.preview-join-button');
    await $('button.preview-join-button').click();
    await browser.waitUntil(async () => (await pageClicks()) === 1, { timeoutMsg: 'the second Join was blocked' });
    expect(await shadowExists('[data-vigie-confirm]')).toBe(false);
  });

  it('reminds the rules on the launch page, and lets "join from your browser" through to the web client', async () => {
    await setUserOptions(null);
    const state = await openAndWait('https://zoom.us/j/85012345678', 'join');
    expect(state.rules).toEqual(expect.arrayContaining(['no-personal-data', 'no-sensitive-data', 'identify-participants']));
    await $('#join-from-browser').click();
    expect(await shadowExists('[data-vigie-confirm]')).toBe(false);
    await waitForVigie((s) => s.context === 'webclient', 'the web client after "join from your browser"');
  });
});

describe('Sign-up: the e-mail is checked while typing', () => {
  for (const fixture of ['signup-fr', 'signup-en']) {
    it(`${fixture}: personal webmail → professional-email, institutional address → none`, async () => {
      await openAndWait(`https://zoom.us/signup?fixture=${fixture}`, 'signup');
      const email = $('input[type="email"]');
      await email.setValue('prenom.nom@gmail.com');
      await waitForVigie(has('professional-email'), 'professional-email for gmail.com');
      await email.setValue('prenom.nom@ac-aix-marseille.fr');
      await waitForVigie(lacks('professional-email'), 'no professional-email for an academic address');
      await email.setValue('x@orange.fr');
      await waitForVigie(has('professional-email'), 'professional-email for orange.fr');
    });
  }
});

describe('Account settings', () => {
  it('flags cloud recording enabled on the recording tab, and follows the switch', async () => {
    await openAndWait('https://zoom.us/profile/setting?tab=recording', 'recording-settings');
    const cloudOn = await browser.execute(() => document.getElementById('cloud_recording')?.getAttribute('aria-checked') === 'true');
    // The first rules come from the context alone; the settings read follows a task later.
    await waitForVigie((s) => s.rules.includes('local-recording-only') === cloudOn, 'local-recording-only as the cloud switch stands');
    await $('#cloud_recording').click();
    await waitForVigie(cloudOn ? lacks('local-recording-only') : has('local-recording-only'), 'local-recording-only following the cloud switch');
  });

  it('flags the waiting room switched off on the meeting tab', async () => {
    await openAndWait('https://zoom.us/profile/setting?tab=meeting&fixture=settings-en', 'meeting-settings');
    await $('#waiting_room').click();
    await waitForVigie(has('waiting-room'), 'waiting-room after switching it off');
  });
});

describe('Meetings list and PMI page (single-page app)', () => {
  it('flags the PMI page reached through a hash route', async () => {
    await openAndWait('https://zoom.us/meeting#/upcoming', 'meetings');
    await browser.execute(() => {
      location.hash = '#/pmi/4925550101';
    });
    await waitForVigie(has('no-pmi'), 'no-pmi on #/pmi/…');
  });
});

describe('Profiles that forbid the services', () => {
  after(() => setUserOptions(null));

  it('Académie d’Aix-Marseille: Zoom and Discord are forbidden, Discord adds the minors rule', async () => {
    await setUserOptions({ profile: 'ac-aix-marseille' });
    const zoom = await openAndWait('https://zoom.us/j/85012345678', 'join');
    await waitForVigie(has('service-forbidden'), 'service-forbidden on Zoom');
    expect(zoom.context).toBe('join');
    await openAndWait('https://discord.com/app', 'discord-app');
    await waitForVigie((s) => s.rules.includes('service-forbidden') && s.rules.includes('minor-consent'), 'service-forbidden and minor-consent on Discord');
  });

  it('Grenoble INP: pages outside grenoble-inp.zoom.us ask for the institutional account', async () => {
    await setUserOptions({ profile: 'grenoble-inp' });
    await openAndWait('https://zoom.us/meeting/schedule', 'schedule');
    await waitForVigie(has('institutional-account'), 'institutional-account on zoom.us');
    await openAndWait('https://grenoble-inp.zoom.us/meeting/schedule', 'schedule');
    await waitForVigie(lacks('institutional-account'), 'no institutional-account on grenoble-inp.zoom.us');
  });
});
