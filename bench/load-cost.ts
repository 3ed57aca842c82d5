/**
 * What Vigie costs a page load, from Chromium traces: the renderer main thread's total busy time from the
 * navigation start to the load event (`busyUntilLoad`), with Vigie, without any extension's content
 * script, and with an extension whose content script is empty (`bench/floor-extension`: the floor any
 * content script pays). One browser; the three loads of a round follow each other (their order rotates
 * from round to round) and each ratio is taken within its round, so the browser's and the machine's slow
 * drifts cancel out; the figure is the median over the rounds.
 */
import type { remote } from 'webdriverio';
import { Cdp, busyUntilLoad, vigieTimeInLoad, type LoadTrace } from './trace';
import type { VigieSwitch } from './switch';

type Browser = Awaited<ReturnType<typeof remote>>;

/** Pause between a page's load and the next navigation, ms (see `pairedLoadCost`). */
const SETTLE_MS = 400;
type Variant = 'none' | 'vigie' | 'floor';

export interface LoadCost {
  /** Per round: busy(Vigie) / busy(none), busy(floor) / busy(none), busy(Vigie) / busy(floor). */
  vigie: number[];
  floor: number[];
  vigieOverFloor: number[];
  /** Per round, wall clock: load event with Vigie / without (the untraced load before each traced one). */
  wall: number[];
  /** Busy time until the load event without any content script, ms. */
  busyNone: number[];
  /** Vigie's own traced time in its loads. */
  vigieTraces: LoadTrace[];
}

export async function pairedLoadCost(
  browser: Browser,
  toggle: VigieSwitch,
  url: string,
  rounds: number,
  ids: { vigie: string; floor: string },
  load: () => Promise<{ load: number; marked: boolean }>,
): Promise<LoadCost> {
  const cdp = await Cdp.forSession(browser);
  const state = { vigie: true, floor: true };
  const cost: LoadCost = { vigie: [], floor: [], vigieOverFloor: [], wall: [], busyNone: [], vigieTraces: [] };
  const order: Variant[] = ['none', 'vigie', 'floor'];
  try {
    for (let round = 0; round < rounds; round++) {
      const busy: Partial<Record<Variant, number>> = {};
      const wall: Partial<Record<Variant, number>> = {};
      for (let k = 0; k < order.length; k++) {
        const variant = order[(round + k) % order.length] as Variant;
        const want = { vigie: variant === 'vigie', floor: variant === 'floor' };
        let switched = false;
        for (const name of ['vigie', 'floor'] as const) {
          if (state[name] === want[name]) continue;
          await toggle.setEnabled(ids[name], want[name]);
          state[name] = want[name];
          switched = true;
        }
        if (switched) await browser.pause(300); // a worker starts or stops
        const warm = await load(); // the first load after a switch is not counted, its wall clock is
        if (warm.marked !== (variant === 'vigie')) throw new Error(`bench: Vigie ${variant === 'vigie' ? 'did not mark' : 'marked'} the page (${variant})`);
        wall[variant] = warm.load;
        // Let that page finish what follows its load (Vigie's page script, the page's own idle work): until the
        // next page commits, the previous one's work runs on the same main thread, inside the traced window.
        await browser.pause(SETTLE_MS);
        const events = await cdp.trace(async () => {
          await load();
          await browser.pause(100);
        });
        const value = busyUntilLoad(events, url);
        if (value === null) break;
        busy[variant] = value;
        if (variant === 'vigie') {
          const ours = vigieTimeInLoad(events, ids.vigie, url);
          if (ours) cost.vigieTraces.push(ours);
        }
      }
      if (busy.none === undefined || busy.vigie === undefined || busy.floor === undefined) continue; // a trace without its marks
      cost.vigie.push(busy.vigie / busy.none);
      cost.floor.push(busy.floor / busy.none);
      cost.vigieOverFloor.push(busy.vigie / busy.floor);
      cost.busyNone.push(busy.none);
      if (wall.vigie !== undefined && wall.none !== undefined) cost.wall.push(wall.vigie / wall.none);
    }
  } finally {
    cdp.close();
  }
  return cost;
}
