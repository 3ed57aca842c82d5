import { describe, expect, it } from 'vitest';
import {
  encodeRegFile,
  exportPolicy,
  macDomain,
  registryKey,
  regValueLine,
  stableUuid,
  toAdminConsolePolicy,
  toFirefoxPolicies,
  toLinuxPolicy,
  toMobileconfig,
  toRegText,
  type PolicyObject,
  MANAGED_SCHEMA,
} from '../../../src/policies/export';
import { parsePlist, type PlistValue } from './plist';
import { chromeReadsKey, decodeReg, parseReg, type RegValue } from './reg';

const ID = 'joclfhbiaggbehgkemkeefbfkginmjnk';
const EDGE_ID = 'abcdefghijklmnopabcdefghijklmnop';

const POLICY: PolicyObject = {
  profile: 'ac-aix-marseille',
  institutionName: 'Académie d’Aix-Marseille "Sud" \\ test',
  enforcement: { zoom: 'block', discord: 'warn' },
  allowBypass: true,
  lockUserSettings: false,
  institutionEmailDomains: ['ac-aix-marseille.fr', 'region-academique-paca.fr'],
  alternatives: [
    {
      id: 'visio-academie',
      name: 'Visio <Académie> & co',
      url: 'https://visio.example.fr/?a=1&b=2',
      purpose: { fr: 'Réunions', en: 'Meetings' },
      audience: { fr: 'Personnels', en: 'Staff' },
    },
  ],
  dpoContact: { name: 'DPO', email: 'dpo@ac-aix-marseille.fr' },
  helpUrl: 'https://assistance.ac-aix-marseille.fr',
  acknowledgementTtlHours: 48,
  allowAutoFix: false,
};

describe('Windows .reg (Chrome and Edge)', () => {
  for (const browser of ['chrome', 'edge'] as const) {
    it(`${browser}: UTF-16LE + BOM, version header, replaces the policy key, Chrome reads back the policy`, () => {
      const id = browser === 'chrome' ? ID : EDGE_ID;
      const reg = parseReg(decodeReg(encodeRegFile(toRegText(POLICY, browser, id))));
      expect(reg.header).toBe('Windows Registry Editor Version 5.00');
      const key =
        browser === 'chrome'
          ? `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${ID}\\policy`
          : `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${EDGE_ID}\\policy`;
      expect(registryKey(browser, id)).toBe(key);
      expect(reg.deleted).toEqual([key]);
      // The policy key first, then one subkey per object or list of strings.
      expect([...reg.keys.keys()]).toEqual([key, `${key}\\enforcement`, `${key}\\institutionEmailDomains`, `${key}\\dpoContact`]);
      for (const k of reg.keys.keys()) expect(k.startsWith(key)).toBe(true);
      const values = reg.keys.get(key) as Map<string, RegValue>;
      expect(values.get('allowBypass')).toEqual({ type: 'REG_DWORD', data: 1 });
      expect(values.get('lockUserSettings')).toEqual({ type: 'REG_DWORD', data: 0 });
      expect(values.get('allowAutoFix')).toEqual({ type: 'REG_DWORD', data: 0 });
      expect(values.get('acknowledgementTtlHours')).toEqual({ type: 'REG_DWORD', data: 48 });
      expect(values.get('profile')).toEqual({ type: 'REG_SZ', data: 'ac-aix-marseille' });
      expect(values.get('alternatives')?.type).toBe('REG_SZ'); // a list of objects: JSON text
      expect(reg.keys.get(`${key}\\enforcement`)?.get('zoom')).toEqual({ type: 'REG_SZ', data: 'block' });
      expect(reg.keys.get(`${key}\\institutionEmailDomains`)?.get('2')).toEqual({ type: 'REG_SZ', data: 'region-academique-paca.fr' });
      // Read back the way Chrome does, the whole policy comes back.
      expect(chromeReadsKey(reg.keys, key, MANAGED_SCHEMA)).toEqual(POLICY);
    });
  }

  it('writes REG_SZ with line breaks as hex(1), non-integer numbers as strings, empty lists as an empty subkey', () => {
    expect(regValueLine('institutionName', 'Ligne 1\nLigne 2')).toMatch(/^"institutionName"=hex\(1\):4c,00,69,00/);
    const reg = parseReg(toRegText({ institutionName: 'A\nB', acknowledgementTtlHours: 1.5, approvedHosts: [] }, 'chrome', ID));
    const values = [...reg.keys.values()][0] as Map<string, RegValue>;
    expect(values.get('institutionName')).toEqual({ type: 'REG_SZ', data: 'A\nB' });
    expect(values.get('acknowledgementTtlHours')).toEqual({ type: 'REG_SZ', data: '1.5' });
    expect(reg.keys.get(`${registryKey('chrome', ID)}\\approvedHosts`)?.size).toBe(0);
  });
});

describe('macOS .mobileconfig (Chrome and Edge)', () => {
  for (const browser of ['chrome', 'edge'] as const) {
    it(`${browser}: a System configuration profile whose payload is the extension's preference domain`, () => {
      const xml = toMobileconfig(POLICY, browser, ID, { organization: 'Académie d’Aix-Marseille' });
      const profile = parsePlist(xml) as Record<string, PlistValue>;
      expect(profile.PayloadType).toBe('Configuration');
      expect(profile.PayloadScope).toBe('System');
      expect(profile.PayloadVersion).toBe(1);
      expect(profile.PayloadOrganization).toBe('Académie d’Aix-Marseille');
      expect(profile.PayloadIdentifier).toBe(`fr.vigie.policy.${browser}.${ID}`);
      expect(profile.PayloadUUID).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
      const content = profile.PayloadContent as Array<Record<string, PlistValue>>;
      expect(content).toHaveLength(1);
      const payload = content[0] as Record<string, PlistValue>;
      const domain = browser === 'chrome' ? `com.google.Chrome.extensions.${ID}` : `com.microsoft.Edge.extensions.${ID}`;
      expect(macDomain(browser, ID)).toBe(domain);
      expect(payload.PayloadType).toBe(domain);
      expect(payload.PayloadVersion).toBe(1);
      expect(payload.PayloadEnabled).toBe(true);
      expect(payload.PayloadUUID).not.toBe(profile.PayloadUUID);
      // The policy keys sit in the payload with native types (no JSON strings on macOS).
      const policy = Object.fromEntries(Object.entries(payload).filter(([key]) => !key.startsWith('Payload')));
      expect(policy).toEqual(POLICY);
    });
  }

  it('is stable: the same export twice gives the same identifiers (updates, not duplicates)', () => {
    expect(toMobileconfig(POLICY, 'chrome', ID)).toBe(toMobileconfig(POLICY, 'chrome', ID));
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
  });

  it('escapes XML in keys and values', () => {
    const xml = toMobileconfig({ institutionName: '<b>&"x"</b>' }, 'chrome', ID);
    expect(xml).toContain('<string>&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;</string>');
    expect((((parsePlist(xml) as Record<string, PlistValue>).PayloadContent as PlistValue[])[0] as Record<string, PlistValue>).institutionName).toBe(
      '<b>&"x"</b>',
    );
  });
});

describe('JSON shapes', () => {
  it('Linux (Chrome, Chromium): 3rdparty → extensions → <id>', () => {
    expect(toLinuxPolicy(POLICY, ID)).toEqual({ '3rdparty': { extensions: { [ID]: POLICY } } });
  });

  it('Firefox policies.json: policies → 3rdparty → Extensions → <add-on id>', () => {
    expect(toFirefoxPolicies(POLICY, 'vigie@education.example')).toEqual({
      policies: { '3rdparty': { Extensions: { 'vigie@education.example': POLICY } } },
    });
  });

  it('Google Admin console: each key as {"Value": …}', () => {
    expect(toAdminConsolePolicy({ profile: 'ehesp', allowBypass: false })).toEqual({ profile: { Value: 'ehesp' }, allowBypass: { Value: false } });
  });
});

describe('exportPolicy', () => {
  it('writes every format, each parseable, Linux Chrome and Chromium identical', () => {
    const files = exportPolicy(POLICY, { chrome: ID, edge: EDGE_ID, gecko: 'vigie@education.example' });
    expect([
      'windows/vigie-chrome.reg',
      'windows/vigie-edge.reg',
      'macos/vigie-chrome.mobileconfig',
      'macos/vigie-edge.mobileconfig',
      'linux/chrome/vigie.json',
      'linux/chromium/vigie.json',
      'firefox/policies.json',
      'chromeos/vigie-admin-console.json',
    ].every((path) => files.some((f) => f.path === path))).toBe(true);
    expect(files.map((f) => f.path)).toEqual([
      'windows/vigie-chrome.reg',
      'windows/vigie-edge.reg',
      'windows/admx/vigie-chrome.admx',
      'windows/admx/fr-FR/vigie-chrome.adml',
      'windows/admx/en-US/vigie-chrome.adml',
      'windows/admx/vigie-edge.admx',
      'windows/admx/fr-FR/vigie-edge.adml',
      'windows/admx/en-US/vigie-edge.adml',
      'windows/intune/Deploy-Vigie.ps1',
      'windows/intune/Detect-Vigie.ps1',
      'windows/intune/Remove-Vigie.ps1',
      'macos/vigie-chrome.mobileconfig',
      'macos/vigie-edge.mobileconfig',
      'linux/chrome/vigie.json',
      'linux/chromium/vigie.json',
      'firefox/policies.json',
      'chromeos/vigie-admin-console.json',
      'install/chrome-ExtensionSettings.json',
      'install/edge-ExtensionSettings.json',
      'install/vigie-install-chrome.reg',
      'install/vigie-install-edge.reg',
      'install/firefox-policies.json',
      'LISEZMOI.txt',
    ]);
    const byPath = new Map(files.map((f) => [f.path, f]));
    expect(parseReg(decodeReg(byPath.get('windows/vigie-edge.reg')?.content as Uint8Array)).keys.has(registryKey('edge', EDGE_ID))).toBe(true);
    expect(String(byPath.get('macos/vigie-edge.mobileconfig')?.content)).toContain(`com.microsoft.Edge.extensions.${EDGE_ID}`);
    expect(byPath.get('linux/chrome/vigie.json')?.content).toBe(byPath.get('linux/chromium/vigie.json')?.content);
    expect(JSON.parse(String(byPath.get('linux/chrome/vigie.json')?.content))).toEqual(toLinuxPolicy(POLICY, ID));
    expect(byPath.get('linux/chromium/vigie.json')?.where).toBe('/etc/chromium/policies/managed/vigie.json');
    expect(byPath.get('linux/chrome/vigie.json')?.where).toBe('/etc/opt/chrome/policies/managed/vigie.json');
    expect(JSON.parse(String(byPath.get('firefox/policies.json')?.content))).toEqual(toFirefoxPolicies(POLICY, 'vigie@education.example'));
  });
});
