import { describe, expect, it } from 'vitest';
import { vigieTimeInLoad } from '../../../bench/trace';

type Events = Parameters<typeof vigieTimeInLoad>[0];

const ID = 'joclfhbiaggbehgkemkeefbfkginmjnk';
const ours = { data: { url: `chrome-extension://${ID}/src/content/main.iife.js` } };
const page = { data: { url: 'https://zoom.us/meeting/schedule' } };
const ev = (name: string, ts: number, dur: number, args: object, thread = 1) => ({ name, ph: 'X', ts, dur, pid: 9, tid: thread, args });

describe('vigieTimeInLoad (bench)', () => {
  const marks = [
    { name: 'MarkDOMContent', ph: 'R', ts: 50_000, pid: 9, tid: 1, args: { data: { isMainFrame: true } } },
    { name: 'MarkLoad', ph: 'R', ts: 80_000, pid: 9, tid: 1, args: { data: { isMainFrame: true } } },
  ];

  it('counts Vigie’s work on the page’s main thread before DOMContentLoaded and before load, nested events once', () => {
    const result = vigieTimeInLoad(
      [
        ...marks,
        ev('EvaluateScript', 1_000, 2_000, ours),
        ev('v8.run', 1_100, 1_500, ours), // inside the evaluation: not counted twice
        ev('FunctionCall', 60_000, 500, ours),
        ev('FunctionCall', 61_000, 9_000, page), // the page's own code
        ev('FunctionCall', 62_000, 700, ours, 2), // another thread
        ev('FunctionCall', 90_000, 4_000, ours), // after load
      ] as Events,
      ID,
    );
    expect(result).toEqual({ beforeDcl: 2, beforeLoad: 2.5, evaluation: 2 });
  });

  it('answers null when the trace has no load marks', () => {
    expect(vigieTimeInLoad([ev('EvaluateScript', 1_000, 2_000, ours)] as Events, ID)).toBeNull();
  });
});

describe('withSwitchExtension (bench)', async () => {
  const { withSwitchExtension, SWITCH_EXTENSION_DIR } = await import('../../../bench/switch');
  it('loads the switch next to Vigie and leaves the other arguments alone', () => {
    expect(withSwitchExtension(['--headless=new', '--disable-extensions-except=/x/dist', '--load-extension=/x/dist'])).toEqual([
      '--headless=new',
      `--disable-extensions-except=/x/dist,${SWITCH_EXTENSION_DIR}`,
      `--load-extension=/x/dist,${SWITCH_EXTENSION_DIR}`,
    ]);
  });
});
