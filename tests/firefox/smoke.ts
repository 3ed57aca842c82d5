/**
 * Firefox smoke test: the Firefox build loads in Debian's firefox-esr and marks real Zoom and Discord URLs.
 *
 * No geckodriver is needed: Firefox speaks WebDriver BiDi itself (`--remote-debugging-port`), installs the
 * unpacked build as a temporary add-on (`webExtension.install`), and resolves every host to the local
 * replica server (`network.dns.forceResolve`). Firefox has no host-port mapping, so the replica server
 * listens on port 443 when it can (root) and the URLs stay exactly the real ones; otherwise the URLs carry
 * the server's port (the content script's matches and Vigie's context detection ignore ports).
 *
 * `npm run test:firefox` (builds `dist-firefox/` first). Exits 0 when every page was marked, 1 otherwise,
 * 2 when firefox-esr is missing and cannot be installed here (it is installed on the spot as root on Debian).
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createServer } from 'node:net';
import WebSocket from 'ws';
import { startFixtureServer, type FixtureServer } from '../e2e/support/fixture-server';
import { GECKO_ID } from '../../scripts/package/manifest';
import { ensureDebianPackages } from '../e2e/support/debian';

const FIREFOX = process.env.FIREFOX_BINARY ?? '/usr/bin/firefox-esr';
const DIST = resolve(process.cwd(), process.env.VIGIE_FIREFOX_DIST ?? 'dist-firefox');
/** Firefox on Linux reads system-wide enterprise policies from here. */
const FIREFOX_POLICIES = '/etc/firefox/policies/policies.json';

interface MarkedCase {
  host: string;
  path: string;
  context: string;
  /** A rule that must be active (after `act`, when given). */
  rule: string;
  /** Page-world script run once the page is marked (typing, clicking). */
  act?: string;
  /** Then Vigie's one-click fix of `rule` (the marker's "Corriger"): the rule must go away. */
  fix?: boolean;
}

/** A navigation that must land on Vigie's block interstitial (the service's `block` enforcement). */
interface BlockedCase {
  host: string;
  path: string;
  blocked: string;
}

type Case = MarkedCase | BlockedCase;

const typeIn = (selector: string, text: string) =>
  `(() => { const f = document.querySelector(${JSON.stringify(selector)}); f.focus(); f.value = ${JSON.stringify(text)}; f.dispatchEvent(new Event('input', { bubbles: true })); })()`;

const CASES: Case[] = [
  { host: 'zoom.us', path: '/signup', context: 'signup', rule: 'professional-email', act: typeIn('input[type="email"]', 'prenom.nom@gmail.com') },
  { host: 'zoom.us', path: '/meeting/schedule', context: 'schedule', rule: 'no-pmi', act: `document.querySelector('label.zoom-radio[data-value="pmi"]').click()` },
  { host: 'zoom.us', path: '/meeting/schedule', context: 'schedule', rule: 'waiting-room', act: `document.querySelector('label[for="waiting-room"]').click()`, fix: true },
  { host: 'us02web.zoom.us', path: '/meeting/schedule', context: 'schedule', rule: 'sensitive-data-detected', act: typeIn('#topic', 'Équipe éducative – PAI diabète de Léa') },
  { host: 'zoom.us', path: '/j/85012345678', context: 'join', rule: 'identify-participants' },
  // A page whose Content-Security-Policy forbids inline styles: Vigie's panel must still be styled.
  { host: 'zoom.us', path: '/j/85012345678?csp=strict', context: 'join', rule: 'identify-participants' },
  { host: 'zoom.us', path: '/wc/85012345678/join', context: 'webclient', rule: 'no-personal-data' },
  { host: 'discord.com', path: '/app', context: 'discord-app', rule: 'minor-consent' },
];

/**
 * With the administrator's profile from Firefox's policies.json: Zoom and Discord are forbidden; Zoom is
 * flagged in the page, Discord (`block`) is replaced by the interstitial.
 */
const POLICY: Record<string, unknown> = { profile: 'ac-aix-marseille', enforcement: { discord: 'block' } };
const POLICY_CASES: Case[] = [
  { host: 'zoom.us', path: '/meeting/schedule', context: 'schedule', rule: 'service-forbidden' },
  { host: 'discord.com', path: '/app', blocked: 'discord' },
];

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

class Bidi {
  private next = 1;
  private readonly pending = new Map<number, { done: (v: unknown) => void; fail: (e: Error) => void }>();
  constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; type?: string; result?: unknown; error?: string; message?: string };
      if (message.id === undefined) return;
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.type === 'error') waiter?.fail(new Error(`${message.error}: ${message.message}`));
      else waiter?.done(message.result);
    });
  }
  static async connect(url: string, timeoutMs: number): Promise<Bidi> {
    const start = Date.now();
    for (;;) {
      try {
        const socket = await new Promise<WebSocket>((done, fail) => {
          const ws = new WebSocket(url);
          ws.once('open', () => done(ws));
          ws.once('error', fail);
        });
        return new Bidi(socket);
      } catch (error) {
        if (Date.now() - start > timeoutMs) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }
  send<T>(method: string, params: Record<string, unknown>): Promise<T> {
    const id = this.next++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise<T>((done, fail) => this.pending.set(id, { done: done as (v: unknown) => void, fail }));
  }
  close(): void {
    this.socket.close();
  }
}

/**
 * Starts firefox-esr on a fresh profile with Vigie installed, runs `cases`, stops it; returns the failures.
 * A 3rdparty `policy` for Vigie is written to Firefox's system policies file for that run only.
 */
async function runFirefox(label: string, cases: readonly Case[], origin: (host: string) => string, policy?: Record<string, unknown>): Promise<number> {
  const profile = mkdtempSync(join(tmpdir(), 'vigie-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    [
      'user_pref("network.dns.forceResolve", "127.0.0.1");',
      'user_pref("network.proxy.type", 0);',
      'user_pref("xpinstall.signatures.required", false);',
      'user_pref("extensions.autoDisableScopes", 0);',
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("toolkit.telemetry.enabled", false);',
      'user_pref("app.update.enabled", false);',
      'user_pref("browser.startup.homepage_override.mstone", "ignore");',
      'user_pref("network.captive-portal-service.enabled", false);',
      'user_pref("network.connectivity-service.enabled", false);',
      '',
    ].join('\n'),
  );
  if (policy) {
    mkdirSync(dirname(FIREFOX_POLICIES), { recursive: true });
    writeFileSync(FIREFOX_POLICIES, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }, null, 2));
  }
  const debugPort = await freePort();
  const firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, `--remote-debugging-port=${debugPort}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let bidi: Bidi | undefined;
  let failures = 0;
  try {
    bidi = await Bidi.connect(`ws://127.0.0.1:${debugPort}/session`, 30_000);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    const installed = await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: DIST } });
    console.log(`${label}: Vigie installed in ${FIREFOX} as ${installed.extension}`);
    const tree = await bidi.send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', {});
    const context = tree.contexts[0]?.context;
    if (!context) throw new Error('no browsing context');

    const read = async (): Promise<string> => {
      const result = await bidi!.send<{ result: { type: string; value?: string } }>('script.evaluate', {
        target: { context },
        awaitPromise: false,
        // The third field says the panel is styled (position: fixed), i.e. the shadow root's styles applied.
        expression: `(() => { const r = document.getElementById('vigie-root'); const p = r && r.shadowRoot && r.shadowRoot.querySelector('.panel'); return r ? (r.getAttribute('data-vigie-context') || '') + '|' + (r.getAttribute('data-vigie-rules') || '') + '|' + (!!p && getComputedStyle(p).position === 'fixed') : ''; })()`,
      });
      return result.result.value ?? '';
    };
    const waitFor = async (accept: (ctx: string, rules: string[]) => boolean): Promise<string> => {
      let seen = '';
      const start = Date.now();
      while (Date.now() - start < 10_000) {
        seen = await read();
        const [ctx = '', rules = ''] = seen.split('|');
        if (accept(ctx, rules.split(' ').filter(Boolean))) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      return seen;
    };
    const landedOn = async (): Promise<string> => {
      const result = await bidi!.send<{ result: { type: string; value?: string } }>('script.evaluate', {
        target: { context },
        awaitPromise: false,
        expression: `location.protocol + '|' + location.pathname + '|' + (document.querySelector('[data-vigie-blocked]')?.getAttribute('data-vigie-blocked') ?? '')`,
      });
      return result.result.value ?? '';
    };
    for (const c of cases) {
      const url = `${origin(c.host)}${c.path}`;
      if ('blocked' in c) {
        // The redirect may land before the interstitial has rendered: look again for a while.
        await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' }).catch(() => undefined);
        let seen = '';
        const start = Date.now();
        while (Date.now() - start < 10_000) {
          seen = await landedOn().catch(() => '');
          if (seen.endsWith(`|${c.blocked}`)) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        const [protocol, path, service] = seen.split('|');
        const ok = protocol === 'moz-extension:' && path === '/src/blocked/index.html' && service === c.blocked;
        if (!ok) failures++;
        console.log(`${ok ? 'ok  ' : 'FAIL'} ${url} → ${ok ? `block interstitial for ${service}` : `"${seen}" (expected the block interstitial for ${c.blocked})`}`);
        continue;
      }
      await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
      await waitFor((ctx, rules) => ctx === c.context && (rules.length > 0 || !!c.act));
      if (c.act) {
        // Give the first pass its turn, then act as a person would.
        await new Promise((r) => setTimeout(r, 300));
        await bidi.send('script.evaluate', { target: { context }, awaitPromise: false, expression: c.act });
      }
      const seen = await waitFor((ctx, rules) => ctx === c.context && rules.includes(c.rule));
      const [ctx, rules, shadow] = seen.split('|');
      const ok = ctx === c.context && (rules ?? '').split(' ').includes(c.rule) && shadow === 'true';
      if (!ok) failures++;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${url} → context "${ctx ?? ''}", rules "${rules ?? ''}"${ok ? '' : ` (expected "${c.context}" with ${c.rule})`}`);
      if (ok && c.fix) {
        const marker = `[data-vigie-marker="${c.rule}"] [data-vigie-fix="${c.rule}"]`;
        const clicked = await bidi.send<{ result: { value?: boolean } }>('script.evaluate', {
          target: { context },
          awaitPromise: false,
          expression: `(() => { const b = document.getElementById('vigie-root').shadowRoot.querySelector(${JSON.stringify(marker)}); if (b) b.click(); return !!b; })()`,
        });
        const after = await waitFor((x, r) => x === c.context && !r.includes(c.rule));
        const fixed = clicked.result.value === true && !(after.split('|')[1] ?? '').split(' ').includes(c.rule);
        if (!fixed) failures++;
        console.log(`${fixed ? 'ok  ' : 'FAIL'} ${url} → one-click fix of ${c.rule}: rules "${after.split('|')[1] ?? ''}"`);
      }
    }
  } finally {
    bidi?.close();
    firefox.kill('SIGTERM');
    await new Promise<void>((done) => {
      if (firefox.exitCode !== null) return done();
      firefox.once('exit', () => done());
      setTimeout(done, 5000);
    });
    if (policy) rmSync(FIREFOX_POLICIES, { force: true });
    rmSync(profile, { recursive: true, force: true });
  }
  return failures;
}

async function main(): Promise<number> {
  try {
    ensureDebianPackages([{ binary: FIREFOX, pkg: 'firefox-esr' }], 'The Firefox smoke test');
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  if (!existsSync(join(DIST, 'manifest.json'))) {
    console.error(`No Firefox build in ${DIST}: run \`npm run build:firefox\` first.`);
    return 1;
  }
  if (existsSync(FIREFOX_POLICIES)) {
    console.error(`${FIREFOX_POLICIES} exists: this machine already has Firefox policies; the smoke test will not touch them.`);
    return 1;
  }
  let server: FixtureServer;
  try {
    server = await startFixtureServer(443);
  } catch {
    server = await startFixtureServer(0);
  }
  const origin = (host: string) => (server.port === 443 ? `https://${host}` : `https://${host}:${server.port}`);
  let failures = 0;
  try {
    failures += await runFirefox('No policy', CASES, origin);
    if (canWritePolicies()) {
      // Firefox's enterprise policies reach storage.managed too: the administrator's profile applies.
      failures += await runFirefox('Managed policy (Académie d’Aix-Marseille, Discord blocked)', POLICY_CASES, origin, POLICY);
    } else {
      console.log(`Managed-policy run skipped: ${FIREFOX_POLICIES} is not writable (needs root).`);
    }
  } finally {
    await server.close();
  }
  console.log(failures ? `${failures} failed` : 'Firefox smoke test: every page was marked by Vigie.');
  return failures ? 1 : 0;
}

function canWritePolicies(): boolean {
  try {
    mkdirSync(dirname(FIREFOX_POLICIES), { recursive: true });
    accessSync(dirname(FIREFOX_POLICIES), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
