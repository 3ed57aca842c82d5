/**
 * The demo itself: fixture server + Chromium (WebdriverIO standalone, Debian's chromium/chromedriver)
 * with Vigie loaded and the service hosts mapped to the replicas. Imported by scripts/demo.ts after
 * VIGIE_DIST is set (tests/e2e/support/chromium.ts reads it when loaded).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { remote } from 'webdriverio';
import { startFixtureServer, type FixtureServer } from '../../tests/e2e/support/fixture-server';
import { CHROMEDRIVER_BINARY, CHROMIUM_BINARY, DIST_DIR, EXTENSION_ID, chromiumArgs, ensureChromium } from '../../tests/e2e/support/chromium';
import { PROFILES, type ProfileId } from '../../src/policies/profiles';
import { demoPolicy, type DemoOptions } from './args';
import { expectationFor, missingFrom, type DemoConfig, type Expectation } from './expect';
import { renderGallery, renderStartPage, type RunInfo, type ScenarioResult, type ShownRule } from './html';
import { foreignVigiePolicies, policyUnavailableReason, removeDemoPolicy, writeDemoPolicy, DEMO_POLICY_FILE } from './policy';
import { README_SCENARIOS, SCENARIOS, type DemoScenario } from './scenarios';

type Browser = WebdriverIO.Browser;

export const START_HOST = 'demo.vigie.test';
export const START_PATH = '/vigie-demo';
export const START_URL = `https://${START_HOST}${START_PATH}`;
const EXTENSION_PAGE = `chrome-extension://${EXTENSION_ID}/src/options/index.html`;

export class DemoFailure extends Error {}

/* ------------------------------------------------------------------------------------------------
 * Clean-up: every exit path (normal end, error, Ctrl+C, window closed) runs the same tasks once.
 * ---------------------------------------------------------------------------------------------- */

const cleanups: Array<() => Promise<void> | void> = [];
let cleaning: Promise<void> | undefined;

function onCleanup(task: () => Promise<void> | void): void {
  cleanups.unshift(task);
}

export function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const task of cleanups) {
      try {
        await Promise.race([task(), new Promise((done) => setTimeout(done, 5000))]);
      } catch {
        // keep cleaning up
      }
    }
    removeDemoPolicy();
  })();
  return cleaning;
}

let interrupted = false;
function installSignalHandlers(): void {
  const stop = (signal: string) => {
    if (interrupted) return;
    interrupted = true;
    console.log(`\n${signal}: stopping the demo…`);
    void cleanup().finally(() => process.exit(130));
  };
  // `on`, not `once`: Ctrl+C reaches this process twice (from the terminal and relayed by tsx/npm), and a
  // second signal without a handler would kill it before the policy file is removed.
  process.on('SIGINT', () => stop('Ctrl+C'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGHUP', () => stop('SIGHUP'));
  // Last resort (synchronous): never leave the policy file behind.
  process.once('exit', () => removeDemoPolicy());
}

/* ------------------------------------------------------------------------------------------------
 * Reading Vigie through the SPEC contract only.
 * ---------------------------------------------------------------------------------------------- */

interface PageState {
  url: string;
  present: boolean;
  context: string | null;
  rules: string[];
  sensitive: string[];
  unread: string[];
  shown: ShownRule[];
  confirm: boolean;
  fieldWarning: boolean;
  blocked: string | null;
  alternatives: string[];
}

async function readPage(browser: Browser): Promise<PageState> {
  return browser.execute(() => {
    const visible = (el: Element | null | undefined) => {
      if (!el) return false;
      const r = (el as HTMLElement).getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const split = (value: string | null | undefined) => (value ? value.split(/\s+/).filter(Boolean) : []);
    const root = document.getElementById('vigie-root');
    const shadow = root?.shadowRoot;
    const blocked = document.querySelector('[data-vigie-blocked]');
    return {
      url: location.href,
      present: !!root,
      context: root?.getAttribute('data-vigie-context') ?? null,
      rules: split(root?.getAttribute('data-vigie-rules')),
      sensitive: split(root?.getAttribute('data-vigie-sensitive')),
      unread: split(root?.getAttribute('data-vigie-unread')),
      shown: Array.from(shadow?.querySelectorAll('.panel [data-rule]') ?? []).map((el) => ({
        rule: el.getAttribute('data-rule') ?? '',
        // The warning's title, without its severity label.
        text: Array.from((el.querySelector('.title') ?? el).childNodes)
          .filter((node) => !(node instanceof Element && node.classList.contains('sev')))
          .map((node) => node.textContent ?? '')
          .join('')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 160),
      })),
      confirm: visible(shadow?.querySelector('[data-vigie-confirm]')),
      fieldWarning: visible(shadow?.querySelector('[data-vigie-field-warning]')),
      blocked: blocked?.getAttribute('data-vigie-blocked') ?? null,
      alternatives: Array.from(document.querySelectorAll('[data-alternative]')).map((el) => el.getAttribute('data-alternative') ?? ''),
    };
  });
}

async function waitFor(browser: Browser, predicate: (s: PageState) => boolean, timeout: number): Promise<{ ok: boolean; state: PageState }> {
  const end = Date.now() + timeout;
  let state = await readPage(browser);
  while (!predicate(state) && Date.now() < end) {
    await browser.pause(100);
    state = await readPage(browser);
  }
  return { ok: predicate(state), state };
}

function describeState(s: PageState): string {
  return `url ${s.url}; #vigie-root ${s.present ? 'present' : 'absent'}; context ${s.context ?? '—'}; rules [${s.rules.join(' ')}]; sensitive [${s.sensitive.join(' ')}]; confirm ${s.confirm}; field warning ${s.fieldWarning}${s.blocked ? `; interstitial ${s.blocked}` : ''}`;
}

/* ------------------------------------------------------------------------------------------------
 * Browser and extension set-up.
 * ---------------------------------------------------------------------------------------------- */

function browserArgs(port: number, headless: boolean, userDataDir: string, lang: 'fr' | 'en'): string[] {
  return [
    ...chromiumArgs(port, { headless, userDataDir }).map((arg) =>
      arg.startsWith('--host-resolver-rules=') ? `${arg}, MAP ${START_HOST} 127.0.0.1:${port}` : arg,
    ),
    `--lang=${lang}`,
    `--accept-lang=${lang === 'fr' ? 'fr-FR,fr' : 'en-GB,en'}`,
  ];
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createNetServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

/**
 * Starts chromedriver as our own child process (WebdriverIO's automatic driver outlives a script that
 * exits, leaving orphans), and stops it at clean-up.
 */
async function startChromedriver(): Promise<number> {
  const port = await freePort();
  const driver: ChildProcess = spawn(CHROMEDRIVER_BINARY, [`--port=${port}`, '--allowed-ips=127.0.0.1'], { stdio: 'ignore' });
  onCleanup(
    () =>
      new Promise<void>((done) => {
        if (driver.exitCode !== null || driver.signalCode !== null) return done();
        driver.once('exit', () => done());
        driver.kill('SIGTERM');
        setTimeout(() => {
          if (driver.exitCode === null && driver.signalCode === null) driver.kill('SIGKILL');
          done();
        }, 2000);
      }),
  );
  let failure: Error | undefined;
  driver.once('error', (error) => (failure = error));
  const end = Date.now() + 15000;
  while (Date.now() < end) {
    if (failure) throw new DemoFailure(`Could not start ${CHROMEDRIVER_BINARY}: ${failure.message}`);
    if (driver.exitCode !== null) throw new DemoFailure(`${CHROMEDRIVER_BINARY} exited at start (code ${driver.exitCode}).`);
    try {
      const status = (await (await fetch(`http://127.0.0.1:${port}/status`)).json()) as { value?: { ready?: boolean } };
      if (status.value?.ready) return port;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new DemoFailure(`${CHROMEDRIVER_BINARY} did not answer on port ${port} within 15 s.`);
}

async function openBrowser(port: number, headless: boolean, userDataDir: string, lang: 'fr' | 'en'): Promise<Browser> {
  const driverPort = await startChromedriver();
  return remote({
    hostname: '127.0.0.1',
    port: driverPort,
    path: '/',
    logLevel: 'silent',
    connectionRetryCount: 1,
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: CHROMIUM_BINARY,
        args: browserArgs(port, headless, userDataDir, lang),
        // No "controlled by automated test software" bar in the visible window.
        excludeSwitches: ['enable-automation'],
      },
      'wdio:enforceWebDriverClassic': true,
    },
  });
}

interface ExtensionView {
  ok: boolean;
  managed: Record<string, unknown>;
  dynamicRuleIds: number[];
  user: Record<string, unknown>;
  language: string;
}

interface ChromeApis {
  storage: {
    managed: { get: (keys: null, callback: (items: Record<string, unknown>) => void) => void };
    local: {
      get: (keys: string, callback: (items: Record<string, unknown>) => void) => void;
      set: (items: Record<string, unknown>, callback: () => void) => void;
    };
  };
  declarativeNetRequest: { getDynamicRules: (callback: (rules: Array<{ id: number }>) => void) => void };
}

/** JSON with sorted keys, to compare policies whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

async function extensionView(browser: Browser): Promise<ExtensionView> {
  return browser.executeAsync((done: (view: ExtensionView) => void) => {
    const chromeApis = (globalThis as unknown as { chrome?: ChromeApis }).chrome;
    if (!chromeApis?.storage) {
      done({ ok: false, managed: {}, dynamicRuleIds: [], user: {}, language: navigator.language });
      return;
    }
    chromeApis.storage.managed.get(null, (managed) => {
      chromeApis.declarativeNetRequest.getDynamicRules((rules) => {
        chromeApis.storage.local.get('vigie.userOptions', (local) => {
          done({
            ok: true,
            managed: managed ?? {},
            dynamicRuleIds: rules.map((r) => r.id),
            user: (local['vigie.userOptions'] as Record<string, unknown>) ?? {},
            language: navigator.language,
          });
        });
      });
    });
  });
}

/**
 * The user's own options, as the options page saves them: the language always (Debian's Chromium often
 * ships only the en-US UI locale, so `--lang` alone would leave the interstitial and popup in English),
 * and the profile when no managed policy can be written.
 */
async function setUserOptions(browser: Browser, options: { language: 'fr' | 'en'; profile?: ProfileId }): Promise<void> {
  await browser.executeAsync((value: Record<string, string>, done: () => void) => {
    const chromeApis = (globalThis as unknown as { chrome: ChromeApis }).chrome;
    chromeApis.storage.local.set({ 'vigie.userOptions': value }, () => done());
  }, options as Record<string, string>);
}

/** Opens an extension page and waits until Vigie runs (and has the demo's policy, when there is one). */
async function prepareExtension(browser: Browser, policy: Record<string, unknown> | undefined, needsBlockRules: boolean): Promise<ExtensionView> {
  await browser.url(EXTENSION_PAGE);
  let view: ExtensionView | undefined;
  const end = Date.now() + 30000;
  for (;;) {
    view = await extensionView(browser).catch(() => undefined);
    const ready =
      !!view?.ok &&
      (!policy || Object.entries(policy).every(([key, value]) => canonical(view?.managed[key]) === canonical(value))) &&
      (!needsBlockRules || view.dynamicRuleIds.length > 0);
    if (ready) return view as ExtensionView;
    if (Date.now() > end) break;
    await browser.pause(200);
    if (!view?.ok) await browser.url(EXTENSION_PAGE);
  }
  if (!view?.ok) {
    throw new DemoFailure(`Vigie did not load from ${DIST_DIR} (no extension page at ${EXTENSION_PAGE}). Is the build complete?`);
  }
  throw new DemoFailure(
    `Chromium did not pass the demo's managed policy to Vigie within 30 s.\n  wanted ${JSON.stringify(policy)}${needsBlockRules ? ' and the block rules' : ''}\n  Vigie sees ${JSON.stringify(view.managed)}, block rules ${JSON.stringify(view.dynamicRuleIds)}`,
  );
}

/* ------------------------------------------------------------------------------------------------
 * The walk.
 * ---------------------------------------------------------------------------------------------- */

async function doStep(browser: Browser, step: DemoScenario['steps'][number]): Promise<void> {
  const el = await browser.$(step.selector);
  await el.waitForDisplayed({ timeout: 5000, timeoutMsg: `"${step.selector}" is not displayed` });
  try {
    if (step.kind === 'type') {
      await el.click();
      await el.setValue(step.text);
    } else {
      await el.click();
    }
  } catch (error) {
    const message = String((error as Error).message ?? error);
    if (/intercepted|would receive the click/i.test(message)) {
      const covered = /vigie/i.test(message) ? ' — Vigie’s own UI covers the page’s control' : '';
      throw new DemoFailure(`the click on "${step.selector}" was intercepted${covered}: ${message.split('\n')[0]}`);
    }
    throw error;
  }
}

/** Expands Vigie's panel (a real click on its toggle), so the screenshot shows the rules. */
async function expandPanel(browser: Browser): Promise<void> {
  const toggle = await browser.$('#vigie-root').shadow$('.panel button.toggle');
  if (!(await toggle.isExisting())) return;
  if ((await toggle.getAttribute('aria-expanded')) === 'true') return;
  await toggle.click();
}

async function walkScenario(browser: Browser, scenario: DemoScenario, expectation: Expectation, outDir: string): Promise<ScenarioResult> {
  const done: ScenarioResult['done'] = [];
  const result = (status: ScenarioResult['status'], state: PageState, error?: string): ScenarioResult => ({
    scenario,
    status,
    done,
    context: state.context,
    rules: state.rules,
    sensitive: state.sensitive,
    shown: state.shown,
    confirm: state.confirm,
    alternatives: state.alternatives,
    ...(error ? { error } : {}),
  });
  const shoot = async (r: ScenarioResult): Promise<ScenarioResult> => {
    await browser.pause(350); // let the panel's transition settle
    const file = `${scenario.id}.png`;
    await browser.saveScreenshot(join(outDir, file));
    return { ...r, screenshot: file };
  };

  await browser.url(scenario.url);
  if (expectation.blocked) {
    const { ok, state } = await waitFor(browser, (s) => s.blocked === scenario.service && s.alternatives.length > 0, 10000);
    if (!ok) return shoot(result('failed', state, `Expected the ${scenario.service} block interstitial [data-vigie-blocked="${scenario.service}"]; saw ${describeState(state)}`));
    done.push({ fr: 'Page remplacée par la page de blocage de Vigie (rien saisi)', en: 'Page replaced by Vigie’s block interstitial (nothing typed)' });
    return shoot(result('blocked', state));
  }

  const loaded = await waitFor(browser, (s) => s.present && s.context === scenario.context, 10000);
  if (!loaded.ok) {
    return shoot(result('failed', loaded.state, `#vigie-root with context "${scenario.context}" did not appear on ${scenario.url}; saw ${describeState(loaded.state)}`));
  }
  if (scenario.frame) {
    // The steps and the state are the frame's (the web app's pre-join screen); the screenshot shows the tab.
    try {
      const frame = await browser.$(scenario.frame.selector);
      await frame.waitForExist({ timeout: 5000 });
      await browser.switchToFrame(frame);
    } catch (error) {
      return shoot(result('failed', loaded.state, `No frame ${scenario.frame.selector}: ${String((error as Error).message ?? error).split('\n')[0]}`));
    }
    const inFrame = await waitFor(browser, (s) => s.present && s.context === scenario.context, 10000);
    if (!inFrame.ok) {
      await browser.switchToFrame(null);
      return shoot(result('failed', inFrame.state, `#vigie-root with context "${scenario.context}" did not appear in ${scenario.frame.selector}; saw ${describeState(inFrame.state)}`));
    }
  }
  const leaveFrame = async () => {
    if (scenario.frame) await browser.switchToFrame(null);
  };
  for (const step of scenario.steps) {
    try {
      await doStep(browser, step);
      done.push(step.what);
    } catch (error) {
      const state = await readPage(browser);
      await leaveFrame();
      return shoot(result('failed', state, `Step "${step.what.en}" failed: ${String((error as Error).message ?? error).split('\n')[0]}`));
    }
  }
  const check = (s: PageState) => missingFrom(expectation, s).length === 0;
  const settled = await waitFor(browser, check, 5000);
  if (!settled.ok) {
    const missing = missingFrom(expectation, settled.state);
    await leaveFrame();
    return shoot(result('failed', settled.state, `Vigie did not show: ${missing.join(', ')}.\nLast state: ${describeState(settled.state)}`));
  }
  const final = await readPage(browser);
  await leaveFrame();
  if (!expectation.confirm) {
    await expandPanel(browser).catch(() => undefined);
  }
  return shoot(result('ok', final));
}

/* ------------------------------------------------------------------------------------------------
 * Main.
 * ---------------------------------------------------------------------------------------------- */

export interface RunContext {
  options: DemoOptions;
  walk: boolean;
  repoRoot: string;
}

export async function runDemo({ options, walk, repoRoot }: RunContext): Promise<number> {
  installSignalHandlers();
  try {
    ensureChromium('The demo');
  } catch (error) {
    throw new DemoFailure(error instanceof Error ? error.message : String(error));
  }

  // Profile and enforcement: a real managed policy when possible, else the user's own option.
  const policy = demoPolicy(options);
  const profileId: ProfileId = options.profile ?? 'default';
  let via = 'profil par défaut intégré (aucune politique)';
  let userFallback = false;
  if (policy) {
    const unavailable = policyUnavailableReason();
    if (unavailable && options.enforcement) {
      throw new DemoFailure(
        `--enforcement needs a managed (admin) policy, and ${unavailable}.\n` +
          '  Without root the demo can still switch the profile alone (--profile <id>): it sets it as the user’s option, as the options page does.',
      );
    }
    if (unavailable) {
      userFallback = true;
      via = 'option de l’utilisateur (pas de politique gérée : root nécessaire)';
      console.warn(`Note: ${unavailable}.\n  Falling back to the user's option (as the options page does): profile "${profileId}", enforcement from the profile.`);
    } else {
      writeDemoPolicy(policy);
      via = `politique gérée ${DEMO_POLICY_FILE}`;
      console.log(`Managed policy written to ${DEMO_POLICY_FILE}: ${JSON.stringify(policy)} (removed at exit).`);
    }
  }
  const foreign = foreignVigiePolicies();
  if (foreign.length) {
    console.warn(
      `Warning: other managed policy files name Vigie and Chromium will apply them too:\n  ${foreign.join('\n  ')}\n` +
        '  (the end-to-end tests write one while they run). The walk may show their profile instead.',
    );
  }

  const config: DemoConfig = { profile: profileId, ...(options.enforcement ? { enforcement: options.enforcement } : {}) };
  const profile = PROFILES[profileId];
  const enforcementLabel = options.enforcement ?? `${profile.enforcement.zoom} (zoom), ${profile.enforcement.discord} (discord)`;
  const info: RunInfo = {
    profile: profileId,
    institution: profile.institutionName || profile.name[options.lang],
    enforcement: enforcementLabel,
    via,
    lang: options.lang,
  };

  const scenarios = options.only.length ? SCENARIOS.filter((s) => options.only.includes(s.id)) : SCENARIOS;
  const unknown = options.only.filter((id) => !SCENARIOS.some((s) => s.id === id));
  if (unknown.length) throw new DemoFailure(`--only: unknown scenario(s) ${unknown.join(', ')} (known: ${SCENARIOS.map((s) => s.id).join(', ')})`);

  const server: FixtureServer = await startFixtureServer(0, new Map([[START_PATH, () => renderStartPage(SCENARIOS, info)]]));
  onCleanup(() => server.close());
  const userDataDir = mkdtempSync(join(tmpdir(), 'vigie-demo-profile-'));
  onCleanup(async () => {
    // Chromium may still be writing its profile for a moment after it was told to quit.
    // (e.g. after Ctrl+C, which reaches it too): remove, wait, and remove again if it came back.
    for (let attempt = 0; attempt < 8 && existsSync(userDataDir); attempt++) {
      try {
        rmSync(userDataDir, { recursive: true, force: true });
      } catch {
        // busy: try again below
      }
      await new Promise((done) => setTimeout(done, 400));
    }
  });

  console.log(`Starting Chromium (${walk ? 'headless' : 'window'}) with Vigie from ${relative(repoRoot, DIST_DIR) || DIST_DIR}…`);
  const browser = await openBrowser(server.port, walk, userDataDir, options.lang);
  onCleanup(async () => {
    await browser.deleteSession().catch(() => undefined);
  });

  const needsBlockRules = !userFallback && options.enforcement === 'block';
  const view = await prepareExtension(browser, userFallback ? undefined : policy, needsBlockRules);
  await setUserOptions(browser, { language: options.lang, ...(userFallback ? { profile: profileId } : {}) });
  console.log(`Vigie is loaded (managed policy seen: ${JSON.stringify(view.managed)}; browser language ${view.language}).`);
  if (!policy && Object.keys(view.managed).length) {
    console.warn('Warning: Vigie sees a managed policy the demo did not write (see above); expectations assume the bundled default profile.');
  }

  if (!walk) return interactive(browser);
  return walkAll(browser, scenarios, config, info, options, repoRoot, view.managed);
}

export async function interactive(browser: Browser): Promise<number> {
  await browser.url(START_URL);
  console.log(`\nThe demo is open on ${START_URL}.`);
  console.log('Try each scenario in the window. Close the browser window (or press Ctrl+C here) to stop.');
  for (;;) {
    await new Promise((done) => setTimeout(done, 1000));
    if (interrupted) return 130;
    try {
      const handles = await browser.getWindowHandles();
      if (!handles.length) break;
    } catch {
      break;
    }
  }
  console.log('Browser closed: stopping the demo.');
  return 0;
}

async function walkAll(
  browser: Browser,
  scenarios: readonly DemoScenario[],
  config: DemoConfig,
  info: RunInfo,
  options: DemoOptions,
  repoRoot: string,
  startManaged: Record<string, unknown>,
): Promise<number> {
  const outDir = resolve(repoRoot, options.outDir);
  mkdirSync(outDir, { recursive: true });
  // Only what an earlier walk wrote here (never the whole folder: --out may name any directory).
  for (const name of readdirSync(outDir)) {
    if (name === 'index.html' || (name.endsWith('.png') && (name === 'start-page.png' || SCENARIOS.some((s) => `${s.id}.png` === name)))) {
      rmSync(join(outDir, name), { force: true });
    }
  }

  // The start page first, as a person would see it.
  await browser.url(START_URL);
  await browser.saveScreenshot(join(outDir, 'start-page.png'));

  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    if (interrupted) return 130;
    const expectation = expectationFor(scenario, config);
    let result: ScenarioResult;
    const foreignBefore = foreignVigiePolicies();
    try {
      result = await walkScenario(browser, scenario, expectation, outDir);
    } catch (error) {
      result = {
        scenario,
        status: 'failed',
        done: [],
        context: null,
        rules: [],
        sensitive: [],
        shown: [],
        confirm: false,
        error: String((error as Error).message ?? error),
      };
    }
    if (interrupted) return 130;
    const foreign = [...new Set([...foreignBefore, ...foreignVigiePolicies()])];
    if (result.status === 'failed' && foreign.length) {
      result.error += `\nNote: another managed policy file naming Vigie was present during this scenario (${foreign.join(', ')}); Chromium merges it with the demo's, so this failure may come from it rather than from Vigie.`;
    }
    results.push(result);
    const mark = result.status === 'failed' ? 'FAIL' : result.status === 'blocked' ? 'BLOCK' : 'ok  ';
    console.log(`${mark} ${scenario.id.padEnd(24)} ${result.status === 'blocked' ? `interstitial [${(result.alternatives ?? []).join(' ')}]` : `[${result.rules.join(' ')}]`}`);
    if (expectation.notApplied.length && result.status !== 'blocked') {
      console.log(`     (profile ${config.profile} does not apply: ${expectation.notApplied.join(' ')})`);
    }
    if (result.error) console.log(`     ${result.error.replace(/\n/g, '\n     ')}`);
  }

  // Chromium re-reads managed policy files while it runs: say so if Vigie's policy changed under the walk.
  const after = await prepareExtension(browser, undefined, false).catch(() => undefined);
  if (after && canonical(after.managed) !== canonical(startManaged)) {
    console.warn(
      `\nWarning: the managed policy Vigie sees changed during the walk (another process wrote a policy file?).\n  start ${JSON.stringify(startManaged)}\n  end   ${JSON.stringify(after.managed)}\n  Some screenshots may show another profile: run the demo again.`,
    );
  }

  const gallery = join(outDir, 'index.html');
  writeFileSync(gallery, renderGallery(results, { ...info, date: new Date().toISOString().replace('T', ' ').slice(0, 16) }));
  const failed = results.filter((r) => r.status === 'failed');
  console.log(`\nScreenshots and gallery: ${gallery}`);

  if (options.updateDocs) {
    const docs = resolve(repoRoot, 'docs/demo');
    mkdirSync(docs, { recursive: true });
    const copy = (from: string, to: string) => {
      copyFileSync(join(outDir, from), join(docs, to));
      console.log(`Updated docs/demo/${to}`);
    };
    const blocked = results.find((x) => x.status === 'blocked' && x.screenshot);
    if (blocked?.screenshot) {
      // A block run: its pages are interstitials, the README shows one of them.
      copy(blocked.screenshot, `blocked-${blocked.scenario.service}.png`);
    } else {
      for (const id of README_SCENARIOS) {
        const r = results.find((x) => x.scenario.id === id && x.status === 'ok' && x.screenshot);
        if (r?.screenshot) copy(r.screenshot, r.screenshot);
        else console.warn(`--update-docs: no good screenshot for ${id}, docs/demo/${id}.png left as it was.`);
      }
    }
  }

  if (failed.length) {
    console.error(
      `\n${failed.length} scenario(s) failed — Vigie did not show what it should (a bug to report, with the screenshot):\n` +
        failed.map((r) => `  - ${r.scenario.id}: ${(r.error ?? '').split('\n')[0]}`).join('\n'),
    );
    return 1;
  }
  const blockedCount = results.filter((r) => r.status === 'blocked').length;
  console.log(
    blockedCount
      ? `All ${results.length} scenarios passed (${blockedCount} replaced by Vigie's block interstitial).`
      : `All ${results.length} scenarios showed Vigie's warnings.`,
  );
  return 0;
}
