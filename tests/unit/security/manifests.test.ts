import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { FIREFOX_MIN_VERSION, GECKO_ID, firefoxManifest, storeManifest, type ManifestLike } from '../../../scripts/package/manifest';
import { DEFAULT_GECKO_ID } from '../../../scripts/policy/ids';
import { SCANNER_MODULE_PATH } from '../../../src/content/sensitive-fields';

/** The shipped manifests: minimal permissions, and the Firefox/store variants derived without drift. */
type M = ManifestLike & {
  permissions: string[];
  host_permissions: string[];
  content_scripts: Array<{ matches: string[] }>;
  web_accessible_resources?: Array<{ resources: string[]; matches: string[]; use_dynamic_url?: boolean }>;
};
const chrome = manifest as unknown as M;

/** Permissions that would let Vigie see or send more than it needs: none may appear. */
const HIGH_RISK = [
  'tabs', 'scripting', 'webRequest', 'webRequestBlocking', 'cookies', 'history', 'downloads', 'clipboardRead',
  'nativeMessaging', 'debugger', 'management', 'proxy', 'privacy', 'identity', 'geolocation', 'browsingData',
  'pageCapture', 'tabCapture', 'desktopCapture', 'webNavigation', 'declarativeNetRequestFeedback', 'bookmarks',
  'topSites', 'unlimitedStorage', '<all_urls>',
];

describe('manifest permissions stay minimal', () => {
  it('asks for no high-risk permission', () => {
    for (const permission of chrome.permissions) expect(HIGH_RISK).not.toContain(permission);
  });

  it('asks for hosts only where the content script runs, https only, no wildcard host', () => {
    const matches = new Set(chrome.content_scripts.flatMap((c) => c.matches));
    for (const host of chrome.host_permissions) {
      expect(host).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
      expect(matches.has(host), `${host} has no content script`).toBe(true);
    }
  });

  it('exposes only the block page to the web, and the scanner module to the services’ pages, by dynamic URLs', () => {
    const entries = chrome.web_accessible_resources ?? [];
    expect(entries.flatMap((w) => w.resources)).toEqual(['src/blocked/index.html', 'src/content/scanner.js']);
    for (const entry of entries) expect(entry.use_dynamic_url, entry.resources.join()).toBe(true);
    const scanner = entries.find((w) => w.resources.includes('src/content/scanner.js'));
    expect(scanner?.resources).toEqual([SCANNER_MODULE_PATH]);
    expect(new Set(scanner?.matches)).toEqual(new Set(chrome.content_scripts.flatMap((c) => c.matches)));
  });
});

describe('Firefox manifest (vite build --mode firefox)', () => {
  const firefox = firefoxManifest(chrome);

  it('drops what only Chromium reads', () => {
    for (const key of ['key', 'minimum_chrome_version', 'storage']) expect(firefox).not.toHaveProperty(key);
  });

  it('runs the background as scripts (Firefox MV3 has no service worker)', () => {
    expect(firefox.background).toEqual({ scripts: [chrome.background!.service_worker], type: chrome.background!.type });
  });

  it('declares the gecko id administrators put in policies.json, and no data collection', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: expect.any(String) },
    });
    // scripts/policy exports Firefox policies for this id: both must agree.
    expect(GECKO_ID).toBe(DEFAULT_GECKO_ID);
  });

  it('keeps permissions, hosts, content scripts, CSP and pages unchanged', () => {
    for (const key of ['permissions', 'host_permissions', 'content_scripts', 'content_security_policy', 'web_accessible_resources', 'options_ui', 'action', 'version', 'default_locale']) {
      expect(firefox[key], key).toEqual(chrome[key]);
    }
  });

  it('leaves the Chrome manifest untouched', () => {
    expect(chrome).toHaveProperty('key');
    expect(chrome.background).toHaveProperty('service_worker');
  });
});

describe('store package manifest (npm run package)', () => {
  it('carries no development key and nothing else changes', () => {
    const store = storeManifest(chrome);
    expect(store).not.toHaveProperty('key');
    const { key: _key, ...rest } = chrome;
    expect(store).toEqual(rest);
  });
});
