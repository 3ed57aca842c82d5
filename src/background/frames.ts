import browser from 'webextension-polyfill';
import type { RuleId } from '../core/contract';
import type { Severity } from '../policies/types';
import type { TabStateMessage } from '../shared/messages';

/**
 * A tab's state, frame by frame: Vigie runs in the frames of the services' pages too (Zoom's web client
 * is in an iframe), and the badge counts the rules of every frame of the tab — each rule once. The states
 * are kept in `storage.session` (the worker may be stopped between two reports; nothing reaches disk).
 */
export interface FrameState {
  rules: RuleId[];
  worst: Severity | null;
  unread: RuleId[];
  /** When the report arrived (ms since the epoch). */
  at: number;
}

/** frameId → state. */
export type TabFrames = Record<string, FrameState>;

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** The tab's frames after one frame's report (pure). */
export function applyReport(frames: TabFrames, frameId: number, message: TabStateMessage, now: number): TabFrames {
  const next: TabFrames = {};
  for (const [id, state] of Object.entries(frames)) {
    // A new top document: the frames reported before it began were the previous page's.
    if (frameId === 0 && id !== '0' && message.docStart !== undefined && state.at < message.docStart) continue;
    next[id] = state;
  }
  if (message.context === null && frameId !== 0) delete next[String(frameId)];
  else next[String(frameId)] = { rules: [...message.rules], worst: message.worstSeverity, unread: [...(message.unread ?? [])], at: now };
  return next;
}

/** What the badge shows for a tab: distinct rules across its frames, and the worst severity among them. */
export function tabSummary(frames: TabFrames): { count: number; worst: Severity | null } {
  const rules = new Set<RuleId>();
  let worst: Severity | null = null;
  for (const state of Object.values(frames)) {
    for (const rule of state.rules) rules.add(rule);
    if (state.worst && (worst === null || SEVERITY_RANK[state.worst] < SEVERITY_RANK[worst])) worst = state.worst;
  }
  return { count: rules.size, worst: rules.size ? worst : null };
}

const KEY_PREFIX = 'vigie.frames.';

interface SessionArea {
  get: (key: string) => Promise<Record<string, unknown>>;
  set: (items: Record<string, unknown>) => Promise<void>;
}

/** `storage.session` where the browser has it; otherwise this worker's memory. */
const memory = new Map<string, TabFrames>();
function session(): SessionArea | null {
  return (browser.storage as unknown as { session?: SessionArea }).session ?? null;
}

async function readFrames(tabId: number): Promise<TabFrames> {
  const key = KEY_PREFIX + tabId;
  const area = session();
  if (!area) return memory.get(key) ?? {};
  const stored = (await area.get(key))[key];
  return stored && typeof stored === 'object' ? (stored as TabFrames) : {};
}

async function writeFrames(tabId: number, frames: TabFrames): Promise<void> {
  const key = KEY_PREFIX + tabId;
  const area = session();
  if (!area) memory.set(key, frames);
  else await area.set({ [key]: frames });
}

let queue: Promise<unknown> = Promise.resolve();

/** Records one frame's report (in order of arrival) and answers what the tab's badge should show. */
export function recordReport(tabId: number, frameId: number, message: TabStateMessage): Promise<{ count: number; worst: Severity | null }> {
  const run = queue.then(async () => {
    const frames = applyReport(await readFrames(tabId), frameId, message, Date.now());
    await writeFrames(tabId, frames);
    return tabSummary(frames);
  });
  queue = run.catch(() => undefined);
  return run;
}

/** The frames of a tab, other than the top one, that reported a state. */
export async function reportingFrames(tabId: number): Promise<number[]> {
  await queue;
  return Object.keys(await readFrames(tabId)).map(Number).filter((id) => Number.isInteger(id) && id !== 0);
}
