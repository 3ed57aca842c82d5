/**
 * One Vigie managed policy (the object `storage.managed` returns) written in every shape the browsers read
 * extension ("3rdparty") policy from. Pure and browser-safe (no Node API): the CLI
 * and the extension's administration page share it and produce the same bytes.
 *
 * Sources (checked against the browsers' documentation):
 * - Chromium, "Configuring Apps and Extensions by Policy": Windows registry
 *   `HKLM\Software\Policies\Google\Chrome\3rdparty\extensions\<id>\policy`, Linux JSON under `3rdparty` →
 *   `extensions` → `<id>` in /etc/opt/chrome/policies/managed (Chromium: /etc/chromium/policies/managed),
 *   macOS preference domain `com.google.Chrome.extensions.<id>`.
 * - Chromium's registry reader (policy/core/common/registry_dict.cc): see registry.ts.
 * - Microsoft Edge: same layout under `HKLM\Software\Policies\Microsoft\Edge\3rdparty\extensions\<id>\policy`
 *   and the `com.microsoft.Edge.extensions.<id>` preference domain.
 * - Firefox, "Enterprise development" (Extension Workshop) and the policy templates' `3rdparty` policy:
 *   `{"policies": {"3rdparty": {"Extensions": {"<add-on id>": {…}}}}}` in policies.json.
 * - Google Admin console (ChromeOS / managed browsers): a JSON file mapping each policy to `{"Value": …}`.
 */
import { sha256Hex, utf16le } from './bytes';
import { registryBlocks, type RegEntry } from './registry';
import { BROWSER_LABELS, registryPath, type ChromiumBrowser, type PolicyObject, type PolicyValue } from './types';

export { BROWSER_LABELS, type ChromiumBrowser, type PolicyObject, type PolicyValue } from './types';

/** Registry key holding the extension's policy. */
export function registryKey(browser: ChromiumBrowser, extensionId: string): string {
  return `HKEY_LOCAL_MACHINE\\${registryPath(browser, extensionId)}`;
}

/** macOS preference domain (configuration-profile PayloadType) of the extension's policy. */
export function macDomain(browser: ChromiumBrowser, extensionId: string): string {
  return browser === 'chrome' ? `com.google.Chrome.extensions.${extensionId}` : `com.microsoft.Edge.extensions.${extensionId}`;
}

/* -------------------------------------------------------------------------------------------- *
 * Windows .reg
 * -------------------------------------------------------------------------------------------- */

function regQuote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** REG_SZ as `hex(1):` (UTF-16LE, NUL-terminated): the only .reg form for text with line breaks. */
function regHexString(text: string): string {
  const bytes = [...utf16le(`${text}\0`)].map((b) => b.toString(16).padStart(2, '0'));
  return `hex(1):${bytes.join(',')}`;
}

/** One `"name"=value` line of a registry entry. */
export function regEntryLine(entry: RegEntry): string {
  let data: string;
  if (entry.type === 'REG_DWORD') {
    data = `dword:${(entry.data as number).toString(16).padStart(8, '0')}`;
  } else {
    const text = String(entry.data);
    // eslint-disable-next-line no-control-regex
    data = /[\u0000-\u001f]/.test(text) ? regHexString(text) : regQuote(text);
  }
  return `${regQuote(entry.name)}=${data}`;
}

/** One `"name"=value` line for a scalar policy value (REG_DWORD for booleans and 32-bit integers, REG_SZ otherwise). */
export function regValueLine(name: string, value: PolicyValue): string {
  const [block] = registryBlocks({ [name]: value });
  const entry = block?.entries[0];
  if (!entry) throw new Error(`${name}: not a scalar value`);
  return regEntryLine(entry);
}

/**
 * A .reg file (text) that replaces the extension's policy: the key is deleted first (`[-…]`, subkeys
 * included) so values removed from the configuration do not linger, then recreated with the layout of
 * registry.ts (one value per scalar key, a subkey per object or list).
 */
export function toRegText(policy: PolicyObject, browser: ChromiumBrowser, extensionId: string): string {
  const key = registryKey(browser, extensionId);
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `; Vigie — politique d'extension pour ${BROWSER_LABELS[browser]} (extension ${extensionId}).`,
    '; Importer : reg import <fichier>.reg (en administrateur), ou par GPO (Préférences > Registre).',
    '; Vérifier : chrome://policy ou edge://policy > « Recharger les règles ».',
    '',
    `[-${key}]`,
  ];
  for (const block of registryBlocks(policy)) {
    lines.push('', `[${[key, ...block.path].join('\\')}]`, ...block.entries.map(regEntryLine));
  }
  lines.push('');
  return lines.join('\r\n');
}

/** .reg files are UTF-16LE with a byte-order mark (what regedit writes and reads for "Version 5.00"). */
export function encodeRegFile(text: string): Uint8Array {
  const body = utf16le(text);
  const out = new Uint8Array(body.length + 2);
  out.set([0xff, 0xfe]);
  out.set(body, 2);
  return out;
}

/* -------------------------------------------------------------------------------------------- *
 * macOS .mobileconfig (XML property list)
 * -------------------------------------------------------------------------------------------- */

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function plistValue(value: PolicyValue, indent: string): string[] {
  if (value === null) return [`${indent}<string></string>`];
  if (typeof value === 'boolean') return [`${indent}<${value}/>`];
  if (typeof value === 'number') return [Number.isInteger(value) ? `${indent}<integer>${value}</integer>` : `${indent}<real>${value}</real>`];
  if (typeof value === 'string') return [`${indent}<string>${xmlEscape(value)}</string>`];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}<array/>`];
    return [`${indent}<array>`, ...value.flatMap((item) => plistValue(item, `${indent}  `)), `${indent}</array>`];
  }
  return [`${indent}<dict>`, ...plistEntries(value, `${indent}  `), `${indent}</dict>`];
}

function plistEntries(entries: { [key: string]: PolicyValue }, indent: string): string[] {
  return Object.entries(entries).flatMap(([key, value]) => [`${indent}<key>${xmlEscape(key)}</key>`, ...plistValue(value, indent)]);
}

/** A stable UUID (RFC 4122 layout) from a name, so re-exporting the same profile updates it instead of duplicating it. */
export function stableUuid(name: string): string {
  const h = sha256Hex(name);
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
}

export interface MobileconfigOptions {
  /** Shown as the profile's organisation (the institution). */
  organization?: string;
}

/**
 * A configuration profile (System scope) with one custom-settings payload whose PayloadType is the
 * extension's preference domain: the policy keys sit in that payload, with native plist types.
 */
export function toMobileconfig(policy: PolicyObject, browser: ChromiumBrowser, extensionId: string, options: MobileconfigOptions = {}): string {
  const domain = macDomain(browser, extensionId);
  const profileId = `fr.vigie.policy.${browser}.${extensionId}`;
  const payload: { [key: string]: PolicyValue } = {
    PayloadType: domain,
    PayloadVersion: 1,
    PayloadIdentifier: `${profileId}.settings`,
    PayloadUUID: stableUuid(`${profileId}.settings`),
    PayloadEnabled: true,
    PayloadDisplayName: `Vigie (${BROWSER_LABELS[browser]})`,
    ...policy,
  };
  const profile: { [key: string]: PolicyValue } = {
    PayloadContent: [payload],
    PayloadDescription: `Politique de l'extension Vigie pour ${BROWSER_LABELS[browser]} (${domain}).`,
    PayloadDisplayName: `Vigie — ${BROWSER_LABELS[browser]}`,
    PayloadIdentifier: profileId,
    ...(options.organization ? { PayloadOrganization: options.organization } : {}),
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: stableUuid(profileId),
    PayloadVersion: 1,
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    ...plistValue(profile, ''),
    '</plist>',
    '',
  ].join('\n');
}

/* -------------------------------------------------------------------------------------------- *
 * JSON shapes
 * -------------------------------------------------------------------------------------------- */

/** Chrome / Chromium on Linux: a file in /etc/opt/chrome/policies/managed or /etc/chromium/policies/managed. */
export function toLinuxPolicy(policy: PolicyObject, extensionId: string): object {
  return { '3rdparty': { extensions: { [extensionId]: policy } } };
}

/** Firefox policies.json (all platforms). */
export function toFirefoxPolicies(policy: PolicyObject, geckoId: string): object {
  return { policies: { '3rdparty': { Extensions: { [geckoId]: policy } } } };
}

/** Google Admin console (Chrome browser cloud management, ChromeOS): each policy as `{"Value": …}`. */
export function toAdminConsolePolicy(policy: PolicyObject): object {
  return Object.fromEntries(Object.entries(policy).map(([key, value]) => [key, { Value: value }]));
}

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

