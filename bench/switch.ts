/**
 * Loads with and without Vigie in ONE browser: a benchmark-only extension (bench/switch-extension, with the
 * `management` permission) turns Vigie off and on between blocks of page loads. Two browsers — one with
 * the extension, one without — differ by more than Vigie on a shared machine: a browser instance stays a
 * few per cent faster or slower than another for its whole life (two identical browsers read 0.94–1.16).
 */
import { resolve } from 'node:path';
import type { remote } from 'webdriverio';

type Browser = Awaited<ReturnType<typeof remote>>;

export const SWITCH_EXTENSION_DIR = resolve(import.meta.dirname, 'switch-extension');
/** An extension whose content script is empty: what any content script costs a load (bench only). */
export const FLOOR_EXTENSION_DIR = resolve(import.meta.dirname, 'floor-extension');

/** Chromium arguments that load the switch (and `more` extension folders) next to Vigie. */
export function withSwitchExtension(args: string[], more: string[] = []): string[] {
  return args.map((arg) => {
    const m = /^--(load-extension|disable-extensions-except)=(.*)$/.exec(arg);
    return m ? `--${m[1]}=${[m[2], SWITCH_EXTENSION_DIR, ...more].join(',')}` : arg;
  });
}

export interface VigieSwitch {
  set(enabled: boolean): Promise<void>;
  /** Turns any extension on or off, by id (no pause). */
  setEnabled(id: string, enabled: boolean): Promise<void>;
  /** The id of a loaded extension, by its manifest name. */
  idOf(name: string): Promise<string>;
}

/** Opens the switch page in a tab of its own; `set` flips Vigie and comes back to the page's tab. */
export async function openSwitch(browser: Browser, vigieId: string): Promise<VigieSwitch> {
  const pageTab = await browser.getWindowHandle();
  const { handle } = await browser.createWindow('tab');
  await browser.switchToWindow(handle);
  await browser.url('chrome://extensions/');
  const switchId = await browser.executeAsync((done: (id: string) => void) => {
    type Info = { id: string; name: string };
    const api = (globalThis as unknown as { chrome: { management: { getAll: (cb: (list: Info[]) => void) => void } } }).chrome;
    api.management.getAll((list) => done(list.find((e) => e.name === 'Vigie bench switch')?.id ?? ''));
  });
  if (!switchId) throw new Error('bench: the switch extension did not load');
  await browser.url(`chrome-extension://${switchId}/switch.html`);
  await browser.switchToWindow(pageTab);
  const setEnabled = async (id: string, enabled: boolean): Promise<void> => {
    await browser.switchToWindow(handle);
    await browser.executeAsync(
      (extension: string, on: boolean, done: () => void) => {
        const api = (globalThis as unknown as { chrome: { management: { setEnabled: (id: string, on: boolean, cb: () => void) => void } } }).chrome;
        api.management.setEnabled(extension, on, done);
      },
      id,
      enabled,
    );
    await browser.switchToWindow(pageTab);
  };
  return {
    setEnabled,
    async set(enabled: boolean): Promise<void> {
      await setEnabled(vigieId, enabled);
      await browser.pause(300); // the extension's worker starts or stops
    },
    async idOf(name: string): Promise<string> {
      await browser.switchToWindow(handle);
      const id = await browser.executeAsync((wanted: string, done: (id: string) => void) => {
        type Info = { id: string; name: string };
        const api = (globalThis as unknown as { chrome: { management: { getAll: (cb: (list: Info[]) => void) => void } } }).chrome;
        api.management.getAll((list) => done(list.find((e) => e.name === wanted)?.id ?? ''));
      }, name);
      await browser.switchToWindow(pageTab);
      if (!id) throw new Error(`bench: the extension "${name}" did not load`);
      return id;
    },
  };
}
