import { browser, $, expect } from '@wdio/globals';
import { formatViolations, runAxe } from '../support/axe';
import { removeManagedPolicy, writeManagedPolicy } from '../support/policy';
import { countPageClicks, extensionPage, openAndWait, pageClicks, setUserOptions, shadowExists, waitForVigie } from '../support/vigie';

/**
 * Issue 14: problems marked beside Zoom's controls, fixed in one click on the page's own control, checked
 * again. The replicas record what their own script would send at Save (`#save-payload`, `data-saves`).
 */

const has = (rule: string) => (s: { rules: string[] }) => s.rules.includes(rule);
const lacks = (rule: string) => (s: { rules: string[] }) => !s.rules.includes(rule);
const shadow = (selector: string) => $('#vigie-root').shadow$(selector);

async function payload(): Promise<{ saves: number; data: Record<string, unknown> }> {
  return browser.execute(() => {
    const out = document.getElementById('save-payload');
    return { saves: Number(out?.getAttribute('data-saves') ?? 0), data: JSON.parse(out?.textContent || '{}') as Record<string, unknown> };
  });
}

/** Opens the marker of `rule` and clicks its "Corriger" (real WebDriver clicks). */
async function fixFromMarker(rule: string): Promise<void> {
  const marker = await shadow(`[data-vigie-marker="${rule}"] .mk-b`);
  await marker.waitForDisplayed({ timeoutMsg: `no marker for ${rule}` });
  await marker.click();
  await (await shadow(`[data-vigie-marker="${rule}"] [data-vigie-fix="${rule}"]`)).click();
  await waitForVigie(lacks(rule), `${rule} gone after its fix`);
}

/** The marker sits beside its control: a real click at the control's centre still reaches the page. */
async function markerLeavesControlFree(rule: string, controlSelector: string): Promise<void> {
  const hit = await browser.execute((sel: string) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    if (!r) return 'no control';
    return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.id ?? '';
  }, controlSelector);
  expect(hit).not.toBe('vigie-root');
  expect(await shadowExists(`[data-vigie-marker="${rule}"]`)).toBe(true);
}

describe('Fixes on the current schedule form (French)', () => {
  beforeEach(async () => {
    await setUserOptions(null);
    await openAndWait('https://zoom.us/meeting/schedule', 'schedule');
    await waitForVigie(has('no-public-links'), 'the schedule reminders');
  });

  it('marks PMI, waiting room and passcode beside their controls; one click each fixes them; nothing is submitted', async () => {
    await countPageClicks('#schedule-save');
    await $('label.zoom-radio[data-value="pmi"]').click();
    await $('label[for="waiting-room"]').click();
    await $('label[for="passcode-checkbox"]').click();
    await waitForVigie((s) => ['no-pmi', 'waiting-room', 'passcode'].every((r) => s.rules.includes(r)), 'the three problems');
    await markerLeavesControlFree('waiting-room', 'label[for="waiting-room"]');
    for (const rule of ['no-pmi', 'waiting-room', 'passcode']) await fixFromMarker(rule);
    expect(await shadowExists('[data-vigie-marker]')).toBe(false);
    expect(await pageClicks()).toBe(0);
    expect(await $('#schedule-view').isDisplayed()).toBe(true);
    expect((await payload()).saves).toBe(0);
    // The page's own script sees the new values at Save.
    await $('#schedule-save').click();
    await $('#scheduled-view').waitForDisplayed();
    expect(await payload()).toEqual({ saves: 1, data: expect.objectContaining({ meetingId: 'generate', passcode: true, waitingRoom: true }) });
  });

  it('chooses the local computer for automatic recording in the cloud', async () => {
    await $('#options-toggle').click();
    await $('label[for="auto-rec"]').click();
    await $('label.zoom-radio[data-value="cloud"]').click();
    await waitForVigie(has('local-recording-only'), 'local-recording-only');
    await fixFromMarker('local-recording-only');
    const state = await waitForVigie(has('recording-consent'), 'recording-consent stays (recording is on)');
    expect(state.rules).not.toContain('local-recording-only');
    await $('#schedule-save').click();
    await (await shadow('[data-vigie-confirm-continue]')).click();
    await $('#scheduled-view').waitForDisplayed();
    expect((await payload()).data).toEqual(expect.objectContaining({ autoRecording: 'local' }));
  });

  it('"Tout corriger" fixes everything and returns to the form; Save then saves once without a second confirmation', async () => {
    await countPageClicks('#schedule-save');
    await $('label.zoom-radio[data-value="pmi"]').click();
    await $('label[for="waiting-room"]').click();
    await $('#options-toggle').click();
    await $('label[for="auto-rec"]').click();
    await $('label.zoom-radio[data-value="cloud"]').click();
    await waitForVigie((s) => ['no-pmi', 'waiting-room', 'local-recording-only'].every((r) => s.rules.includes(r)), 'three problems');
    await $('#schedule-save').click();
    await (await shadow('[data-vigie-confirm-fix-all]')).click();
    await waitForVigie((s) => !['no-pmi', 'waiting-room', 'local-recording-only'].some((r) => s.rules.includes(r)), 'every problem fixed');
    expect(await shadowExists('[data-vigie-confirm]')).toBe(false);
    expect(await pageClicks()).toBe(0);
    expect((await payload()).saves).toBe(0);
    await $('#schedule-save').click();
    await $('#scheduled-view').waitForDisplayed({ timeoutMsg: 'Save did not go through after "Tout corriger"' });
    expect(await shadowExists('[data-vigie-confirm]')).toBe(false);
    expect(await pageClicks()).toBe(1);
    expect(await payload()).toEqual({ saves: 1, data: expect.objectContaining({ meetingId: 'generate', waitingRoom: true, autoRecording: 'local' }) });
  });

  it('"Corriger" in the confirmation focuses the first problem’s control', async () => {
    await $('label[for="waiting-room"]').click();
    await waitForVigie(has('waiting-room'), 'waiting-room');
    await $('#schedule-save').click();
    await (await shadow('[data-vigie-confirm-fix]')).click();
    expect(await browser.execute(() => document.activeElement?.id)).toBe('waiting-room');
  });

  it('works with the keyboard alone: marker, Corriger, Afficher', async () => {
    await $('label[for="waiting-room"]').click();
    await $('label[for="passcode-checkbox"]').click();
    await waitForVigie((s) => s.rules.includes('waiting-room') && s.rules.includes('passcode'), 'two problems');
    await browser.execute(() => document.getElementById('vigie-root')?.shadowRoot?.querySelector<HTMLElement>('[data-vigie-marker="passcode"] .mk-b')?.focus());
    await browser.keys('Enter'); // opens the marker
    await browser.keys('Tab'); // "Corriger"
    await browser.keys('Enter');
    await waitForVigie(lacks('passcode'), 'passcode fixed from the keyboard');
    await browser.execute(() => document.getElementById('vigie-root')?.shadowRoot?.querySelector<HTMLElement>('[data-vigie-marker="waiting-room"] .mk-b')?.focus());
    await browser.keys('Enter');
    await browser.keys(['Tab', 'Tab']); // "Afficher"
    await browser.keys('Enter');
    expect(await browser.execute(() => document.activeElement?.id)).toBe('waiting-room');
    await browser.keys('Space'); // the person fixes it on the control itself
    await waitForVigie(lacks('waiting-room'), 'waiting-room fixed on the focused control');
  });

  it('axe: no violation with markers and an open marker shown', async () => {
    await $('label[for="waiting-room"]').click();
    await $('label.zoom-radio[data-value="pmi"]').click();
    await waitForVigie((s) => s.rules.includes('waiting-room') && s.rules.includes('no-pmi'), 'two problems');
    await (await shadow('[data-vigie-marker="no-pmi"] .mk-b')).click();
    await (await shadow('[data-vigie-fix="no-pmi"]')).waitForDisplayed();
    expect(formatViolations(await runAxe({ context: { include: [['#vigie-root']] } }))).toBe('');
  });
});

describe('Fixes on the English Vue form and on the legacy form', () => {
  before(() => setUserOptions({ language: 'en' }));
  after(() => setUserOptions(null));

  it('English Vue form: waiting room and passcode', async () => {
    await openAndWait('https://zoom.us/meeting/schedule?fixture=schedule-en', 'schedule');
    await $('label[for="waiting-room"]').click();
    await $('label[for="passcode-checkbox"]').click();
    await waitForVigie((s) => s.rules.includes('waiting-room') && s.rules.includes('passcode'), 'two problems');
    expect(await (await shadow('[data-vigie-marker="passcode"] .mk-b')).getAttribute('aria-label')).toContain('Vigie');
    await fixFromMarker('waiting-room');
    await fixFromMarker('passcode');
    await $('#schedule-save').click();
    await $('#scheduled-view').waitForDisplayed();
    expect(await payload()).toEqual({ saves: 1, data: expect.objectContaining({ passcode: true, waitingRoom: true }) });
  });

  it('legacy form: PMI, waiting room, passcode and the recording target, then the form posts the fixed values', async () => {
    await openAndWait('https://us02web.zoom.us/meeting/schedule?fixture=schedule-legacy-en', 'schedule');
    await $('#optionScheduleWithPMI').click();
    await $('#option_password').click();
    await $('#option_autorec').click();
    await $('#option_autorec_cloud').click();
    const rules = ['no-pmi', 'waiting-room', 'passcode', 'local-recording-only'];
    await waitForVigie((s) => rules.every((r) => s.rules.includes(r)), 'four problems');
    for (const rule of rules) await fixFromMarker(rule);
    expect((await payload()).saves).toBe(0);
    await $('button.submit').click();
    if (await shadowExists('[data-vigie-confirm]')) await (await shadow('[data-vigie-confirm-continue]')).click();
    await $('#saved').waitForDisplayed();
    expect(await payload()).toEqual({
      saves: 1,
      data: expect.objectContaining({ with_pmi: 'false', option_password: 'on', option_waiting_room: 'on', autorec: 'local' }),
    });
  });
});

describe('Fixes on the settings pages', () => {
  before(() => setUserOptions(null));

  it('recording tab (French): cloud recording switched off by its own switch', async () => {
    await openAndWait('https://zoom.us/profile/setting?tab=recording', 'recording-settings');
    await waitForVigie(has('local-recording-only'), 'local-recording-only');
    await fixFromMarker('local-recording-only');
    expect((await payload()).data).toEqual({ cloud_recording: false });
  });

  it('meeting tab (French): "use the PMI when scheduling" switched off', async () => {
    await openAndWait('https://zoom.us/profile/setting?tab=meeting', 'meeting-settings');
    await $('#use_pmi_for_scheduled').click();
    await waitForVigie(has('no-pmi'), 'no-pmi');
    await fixFromMarker('no-pmi');
    expect((await payload()).data).toEqual({ use_pmi_for_scheduled: false });
  });

  it('meeting tab (English): waiting room and passcode switched back on', async () => {
    await openAndWait('https://zoom.us/profile/setting?tab=meeting&fixture=settings-en', 'meeting-settings');
    await $('#waiting_room').click();
    await $('#schedule_passcode').click();
    await waitForVigie((s) => s.rules.includes('waiting-room') && s.rules.includes('passcode'), 'two problems');
    await fixFromMarker('waiting-room');
    await fixFromMarker('passcode');
    expect((await payload()).data).toEqual({ waiting_room: true, schedule_passcode: true });
  });

  it('a setting locked by the admin is left alone, with the explanation', async () => {
    await setUserOptions({ language: 'fr' });
    await openAndWait('https://zoom.us/profile/setting?tab=meeting&locked=waiting_room', 'meeting-settings');
    await browser.execute(() => {
      const sw = document.getElementById('waiting_room');
      sw?.setAttribute('aria-checked', 'false');
      sw?.classList.remove('is-checked');
    });
    await waitForVigie(has('waiting-room'), 'waiting-room (locked off)');
    await (await shadow('[data-vigie-marker="waiting-room"] .mk-b')).click();
    expect(await shadowExists('[data-vigie-fix="waiting-room"]')).toBe(false);
    const note = await (await shadow('[data-vigie-marker="waiting-room"] .mk-n')).getText();
    expect(note).toContain('administrateur de votre compte Zoom');
    expect((await payload()).saves).toBe(0);
    await setUserOptions(null);
  });
});

describe('allowAutoFix: false (managed policy)', () => {
  before(async () => {
    writeManagedPolicy({ allowAutoFix: false });
    await browser.reloadSession();
  });
  after(async () => {
    removeManagedPolicy();
    await browser.reloadSession();
  });

  it('marks the problem and offers "Afficher", but no fix anywhere', async () => {
    // The policy reaches the extension a moment after start-up: wait until its configuration says so.
    await browser.url(extensionPage('src/options/index.html'));
    await browser.waitUntil(
      () =>
        browser.executeAsync((done: (v: boolean) => void) => {
          const api = (globalThis as unknown as { chrome: { storage: { local: { get: (k: string, cb: (x: Record<string, { allowAutoFix?: boolean }>) => void) => void } } } }).chrome;
          api.storage.local.get('vigie.effectiveConfig', (x) => done(x['vigie.effectiveConfig']?.allowAutoFix === false));
        }),
      { timeout: 30000, interval: 300, timeoutMsg: 'the policy never reached the extension' },
    );
    await openAndWait('https://zoom.us/meeting/schedule', 'schedule');
    await waitForVigie(has('no-public-links'), 'the schedule reminders');
    await $('label[for="waiting-room"]').click();
    await waitForVigie(has('waiting-room'), 'waiting-room');
    await (await shadow('[data-vigie-marker="waiting-room"] .mk-b')).click();
    expect(await (await shadow('[data-vigie-marker="waiting-room"] .secondary')).isDisplayed()).toBe(true);
    expect(await shadowExists('[data-vigie-fix]')).toBe(false);
    await $('#schedule-save').click();
    await (await shadow('[data-vigie-confirm]')).waitForDisplayed();
    expect(await shadowExists('[data-vigie-confirm-fix-all]')).toBe(false);
    expect(await shadowExists('[data-vigie-fix]')).toBe(false);
  });
});
