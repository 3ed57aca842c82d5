import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, runPolicyCli } from '../../../scripts/policy/cli';
import { parsePlist, type PlistValue } from './plist';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ID = 'joclfhbiaggbehgkemkeefbfkginmjnk';
const dir = mkdtempSync(join(tmpdir(), 'vigie-policy-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function run(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runPolicyCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const GOOD = file('good.json', JSON.stringify({ profile: 'ac-aix-marseille', enforcement: { zoom: 'block' }, allowBypass: false, institutionName: 'Lycée Test' }));
const BAD = file(
  'bad.json',
  JSON.stringify({
    profile: 'ac-aix',
    enforcement: { zoom: 'blok', teams: 'block' },
    allowBypass: 'yes',
    helpUrl: 'http://assistance.example.fr',
    alternatives: [{ id: 'ok-id', name: 'X', url: 'javascript:alert(1)' }],
    acknowledgementTtlHours: -3,
    colour: 'blue',
  }),
);

describe('policy validate', () => {
  it('accepts a valid configuration (exit 0)', () => {
    const r = run('validate', GOOD);
    expect(r.code).toBe(EXIT_OK);
    expect(r.out).toContain('Configuration valide');
  });

  it('reports every error with its key path and a fix (exit 1)', () => {
    const r = run('validate', BAD);
    expect(r.code).toBe(EXIT_INVALID);
    for (const path of ['profile', 'enforcement.zoom', 'allowBypass', 'helpUrl', 'alternatives[0].url', 'acknowledgementTtlHours']) {
      expect(r.out).toMatch(new RegExp(`ERREUR  ${path.replace(/[[\].]/g, '\\$&')} : `));
    }
    // Every problem line is followed by its fix.
    const lines = r.out.split('\n');
    lines.forEach((line, i) => {
      if (/^ {2}(ERREUR|AVERTISSEMENT) {2}/.test(line)) expect(lines[i + 1]).toMatch(/^ {6}Correction : \S/);
    });
    expect(r.out).toContain('AVERTISSEMENT  colour');
    expect(r.out).toMatch(/✗ \d+ erreur\(s\)/);
  });

  it('speaks English on request', () => {
    const r = run('validate', BAD, '--lang', 'en');
    expect(r.code).toBe(EXIT_INVALID);
    expect(r.out).toMatch(/ERROR {2}allowBypass: /);
    expect(r.out).toMatch(/ {6}Fix: /);
  });

  it('warnings alone do not fail', () => {
    const r = run('validate', file('warn.json', JSON.stringify({ profile: 'ehesp', unknownKey: 1 })));
    expect(r.code).toBe(EXIT_OK);
    expect(r.out).toContain('AVERTISSEMENT  unknownKey');
  });

  it('points at JSON syntax errors with line and column (exit 1)', () => {
    const r = run('validate', file('syntax.json', '{\n  "profile": "ehesp",\n}\n'));
    expect(r.code).toBe(EXIT_INVALID);
    expect(r.out).toMatch(/ERREUR {2}\(racine\) : JSON invalide \(ligne 3, colonne 1\)/);
  });

  it('reports a missing file (exit 1) and a non-object policy (exit 1)', () => {
    expect(run('validate', 'nope.json').code).toBe(EXIT_INVALID);
    const list = run('validate', file('list.json', '["profile"]'));
    expect(list.code).toBe(EXIT_INVALID);
    expect(list.out).toContain('objet JSON');
  });

  it('fails when any of several files fails', () => {
    expect(run('validate', GOOD, BAD).code).toBe(EXIT_INVALID);
    expect(run('validate', GOOD, GOOD).code).toBe(EXIT_OK);
  });

  it('reads the deployed envelopes too (Linux 3rdparty, Firefox policies.json)', () => {
    const linux = run('validate', file('linux.json', JSON.stringify({ '3rdparty': { extensions: { [ID]: { profile: 'ehesp', allowBypass: 1 } } } })));
    expect(linux.code).toBe(EXIT_INVALID);
    expect(linux.out).toContain(`3rdparty.extensions["${ID}"]`);
    expect(linux.out).toContain('ERREUR  allowBypass');
    const firefox = run(
      'validate',
      file('ff.json', JSON.stringify({ policies: { '3rdparty': { Extensions: { 'vigie@education.example': { profile: 'ehesp' } } } } })),
    );
    expect(firefox.code).toBe(EXIT_OK);
    const otherId = run('validate', file('other.json', JSON.stringify({ '3rdparty': { extensions: { abcdefghijklmnopabcdefghijklmnop: { profile: 'ehesp' } } } })));
    expect(otherId.out).toContain("n'est pas celui de Vigie");
  });

  it('rejects bad command lines (exit 2)', () => {
    expect(run().code).toBe(EXIT_USAGE);
    expect(run('validate').code).toBe(EXIT_USAGE);
    expect(run('frobnicate', GOOD).code).toBe(EXIT_USAGE);
    expect(run('validate', GOOD, '--bogus').code).toBe(EXIT_USAGE);
    expect(run('export', GOOD, '--chrome-id', 'xyz').code).toBe(EXIT_USAGE);
    expect(run('--help').code).toBe(EXIT_OK);
  });
});

describe('policy export', () => {
  it('writes every OS format from one configuration', () => {
    const out = join(dir, 'out');
    const r = run('export', file('export.json', JSON.stringify({ profile: 'grenoble-inp', allowBypass: true, approvedHosts: ['grenoble-inp.zoom.us'], colour: 'x' })), '--out', out);
    expect(r.code).toBe(EXIT_OK);
    expect(r.out).toContain('colour'); // unknown key reported and left out
    for (const path of [
      'windows/vigie-chrome.reg',
      'windows/vigie-edge.reg',
      'macos/vigie-chrome.mobileconfig',
      'macos/vigie-edge.mobileconfig',
      'linux/chrome/vigie.json',
      'linux/chromium/vigie.json',
      'firefox/policies.json',
      'chromeos/vigie-admin-console.json',
      'windows/admx/vigie-chrome.admx',
      'windows/admx/fr-FR/vigie-chrome.adml',
      'windows/admx/en-US/vigie-edge.adml',
      'windows/intune/Deploy-Vigie.ps1',
      'install/chrome-ExtensionSettings.json',
      'install/firefox-policies.json',
      'LISEZMOI.txt',
    ]) {
      expect(existsSync(join(out, path))).toBe(true);
    }
    const expected = { profile: 'grenoble-inp', allowBypass: true, approvedHosts: ['grenoble-inp.zoom.us'] };
    expect(JSON.parse(readFileSync(join(out, 'linux/chromium/vigie.json'), 'utf8'))).toEqual({ '3rdparty': { extensions: { [ID]: expected } } });
    expect(JSON.parse(readFileSync(join(out, 'firefox/policies.json'), 'utf8'))).toEqual({
      policies: { '3rdparty': { Extensions: { 'vigie@education.example': expected } } },
    });
    const reg = readFileSync(join(out, 'windows/vigie-edge.reg')).subarray(2).toString('utf16le');
    expect(reg).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${ID}\\policy]`);
    expect(reg).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${ID}\\policy\\approvedHosts]\r\n"1"="grenoble-inp.zoom.us"`);
    expect(reg).toContain('"allowBypass"=dword:00000001');
    const plist = parsePlist(readFileSync(join(out, 'macos/vigie-chrome.mobileconfig'), 'utf8')) as Record<string, PlistValue>;
    expect(((plist.PayloadContent as PlistValue[])[0] as Record<string, PlistValue>).approvedHosts).toEqual(['grenoble-inp.zoom.us']);
    expect(r.out).toContain('vigie@education.example');
  });

  it('uses the ids given on the command line', () => {
    const out = join(dir, 'out-ids');
    const edge = 'abcdefghijklmnopabcdefghijklmnop';
    const r = run('export', GOOD, '--out', out, '--edge-id', edge, '--gecko-id', 'vigie@ac-aix-marseille.fr');
    expect(r.code).toBe(EXIT_OK);
    expect(readFileSync(join(out, 'macos/vigie-edge.mobileconfig'), 'utf8')).toContain(`com.microsoft.Edge.extensions.${edge}`);
    expect(readFileSync(join(out, 'macos/vigie-chrome.mobileconfig'), 'utf8')).toContain(`com.google.Chrome.extensions.${ID}`);
    expect(Object.keys(JSON.parse(readFileSync(join(out, 'firefox/policies.json'), 'utf8')).policies['3rdparty'].Extensions)).toEqual([
      'vigie@ac-aix-marseille.fr',
    ]);
    expect(JSON.parse(readFileSync(join(out, 'install/edge-ExtensionSettings.json'), 'utf8'))).toEqual({
      [edge]: { installation_mode: 'force_installed', update_url: 'https://edge.microsoft.com/extensionwebstorebase/v1/crx', toolbar_state: 'force_shown' },
    });
    expect(readFileSync(join(out, 'windows/admx/vigie-edge.admx'), 'utf8')).toContain(`Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${edge}\\policy`.replace('Software', 'SOFTWARE'));
  });

  it('takes the store update URLs and the Firefox install URL for the force-install snippets (https only)', () => {
    const out = join(dir, 'out-urls');
    const r = run('export', GOOD, '--out', out, '--chrome-update-url', 'https://crx.ac-exemple.fr/update.xml', '--xpi-url', 'https://crx.ac-exemple.fr/vigie.xpi');
    expect(r.code).toBe(EXIT_OK);
    expect(JSON.parse(readFileSync(join(out, 'install/chrome-ExtensionSettings.json'), 'utf8'))[ID]).toEqual({
      installation_mode: 'force_installed',
      update_url: 'https://crx.ac-exemple.fr/update.xml',
      toolbar_pin: 'force_pinned',
    });
    expect(JSON.parse(readFileSync(join(out, 'install/firefox-policies.json'), 'utf8'))).toEqual({
      policies: { ExtensionSettings: { 'vigie@education.example': { installation_mode: 'force_installed', install_url: 'https://crx.ac-exemple.fr/vigie.xpi' } } },
    });
    expect(run('export', GOOD, '--out', join(dir, 'out-http'), '--xpi-url', 'http://x.fr/v.xpi').code).toBe(EXIT_USAGE);
  });

  it('refuses an invalid configuration and writes nothing (exit 1)', () => {
    const out = join(dir, 'refused');
    const r = run('export', BAD, '--out', out);
    expect(r.code).toBe(EXIT_INVALID);
    expect(r.out).toContain('Export refusé');
    expect(existsSync(out)).toBe(false);
  });
});

describe('npm run policy (real process)', () => {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  it('exits 1 on errors and 0 on a valid file', () => {
    const bad = spawnSync(tsx, ['scripts/policy.ts', 'validate', BAD], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('ERREUR  allowBypass');
    const good = spawnSync(tsx, ['scripts/policy.ts', 'validate', GOOD], { cwd: ROOT, encoding: 'utf8' });
    expect(good.status).toBe(0);
  }, 30000);
});
