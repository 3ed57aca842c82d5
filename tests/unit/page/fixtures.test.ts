import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Browser } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { detectContext } from '../../../src/core/context';
import { findEmailDomain, isConfirmableSubmit, isScannableField, readFormState } from '../../../src/core/form-state';
import { FIXTURE_ROUTES, resolveFixture } from '../../fixtures/routes';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

interface Opened {
  doc: Document;
  win: Window;
  url: string;
}

const browsers: Browser[] = [];
afterEach(async () => {
  await Promise.all(browsers.splice(0).map((b) => b.close()));
});

/** Loads the replica that `url` resolves to, at that URL, with its inline script running. */
async function open(url: string): Promise<Opened> {
  const route = resolveFixture(new URL(url));
  if (!route) throw new Error(`no fixture for ${url}`);
  const browser = new Browser({
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true, navigation: { disableChildPageNavigation: true, disableChildFrameNavigation: true } },
  });
  browsers.push(browser);
  const page = browser.newPage();
  page.url = url;
  page.content = readFileSync(join(FIXTURES, route.file), 'utf8');
  await page.waitUntilComplete();
  return { doc: page.mainFrame.document as unknown as Document, win: page.mainFrame.window as unknown as Window, url };
}

function state(o: Opened) {
  return readFormState(o.doc, detectContext(o.url));
}

function click(o: Opened, selector: string): void {
  const el = o.doc.querySelector(selector) as HTMLElement | null;
  if (!el) throw new Error(`no ${selector}`);
  el.click();
}

/** Clicks the Vue-like component whose visible label contains `text`. */
function clickLabel(o: Opened, text: string): void {
  const label = [...o.doc.querySelectorAll('.zoom-radio, .zoom-checkbox, label')].find((l) => (l.textContent ?? '').includes(text)) as HTMLElement | undefined;
  if (!label) throw new Error(`no label ${text}`);
  const target = (label.querySelector('input, [role="radio"]') as HTMLElement | null) ?? label;
  target.click();
}

function type(o: Opened, selector: string, value: string): void {
  const el = o.doc.querySelector(selector) as HTMLInputElement;
  el.value = value;
  const EventCtor = (o.win as unknown as { Event: typeof Event }).Event;
  el.dispatchEvent(new EventCtor('input', { bubbles: true }));
}

describe('fixture routes', () => {
  it.each(FIXTURE_ROUTES.map((r) => [r.name, r] as const))('%s: file exists, html has lang, description is one sentence', (_name, route) => {
    const path = join(FIXTURES, route.file);
    expect(existsSync(path)).toBe(true);
    const html = readFileSync(path, 'utf8');
    expect(html).toMatch(/<html lang="(fr|en)">/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(route.description).toMatch(/^[A-ZÀ-Ý].*[.!?]$/);
    expect(FIXTURE_ROUTES.filter((r) => r.name === route.name)).toHaveLength(1);
  });

  it.each([
    ['https://zoom.us/meeting/schedule', 'schedule-fr'],
    ['https://zoom.us/meeting/schedule/', 'schedule-fr'],
    ['https://grenoble-inp.zoom.us/meeting/schedule', 'schedule-fr'],
    ['https://zoom.us/meeting/schedule?fixture=schedule-en', 'schedule-en'],
    ['https://zoom.us/meeting/81234567890/edit?fixture=schedule-legacy-en', 'schedule-legacy-en'],
    ['https://zoom.us/signup', 'signup-fr'],
    ['https://zoom.us/freesignup?fixture=signup-en', 'signup-en'],
    ['https://zoom.us/signin', 'signin'],
    ['https://zoom.us/j/81234567890?pwd=x', 'join-launch'],
    ['https://zoom.us/join', 'join-launch'],
    ['https://app.zoom.us/wc/81234567890/join', 'webclient-join-fr'],
    ['https://zoom.us/wc/join/81234567890?fixture=webclient-join-en', 'webclient-join-en'],
    ['https://zoom.us/meeting', 'meetings'],
    ['https://zoom.us/profile/setting?tab=recording', 'settings-fr'],
    ['https://zoom.us/recording/management', 'recordings'],
    ['https://zoom.us/download', 'download'],
    ['https://zoom.us/pricing', 'portal'],
    ['https://discord.com/register', 'discord-register'],
    ['https://discord.com/login', 'discord-login'],
    ['https://discord.com/channels/@me', 'discord-app'],
    ['https://discord.com/register?fixture=schedule-en', 'discord-register'],
  ])('%s → %s', (url, name) => {
    expect(resolveFixture(new URL(url))?.name).toBe(name);
  });

  it('serves nothing for other hosts', () => {
    expect(resolveFixture(new URL('https://example.org/meeting/schedule'))).toBeUndefined();
  });
});

describe('schedule replicas', () => {
  it('schedule-fr: initial state, then PMI, waiting room off, automatic recording in the cloud', async () => {
    const o = await open('https://zoom.us/meeting/schedule');
    expect(o.doc.documentElement.lang).toBe('fr');
    expect(state(o)).toEqual({ pmiSelected: false, waitingRoom: 'on', passcode: 'on', autoRecording: 'off' });
    clickLabel(o, 'N° personnel de réunion');
    clickLabel(o, 'Salle d’attente');
    click(o, '#options-toggle');
    expect(o.doc.getElementById('options-toggle')?.textContent).toBe('Masquer');
    clickLabel(o, 'Enregistrer la réunion automatiquement');
    expect(state(o)).toMatchObject({ pmiSelected: true, waitingRoom: 'off', autoRecording: 'local' });
    clickLabel(o, 'Dans le cloud');
    expect(state(o).autoRecording).toBe('cloud');
    clickLabel(o, 'Code secret');
    expect(state(o).passcode).toBe('off');
    expect(isScannableField(o.doc.getElementById('topic'))).toBe(true);
    expect(isScannableField(o.doc.getElementById('agenda'))).toBe(true);
    const save = o.doc.getElementById('schedule-save') as HTMLElement;
    expect(isConfirmableSubmit(save, 'schedule')).toBe(true);
    expect(isConfirmableSubmit(o.doc.getElementById('schedule-cancel'), 'schedule')).toBe(false);
    expect(isConfirmableSubmit(o.doc.getElementById('options-toggle'), 'schedule')).toBe(false);
    save.click();
    expect((o.doc.getElementById('scheduled-view') as HTMLElement).hidden).toBe(false);
    expect(o.doc.getElementById('scheduled-title')?.textContent).toBe('Réunion programmée');
  });

  it('schedule-en: same behaviour in English', async () => {
    const o = await open('https://zoom.us/meeting/schedule?fixture=schedule-en');
    expect(o.doc.documentElement.lang).toBe('en');
    expect(state(o)).toEqual({ pmiSelected: false, waitingRoom: 'on', passcode: 'on', autoRecording: 'off' });
    clickLabel(o, 'Personal Meeting ID');
    click(o, '#options-toggle');
    clickLabel(o, 'Record the meeting automatically');
    clickLabel(o, 'In the cloud');
    expect(state(o)).toMatchObject({ pmiSelected: true, autoRecording: 'cloud' });
    clickLabel(o, 'Generate Automatically');
    clickLabel(o, 'Record the meeting automatically');
    expect(state(o)).toMatchObject({ pmiSelected: false, autoRecording: 'off' });
    (o.doc.getElementById('topic') as HTMLInputElement).value = '';
    click(o, '#schedule-save');
    expect((o.doc.getElementById('topic-error') as HTMLElement).hidden).toBe(false);
  });

  it('schedule-legacy-en: native inputs with the legacy ids', async () => {
    const o = await open('https://zoom.us/meeting/schedule?fixture=schedule-legacy-en');
    expect(state(o)).toEqual({ pmiSelected: false, waitingRoom: 'off', passcode: 'on', autoRecording: 'off' });
    click(o, '#optionScheduleWithPMI');
    click(o, '#option_waiting_room');
    click(o, '#option_autorec');
    click(o, '#option_autorec_cloud');
    expect(state(o)).toEqual({ pmiSelected: true, waitingRoom: 'on', passcode: 'on', autoRecording: 'cloud' });
    const save = o.doc.querySelector('#schedule_form .submit') as HTMLElement;
    expect(isConfirmableSubmit(save, 'schedule')).toBe(true);
  });
});

describe('sign-up, sign-in, join and web client replicas', () => {
  it.each([
    ['https://zoom.us/signup', 'signup'],
    ['https://zoom.us/signup?fixture=signup-en', 'signup'],
    ['https://zoom.us/signin', 'signin'],
    ['https://discord.com/register', 'discord-signup'],
    ['https://discord.com/login', 'discord'],
  ] as const)('%s: the e-mail domain is read once typed', async (url, context) => {
    const o = await open(url);
    expect(detectContext(url)).toBe(context);
    expect(findEmailDomain(o.doc, context)).toBeUndefined();
    type(o, '#email', 'jeanne.dupont@gmail');
    expect(findEmailDomain(o.doc, context)).toBeUndefined();
    type(o, '#email', 'jeanne.dupont@Gmail.com');
    expect(findEmailDomain(o.doc, context)).toBe('gmail.com');
    expect(isScannableField(o.doc.getElementById('email'))).toBe(false);
    expect(readFormState(o.doc, context)).toEqual({});
  });

  it('join launch page', async () => {
    const o = await open('https://zoom.us/j/81234567890?pwd=abc');
    expect(detectContext(o.url)).toBe('join');
    expect(o.doc.getElementById('join-from-browser')?.getAttribute('href')).toBe('/wc/join/81234567890?pwd=abc');
    expect(readFormState(o.doc, 'join')).toEqual({});
    const j = await open('https://zoom.us/join');
    expect((j.doc.getElementById('join-by-id') as HTMLElement).hidden).toBe(false);
    // "Join" by meeting ID only leads to the launch page: no confirmation there (the web client asks).
    expect(isConfirmableSubmit(j.doc.getElementById('btnSubmit'), 'join')).toBe(false);
    expect(isConfirmableSubmit(j.doc.getElementById('btnSubmit'), 'webclient')).toBe(true);
  });

  it.each([
    ['https://app.zoom.us/wc/81234567890/join', 'Rejoindre'],
    ['https://zoom.us/wc/join/81234567890?fixture=webclient-join-en', 'Join'],
  ])('%s: Join is confirmable once a name is typed, then the chat is scannable', async (url, label) => {
    const o = await open(url);
    expect(detectContext(url)).toBe('webclient');
    const join = o.doc.querySelector('button.preview-join-button') as HTMLButtonElement;
    expect(join.textContent).toBe(label);
    expect(isConfirmableSubmit(join, 'webclient')).toBe(false);
    type(o, '#input-for-name', 'Jeanne Dupont');
    expect(isConfirmableSubmit(join, 'webclient')).toBe(true);
    expect(isScannableField(o.doc.getElementById('input-for-name'))).toBe(true);
    expect(isScannableField(o.doc.getElementById('input-for-pwd'))).toBe(false);
    join.click();
    expect((o.doc.getElementById('meeting') as HTMLElement).hidden).toBe(false);
    expect(isScannableField(o.doc.getElementById('chat-input'))).toBe(true);
  });
});

describe('meetings, settings and other portal replicas', () => {
  it('meetings: the PMI page shows the PMI, the upcoming list does not', async () => {
    const o = await open('https://zoom.us/meeting#/upcoming');
    expect(state(o)).toEqual({ showsPmi: false });
    o.win.location.hash = '#/pmi/4925550101';
    await new Promise((r) => setTimeout(r, 20));
    expect(o.doc.getElementById('pmi-number')?.textContent).toBe('492 555 0101');
    expect(readFormState(o.doc, detectContext('https://zoom.us/meeting#/pmi/4925550101'))).toEqual({ showsPmi: true });
    const direct = await open('https://zoom.us/meeting#/pmi/4925550101');
    expect(state(direct)).toEqual({ showsPmi: true });
  });

  it.each([
    ['https://zoom.us/profile/setting', 'fr'],
    ['https://zoom.us/profile/setting?tab=meeting&fixture=settings-en', 'en'],
  ])('%s: meeting tab', async (url) => {
    const o = await open(url);
    expect(detectContext(url)).toBe('meeting-settings');
    expect(state(o)).toEqual({ pmiSelected: false, waitingRoom: 'on', passcode: 'on', requireAuthentication: 'off' });
    click(o, '#waiting_room');
    click(o, '#schedule_passcode');
    expect(state(o)).toMatchObject({ waitingRoom: 'off', passcode: 'off' });
  });

  it.each([
    ['https://zoom.us/profile/setting?tab=recording'],
    ['https://zoom.us/profile/setting?tab=recording&fixture=settings-en'],
  ])('%s: recording tab', async (url) => {
    const o = await open(url);
    expect(detectContext(url)).toBe('recording-settings');
    expect(state(o)).toEqual({ cloudRecordingEnabled: true, autoRecording: 'off' });
    click(o, '#auto_recording');
    expect(state(o).autoRecording).toBe('local');
    click(o, '#auto_recording_cloud');
    click(o, '#cloud_recording');
    expect(state(o)).toEqual({ cloudRecordingEnabled: false, autoRecording: 'cloud' });
  });

  it('https://zoom.us/recording (recordings): the cloud-recordings tab means cloud recording is in use', async () => {
    const o = await open('https://zoom.us/recording');
    expect(state(o)).toEqual({ cloudRecordingEnabled: true });
    click(o, '#tab-local');
    expect(state(o)).toEqual({});
  });

  it.each([
    ['https://zoom.us/download?os=mac', 'download'],
    ['https://grenoble-inp.zoom.us/', 'portal'],
    ['https://discord.com/channels/@me', 'discord-app'],
  ])('%s (%s) shows no form state', async (url, context) => {
    const o = await open(url);
    expect(detectContext(url)).toBe(context);
    expect(state(o)).toEqual({});
  });

  it('discord app: the message box is scannable', async () => {
    const o = await open('https://discord.com/channels/@me');
    expect(isScannableField(o.doc.getElementById('message-input'))).toBe(true);
  });
});
