/**
 * How a Vigie policy sits in the Windows registry, under `…\3rdparty\extensions\<id>\policy` — the one
 * layout the `.reg` files, the ADMX templates and the PowerShell (Intune) scripts all write, so that they
 * are interchangeable. It is the layout Chromium's registry loader reads for extension policies
 * (components/policy/core/common/registry_dict.cc, `RegistryDict::ConvertToJSON` against the schema):
 * - boolean → REG_DWORD 1/0; integer (0 … 2³²−1) → REG_DWORD; other numbers → REG_SZ;
 * - string → REG_SZ;
 * - object → a subkey of the same name, one value (or subkey) per property;
 * - list of strings/numbers/booleans → a subkey of the same name whose values are named "1", "2", …;
 * - list of objects (`alternatives`) → REG_SZ holding the JSON text (the loader decodes JSON for lists and
 *   dictionaries), since a Group Policy template cannot create numbered subkeys.
 */
import type { PolicyObject, PolicyValue } from './types';

export type RegType = 'REG_SZ' | 'REG_DWORD';

export interface RegEntry {
  /** Subkeys below `…\policy` (empty: the policy key itself). */
  path: string[];
  name: string;
  type: RegType;
  data: string | number;
}

export interface RegKeyBlock {
  path: string[];
  entries: RegEntry[];
}

function isScalar(value: PolicyValue): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function scalarEntry(path: string[], name: string, value: string | number | boolean): RegEntry {
  if (typeof value === 'boolean') return { path, name, type: 'REG_DWORD', data: value ? 1 : 0 };
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff) return { path, name, type: 'REG_DWORD', data: value };
  return { path, name, type: 'REG_SZ', data: String(value) };
}

function addValue(blocks: RegKeyBlock[], path: string[], name: string, value: PolicyValue): void {
  const block = keyBlock(blocks, path);
  if (value === null) {
    block.entries.push({ path, name, type: 'REG_SZ', data: '' });
  } else if (isScalar(value)) {
    block.entries.push(scalarEntry(path, name, value));
  } else if (Array.isArray(value) && value.every(isScalar)) {
    const sub = keyBlock(blocks, [...path, name]);
    value.forEach((item, index) => sub.entries.push(scalarEntry(sub.path, String(index + 1), item)));
  } else if (Array.isArray(value)) {
    block.entries.push({ path, name, type: 'REG_SZ', data: JSON.stringify(value) });
  } else {
    keyBlock(blocks, [...path, name]);
    for (const [key, child] of Object.entries(value)) addValue(blocks, [...path, name], key, child);
  }
}

function keyBlock(blocks: RegKeyBlock[], path: string[]): RegKeyBlock {
  const found = blocks.find((b) => b.path.join('\\') === path.join('\\'));
  if (found) return found;
  const block: RegKeyBlock = { path, entries: [] };
  blocks.push(block);
  return block;
}

/** The registry keys (the policy key first, then its subkeys in policy order) and their values. */
export function registryBlocks(policy: PolicyObject): RegKeyBlock[] {
  const blocks: RegKeyBlock[] = [{ path: [], entries: [] }];
  for (const [name, value] of Object.entries(policy)) addValue(blocks, [], name, value);
  return blocks;
}

export function registryEntries(policy: PolicyObject): RegEntry[] {
  return registryBlocks(policy).flatMap((b) => b.entries);
}
