import browser from 'webextension-polyfill';
import { resolveConfig, type EffectiveConfig, type PolicyProblem } from '../policies';
import type { Lang } from '../policies/types';
import { pickLanguage } from '../i18n';
import { readManagedPolicy, readStoredState, watchStoredState, type StoredState } from '../shared/settings';

/**
 * What an extension page (popup, options) knows: the live managed policy, the user's options, the
 * acknowledgements, and the configuration they resolve to. Pages re-read it whenever storage changes.
 */
export interface PageState {
  stored: StoredState;
  config: EffectiveConfig;
  problems: PolicyProblem[];
  lang: Lang;
}

export function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}

/** The configuration of a stored state, and the language pages are shown in. */
export function derivePageState(stored: StoredState, uiLanguage: string = browserLanguage()): PageState {
  const { config, problems } = resolveConfig(stored.managed, stored.user);
  return { stored, config, problems, lang: pickLanguage(config.language, uiLanguage) };
}

/**
 * Reads everything a page needs. The managed policy is read live, as the content scripts and the
 * service worker do once they refreshed their cache (the local cache may lag behind a policy change).
 */
export async function loadPageState(): Promise<PageState> {
  const stored = await readStoredState();
  stored.managed = await readManagedPolicy();
  return derivePageState(stored);
}

/**
 * Calls `onState` as soon as the local storage is read (with the cached managed policy: the first read
 * of `storage.managed` can take seconds while the browser loads its policies), again once the live
 * managed policy is known, and after every change of the policy, the options or the acknowledgements.
 */
export function followPageState(onState: (state: PageState) => void, onError: (error: unknown) => void = () => {}): () => void {
  let generation = 0;
  const reload = async (): Promise<void> => {
    const mine = ++generation;
    const stored = await readStoredState();
    if (mine !== generation) return;
    const cached = JSON.stringify(stored.managed);
    onState(derivePageState({ ...stored }));
    const live = await readManagedPolicy();
    if (mine !== generation || JSON.stringify(live) === cached) return;
    onState(derivePageState({ ...stored, managed: live }));
  };
  const run = () => void reload().catch(onError);
  run();
  return watchStoredState(run);
}

/** Sets the document's language and title (the pages' `lang` attribute is set by script). */
export function applyDocumentLanguage(lang: Lang, title: string): void {
  document.documentElement.lang = lang;
  document.title = title;
}
