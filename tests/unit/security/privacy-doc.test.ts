import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import manifest from '../../../manifest.json' with { type: 'json' };
import { EFFECTIVE_CONFIG_KEY, LEXICON_KEY, STORAGE_KEYS } from '../../../src/shared/settings';

/** docs/privacy.md must explain exactly the permissions the manifest asks for, and every stored key. */
const doc = readFileSync(fileURLToPath(new URL('../../../docs/privacy.md', import.meta.url)), 'utf8');

/** The first-column `code` of the table rows in the section whose heading starts with `heading`. */
function tableKeys(heading: string): string[] {
  const start = doc.indexOf(`## ${heading}`);
  expect(start, `docs/privacy.md has a "## ${heading}" section`).toBeGreaterThanOrEqual(0);
  const end = doc.indexOf('\n## ', start + 3);
  const section = doc.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1]!);
}

const m = manifest as { permissions?: string[]; optional_permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[] };
const declared = [...(m.permissions ?? []), ...(m.optional_permissions ?? [])];
const hosts = [...(m.host_permissions ?? []), ...(m.optional_host_permissions ?? [])];

describe('docs/privacy.md matches the manifest', () => {
  it('explains every permission and host permission of manifest.json', () => {
    const explained = tableKeys('Permissions');
    for (const permission of [...declared, ...hosts]) expect(explained, `${permission} is not explained in docs/privacy.md`).toContain(permission);
  });

  it('explains no permission the manifest does not ask for', () => {
    for (const key of tableKeys('Permissions')) expect([...declared, ...hosts], `docs/privacy.md explains ${key}, which manifest.json lacks`).toContain(key);
  });

  it('lists every key Vigie stores, and nothing else', () => {
    const stored = [...Object.values(STORAGE_KEYS), EFFECTIVE_CONFIG_KEY, LEXICON_KEY].sort();
    expect(tableKeys('What Vigie stores').sort()).toEqual(stored);
  });

  it('quotes the manifest CSP as it is', () => {
    const csp = (manifest as { content_security_policy: { extension_pages: string } }).content_security_policy.extension_pages;
    expect(doc).toContain(csp);
  });
});
