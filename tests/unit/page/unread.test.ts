import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Browser } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { detectContext } from '../../../src/core/context';
import { readFindings, readFormState } from '../../../src/core/form-state';
import { unreadRules, webclientJoinUnread } from '../../../src/core/unread';
import { resolveFixture } from '../../fixtures/routes';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

const browsers: Browser[] = [];
afterEach(async () => {
  await Promise.all(browsers.splice(0).map((b) => b.close()));
});

/** The replica `url` resolves to, at that URL, with its inline script run. */
async function open(url: string, html?: string): Promise<Document> {
  const browser = new Browser({
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true, navigation: { disableChildPageNavigation: true, disableChildFrameNavigation: true } },
  });
  browsers.push(browser);
  const page = browser.newPage();
  page.url = url;
  const route = resolveFixture(new URL(url));
  if (!html && !route) throw new Error(`no fixture for ${url}`);
  page.content = html ?? readFileSync(join(FIXTURES, route!.file), 'utf8');
  await page.waitUntilComplete();
  return page.mainFrame.document as unknown as Document;
}

function unread(doc: Document, url: string): string[] {
  const context = detectContext(url);
  const rules: string[] = unreadRules(context, readFindings(doc, context), undefined, doc);
  if (context === 'webclient' && webclientJoinUnread(doc)) rules.push('identify-participants');
  return rules;
}

describe('data-vigie-unread: every replica whose controls Vigie knows is fully read', () => {
  it.each([
    'https://zoom.us/meeting/schedule',
    'https://zoom.us/meeting/schedule?fixture=schedule-en',
    'https://zoom.us/meeting/85012345678/edit?fixture=schedule-legacy-en',
    'https://zoom.us/profile/setting?tab=meeting',
    'https://zoom.us/profile/setting?tab=recording',
    'https://zoom.us/profile/setting?tab=meeting&fixture=settings-en',
    'https://zoom.us/profile/setting?tab=recording&fixture=settings-en',
    'https://zoom.us/profile/setting?tab=meeting&fixture=settings-2026-en',
    'https://zoom.us/profile/setting?tab=recording&fixture=settings-2026-en',
    'https://zoom.us/wc/join/85012345678',
    'https://zoom.us/wc/join/85012345678?fixture=webclient-join-en',
    'https://app.zoom.us/wc/85012345678/join?fromPWA=1',
    'https://app.zoom.us/wc/85012345678/join?from=pwa',
    'https://app.zoom.us/wc/home',
  ])('%s → nothing unread', async (url) => {
    const doc = await open(url);
    expect(unread(doc, url)).toEqual([]);
  });

  it('the schedule form renamed beyond recognition: every rule resting on its options is listed', async () => {
    const url = 'https://zoom.us/meeting/schedule?fixture=schedule-renamed-en';
    const doc = await open(url);
    expect(readFormState(doc, 'schedule')).toEqual({});
    expect(unread(doc, url)).toEqual(['no-pmi', 'waiting-room', 'passcode', 'local-recording-only', 'recording-consent']);
  });

  it('only the rules the configuration applies are listed', async () => {
    const url = 'https://zoom.us/meeting/schedule?fixture=schedule-renamed-en';
    const doc = await open(url);
    expect(unreadRules('schedule', readFindings(doc, 'schedule'), (r) => r !== 'no-pmi' && r !== 'recording-consent', doc)).toEqual([
      'waiting-room',
      'passcode',
      'local-recording-only',
    ]);
  });

  it('a page that shows no form (the "meeting scheduled" view after Save) has nothing to read', async () => {
    const doc = await open('https://zoom.us/meeting/schedule', '<!doctype html><html><body><div role="status">Meeting scheduled</div><dl><dt>Meeting ID</dt><dd>812 3456 7890</dd></dl><button>Schedule another meeting</button></body></html>');
    expect(unread(doc, 'https://zoom.us/meeting/schedule')).toEqual([]);
  });

  it('the web client: a pre-join screen whose Join button Vigie does not know', async () => {
    const url = 'https://zoom.us/wc/join/85012345678';
    const doc = await open(url, '<!doctype html><html><body><label for="n">Your Name</label><input id="n"><button type="button" class="go-btn">Enter the room</button></body></html>');
    expect(unread(doc, url)).toEqual(['identify-participants']);
  });

  it('the 2026 settings switches (zoom-toggle, name in aria-label and a sibling h4) are read, "Record to computer files" as local recording', async () => {
    const meeting = await open('https://zoom.us/profile/setting?tab=meeting&fixture=settings-2026-en');
    expect(readFormState(meeting, 'meeting-settings')).toEqual({ waitingRoom: 'on', passcode: 'on', pmiSelected: false });
    const recording = await open('https://zoom.us/profile/setting?tab=recording&fixture=settings-2026-en');
    expect(readFormState(recording, 'recording-settings')).toEqual({ cloudRecordingEnabled: true, autoRecording: 'off' });
    const local = readFindings(recording, 'recording-settings').filter((f) => f.found).map((f) => f.control?.closest('[id^="feature-"]')?.id);
    expect(local).not.toContain('feature-localRecording');
  });

  it('other contexts have no form to read', async () => {
    const doc = await open('https://zoom.us/signup');
    expect(unread(doc, 'https://zoom.us/signup')).toEqual([]);
  });
});
