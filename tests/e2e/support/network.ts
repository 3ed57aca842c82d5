/**
 * Watching what the browser does on Vigie's behalf, through the Chrome DevTools Protocol of the Chromium
 * that ChromeDriver started (`goog:chromeOptions.debuggerAddress`), next to the WebDriver session.
 *
 * `CdpObserver` attaches to every target of the browser — tabs, extension pages, the extension's service
 * worker, iframes and workers — including targets created later (they wait for the debugger until the
 * Network domain is on, so not even their first request is missed), and records:
 * - every network request (`Network.requestWillBeSent`, `Network.webSocketCreated`) with the target that
 *   made it and its initiator (a content script shows up as a `chrome-extension://` frame of the stack);
 * - every uncaught exception and console error, per target (content scripts included: their isolated
 *   world reports through the page's Runtime domain).
 *
 * `networkViolations` is the pure judgement of the network-guard test.
 * (`ws` is the WebSocket client WebdriverIO itself uses for BiDi.)
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import WebSocket from 'ws';
import { browser } from '@wdio/globals';
import { DIST_DIR, EXTENSION_ID } from './chromium';
import { extensionPage } from './vigie';

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface ObservedRequest {
  /** The target whose Network domain reported the request (page, service_worker, iframe, worker…). */
  target: { type: string; url: string };
  url: string;
  method: string;
  /** For page targets: the document the request belongs to. */
  documentURL?: string;
  /** Network resource type (Document, Script, Fetch, XHR, Ping, WebSocket…). */
  resourceType?: string;
  initiatorType?: string;
  /** Every script URL of the initiator (its `url` and its stack frames, async parents included). */
  initiatorUrls: string[];
}

export interface ObservedError {
  target: { type: string; url: string };
  /** `exception` (uncaught), `console` (console.error/assert) or `log` (browser log entry of level error). */
  kind: 'exception' | 'console' | 'log';
  text: string;
  /** Script URLs involved (location and stack). */
  urls: string[];
}

interface CdpMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  result?: unknown;
  error?: { message: string };
}

interface StackTrace {
  callFrames?: Array<{ url?: string }>;
  parent?: StackTrace;
}

function stackUrls(stack: StackTrace | undefined): string[] {
  const urls: string[] = [];
  for (let s = stack; s; s = s.parent) for (const frame of s.callFrames ?? []) if (frame.url) urls.push(frame.url);
  return urls;
}

/** The CDP endpoint of the browser under test (ChromeDriver reports it in the session's capabilities). */
export function debuggerAddress(): string {
  const options = (browser.capabilities as Record<string, unknown>)['goog:chromeOptions'] as { debuggerAddress?: string } | undefined;
  if (!options?.debuggerAddress) throw new Error('ChromeDriver did not report goog:chromeOptions.debuggerAddress');
  return options.debuggerAddress;
}

export class CdpObserver {
  readonly requests: ObservedRequest[] = [];
  readonly errors: ObservedError[] = [];
  /** Every target seen, by session id (kept after detach, so late events still have a name). */
  private readonly sessions = new Map<string, TargetInfo>();
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.onMessage(JSON.parse(String(data)) as CdpMessage));
  }

  /** Connects to the browser and attaches to every current and future target. */
  static async connect(address = debuggerAddress()): Promise<CdpObserver> {
    const version = (await (await fetch(`http://${address}/json/version`)).json()) as { webSocketDebuggerUrl: string };
    const socket = new WebSocket(version.webSocketDebuggerUrl, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const observer = new CdpObserver(socket);
    await observer.send('Target.setDiscoverTargets', { discover: true });
    await observer.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
    return observer;
  }

  /** Targets currently known (service worker, pages…). */
  targets(): TargetInfo[] {
    return [...this.sessions.values()];
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<unknown> {
    const id = this.nextId++;
    const message: CdpMessage = { id, method, params, ...(sessionId ? { sessionId } : {}) };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify(message));
    });
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }

  private onMessage(message: CdpMessage): void {
    if (message.id !== undefined) {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
      return;
    }
    const params = message.params ?? {};
    switch (message.method) {
      case 'Target.attachedToTarget':
        this.onAttached(params.sessionId as string, params.targetInfo as TargetInfo, params.waitingForDebugger as boolean);
        break;
      case 'Target.targetInfoChanged': {
        const info = params.targetInfo as TargetInfo;
        for (const known of this.sessions.values()) if (known.targetId === info.targetId) known.url = info.url;
        break;
      }
      case 'Network.requestWillBeSent':
        this.onRequest(message.sessionId, params);
        break;
      case 'Network.webSocketCreated':
        this.requests.push({
          target: this.targetOf(message.sessionId),
          url: params.url as string,
          method: 'GET',
          resourceType: 'WebSocket',
          initiatorUrls: stackUrls((params.initiator as { stack?: StackTrace } | undefined)?.stack),
        });
        break;
      case 'Runtime.exceptionThrown': {
        const details = params.exceptionDetails as { text?: string; url?: string; stackTrace?: StackTrace; exception?: { description?: string } };
        this.errors.push({
          target: this.targetOf(message.sessionId),
          kind: 'exception',
          text: `${details.text ?? ''} ${details.exception?.description ?? ''}`.trim(),
          urls: [details.url ?? '', ...stackUrls(details.stackTrace)].filter(Boolean),
        });
        break;
      }
      case 'Runtime.consoleAPICalled': {
        if (params.type !== 'error' && params.type !== 'assert') break;
        const args = (params.args as Array<{ value?: unknown; description?: string }>) ?? [];
        this.errors.push({
          target: this.targetOf(message.sessionId),
          kind: 'console',
          text: args.map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? ''))).join(' '),
          urls: stackUrls(params.stackTrace as StackTrace | undefined),
        });
        break;
      }
      case 'Log.entryAdded': {
        const entry = params.entry as { level: string; text: string; url?: string; stackTrace?: StackTrace };
        if (entry.level !== 'error') break;
        this.errors.push({
          target: this.targetOf(message.sessionId),
          kind: 'log',
          text: entry.text,
          urls: [entry.url ?? '', ...stackUrls(entry.stackTrace)].filter(Boolean),
        });
        break;
      }
      default:
        break;
    }
  }

  private targetOf(sessionId: string | undefined): { type: string; url: string } {
    const info = sessionId ? this.sessions.get(sessionId) : undefined;
    return info ? { type: info.type, url: info.url } : { type: 'unknown', url: '' };
  }

  private onAttached(sessionId: string, info: TargetInfo, waiting: boolean): void {
    this.sessions.set(sessionId, { ...info });
    const quiet = () => undefined;
    // Sent together, handled in order by the target: the Network domain is on before a target that
    // waits for the debugger runs, so even its first request is observed. No reply is awaited (a target
    // that lacks a domain answers with an error, which changes nothing).
    void this.send('Network.enable', {}, sessionId).catch(quiet);
    void this.send('Runtime.enable', {}, sessionId).catch(quiet);
    void this.send('Log.enable', {}, sessionId).catch(quiet);
    // Nested targets: out-of-process iframes, dedicated workers a page or a script might start.
    void this.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId).catch(quiet);
    if (waiting) void this.send('Runtime.runIfWaitingForDebugger', {}, sessionId).catch(quiet);
  }

  private onRequest(sessionId: string | undefined, params: Record<string, unknown>): void {
    const request = params.request as { url: string; method: string };
    const initiator = params.initiator as { type?: string; url?: string; stack?: StackTrace } | undefined;
    this.requests.push({
      target: this.targetOf(sessionId),
      url: request.url,
      method: request.method,
      ...(typeof params.documentURL === 'string' ? { documentURL: params.documentURL } : {}),
      ...(typeof params.type === 'string' ? { resourceType: params.type } : {}),
      ...(initiator?.type ? { initiatorType: initiator.type } : {}),
      initiatorUrls: [initiator?.url ?? '', ...stackUrls(initiator?.stack)].filter(Boolean),
    });
  }
}

/** Every file of the unpacked build, as the `chrome-extension://<id>/<path>` URLs the browser loads. */
export function packagedFileUrls(dist = DIST_DIR, extensionId = EXTENSION_ID): Set<string> {
  const urls = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else urls.add(`chrome-extension://${extensionId}/${relative(dist, path).split(sep).join('/')}`);
    }
  };
  walk(dist);
  return urls;
}

/**
 * The packaged files the manifest exposes by a dynamic URL (`use_dynamic_url`: the scanner module the
 * content script imports): requested as `chrome-extension://<per-session id>/<path>`, not by the
 * extension's id. Only files present in the build count.
 */
export function dynamicResourcePaths(dist = DIST_DIR): Set<string> {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    web_accessible_resources?: Array<{ resources: string[]; use_dynamic_url?: boolean }>;
  };
  const paths = (manifest.web_accessible_resources ?? []).filter((w) => w.use_dynamic_url).flatMap((w) => w.resources);
  return new Set(paths.filter((path) => !/[*?]/.test(path) && existsSync(join(dist, path))));
}

/** URLs that never reach the network. */
function isLocalScheme(url: string): boolean {
  return /^(data|blob|about|javascript):/i.test(url);
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * The requests Vigie is responsible for that it must not make. Vigie's own code is every target whose
 * URL is `chrome-extension://<id>/…` (service worker, popup, options, interstitial) and every request
 * whose initiator (stack) runs in `chrome-extension://<id>/…` (the content script inside a page).
 * - From Vigie, only its own packaged files may be loaded (`chrome-extension://<id>/<file of the build>`).
 * - Any `chrome-extension://` URL that is not one of those files is a violation, whoever asks; except a
 *   packaged file the manifest exposes by a dynamic URL (`dynamic`), loaded by Vigie's own content script
 *   as `chrome-extension://<per-session id>/<file>`.
 * - A page may load what it wants from its own host; a request to any other host is a violation too
 *   (the replica pages are self-contained, so only an injected request can do that).
 */
export function networkViolations(
  requests: readonly ObservedRequest[],
  packaged: ReadonlySet<string>,
  extensionId = EXTENSION_ID,
  dynamic: ReadonlySet<string> = dynamicResourcePaths(),
): string[] {
  const origin = `chrome-extension://${extensionId}/`;
  const dynamicUrl = /^chrome-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/(.+)$/;
  const problems: string[] = [];
  for (const r of requests) {
    if (isLocalScheme(r.url)) continue;
    const bare = r.url.split(/[?#]/, 1)[0] ?? r.url;
    const describe = () =>
      `${r.method} ${r.url} (${r.resourceType ?? 'request'}) from ${r.target.type} ${r.target.url}` +
      (r.documentURL ? `, document ${r.documentURL}` : '') +
      (r.initiatorUrls.length ? `, initiator ${[...new Set(r.initiatorUrls)].join(' ← ')}` : '');
    if (r.url.startsWith('chrome-extension://')) {
      const path = dynamicUrl.exec(bare)?.[1];
      const byDynamicUrl = path !== undefined && dynamic.has(path) && r.initiatorUrls.length > 0 && r.initiatorUrls.every((u) => u.startsWith(origin));
      if (!byDynamicUrl && (!r.url.startsWith(origin) || !packaged.has(bare))) problems.push(`extension URL that is not a packaged file: ${describe()}`);
      continue;
    }
    // Chromium's own interface (omnibox popup, WebUI) loads chrome:// resources: the browser's, not Vigie's.
    if (r.target.type === 'browser_ui' || r.target.url.startsWith('chrome://') || (r.documentURL ?? '').startsWith('chrome://')) continue;
    const fromExtension =
      r.target.url.startsWith('chrome-extension://') ||
      (r.documentURL ?? '').startsWith('chrome-extension://') ||
      r.initiatorUrls.some((u) => u.startsWith('chrome-extension://'));
    if (fromExtension) {
      problems.push(`request made by the extension: ${describe()}`);
      continue;
    }
    const pageHost = hostOf(r.documentURL) ?? hostOf(r.target.url);
    if (pageHost && hostOf(r.url) !== pageHost) problems.push(`request to a host other than the page's own (${pageHost}): ${describe()}`);
  }
  return problems;
}

/**
 * Attempts the browser stopped before they reached the network: Vigie's CSP (`connect-src 'self'`) refuses
 * a connection from an extension page or the service worker, and says so in the console. An attempt is a
 * violation as much as a request: the CSP is a second line, not the guarantee.
 */
export function blockedAttempts(errors: readonly ObservedError[], extensionId = EXTENSION_ID): string[] {
  const origin = `chrome-extension://${extensionId}/`;
  return errors
    .filter((e) => e.target.url.startsWith(origin) || e.urls.some((u) => u.startsWith(origin)))
    .filter((e) => /Content Security Policy|Refused to (connect|load)/i.test(e.text))
    .map((e) => `attempt blocked by the CSP in ${e.target.type} ${e.target.url}: ${e.text}`);
}

/**
 * Restarts this spec's browser with Developer mode on in its profile. Chromium keeps an unpacked
 * extension loaded from the command line running, but once reloaded (`chrome.runtime.reload()`, as an
 * update would) it blocks it unless Developer mode is on ("<id> is blocked"), as for any unpacked
 * extension. Specs that reload the extension call this first (in `before`).
 */
export async function restartWithDeveloperMode(): Promise<void> {
  const requested = browser.requestedCapabilities as WebdriverIO.Capabilities;
  const chromeOptions = requested['goog:chromeOptions'] ?? {};
  await browser.reloadSession({
    ...requested,
    'goog:chromeOptions': { ...chromeOptions, prefs: { ...(chromeOptions.prefs ?? {}), 'extensions.ui.developer_mode': true } },
  });
}

/**
 * Reloads the extension as an update would (`chrome.runtime.reload()` from one of its pages) and comes
 * back to the window that was current. Open extension pages close; tabs of web pages stay, with their
 * now-orphaned content scripts.
 */
export async function reloadExtension(): Promise<void> {
  const original = await browser.getWindowHandle();
  const { handle } = await browser.createWindow('tab');
  await browser.switchToWindow(handle);
  await browser.url(extensionPage('src/options/index.html'));
  // Deferred, so that the WebDriver call returns before the page goes away.
  await browser.execute(() => {
    const c = (globalThis as unknown as { chrome: { runtime: { reload: () => void } } }).chrome;
    setTimeout(() => c.runtime.reload(), 50);
  });
  await browser.waitUntil(async () => !(await browser.getWindowHandles()).includes(handle), {
    timeout: 10000,
    timeoutMsg: 'the extension page did not close: the extension was not reloaded',
  });
  await browser.switchToWindow(original);
}

/** Waits until an extension page answers again after a reload (the new version is installed). */
export async function waitForExtension(): Promise<void> {
  const original = await browser.getWindowHandle();
  const { handle } = await browser.createWindow('tab');
  await browser.switchToWindow(handle);
  try {
    await browser.waitUntil(
      async () => {
        await browser.url(extensionPage('src/options/index.html'));
        return browser.execute(() => {
          const c = (globalThis as unknown as { chrome?: { runtime?: { id?: string } } }).chrome;
          return !!c?.runtime?.id;
        });
      },
      { timeout: 10000, interval: 250, timeoutMsg: 'the reloaded extension did not come back' },
    );
  } finally {
    await browser.closeWindow();
    await browser.switchToWindow(original);
  }
}
