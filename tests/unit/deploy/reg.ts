import { expect } from 'vitest';
import type { SchemaNode } from '../../../src/policies/export';

/* ------------------------------------------------------------------------------------------ *
 * A .reg reader (the subset regedit's "Version 5.00" format uses here)
 * ------------------------------------------------------------------------------------------ */

export type RegValue = { type: 'REG_SZ'; data: string } | { type: 'REG_DWORD'; data: number };
export interface RegFile {
  header: string;
  deleted: string[];
  keys: Map<string, Map<string, RegValue>>;
}

export function decodeReg(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes);
  expect([buffer[0], buffer[1]]).toEqual([0xff, 0xfe]); // UTF-16LE byte-order mark
  return buffer.subarray(2).toString('utf16le');
}

function unquoteReg(quoted: string): string {
  expect(quoted.startsWith('"') && quoted.endsWith('"')).toBe(true);
  const inner = quoted.slice(1, -1);
  // Every backslash and quote inside must be escaped.
  expect(/(^|[^\\])(\\\\)*"/.test(inner.replace(/\\"/g, ''))).toBe(false);
  return inner.replace(/\\(["\\])/g, '$1');
}

export function parseReg(text: string): RegFile {
  expect(text.includes('\n') && !/[^\r]\n/.test(text)).toBe(true); // CRLF line ends only
  const lines = text.split('\r\n');
  const file: RegFile = { header: lines[0] ?? '', deleted: [], keys: new Map() };
  let current: Map<string, RegValue> | null = null;
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    const key = /^\[(-?)(.+)\]$/.exec(line);
    if (key) {
      if (key[1]) {
        file.deleted.push(key[2] as string);
        current = null;
      } else {
        current = new Map();
        file.keys.set(key[2] as string, current);
      }
      continue;
    }
    const value = /^("(?:[^"\\]|\\.)*")=(.*)$/.exec(line);
    if (!value || !current) throw new Error(`Unexpected .reg line: ${line}`);
    const name = unquoteReg(value[1] as string);
    const data = value[2] as string;
    const dword = /^dword:([0-9a-f]{8})$/.exec(data);
    const hex1 = /^hex\(1\):((?:[0-9a-f]{2},)*[0-9a-f]{2})$/.exec(data);
    if (dword) current.set(name, { type: 'REG_DWORD', data: parseInt(dword[1] as string, 16) });
    else if (hex1) {
      const bytes = Buffer.from((hex1[1] as string).split(',').map((b) => parseInt(b, 16)));
      const str = bytes.toString('utf16le');
      expect(str.endsWith('\0')).toBe(true);
      current.set(name, { type: 'REG_SZ', data: str.slice(0, -1) });
    } else current.set(name, { type: 'REG_SZ', data: unquoteReg(data) });
  }
  return file;
}

/**
 * What Chrome reads back from the registry for a policy with this schema (registry_dict.cc,
 * RegistryDict::ConvertToJSON): a value converted by its schema type (lists and dictionaries may be JSON
 * text), or a subkey — an object property by property, a list from values "1", "2", … in order.
 */
export function chromeReadsKey(keys: Map<string, Map<string, RegValue>>, key: string, schema: SchemaNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const values = keys.get(key) ?? new Map<string, RegValue>();
  const convert = (value: RegValue, node: SchemaNode): unknown => {
    if (node.type === 'boolean') return value.type === 'REG_DWORD' ? value.data !== 0 : 'WRONG-TYPE';
    if (node.type === 'integer') return value.type === 'REG_DWORD' ? value.data : 'WRONG-TYPE';
    if (node.type === 'number') return value.type === 'REG_DWORD' ? value.data : Number(value.data);
    if (node.type === 'string') return value.type === 'REG_SZ' ? value.data : 'WRONG-TYPE';
    return value.type === 'REG_SZ' ? JSON.parse(value.data) : 'WRONG-TYPE';
  };
  for (const [name, node] of Object.entries(schema.properties ?? {})) {
    const value = values.get(name);
    const sub = `${key}\\${name}`;
    if (value) out[name] = convert(value, node);
    else if (keys.has(sub) && node.type === 'object') out[name] = chromeReadsKey(keys, sub, node);
    else if (keys.has(sub) && node.type === 'array') {
      const items: unknown[] = [];
      const subValues = keys.get(sub) as Map<string, RegValue>;
      for (let i = 1; subValues.has(String(i)); i++) items.push(convert(subValues.get(String(i)) as RegValue, node.items ?? {}));
      expect(items.length, `${sub}: values 1…n, nothing else`).toBe(subValues.size);
      out[name] = items;
    }
  }
  return out;
}

