/**
 * The identifiers policy files must name: the Chromium extension id (fixed by the manifest's public `key`)
 * and the Firefox (gecko) add-on id.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MANIFEST_PATH = fileURLToPath(new URL('../../manifest.json', import.meta.url));

/** Used when the manifest declares no `browser_specific_settings.gecko.id`. */
export const DEFAULT_GECKO_ID = 'vigie@education.example';

/**
 * Chromium's id for an extension with this public key: the first 128 bits of SHA-256(DER key), each hex
 * digit 0–f written as a letter a–p.
 */
export function extensionIdFromKey(base64Key: string): string {
  const digest = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...digest].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

export interface ExtensionIds {
  /** Chrome and Chromium (unpacked build or Chrome Web Store item with this key). */
  chrome: string;
  /** Microsoft Edge: the same id unless published on Edge Add-ons under another one. */
  edge: string;
  /** Firefox add-on id. */
  gecko: string;
  /** Where the gecko id comes from, for the report. */
  geckoFrom: 'manifest' | 'default' | 'option';
}

export function readManifestIds(manifestPath = MANIFEST_PATH): ExtensionIds {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    key?: string;
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  if (!manifest.key) throw new Error(`${manifestPath} has no "key": the extension id is not fixed.`);
  const chrome = extensionIdFromKey(manifest.key);
  const manifestGecko = manifest.browser_specific_settings?.gecko?.id;
  return {
    chrome,
    edge: chrome,
    gecko: manifestGecko ?? DEFAULT_GECKO_ID,
    geckoFrom: manifestGecko ? 'manifest' : 'default',
  };
}

export function isChromiumExtensionId(id: string): boolean {
  return /^[a-p]{32}$/.test(id);
}

/** Firefox add-on ids: an e-mail-like id or a GUID in braces. */
export function isGeckoId(id: string): boolean {
  return /^[A-Za-z0-9._+-]*@[A-Za-z0-9._-]+$/.test(id) || /^\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}$/.test(id);
}
