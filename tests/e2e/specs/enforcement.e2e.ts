import { browser, expect } from '@wdio/globals';
import { renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MANAGED_POLICY_DIR, MANAGED_POLICY_FILE, removeManagedPolicy, writeManagedPolicy, writeRawManagedPolicy } from '../support/policy';
import { EXTENSION_ID } from '../support/chromium';
import { extensionPage, readVigie, waitForVigie } from '../support/vigie';

/**
 * `block` enforcement and managed-policy robustness, with REAL enterprise policy files
 * (/etc/chromium/policies/managed): Chromium reads them at start-up, so each test writes its policy,
 * restarts the browser (`reloadSession`), and removes the file afterwards whatever happens.
 */

const ZOOM_JOIN = 'https://zoom.us/j/123';
const BLOCKED_PAGE = `chrome-extension://${EXTENSION_ID}/src/blocked/index.html`;

interface ExtensionView {
  managed: Record<string, unknown>;
  dynamicRuleIds: number[];
}

interface ChromeApis {
  storage: { managed: { get: (keys: null, callback: (items: Record<string, unknown>) => void) => void } };
  declarativeNetRequest: { getDynamicRules: (callback: (rules: Array<{ id: number }>) => void) => void };
}

/** What the extension sees now: its managed storage and its dynamic block rules (read from an extension page). */
async function extensionView(): Promise<ExtensionView> {
  return browser.executeAsync((done: (view: ExtensionView) => void) => {
    const chromeApis = (globalThis as unknown as { chrome: ChromeApis }).chrome;
    chromeApis.storage.managed.get(null, (managed) => {
      chromeApis.declarativeNetRequest.getDynamicRules((rules) => done({ managed: managed ?? {}, dynamicRuleIds: rules.map((r) => r.id) }));
    });
  });
}

/**
 * The managed policy may reach the extension a moment after start-up: poll from an extension page until
 * `ready` holds (no fixed sleep).
 */
async function waitForExtension(ready: (view: ExtensionView) => boolean, what: string): Promise<ExtensionView> {
  await browser.url(`${BLOCKED_PAGE}?service=zoom`);
  let last: ExtensionView | undefined;
  try {
    await browser.waitUntil(
      async () => {
        last = await extensionView();
        return ready(last);
      },
      { timeout: 30000, interval: 200 },
    );
  } catch {
    throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
  }
  return last as ExtensionView;
}

/** Rewrites the policy file in one step (temporary file next to the folder, then rename). */
function replaceManagedPolicy(policy: Record<string, unknown>): void {
  const temp = join(dirname(MANAGED_POLICY_DIR), `.vigie-e2e-${process.pid}.json`);
  writeFileSync(temp, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }));
  renameSync(temp, MANAGED_POLICY_FILE);
}

async function startWithPolicy(policy: Record<string, unknown>): Promise<void> {
  writeManagedPolicy(policy);
  await browser.reloadSession();
}

interface InterstitialState {
  url: string;
  blocked: string | null;
  alternatives: string[];
  hasContinue: boolean;
  reasons: number;
}

async function readInterstitial(): Promise<InterstitialState> {
  return browser.execute(() => {
    const root = document.querySelector('[data-vigie-blocked]');
    return {
      url: location.href,
      blocked: root?.getAttribute('data-vigie-blocked') ?? null,
      alternatives: Array.from(document.querySelectorAll('[data-alternative]')).map((el) => el.getAttribute('data-alternative') ?? ''),
      hasContinue: !!document.querySelector('[data-vigie-continue]'),
      reasons: document.querySelectorAll('.reason').length,
    };
  });
}

async function waitForInterstitial(service: string): Promise<InterstitialState> {
  let last: InterstitialState | undefined;
  try {
    await browser.waitUntil(
      async () => {
        last = await readInterstitial();
        return last.blocked === service && last.alternatives.length > 0;
      },
      { timeout: 10000, interval: 50 },
    );
  } catch {
    throw new Error(`Timed out waiting for the ${service} interstitial; last seen: ${JSON.stringify(last)}`);
  }
  return last as InterstitialState;
}

const blockRulesInstalled = (view: ExtensionView) => view.dynamicRuleIds.includes(1);

describe('Enforcement by managed policy (real policy files)', () => {
  afterEach(() => {
    removeManagedPolicy();
  });

  after(async () => {
    removeManagedPolicy();
    // Leave a browser without policy for whatever runs next in this worker.
    await browser.reloadSession();
  });

  it('block: a Zoom link lands on the interstitial with the reasons and alternatives, without "continue"', async () => {
    await startWithPolicy({ profile: 'ac-aix-marseille', enforcement: { zoom: 'block' } });
    const view = await waitForExtension(blockRulesInstalled, 'the policy and the block rules');
    expect(view.managed.profile).toBe('ac-aix-marseille');

    await browser.url(ZOOM_JOIN);
    const page = await waitForInterstitial('zoom');
    expect(page.url.startsWith(`${BLOCKED_PAGE}?service=zoom&url=`)).toBe(true);
    expect(page.url.endsWith(ZOOM_JOIN)).toBe(true);
    expect(page.alternatives).toEqual(expect.arrayContaining(['via', 'cned', 'renavisio']));
    expect(page.reasons).toBeGreaterThan(0);
    expect(page.hasContinue).toBe(false);
    // The original URL is shown as text only: no link or markup made from it.
    const shownAsText = await browser.execute(
      (url: string) => Array.from(document.querySelectorAll('code')).some((el) => el.textContent === url && el.children.length === 0),
      ZOOM_JOIN,
    );
    expect(shownAsText).toBe(true);

    // Discord is not blocked by this policy (warn from the profile): the page loads with Vigie.
    await browser.url('https://discord.com/register');
    await waitForVigie((s) => s.present && s.context === 'discord-signup', '#vigie-root on Discord (not blocked)', 10000);
  });

  it('a site cannot probe for Vigie: the interstitial is not reachable from a page at its static URL', async () => {
    // Block rules installed: the interstitial is in use, and the redirect above still lands on it.
    await startWithPolicy({ profile: 'ac-aix-marseille', enforcement: { zoom: 'block' } });
    await waitForExtension(blockRulesInstalled, 'the policy and the block rules');
    await browser.url('https://discord.com/register');
    await waitForVigie((s) => s.present, '#vigie-root on Discord', 10000);
    const probe = (url: string) =>
      browser.executeAsync((target: string, done: (result: string) => void) => {
        // What a fingerprinting script does: fetch the resource, and load it in an <img>/<iframe>-like probe.
        fetch(target).then(
          (r) => done(`fetched ${r.status}`),
          () => done('refused'),
        );
      }, url);
    expect(await probe(`${BLOCKED_PAGE}?service=zoom`)).toBe('refused');
    expect(await probe(`chrome-extension://${EXTENSION_ID}/manifest.json`)).toBe('refused');
    // …while a Zoom link still lands on the interstitial.
    await browser.url(ZOOM_JOIN);
    await waitForInterstitial('zoom');
  });

  it('allowBypass: "continue" lets this tab through to Zoom, and only this tab', async () => {
    await startWithPolicy({ profile: 'ac-aix-marseille', enforcement: { zoom: 'block' }, allowBypass: true });
    await waitForExtension((view) => blockRulesInstalled(view) && view.managed.allowBypass === true, 'the bypass policy');

    await browser.url(ZOOM_JOIN);
    const page = await waitForInterstitial('zoom');
    expect(page.hasContinue).toBe(true);
    const firstTab = await browser.getWindowHandle();

    await $('[data-vigie-continue]').click();
    await browser.waitUntil(async () => (await browser.getUrl()) === ZOOM_JOIN, {
      timeout: 10000,
      timeoutMsg: 'the continue control did not navigate back to the Zoom page',
    });
    const state = await waitForVigie((s) => s.present && s.context === 'join', '#vigie-root on Zoom after continuing', 10000);
    expect(state.rules).toContain('service-forbidden');

    // Still allowed in this tab for another Zoom page.
    await browser.url('https://zoom.us/signin');
    await waitForVigie((s) => s.present && s.context === 'signin', '#vigie-root on another Zoom page in the same tab', 10000);

    // Another tab is still blocked.
    const { handle } = await browser.createWindow('tab');
    await browser.switchToWindow(handle);
    await browser.url(ZOOM_JOIN);
    const other = await waitForInterstitial('zoom');
    expect(other.hasContinue).toBe(true);
    expect((await readVigie()).present).toBe(false);

    // Closing the bypassed tab forgets its choice (no rule left behind).
    await browser.switchToWindow(firstTab);
    await browser.closeWindow();
    await browser.switchToWindow(handle);
    await browser.waitUntil(
      async () =>
        browser.executeAsync((done: (count: number) => void) => {
          const dnr = (globalThis as unknown as { chrome: { declarativeNetRequest: { getSessionRules: (cb: (rules: unknown[]) => void) => void } } }).chrome
            .declarativeNetRequest;
          dnr.getSessionRules((rules) => done(rules.length));
        }).then((count) => count === 0),
      { timeout: 5000, timeoutMsg: 'the bypass rule of the closed tab was not removed' },
    );
  });

  it('a policy change applies live, without restarting the browser', async () => {
    await startWithPolicy({ profile: 'ac-aix-marseille', enforcement: { zoom: 'block' } });
    await waitForExtension(blockRulesInstalled, 'the block rules');
    // The admin relaxes the policy: Chromium notices the file change, storage.managed changes, the rules follow.
    // (Replaced atomically, so Chromium never reads a half-written file.)
    replaceManagedPolicy({ profile: 'ac-aix-marseille', enforcement: { zoom: 'warn' } });
    await waitForExtension(
      (view) => (view.managed.enforcement as { zoom?: string } | undefined)?.zoom === 'warn' && view.dynamicRuleIds.length === 0,
      'the new policy and the block rules to go',
    );
    await browser.url(ZOOM_JOIN);
    const state = await waitForVigie((s) => s.present && s.context === 'join', '#vigie-root on Zoom once unblocked', 10000);
    expect(state.rules).toContain('service-forbidden');
  });

  it('a Zoom page already open when "block" arrives goes to the interstitial (no reload needed)', async () => {
    await startWithPolicy({ profile: 'ac-aix-marseille', enforcement: { zoom: 'warn' } });
    await browser.url(ZOOM_JOIN);
    await waitForVigie((s) => s.present && s.rules.includes('service-forbidden'), 'the warn-mode page', 15000);
    replaceManagedPolicy({ profile: 'ac-aix-marseille', enforcement: { zoom: 'block' } });
    const state = await waitForInterstitial('zoom');
    expect(state.hasContinue).toBe(false);
    expect(state.url).toContain(encodeURI(ZOOM_JOIN).replace(/^https:\/\//, ''));
  });

  it('a malformed policy (wrong types) leaves the bundled default working and the options page lists the errors', async () => {
    const tooLong = 'Lycée '.repeat(50); // 300 characters: a JSON schema cannot cap lengths, Vigie's validator does
    await startWithPolicy({
      profile: 'no-such-profile',
      enforcement: { zoom: 'blok' },
      allowBypass: 'yes',
      lockUserSettings: 1,
      helpUrl: 'http://insecure.example.fr',
      acknowledgementTtlHours: 'soon',
      approvedHosts: ['grenoble-inp.zoom.us', 42],
      institutionName: tooLong,
    });
    // Chromium checks the policy against Vigie's managed_schema.json and passes on only what fits its types;
    // wait until what it passed on has reached the extension.
    const { managed } = await waitForExtension((view) => view.managed.institutionName === tooLong, 'the malformed policy to reach the extension');
    // Wrong types never become configuration: nothing asks for `block`, no rule is installed.
    expect((await extensionView()).dynamicRuleIds).toEqual([]);

    // The bundled default serves: Vigie on Zoom with its rules, no "forbidden" stance.
    await browser.url(ZOOM_JOIN);
    const state = await waitForVigie((s) => s.present && s.context === 'join' && s.rules.length > 0, '#vigie-root with rules on Zoom', 10000);
    expect(state.rules).toContain('no-personal-data');
    expect(state.rules).not.toContain('service-forbidden');

    // The options page lists every malformed key the browser passed on, by key path.
    await browser.url(extensionPage('src/options/index.html'));
    let problems: string[] = [];
    await browser.waitUntil(
      async () => {
        problems = await browser.execute(() =>
          Array.from(document.querySelectorAll('[data-policy-problem][data-severity="error"]')).map((el) => el.getAttribute('data-policy-problem') ?? ''),
        );
        return problems.includes('institutionName');
      },
      { timeout: 10000, timeoutMsg: 'the options page does not list the institutionName error' },
    );
    for (const key of ['profile', 'enforcement', 'allowBypass', 'lockUserSettings', 'helpUrl', 'acknowledgementTtlHours', 'approvedHosts']) {
      if (key in managed) expect(problems.some((path) => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`))).toBe(true);
    }
  });

  it('an unreadable policy file (broken JSON) leaves the bundled default working', async () => {
    writeRawManagedPolicy('{ "3rdparty": { "extensions": { "' + EXTENSION_ID + '": { "profile": "ac-aix-marseille", "enforcement": { "zoom": "block" ');
    await browser.reloadSession();
    await browser.url(`${BLOCKED_PAGE}?service=zoom`);
    const view = await extensionView();
    expect(view.managed).toEqual({});
    expect(view.dynamicRuleIds).toEqual([]);
    await browser.url(ZOOM_JOIN);
    const state = await waitForVigie((s) => s.present && s.context === 'join' && s.rules.length > 0, '#vigie-root with rules on Zoom', 10000);
    expect(state.rules).not.toContain('service-forbidden');
  });
});
