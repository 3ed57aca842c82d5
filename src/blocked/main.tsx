import '../i18n/full';
/**
 * The block interstitial page (an extension page): declarativeNetRequest redirects blocked navigations here
 * with `?service=<id>&url=<original https URL>` (see ./dnr.ts). It reads the effective configuration itself,
 * follows configuration changes live, and asks the service worker to let this tab through on "continue".
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { resolveConfig } from '../policies';
import type { EffectiveConfig } from '../policies/types';
import { pickLanguage, t } from '../i18n';
import { readManagedPolicy, readStoredState, watchStoredState } from '../shared/settings';
import type { BlockedContinueMessage, BlockedContinueResult } from '../background/blocking';
import { Blocked, type ContinueState } from './Blocked';
import { parseBlockedLocation } from './dnr';
import './blocked.css';

const target = parseBlockedLocation(location.href);
const app = document.getElementById('app') as HTMLElement;
let config: EffectiveConfig = resolveConfig({}, {}).config;
let continueState: ContinueState = 'idle';

/** Chromium may answer `storage.managed.get` late while its policy service starts: never wait on it long. */
function readLiveManaged(ms: number): Promise<Record<string, unknown> | null> {
  return Promise.race([readManagedPolicy(), new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
}

/** The cached policy first (instant), then the live one when the browser answers and has one. */
async function loadConfig(): Promise<void> {
  const state = await readStoredState();
  config = resolveConfig(state.managed, state.user).config;
  draw();
  const live = await readLiveManaged(3000);
  if (live && Object.keys(live).length > 0 && JSON.stringify(live) !== JSON.stringify(state.managed)) {
    config = resolveConfig(live, state.user).config;
    draw();
  }
}

function draw(): void {
  const lang = pickLanguage(config.language, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  document.title = target.service
    ? `${t(lang, 'blockedTitle', target.service === 'zoom' ? 'Zoom' : 'Discord')} — Vigie`
    : 'Vigie';
  render(
    <Blocked target={target} config={config} lang={lang} continueState={continueState} onContinue={() => void onContinue()} />,
    app,
  );
}

async function onContinue(): Promise<void> {
  if (!target.service || !target.url || continueState === 'pending') return;
  const url = target.url;
  continueState = 'pending';
  draw();
  let result: BlockedContinueResult | undefined;
  try {
    const message: BlockedContinueMessage = { type: 'vigie:blocked-continue', service: target.service };
    result = (await browser.runtime.sendMessage(message)) as BlockedContinueResult | undefined;
  } catch {
    result = undefined;
  }
  if (result?.ok) {
    location.replace(url);
    return;
  }
  continueState = 'refused';
  draw();
}

draw();
void loadConfig().catch(draw);
watchStoredState(() => void loadConfig().catch(draw));
