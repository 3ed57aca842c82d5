import type { remote } from 'webdriverio';
import { contentStats } from '../tests/e2e/support/stats';

/**
 * Issue 14: what the markers beside Zoom's controls cost — following the page's scroll and resize (one
 * repositioning per animation frame) and the passes after the page re-renders its form (SPA mutations).
 * Measured on the heavy replica (schedule form + 5 000 nodes) with four problems marked.
 */
type Browser = Awaited<ReturnType<typeof remote>>;
interface Row {
  figure: string;
  value: string;
  budget: string;
  ok?: boolean;
}

const FRAMES = 240;
const RERENDERS = 200;

const ms = (v: number, digits = 1) => `${v.toFixed(digits)} ms`;
const q = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
};

/** Scrolls the page by 8 px a frame for FRAMES frames (then back): frame intervals and long tasks seen meanwhile. */
async function scrollFrames(browser: Browser): Promise<{ frames: number[]; longTasks: number }> {
  return browser.executeAsync((frames: number, done: (v: { frames: number[]; longTasks: number }) => void) => {
    let longTasks = 0;
    const po = new PerformanceObserver((list) => (longTasks += list.getEntries().filter((e) => e.duration > 50).length));
    try {
      po.observe({ type: 'longtask' });
    } catch {
      /* no longtask entries in this browser */
    }
    const intervals: number[] = [];
    let last = performance.now();
    let i = 0;
    const step = (now: number) => {
      intervals.push(now - last);
      last = now;
      window.scrollBy(0, i < frames / 2 ? 8 : -8);
      if (++i < frames) requestAnimationFrame(step);
      else setTimeout(() => (po.disconnect(), done({ frames: intervals.slice(2), longTasks })), 100);
    };
    requestAnimationFrame(step);
  }, FRAMES);
}

async function markedPage(browser: Browser, problems: boolean): Promise<void> {
  await browser.url('https://zoom.us/meeting/schedule?bench=heavy');
  await browser.waitUntil(() => browser.execute(() => !!document.getElementById('vigie-root')?.getAttribute('data-vigie-rules')), { timeout: 10000 });
  if (!problems) return;
  await browser.execute(() => {
    document.querySelector<HTMLElement>('label.zoom-radio[data-value="pmi"]')?.click();
    document.querySelector<HTMLElement>('label[for="waiting-room"]')?.click();
    document.querySelector<HTMLElement>('label[for="passcode-checkbox"]')?.click();
    document.getElementById('options-toggle')?.click();
    document.querySelector<HTMLElement>('label[for="auto-rec"]')?.click();
    document.querySelector<HTMLElement>('label.zoom-radio[data-value="cloud"]')?.click();
  });
  await browser.waitUntil(
    () => browser.execute(() => (document.getElementById('vigie-root')?.shadowRoot?.querySelectorAll('[data-vigie-marker]').length ?? 0) >= 4),
    { timeout: 10000, timeoutMsg: 'bench: the four markers did not show' },
  );
}

export async function benchMarkers(browser: Browser): Promise<Row[]> {
  await markedPage(browser, false);
  const plain = await scrollFrames(browser);
  await markedPage(browser, true);
  const marked = await scrollFrames(browser);

  // Resize: the markers follow the window's size.
  const size = await browser.getWindowSize();
  const before = await contentStats(browser);
  for (let i = 0; i < 10; i++) await browser.setWindowSize(size.width - (i % 2 ? 0 : 120), size.height);
  await browser.setWindowSize(size.width, size.height);

  // SPA re-render: the form's rows replaced by equal copies (new elements, same state), RERENDERS times.
  const spa = await browser.executeAsync((n: number, done: (v: { ms: number; markers: number }) => void) => {
    const rows = Array.from(document.querySelectorAll('.zoom-form-item')).slice(-6);
    let i = 0;
    const start = performance.now();
    const tick = () => {
      const row = rows[i % rows.length];
      if (row?.parentElement) {
        const copy = row.cloneNode(true) as Element;
        row.replaceWith(copy);
        rows[i % rows.length] = copy;
      }
      if (++i < n) setTimeout(tick, 5);
      else
        setTimeout(() => {
          done({ ms: performance.now() - start, markers: document.getElementById('vigie-root')?.shadowRoot?.querySelectorAll('[data-vigie-marker]').length ?? 0 });
        }, 500);
    };
    tick();
  }, RERENDERS);
  const after = await contentStats(browser);

  return [
    {
      figure: `scrolling ${FRAMES} frames, frame interval without / with 4 markers (median; p95)`,
      value: `${ms(q(plain.frames, 0.5))}; ${ms(q(plain.frames, 0.95))} / ${ms(q(marked.frames, 0.5))}; ${ms(q(marked.frames, 0.95))}`,
      budget: 'no long task',
      ok: marked.longTasks <= plain.longTasks,
    },
    { figure: 'long tasks (> 50 ms) while scrolling, without / with markers', value: `${plain.longTasks} / ${marked.longTasks}`, budget: 'no more with markers', ok: marked.longTasks <= plain.longTasks },
    {
      figure: `10 resizes + ${RERENDERS} form re-renders with 4 markers: Vigie handler time (${after.updates - before.updates} passes; markers after: ${spa.markers})`,
      value: `${ms(after.handlerMs - before.handlerMs)} of ${ms(spa.ms, 0)}`,
      budget: '',
    },
    { figure: 'longest single Vigie handler run, markers shown', value: ms(after.longestMs, 2), budget: '< 50 ms (no long task)', ok: after.longestMs < 50 },
  ];
}
