import { remote } from 'webdriverio';
import WebSocket from 'ws';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES_DIR, startFixtureServer } from './tests/e2e/support/fixture-server';
import { CHROMEDRIVER_BINARY, CHROMIUM_BINARY, chromiumArgs } from './tests/e2e/support/chromium';

const rows: string[] = [];
for (let i = 0; i < 1000; i++) rows.push(`<div class="row"><span>Élément ${i}</span><span>Réunion ${i}</span><a href="#r${i}">Ouvrir</a><i></i></div>`);
const html = readFileSync(resolve(FIXTURES_DIR, 'zoom/schedule-fr.html'), 'utf8').replace(/<\/body>/i, `<section><div id="bench-rows">${rows.join('')}</div></section><script>
window.__stream = function (done) { var box = document.getElementById('bench-rows'); var n = 0; (function step(){ for (var i = 0; i < 200 && n < 10000; i++, n++) { var r = box.children[n % 1000]; if (n % 2) r.className = 'row r' + n; else r.firstChild.textContent = 'x' + n; } if (n < 10000) setTimeout(step, 4); else done(); })(); };
</script></body>`);
const server = await startFixtureServer(0, new Map([['/meeting/schedule?bench=heavy', () => html]]));
const browser = await remote({ logLevel: 'error', capabilities: { browserName: 'chrome', 'goog:chromeOptions': { binary: CHROMIUM_BINARY, args: chromiumArgs(server.port, { extension: true }) }, 'wdio:chromedriverOptions': { binary: CHROMEDRIVER_BINARY }, 'wdio:enforceWebDriverClassic': true } as WebdriverIO.Capabilities });
try {
  const url = 'https://zoom.us/meeting/schedule?bench=heavy';
  await browser.url(url); await browser.pause(1500);
  const addr = ((browser.capabilities as any)['goog:chromeOptions'] as { debuggerAddress: string }).debuggerAddress;
  const targets = (await (await fetch(`http://${addr}/json/list`)).json()) as Array<{ type: string; url: string; webSocketDebuggerUrl: string }>;
  const page = targets.find((t) => t.type === 'page' && t.url.includes('bench=heavy'))!;
  const ws = new WebSocket(page.webSocketDebuggerUrl);
  await new Promise((r) => ws.once('open', r));
  let id = 0; const pending = new Map<number, (v: any) => void>();
  ws.on('message', (d) => { const m = JSON.parse(String(d)); if (m.id && pending.has(m.id)) { pending.get(m.id)!(m.result); pending.delete(m.id); } });
  const send = (method: string, params: object = {}) => new Promise<any>((r) => { const i = ++id; pending.set(i, r); ws.send(JSON.stringify({ id: i, method, params })); });
  await send('Profiler.enable'); await send('Profiler.setSamplingInterval', { interval: 100 }); await send('Profiler.start');
  await browser.url(url); await browser.pause(800);
  await browser.executeAsync((done: () => void) => (window as any).__stream(done));
  await browser.pause(800);
  const { profile } = await send('Profiler.stop');
  writeFileSync('/tmp/vigie.cpuprofile', JSON.stringify(profile));
  // self time by function, for Vigie's script only
  const nodes = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  const self = new Map<number, number>();
  const dt = profile.timeDeltas as number[];
  (profile.samples as number[]).forEach((s, i) => self.set(s, (self.get(s) ?? 0) + (dt[i] ?? 0)));
  const byFn = new Map<string, number>();
  const incl = new Map<string, number>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (const [nid, t] of self) {
    const n = nodes.get(nid); const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + t);
    const seen = new Set<string>();
    for (let p: number | undefined = nid; p !== undefined; p = parent.get(p)) { const cf = nodes.get(p).callFrame; if (!cf.url.includes('chrome-extension')) continue; const k = `${cf.functionName || '(anon)'}:${cf.lineNumber}:${cf.columnNumber}`; if (seen.has(k)) continue; seen.add(k); incl.set(k, (incl.get(k) ?? 0) + t); }
  }
  console.log('SELF (ms)'); for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1).padStart(7), k);
  console.log('INCLUSIVE in extension (ms)'); for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / 1000).toFixed(1).padStart(7), k);
  ws.close();
} finally { await browser.deleteSession(); await server.close(); }
