import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANAGED_POLICY_KEYS, PROFILE_IDS, resolveConfig, validateManagedPolicy } from '../../../src/policies';
import { DEFAULT_GECKO_ID, extensionIdFromKey, readManifestIds } from '../../../scripts/policy/ids';
import { GECKO_ID } from '../../../scripts/package/manifest';

/** README / SPEC: the stable id of the unpacked build (public `key` in manifest.json). */
const EXTENSION_ID = 'joclfhbiaggbehgkemkeefbfkginmjnk';
const EXAMPLES = new URL('../../../docs/examples/', import.meta.url);
const DEPLOY_MD = readFileSync(new URL('../../../docs/deploy.md', import.meta.url), 'utf8');
const SCHEMA = JSON.parse(readFileSync(new URL('../../../src/policies/managed_schema.json', import.meta.url), 'utf8')) as {
  properties: Record<string, unknown>;
};

describe('docs/examples', () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));

  it('has one sample configuration per bundled profile', () => {
    expect(files.sort()).toEqual(PROFILE_IDS.map((id) => `${id}.json`).sort());
  });

  for (const file of files) {
    it(`${file} is valid, selects its profile, and uses only known keys`, () => {
      const raw = JSON.parse(readFileSync(new URL(file, EXAMPLES), 'utf8')) as Record<string, unknown>;
      const { problems } = validateManagedPolicy(raw);
      expect(problems).toEqual([]);
      expect(raw.profile).toBe(file.replace(/\.json$/, ''));
      for (const key of Object.keys(raw)) expect(Object.keys(SCHEMA.properties)).toContain(key);
      const { config } = resolveConfig(raw, {});
      expect(config.profileId).toBe(raw.profile);
    });
  }
});

describe('docs/deploy.md', () => {
  it('documents every managed policy key and the extension id', () => {
    for (const key of MANAGED_POLICY_KEYS) expect(DEPLOY_MD).toContain(`\`${key}\``);
    expect(DEPLOY_MD).toContain(EXTENSION_ID);
    for (const where of ['chrome://policy', 'edge://policy', 'about:policies', '/etc/opt/chrome/policies/managed', '/etc/chromium/policies/managed']) {
      expect(DEPLOY_MD).toContain(where);
    }
  });

  it('names every sample configuration', () => {
    for (const id of PROFILE_IDS) expect(DEPLOY_MD).toContain(`docs/examples/${id}.json`);
  });
});

describe('extension id', () => {
  it('is the one the manifest key gives (policy files name it)', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')) as { key: string };
    expect(extensionIdFromKey(manifest.key)).toBe(EXTENSION_ID);
    expect(readManifestIds().chrome).toBe(EXTENSION_ID);
  });

  it('Firefox: the exported policies.json names the id the Firefox build declares', () => {
    expect(DEFAULT_GECKO_ID).toBe(GECKO_ID);
    expect(DEPLOY_MD).toContain(GECKO_ID);
  });
});
