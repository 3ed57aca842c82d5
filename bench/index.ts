/**
 * `npm run bench`: what Vigie costs a page and how fast its warning appears, measured in real headless
 * Chromium on the local replicas (the e2e fixture server), plus bundle sizes and the scanner's speed.
 * Prints one table with each figure next to its budget. Figures, not assertions: these machines are
 * shared and noisy, so nothing here fails a test run.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { remote } from 'webdriverio';
import { FIXTURES_DIR, startFixtureServer, type ExtraPages } from '../tests/e2e/support/fixture-server';
import { CHROMEDRIVER_BINARY, CHROMIUM_BINARY, DIST_DIR, EXTENSION_ID, chromiumArgs, ensureChromium } from '../tests/e2e/support/chromium';
import { benchScanner } from './scanner';
import { publishedVocabulary } from '../src/core/scanner/index';
import { TYPING_DELAY_MS } from '../src/content/delays';
import { contentStats } from '../tests/e2e/support/stats';
import { traceLoads } from './trace';
import { openSwitch, withSwitchExtension } from './switch';
import { benchMarkers } from './markers';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const LOAD_BLOCKS = Number(process.env.BENCH_LOAD_BLOCKS ?? 16);
const LOAD_PER_BLOCK = Number(process.env.BENCH_LOAD_PER_BLOCK ?? 4);
const HEAVY_ROWS = 1000; // 5 elements a row → 5 000 nodes, plus the schedule form
const STREAM_MUTATIONS = 10_000;

type Browser = Awaited<ReturnType<typeof remote>>;

interface Row {
  figure: string;
  value: string;
  budget: string;
  ok?: boolean;
}

// ——— pages ———

/** Page-world probe, first thing in <head>: when does #vigie-root carry its rules, which long tasks happen. */
const PROBE = `<script>
(function () {
  var v = (window.__vigie = { rulesAt: null, last: null, changes: [], longTasks: [] });
  function look() {
    var root = document.getElementById('vigie-root');
    if (!root) return;
    var rules = root.getAttribute('data-vigie-rules');
    if (rules && v.rulesAt === null) v.rulesAt = performance.now();
    if (rules !== v.last) { v.last = rules; v.changes.push({ t: performance.now(), rules: rules }); }
  }
  look();
  new MutationObserver(look).observe(document.documentElement, { childList: true, subtree: true, attributeFilter: ['data-vigie-rules'] });
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { v.longTasks.push(e.duration); });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
})();
</script>`;

/** An SPA-like stream of DOM mutations, started on demand after the load event. */
const STREAM = `<script>
(function () {
  var b = (window.__bench = { done: false, startedAt: 0, endedAt: 0 });
  b.start = function () {
    var box = document.getElementById('bench-rows');
    var rows = box.children;
    var done = 0, total = ${STREAM_MUTATIONS}, chunk = 200;
    b.startedAt = performance.now();
    (function step() {
      for (var i = 0; i < chunk && done < total; i++, done++) {
        var row = rows[done % rows.length];
        switch (done % 4) {
          case 0: row.classList.toggle('is-active'); break;
          case 1: row.firstChild.textContent = 'Élément ' + done; break;
          case 2: var d = document.createElement('div'); d.className = 'toast'; d.textContent = 'n' + done; box.appendChild(d); break;
          default: var last = box.lastElementChild; if (last && last.className === 'toast') last.remove(); break;
        }
      }
      if (done < total) setTimeout(step, 0); else { b.endedAt = performance.now(); b.done = true; }
    })();
  };
})();
</script>`;

function withProbe(html: string, extraBody = ''): string {
  return html.replace(/<head>/i, `<head>${PROBE}`).replace(/<\/body>/i, `${extraBody}</body>`);
}

function heavyRows(): string {
  const rows: string[] = [];
  for (let i = 0; i < HEAVY_ROWS; i++) {
    rows.push(`<div class="row"><span>Élément ${i}</span><span>Réunion ${i}</span><a href="#r${i}">Ouvrir</a><i></i></div>`);
  }
  return `<section aria-label="Historique"><div id="bench-rows">${rows.join('')}</div></section>${STREAM}`;
}

// ——— statistics ———

function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] as number;
}
const median = (values: number[]) => quantile(values, 0.5);
const ms = (value: number, digits = 1) => `${value.toFixed(digits)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// ——— sizes ———

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function sizes(): Row[] {
  const content = readFileSync(join(DIST_DIR, 'src/content/main.iife.js'));
  const files = walk(DIST_DIR);
  const total = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const totalGzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
  const contentGzip = gzipSync(content).length;
  const lexicon = Buffer.from(JSON.stringify(publishedVocabulary()));
  return [
    { figure: 'content script, raw', value: kb(content.length), budget: '' },
    { figure: 'content script, gzip', value: kb(contentGzip), budget: '≤ 30 KB', ok: contentGzip <= 30 * 1024 },
    { figure: `whole extension (${files.length} files), raw / gzip`, value: `${kb(total)} / ${kb(totalGzip)}`, budget: '' },
    { figure: 'scanner lexicon, read from storage once a field holds text (JSON raw / gzip)', value: `${kb(lexicon.length)} / ${kb(gzipSync(lexicon).length)}`, budget: '' },
  ];
}

// ——— browser ———

async function launch(port: number, extension: boolean, adapt: (args: string[]) => string[] = (args) => args): Promise<Browser> {
  return remote({
    logLevel: 'error',
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': { binary: CHROMIUM_BINARY, args: adapt(chromiumArgs(port, { extension })) },
      'wdio:chromedriverOptions': { binary: CHROMEDRIVER_BINARY },
      'wdio:enforceWebDriverClassic': true,
    } as WebdriverIO.Capabilities,
  });
}

async function waitFor<T>(browser: Browser, read: () => Promise<T | null | undefined | false>, what: string, timeout = 10_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() - start > timeout) throw new Error(`bench: timed out waiting for ${what}`);
    await browser.pause(20);
  }
}

/** Navigation start → #vigie-root carrying its rules, and the same relative to DOMContentLoaded. */
async function timeToRules(browser: Browser): Promise<{ nav: number[]; afterDcl: number[] }> {
  const nav: number[] = [];
  const afterDcl: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    await browser.url('https://zoom.us/meeting/schedule?bench=probe');
    const timing = await waitFor(
      browser,
      () =>
        browser.execute(() => {
          const v = (window as unknown as { __vigie: { rulesAt: number | null } }).__vigie;
          const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          if (!v || v.rulesAt === null || !entry || !entry.domContentLoadedEventEnd) return null;
          return { rulesAt: v.rulesAt, dcl: entry.domContentLoadedEventEnd };
        }),
      'Vigie rules on the probe page',
    );
    if (i < 2) continue; // warm-up: first runs pay for the service worker and caches
    nav.push(timing.rulesAt);
    afterDcl.push(timing.rulesAt - timing.dcl);
  }
  return { nav, afterDcl };
}

/** A click on a form control → the updated `data-vigie-rules`, as the page sees it. */
async function formChangeToRules(browser: Browser): Promise<number[]> {
  await browser.url('https://zoom.us/meeting/schedule?bench=probe');
  await waitFor(browser, () => browser.execute(() => !!document.getElementById('vigie-root')?.getAttribute('data-vigie-rules')), 'rules');
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const elapsed = await browser.executeAsync((done: (value: number) => void) => {
      const root = document.getElementById('vigie-root');
      if (!root) return done(-1);
      const has = () => (root.getAttribute('data-vigie-rules') ?? '').split(' ').includes('no-pmi');
      const want = !has();
      const label = document.querySelector<HTMLElement>(`label.zoom-radio[data-value="${want ? 'pmi' : 'generate'}"]`);
      if (!label) return done(-1);
      const timeout = setTimeout(() => done(-1), 3000);
      const start = performance.now();
      const observer = new MutationObserver(() => {
        if (has() !== want) return;
        observer.disconnect();
        clearTimeout(timeout);
        done(performance.now() - start);
      });
      observer.observe(root, { attributes: true, attributeFilter: ['data-vigie-rules'] });
      label.click();
    });
    if (elapsed < 0) throw new Error('bench: the rules did not follow the PMI radio');
    samples.push(elapsed);
  }
  return samples;
}

/**
 * Text typed in the topic → `data-vigie-sensitive` naming its category: on a fresh page (the lexicon is
 * loaded on the way) and again on the same page (already loaded). Both include the typing debounce.
 */
async function textToSensitive(browser: Browser): Promise<{ first: number[]; again: number[] }> {
  const first: number[] = [];
  const again: number[] = [];
  const type = (text: string, category: string) =>
    browser.executeAsync(
      (value: string, want: string, done: (elapsed: number) => void) => {
        const root = document.getElementById('vigie-root');
        const field = document.getElementById('topic') as HTMLInputElement | null;
        if (!root || !field) return done(-1);
        const has = () => (root.getAttribute('data-vigie-sensitive') ?? '').split(' ').includes(want);
        const timeout = setTimeout(() => done(-1), 3000);
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!has()) return;
          observer.disconnect();
          clearTimeout(timeout);
          done(performance.now() - start);
        });
        observer.observe(root, { attributes: true, attributeFilter: ['data-vigie-sensitive'] });
        field.focus();
        field.value = value;
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
      },
      text,
      category,
    );
  for (let i = 0; i < RUNS + 1; i++) {
    await browser.url('https://zoom.us/meeting/schedule?bench=probe');
    await waitFor(browser, () => browser.execute(() => !!document.getElementById('vigie-root')?.getAttribute('data-vigie-rules')), 'rules');
    const cold = await type('Suivi du PAI diabète de Léa', 'health');
    const warm = await type('Conseil de classe de la 3e B', 'class-council');
    if (cold < 0 || warm < 0) throw new Error('bench: data-vigie-sensitive did not follow the typed text');
    if (i === 0) continue; // warm-up
    first.push(cold);
    again.push(warm);
  }
  return { first, again };
}

interface HeavyRun {
  load: number;
  longTasks: number[];
  /** Vigie marked the page (`#vigie-root`). */
  marked: boolean;
}

async function heavyLoad(browser: Browser): Promise<HeavyRun> {
  await browser.url('https://zoom.us/meeting/schedule?bench=heavy');
  return waitFor(
    browser,
    () =>
      browser.execute(() => {
        const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        if (!entry || !entry.loadEventEnd) return null;
        const v = (window as unknown as { __vigie: { longTasks: number[] } }).__vigie;
        return { load: entry.loadEventEnd, longTasks: [...v.longTasks], marked: !!document.getElementById('vigie-root') };
      }),
    'load event of the heavy page',
  );
}

async function runStream(browser: Browser): Promise<{ streamMs: number; longTasks: number[] }> {
  await browser.execute(() => (window as unknown as { __bench: { start: () => void } }).__bench.start());
  return waitFor(
    browser,
    () =>
      browser.execute(() => {
        const b = (window as unknown as { __bench: { done: boolean; startedAt: number; endedAt: number } }).__bench;
        if (!b.done) return null;
        const v = (window as unknown as { __vigie: { longTasks: number[] } }).__vigie;
        return { streamMs: b.endedAt - b.startedAt, longTasks: [...v.longTasks] };
      }),
    'the mutation stream',
    60_000,
  );
}


// ——— main ———

async function main(): Promise<void> {
  ensureChromium('The benchmark');
  const rows: Row[] = [];
  rows.push(...sizes());

  const scheduleHtml = readFileSync(resolve(FIXTURES_DIR, 'zoom/schedule-fr.html'), 'utf8');
  const extraPages: ExtraPages = new Map([
    ['/meeting/schedule?bench=probe', () => withProbe(scheduleHtml)],
    ['/meeting/schedule?bench=heavy', () => withProbe(scheduleHtml, heavyRows())],
  ]);
  const server = await startFixtureServer(0, extraPages);
  const withExt = await launch(server.port, true);
  const withoutExt = await launch(server.port, false);
  try {
    const { nav, afterDcl } = await timeToRules(withExt);
    rows.push(
      { figure: `navigation start → #vigie-root with rules (median / p95, ${RUNS} runs)`, value: `${ms(median(nav))} / ${ms(quantile(nav, 0.95))}`, budget: '' },
      {
        figure: 'same, after DOMContentLoaded (median / p95; negative = before)',
        value: `${ms(median(afterDcl))} / ${ms(quantile(afterDcl, 0.95))}`,
        budget: '≤ 50 ms (median)',
        ok: median(afterDcl) <= 50,
      },
    );

    const change = await formChangeToRules(withExt);
    rows.push({
      figure: `form change → updated data-vigie-rules (median / p95, ${RUNS} runs)`,
      value: `${ms(median(change))} / ${ms(quantile(change, 0.95))}`,
      budget: '≤ 100 ms',
      ok: quantile(change, 0.95) <= 100,
    });

    const typed = await textToSensitive(withExt);
    rows.push(
      {
        figure: `first text typed in a page → data-vigie-sensitive, lexicon loaded on the way (median / p95; ${TYPING_DELAY_MS} ms typing debounce included)`,
        value: `${ms(median(typed.first))} / ${ms(quantile(typed.first, 0.95))}`,
        budget: '',
      },
      {
        figure: 'same, lexicon already loaded (median / p95)',
        value: `${ms(median(typed.again))} / ${ms(quantile(typed.again, 0.95))}`,
        budget: '',
      },
    );

    // Load time with / without Vigie in one browser, Vigie switched off and on between blocks of loads
    // (bench/switch.ts says why not two browsers); blocks alternate which comes first, and the first load
    // after each switch is not counted.
    const loadsWith: number[] = [];
    const loadsWithout: number[] = [];
    const switched = await launch(server.port, true, withSwitchExtension);
    try {
      const vigie = await openSwitch(switched, EXTENSION_ID);
      for (let block = 0; block < LOAD_BLOCKS; block++) {
        for (const enabled of block % 2 === 0 ? [true, false] : [false, true]) {
          await vigie.set(enabled);
          await heavyLoad(switched);
          for (let i = 0; i < LOAD_PER_BLOCK; i++) {
            const run = await heavyLoad(switched);
            if (enabled) await waitFor(switched, () => switched.execute(() => !!document.getElementById('vigie-root')), 'Vigie on the page');
            else if (run.marked) throw new Error('bench: Vigie still marked the page while switched off');
            (enabled ? loadsWith : loadsWithout).push(run.load);
          }
        }
      }
    } finally {
      await switched.deleteSession().catch(() => {});
    }
    const ratio = median(loadsWith) / median(loadsWithout);
    const half = loadsWith.length / 2;
    const halves = [0, 1].map((h) => median(loadsWith.slice(h * half, (h + 1) * half)) / median(loadsWithout.slice(h * half, (h + 1) * half)));
    rows.push({
      figure: `heavy page (${HEAVY_ROWS * 5}+ nodes) load event, with / without Vigie (medians, ${loadsWith.length} loads each)`,
      value: `${ms(median(loadsWith))} / ${ms(median(loadsWithout))}`,
      budget: '',
    });
    rows.push({
      figure: `load-time ratio with/without, one browser, Vigie switched (${LOAD_BLOCKS} alternating blocks; first / second half)`,
      value: `${ratio.toFixed(3)} (${halves.map((r) => r.toFixed(2)).join(' / ')})`,
      budget: '≤ 1.03',
      ok: ratio <= 1.03,
    });

    // Vigie's own main-thread time during the heavy page's load, from Chromium traces: no session noise.
    await heavyLoad(withExt);
    const traces = await traceLoads(withExt, 'https://zoom.us/meeting/schedule?bench=heavy', RUNS, EXTENSION_ID);
    if (traces.length) {
      const beforeLoad = traces.map((t) => t.beforeLoad);
      const share = median(beforeLoad) / median(loadsWithout);
      rows.push({
        figure: `Vigie's main-thread time before the heavy page's load event, traced (median / p95, ${traces.length} loads; of which script evaluation)`,
        value: `${ms(median(beforeLoad), 2)} / ${ms(quantile(beforeLoad, 0.95), 2)} (${ms(median(traces.map((t) => t.evaluation)), 2)})`,
        budget: '',
      });
      rows.push({
        figure: '  the same, as a share of the load event without Vigie',
        value: `${(share * 100).toFixed(1)} %`,
        budget: '',
      });
    }

    // The mutation stream, with Vigie's own handler time read from the content script.
    await heavyLoad(withExt);
    const before = await contentStats(withExt);
    const streamWith = await runStream(withExt);
    const after = await contentStats(withExt);
    await heavyLoad(withoutExt);
    const streamWithout = await runStream(withoutExt);
    const handlerMs = after.handlerMs - before.handlerMs;
    const longWith = streamWith.longTasks.filter((d) => d > 50).length;
    const longWithout = streamWithout.longTasks.filter((d) => d > 50).length;
    rows.push(
      {
        figure: `${STREAM_MUTATIONS} DOM mutations: Vigie handler time (${after.updates - before.updates} passes, ${after.mutationCallbacks - before.mutationCallbacks} observer callbacks)`,
        value: `${ms(handlerMs)} of ${ms(streamWith.streamMs, 0)} stream`,
        budget: '',
      },
      {
        figure: 'longest single Vigie handler run',
        value: ms(after.longestMs, 2),
        budget: '< 50 ms (no long task)',
        ok: after.longestMs < 50,
      },
      {
        figure: 'long tasks (> 50 ms) during load + stream, with / without Vigie',
        value: `${longWith} / ${longWithout}`,
        budget: 'no more with Vigie',
        ok: longWith <= longWithout,
      },
    );
    rows.push(...(await benchMarkers(withExt)));
  } finally {
    await withExt.deleteSession().catch(() => {});
    await withoutExt.deleteSession().catch(() => {});
    await server.close();
  }

  for (const result of await benchScanner()) {
    const is10k = /10\s*KB/i.test(result.label);
    rows.push({
      figure: `scanner: ${result.label} (median / p95)`,
      value: `${ms(result.medianMs, 3)} / ${ms(result.p95Ms, 3)}`,
      budget: is10k ? '≤ 1 ms' : '',
      ...(is10k ? { ok: result.medianMs <= 1 } : {}),
    });
  }

  print(rows);
}

function print(rows: Row[]): void {
  const widths = [
    Math.max(6, ...rows.map((r) => r.figure.length)),
    Math.max(5, ...rows.map((r) => r.value.length)),
    Math.max(6, ...rows.map((r) => r.budget.length)),
  ];
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\nVigie benchmark — ${new Date().toISOString()} — Chromium headless, ${process.arch}`);
  console.log(line(['figure', 'value', 'budget']) + ' ok |');
  console.log(line(widths.map((w) => '-'.repeat(w))) + '----|');
  for (const row of rows) console.log(line([row.figure, row.value, row.budget]) + ` ${row.ok === undefined ? '  ' : row.ok ? '✓ ' : '✗ '} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
