/**
 * The extension's service worker as Manifest V3 treats it: stopped by the browser when idle. Tests stop it
 * on purpose through the DevTools protocol of the Chromium that ChromeDriver started (the way Chrome's own
 * guide to testing service-worker termination does: close the worker's target), then check that pages,
 * the confirmation and the popup keep working and that the worker starts again when needed.
 */
import WebSocket from 'ws';
import { EXTENSION_ID } from './chromium';
import { debuggerAddress } from './network';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** One browser-level DevTools connection for a few calls. */
async function withBrowserCdp<T>(work: (send: (method: string, params?: Record<string, unknown>) => Promise<unknown>) => Promise<T>): Promise<T> {
  const version = (await (await fetch(`http://${debuggerAddress()}/json/version`)).json()) as { webSocketDebuggerUrl: string };
  const socket = new WebSocket(version.webSocketDebuggerUrl, { perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let next = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id === undefined) return;
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) waiter?.reject(new Error(message.error.message));
    else waiter?.resolve(message.result);
  });
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  try {
    return await work(send);
  } finally {
    socket.close();
  }
}

async function workerTargets(send: (method: string) => Promise<unknown>): Promise<TargetInfo[]> {
  const { targetInfos } = (await send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${EXTENSION_ID}/`));
}

/**
 * Stops Vigie's service worker (as the browser does after 30 s idle) and waits until that instance is gone.
 * Returns false when it was not running. The browser may start a new instance at once when an event is
 * waiting for it (a page's message, a storage change): that is the life cycle under test — whatever the
 * stopped instance held in memory is lost.
 */
export async function stopServiceWorker(): Promise<boolean> {
  return withBrowserCdp(async (send) => {
    const workers = await workerTargets(send);
    if (workers.length === 0) return false;
    const results: unknown[] = [];
    for (const worker of workers) results.push(await send('Target.closeTarget', { targetId: worker.targetId }).catch((e: Error) => e.message));
    const stopped = new Set(workers.map((w) => w.targetId));
    // A worker a DevTools client is attached to (an extension page closing, ChromeDriver) may survive one
    // close: ask again until that instance is gone.
    const deadline = Date.now() + 10000;
    let left = workers;
    let asked = Date.now();
    while ((left = (await workerTargets(send)).filter((w) => stopped.has(w.targetId))).length > 0) {
      if (Date.now() > deadline) throw new Error(`Vigie’s service worker did not stop: ${JSON.stringify({ workers, results, left })}`);
      if (Date.now() - asked > 500) {
        asked = Date.now();
        for (const worker of left) await send('Target.closeTarget', { targetId: worker.targetId }).catch(() => undefined);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    return true;
  });
}
