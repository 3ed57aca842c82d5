/**
 * Vigie's own main-thread time while a page loads, read from a Chromium trace (DevTools protocol
 * `Tracing`, through the browser endpoint that ChromeDriver opened). Unlike a load-time ratio, which on a
 * shared machine moves by several per cent between browser sessions, this counts only the work that runs
 * Vigie's code on the page's main thread (script evaluation and every callback whose code is Vigie's),
 * up to the page's load event.
 */
import WebSocket from 'ws';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
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
export class Cdp {
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

  static async forSession(browser: WebdriverIO.Browser): Promise<Cdp> {
    const options = (browser.capabilities as Record<string, unknown>)['goog:chromeOptions'] as { debuggerAddress?: string } | undefined;
    if (!options?.debuggerAddress) throw new Error('bench: ChromeDriver gave no DevTools address to trace with');
    return Cdp.connect(options.debuggerAddress);
  }

  async trace(run: () => Promise<void>): Promise<TraceEvent[]> {
    this.events = [];
    await this.send('Tracing.start', {
      traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'loading', 'blink.user_timing'] },
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

/** The traced load of `url`: its renderer main thread and its navigation start and load event, µs. */
interface PageLoad {
  pid: number;
  tid: number;
  start: number;
  dcl: number;
  load: number;
}

function findLoad(events: TraceEvent[], url: string): PageLoad | null {
  const start = events.find((e) => e.name === 'navigationStart' && (e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL === url);
  if (!start) return null;
  const onThread = (e: TraceEvent) => e.pid === start.pid && e.tid === start.tid && e.ts >= start.ts;
  const load = events.find((e) => e.name === 'MarkLoad' && e.args?.data?.isMainFrame && onThread(e));
  const dcl = events.find((e) => e.name === 'MarkDOMContent' && e.args?.data?.isMainFrame && onThread(e));
  if (!load || !dcl) return null;
  return { pid: start.pid, tid: start.tid, start: start.ts, dcl: dcl.ts, load: load.ts };
}

/** Complete events of one thread matching `keep`, nested ones dropped (each counted once). */
function outermost(events: TraceEvent[], page: Pick<PageLoad, 'pid' | 'tid'>, keep: (e: TraceEvent) => boolean): TraceEvent[] {
  const list = events.filter((e) => e.pid === page.pid && e.tid === page.tid && e.ph === 'X' && typeof e.dur === 'number' && keep(e)).sort((a, b) => a.ts - b.ts);
  const outer: TraceEvent[] = [];
  for (const e of list) {
    const last = outer[outer.length - 1];
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    outer.push(e);
  }
  return outer;
}

const isTask = (e: TraceEvent) => e.name === 'ThreadControllerImpl::RunTask';
const runsCodeOf = (extensionId: string) => {
  const mark = `chrome-extension://${extensionId}/`;
  return (e: TraceEvent) => !isTask(e) && JSON.stringify(e.args ?? {}).includes(mark);
};

/** Vigie's time on the page's main thread in one traced page load, or null if the trace lacks the marks. */
export function vigieTimeInLoad(events: TraceEvent[], extensionId: string, url?: string): LoadTrace | null {
  const page = url ? findLoad(events, url) : findAnyLoad(events);
  if (!page) return null;
  // Complete events on the page's main thread that run Vigie's code; nested ones are counted once.
  // From the navigation start: the previous page's own work (it runs until the new one commits) is not this load's.
  const outer = outermost(events, page, runsCodeOf(extensionId)).filter((e) => e.ts >= page.start);
  const sum = (list: TraceEvent[]) => list.reduce((total, e) => total + (e.dur ?? 0), 0) / 1000;
  return {
    beforeDcl: sum(outer.filter((e) => e.ts < page.dcl)),
    beforeLoad: sum(outer.filter((e) => e.ts < page.load)),
    evaluation: sum(outer.filter((e) => e.ts < page.load && e.name === 'EvaluateScript')),
  };
}

function findAnyLoad(events: TraceEvent[]): PageLoad | null {
  const load = events.find((e) => e.name === 'MarkLoad' && e.args?.data?.isMainFrame);
  const dcl = events.find((e) => e.name === 'MarkDOMContent' && e.args?.data?.isMainFrame && e.pid === load?.pid);
  if (!load || !dcl) return null;
  return { pid: load.pid, tid: load.tid, start: 0, dcl: dcl.ts, load: load.ts };
}

/**
 * The renderer main thread's busy time from the navigation start of `url` to its load event, ms: the sum of
 * its top-level tasks in that window (a task that straddles an end counted pro rata), whoever runs them —
 * the page, the browser's work for the page, any extension. As thread CPU time (`tdur`): on a shared
 * machine the wall-clock length of a task also holds the time the system gave the core to others.
 */
export function busyUntilLoad(events: TraceEvent[], url: string): number | null {
  const page = findLoad(events, url);
  if (!page) return null;
  let busy = 0;
  for (const task of outermost(events, page, isTask)) {
    const dur = task.dur ?? 0;
    const from = Math.max(task.ts, page.start);
    const to = Math.min(task.ts + dur, page.load);
    if (to > from) busy += ((task.tdur ?? dur) * (to - from)) / Math.max(dur, 1);
  }
  return busy / 1000;
}

export interface TaskReport {
  /** Top-level tasks of more than 50 ms on the page's main thread, and how many of them ran Vigie's code. */
  longTasks: number;
  longTasksWithVigie: number;
  /**
   * The task that ran Vigie's code with the most main-thread CPU time: that CPU time, its wall length (which on
   * a shared machine also holds the time other processes had the core), and of it Vigie's own calls, ms.
   */
  longestVigieTaskCpu: number;
  longestVigieTask: number;
  /**
   * The page's own parsing tasks hold Vigie's document_start evaluation and its DOMContentLoaded listener, as
   * they hold any content script's: not Vigie's tasks. Their longest CPU time, and Vigie's calls in them, ms.
   */
  longestParseTaskCpu: number;
  vigieInParseTasks: number;
  longestVigieCall: number;
  /** What the longest tasks with Vigie's code did (for the README): name → ms. */
  longestVigieTaskParts: Record<string, number>;
}

/** Tasks on the page's main thread after the navigation start of `url`, as the trace saw them. */
export function taskReport(events: TraceEvent[], url: string, extensionId: string): TaskReport | null {
  const page = findLoad(events, url);
  if (!page) return null;
  const tasks = outermost(events, page, isTask).filter((t) => t.ts >= page.start);
  const vigie = outermost(events, page, runsCodeOf(extensionId)).filter((e) => e.ts >= page.start);
  const report: TaskReport = { longTasks: 0, longTasksWithVigie: 0, longestVigieTaskCpu: 0, longestVigieTask: 0, longestParseTaskCpu: 0, vigieInParseTasks: 0, longestVigieCall: 0, longestVigieTaskParts: {} };
  let v = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    while (v < vigie.length && (vigie[v] as TraceEvent).ts < task.ts) v++;
    let ours = 0;
    for (let i = v; i < vigie.length && (vigie[i] as TraceEvent).ts < end; i++) ours += (vigie[i] as TraceEvent).dur ?? 0;
    const ms = (task.dur ?? 0) / 1000;
    if (ms > 50) {
      report.longTasks++;
      if (ours > 0) report.longTasksWithVigie++;
    }
    if (ours > 0) {
      const cpu = (task.tdur ?? task.dur ?? 0) / 1000;
      const parsing = events.some((e) => e.name === 'ParseHTML' && e.pid === page.pid && e.tid === page.tid && e.ts >= task.ts && e.ts < end);
      if (parsing) {
        report.longestParseTaskCpu = Math.max(report.longestParseTaskCpu, cpu);
        report.vigieInParseTasks = Math.max(report.vigieInParseTasks, ours / 1000);
        continue;
      }
      report.longestVigieCall = Math.max(report.longestVigieCall, ours / 1000);
      if (cpu > report.longestVigieTaskCpu) {
        report.longestVigieTaskCpu = cpu;
        report.longestVigieTask = ms;
        const parts: Record<string, number> = {};
        for (const e of events) {
          if (e.pid !== page.pid || e.tid !== page.tid || e.ph !== 'X' || e === task || e.ts < task.ts || e.ts >= end || (e.dur ?? 0) < 1000) continue;
          if (!['FunctionCall', 'EvaluateScript', 'TimerFire', 'UpdateLayoutTree', 'Layout', 'Paint', 'ParseHTML', 'EventDispatch', 'MinorGC', 'MajorGC', 'RunMicrotasks'].includes(e.name)) continue;
          parts[e.name] = (parts[e.name] ?? 0) + (e.dur ?? 0) / 1000;
        }
        report.longestVigieTaskParts = parts;
      }
    }
  }
  return report;
}

/** Traces `runs` loads of `url` in `browser` (a WebdriverIO session of Chromium with Vigie). */
export async function traceLoads(browser: WebdriverIO.Browser, url: string, runs: number, extensionId: string): Promise<LoadTrace[]> {
  const cdp = await Cdp.forSession(browser);
  const results: LoadTrace[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const events = await cdp.trace(async () => {
        await browser.url(url);
        await browser.pause(200); // the trailing work of the load, then the trace ends
      });
      const result = vigieTimeInLoad(events, extensionId, url);
      if (result) results.push(result);
    }
  } finally {
    cdp.close();
  }
  return results;
}
