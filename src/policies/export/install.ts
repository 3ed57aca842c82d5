/**
 * Force-install snippets: the browsers' own `ExtensionSettings` policy entry that installs Vigie and keeps it
 * installed (it is a separate policy from Vigie's configuration).
 * - Chrome: `installation_mode: force_installed`, `update_url` (Chrome Web Store by default), `toolbar_pin`.
 * - Edge: the same, Edge Add-ons' update URL, `toolbar_state: force_shown`.
 * - Firefox: `installation_mode: force_installed`, `install_url` (the signed .xpi).
 * On Windows the entry is written as the `ExtensionSettings\<id>` subkey, which adds Vigie next to the
 * extensions other policies already list instead of replacing the whole `ExtensionSettings` value.
 */
import { regEntryLine } from './formats';
import { POLICY_ROOTS, BROWSER_LABELS, type ChromiumBrowser, type PolicyObject } from './types';

export const CHROME_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
export const EDGE_STORE_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';

/** AMO's "latest version" address of an add-on, by its id (what Mozilla's policy documentation shows). */
export function amoLatestXpiUrl(geckoId: string): string {
  return `https://addons.mozilla.org/firefox/downloads/latest/${encodeURIComponent(geckoId)}/latest.xpi`;
}

export interface InstallOptions {
  chromeUpdateUrl?: string;
  edgeUpdateUrl?: string;
  firefoxInstallUrl?: string;
}

export function updateUrl(browser: ChromiumBrowser, options: InstallOptions = {}): string {
  return browser === 'chrome' ? (options.chromeUpdateUrl ?? CHROME_STORE_UPDATE_URL) : (options.edgeUpdateUrl ?? EDGE_STORE_UPDATE_URL);
}

/** The `ExtensionSettings` entry for Vigie (the value of `ExtensionSettings[<id>]`). */
export function installEntry(browser: ChromiumBrowser, options: InstallOptions = {}): PolicyObject {
  return browser === 'chrome'
    ? { installation_mode: 'force_installed', update_url: updateUrl('chrome', options), toolbar_pin: 'force_pinned' }
    : { installation_mode: 'force_installed', update_url: updateUrl('edge', options), toolbar_state: 'force_shown' };
}

/** `{"<id>": {…}}`: what to merge into the browser's `ExtensionSettings` policy (Windows text value, macOS, Linux, Intune). */
export function extensionSettings(browser: ChromiumBrowser, extensionId: string, options: InstallOptions = {}): PolicyObject {
  return { [extensionId]: installEntry(browser, options) };
}

export function firefoxInstallPolicies(geckoId: string, options: InstallOptions = {}): object {
  return {
    policies: {
      ExtensionSettings: {
        [geckoId]: { installation_mode: 'force_installed', install_url: options.firefoxInstallUrl ?? amoLatestXpiUrl(geckoId) },
      },
    },
  };
}

export function installRegistryPath(browser: ChromiumBrowser, extensionId: string): string {
  return `${POLICY_ROOTS[browser]}\\ExtensionSettings\\${extensionId}`;
}

/** A .reg that force-installs Vigie (the `ExtensionSettings\<id>` subkey). */
export function toInstallRegText(browser: ChromiumBrowser, extensionId: string, options: InstallOptions = {}): string {
  const key = `HKEY_LOCAL_MACHINE\\${installRegistryPath(browser, extensionId)}`;
  const entry = installEntry(browser, options);
  return [
    'Windows Registry Editor Version 5.00',
    '',
    `; Vigie — installation forcée dans ${BROWSER_LABELS[browser]} (stratégie ExtensionSettings, extension ${extensionId}).`,
    '; Si une autre stratégie écrit ExtensionSettings comme texte JSON, ajoutez-y plutôt l’entrée de install/*-ExtensionSettings.json.',
    '',
    `[${key}]`,
    ...Object.entries(entry).map(([name, value]) => regEntryLine({ path: [], name, type: 'REG_SZ', data: String(value) })),
    '',
  ].join('\r\n');
}
