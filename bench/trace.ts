/**
 * Vigie's own main-thread time while a page loads, read from a Chromium trace (DevTools protocol
 * `Tracing`, through the browser endpoint that ChromeDriver opened). Unlike a load-time ratio, which on a
 * shared machine moves by several per cent between browser sessions, this counts only the work that runs
 * Vigie's code on the page's main thread (script evaluation and every callback whose code is Vigie's),
 * up to the page's load event.
 */
import WebSocket from 'ws';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { isMainFrame?: boolean; url?: string; frame?: string } } & Record<string, unknown>;
}

export interface LoadTrace {
  /** Vigie's main-thread time before DOMContentLoaded, and before the load event, ms. */
  beforeDcl: number;
  beforeLoad: number;
  /** Of which the evaluation of the content script (document_start), ms. */
  evaluation: number;
}

/** A CDP client on the browser endpoint. */
class Cdp {
  private id = 0;
  private readonly pending = new Map<number, (result: unknown) => void>();
  private events: TraceEvent[] = [];
  private complete: (() => void) | null = null;

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: unknown; method?: string; params?: { value?: TraceEvent[] } };
      if (message.id !== undefined) {
        this.pending.get(message.id)?.(message.result);
        this.pending.delete(message.id);
      }
      if (message.method === 'Tracing.dataCollected') this.events.push(...(message.params?.value ?? []));
      if (message.method === 'Tracing.tracingComplete') this.complete?.();
    });
  }

  static async connect(debuggerAddress: string): Promise<Cdp> {
    const version = (await (await fetch(`http://${debuggerAddress}/json/version`)).json()) as { webSocketDebuggerUrl: string };
    const ws = new WebSocket(version.webSocketDebuggerUrl);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return new Cdp(ws);
  }

  send(method: string, params: object = {}): Promise<unknown> {
    return new Promise((resolve) => {
      const id = ++this.id;
      this.pending.set(id, resolve);
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  async trace(run: () => Promise<void>): Promise<TraceEvent[]> {
    this.events = [];
    await this.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'loading'] },
      transferMode: 'ReportEvents',
    });
    await run();
    const done = new Promise<void>((resolve) => (this.complete = resolve));
    await this.send('Tracing.end');
    await done;
    return this.events;
  }

  close(): void {
    this.ws.close();
  }
}

/** Vigie's time on the page's main thread in one traced page load, or null if the trace lacks the marks. */
export function vigieTimeInLoad(events: TraceEvent[], extensionId: string): LoadTrace | null {
  const load = events.find((e) => e.name === 'MarkLoad' && e.args?.data?.isMainFrame);
  const dcl = events.find((e) => e.name === 'MarkDOMContent' && e.args?.data?.isMainFrame && e.pid === load?.pid);
  if (!load || !dcl) return null;
  const mark = `chrome-extension://${extensionId}/`;
  // Complete events on the page's main thread that run Vigie's code; nested ones are counted once.
  const ours = events
    .filter((e) => e.pid === load.pid && e.tid === load.tid && e.ph === 'X' && typeof e.dur === 'number' && JSON.stringify(e.args ?? {}).includes(mark))
    .sort((a, b) => a.ts - b.ts);
  const outer: TraceEvent[] = [];
  for (const e of ours) {
    const last = outer[outer.length - 1];
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    outer.push(e);
  }
  const sum = (list: TraceEvent[]) => list.reduce((total, e) => total + (e.dur ?? 0), 0) / 1000;
  return {
    beforeDcl: sum(outer.filter((e) => e.ts < dcl.ts)),
    beforeLoad: sum(outer.filter((e) => e.ts < load.ts)),
    evaluation: sum(outer.filter((e) => e.ts < load.ts && e.name === 'EvaluateScript')),
  };
}

/** Traces `runs` loads of `url` in `browser` (a WebdriverIO session of Chromium with Vigie). */
export async function traceLoads(browser: WebdriverIO.Browser, url: string, runs: number, extensionId: string): Promise<LoadTrace[]> {
  const options = (browser.capabilities as Record<string, unknown>)['goog:chromeOptions'] as { debuggerAddress?: string } | undefined;
  if (!options?.debuggerAddress) throw new Error('bench: ChromeDriver gave no DevTools address to trace with');
  const cdp = await Cdp.connect(options.debuggerAddress);
  const results: LoadTrace[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const events = await cdp.trace(async () => {
        await browser.url(url);
        await browser.pause(200); // the trailing work of the load, then the trace ends
      });
      const result = vigieTimeInLoad(events, extensionId);
      if (result) results.push(result);
    }
  } finally {
    cdp.close();
  }
  return results;
}
