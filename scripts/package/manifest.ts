/**
 * The manifests Vigie ships, all derived from the one `manifest.json` at the repository root (the Chrome
 * manifest of the unpacked build). Pure functions: used by vite.config.ts (Firefox build), by
 * scripts/package.ts (store packages) and by the unit tests.
 */

/**
 * Firefox add-on id. It is the id `scripts/policy` (`DEFAULT_GECKO_ID`) and docs/deploy.md already give
 * administrators, so the exported Firefox `policies.json` files name the package that is actually built.
 */
export const GECKO_ID = 'vigie@education.example';

/**
 * Oldest Firefox the build supports: 140, the current ESR (the one schools deploy). Needed from there:
 * Manifest V3 (109), declarativeNetRequest with regex redirects and session rules (113), MV3 host
 * permissions granted at install time (127: before it the content script would not run until the user
 * granted each site by hand), and the `data_collection_permissions` declaration (140), which
 * addons.mozilla.org requires of new add-ons. Firefox for Android reads that declaration from 142.
 */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** Keys only Chromium understands: Firefox's linter rejects or warns on them, and they mean nothing there. */
const CHROMIUM_ONLY_KEYS = ['key', 'minimum_chrome_version', 'storage'] as const;

export interface ManifestLike {
  [key: string]: unknown;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The Firefox manifest: background `scripts` instead of a service worker (Firefox MV3 runs background
 * scripts in an event page), no `key` / `minimum_chrome_version`, no `storage.managed_schema` (Firefox
 * reads the `3rdparty` policy of `policies.json` without a schema), and a gecko id so that the managed
 * policy reaches the add-on. Everything else — permissions, host permissions, content scripts, CSP — is
 * the Chrome manifest's, unchanged.
 */
export function firefoxManifest<T extends ManifestLike>(chrome: T): T {
  const manifest = clone(chrome) as ManifestLike;
  for (const key of CHROMIUM_ONLY_KEYS) delete manifest[key];
  const worker = chrome.background?.service_worker;
  if (worker) manifest.background = { scripts: [worker], ...(chrome.background?.type ? { type: chrome.background.type } : {}) };
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // Firefox's built-in data-consent declaration: Vigie collects and transmits nothing.
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return manifest as T;
}

/**
 * The manifest of a store package (Chrome Web Store, Edge Add-ons): the unpacked build's, without the
 * development `key` (the store assigns and signs the id; a store upload carrying a `key` is refused).
 */
export function storeManifest<T extends ManifestLike>(built: T): T {
  const manifest = clone(built) as ManifestLike;
  delete manifest.key;
  return manifest as T;
}
