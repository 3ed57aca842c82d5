import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ADML_LANGS,
  MANAGED_SCHEMA,
  deployScript,
  detectScript,
  encodeRegFile,
  keysWithoutTexts,
  policyLeaves,
  registryEntries,
  registryKey,
  registryPath,
  sha256Hex,
  toAdml,
  toAdmx,
  toRegText,
  type PolicyObject,
  type PolicyValue,
  type SchemaNode,
} from '../../../src/policies/export';
import { admxKitEntries } from '../../../scripts/package/admx';
import { all, child, parseXml, type XmlElement } from './xml';
import { chromeReadsKey, decodeReg, parseReg, type RegValue } from './reg';

const ID = 'joclfhbiaggbehgkemkeefbfkginmjnk';
const EDGE_ID = 'abcdefghijklmnopabcdefghijklmnop';
const BROWSERS = [
  ['chrome', ID],
  ['edge', EDGE_ID],
] as const;

/** A value of the schema's type for every key the schema has (iterates the schema: new keys are covered). */
function sample(node: SchemaNode, name: string, variant: number): PolicyValue {
  switch (node.type) {
    case 'boolean':
      return variant % 2 === 0;
    case 'integer':
      return Math.min(node.maximum ?? 1000, (node.minimum ?? 0) + 7 + variant);
    case 'number':
      return 1.5 + variant;
    case 'string':
      if (node.enum) return node.enum[variant % node.enum.length] as string;
      return `${name} ${variant} « Académie d’Aix » "q" \\ <&>`;
    case 'array':
      if (node.items?.type === 'object') return [sample(node.items, `${name}-item`, variant)];
      return [sample(node.items ?? { type: 'string' }, `${name}1`, variant), sample(node.items ?? { type: 'string' }, `${name}2`, variant + 1)];
    case 'object':
    default:
      return Object.fromEntries(Object.entries(node.properties ?? {}).map(([k, child]) => [k, sample(child, k, variant)]));
  }
}

function samplePolicy(variant: number): PolicyObject {
  return Object.fromEntries(Object.entries(MANAGED_SCHEMA.properties ?? {}).map(([k, node]) => [k, sample(node, k, variant)]));
}

type Registry = Map<string, Map<string, RegValue>>;

function lookup(policy: PolicyObject, path: string[]): PolicyValue | undefined {
  let current: PolicyValue | undefined = policy;
  for (const part of path) {
    if (!current || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, PolicyValue>)[part];
  }
  return current;
}

/**
 * What Group Policy writes when each of the template's policies is set to the policy's value — read from
 * the ADMX alone: the registry key and value name say where in the policy the value is.
 */
function applyAdmx(admx: XmlElement, base: string, policy: PolicyObject): Registry {
  const registry: Registry = new Map();
  const put = (key: string, name: string, value: RegValue) => {
    const full = `HKEY_LOCAL_MACHINE\\${key}`;
    if (!registry.has(full)) registry.set(full, new Map());
    registry.get(full)?.set(name, value);
  };
  const rel = (key: string) => {
    expect(key.toLowerCase().startsWith(base.toLowerCase()), key).toBe(true);
    return key.slice(base.length).split('\\').filter(Boolean);
  };
  for (const policyEl of all(admx, 'policy')) {
    const key = policyEl.attrs.key as string;
    const elements = child(policyEl, 'elements');
    if (!elements) {
      const valueName = policyEl.attrs.valueName as string;
      const value = lookup(policy, [...rel(key), valueName]);
      if (value === undefined) continue;
      const state = child(policyEl, value === true ? 'enabledValue' : 'disabledValue');
      const decimal = state && child(state, 'decimal');
      expect(decimal, `${policyEl.attrs.name}: enabled/disabled values`).toBeTruthy();
      put(key, valueName, { type: 'REG_DWORD', data: Number(decimal?.attrs.value) });
      continue;
    }
    for (const el of elements.children) {
      const elKey = el.attrs.key ?? key;
      if (el.name === 'list') {
        expect(el.attrs.valuePrefix).toBe('');
        const value = lookup(policy, rel(elKey));
        if (value === undefined) continue;
        expect(Array.isArray(value)).toBe(true);
        (value as PolicyValue[]).forEach((item, i) => put(elKey, String(i + 1), { type: 'REG_SZ', data: String(item) }));
        continue;
      }
      const valueName = el.attrs.valueName as string;
      const value = lookup(policy, [...rel(elKey), valueName]);
      if (value === undefined) continue;
      if (el.name === 'decimal') {
        expect(typeof value).toBe('number');
        expect(value as number).toBeGreaterThanOrEqual(Number(el.attrs.minValue));
        expect(value as number).toBeLessThanOrEqual(Number(el.attrs.maxValue));
        put(elKey, valueName, { type: 'REG_DWORD', data: value as number });
      } else if (el.name === 'enum') {
        const items = all(el, 'string').map((s) => s.text);
        expect(items, `${valueName}: a drop-down item for the value`).toContain(value);
        put(elKey, valueName, { type: 'REG_SZ', data: value as string });
      } else if (el.name === 'text') {
        // What an administrator types: the text itself, or the JSON of a list of objects.
        const text = typeof value === 'string' ? value : JSON.stringify(value);
        expect(text.length).toBeLessThanOrEqual(Number(el.attrs.maxLength));
        put(elKey, valueName, { type: 'REG_SZ', data: text });
      } else {
        throw new Error(`Unexpected ADMX element ${el.name}`);
      }
    }
  }
  return registry;
}

function nonEmpty(registry: Registry): Registry {
  return new Map([...registry].filter(([, values]) => values.size > 0));
}

describe('sha256Hex (browser-safe, for the stable profile UUIDs)', () => {
  it('gives the FIPS 180-4 digests', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const long = `${'a'.repeat(1000)}é\n`;
    expect(sha256Hex(long)).toBe(createHash('sha256').update(long).digest('hex'));
  });
});

describe('ADMX / ADML (Chrome and Edge, fr-FR and en-US)', () => {
  for (const [browser, id] of BROWSERS) {
    const admxText = toAdmx(browser, id);
    const admx = parseXml(admxText);
    const base = registryPath(browser, id);

    it(`${browser}: well-formed ADMX and ADMLs, every string and presentation defined`, () => {
      expect(admx.name).toBe('policyDefinitions');
      expect(admx.attrs.xmlns).toBe('http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions');
      expect(all(admx, 'using')).toEqual([]); // no dependency on other templates
      const stringRefs = [...admxText.matchAll(/\$\(string\.([A-Za-z0-9_]+)\)/g)].map((m) => m[1]);
      const presentationRefs = [...admxText.matchAll(/\$\(presentation\.([A-Za-z0-9_]+)\)/g)].map((m) => m[1]);
      const names = all(admx, 'policy').map((p) => p.attrs.name);
      expect(new Set(names).size).toBe(names.length);
      const texts: Record<string, Map<string, string>> = {};
      for (const { folder, lang } of ADML_LANGS) {
        const adml = parseXml(toAdml(browser, id, lang));
        expect(adml.name).toBe('policyDefinitionResources');
        const strings = new Map(all(adml, 'string').filter((s) => s.attrs.id).map((s) => [s.attrs.id as string, s.text]));
        texts[folder] = strings;
        for (const ref of stringRefs) expect(strings.get(ref as string), `${folder}: string ${ref}`).toBeTruthy();
        const presentations = new Map(all(adml, 'presentation').map((p) => [p.attrs.id as string, p]));
        for (const ref of presentationRefs) expect(presentations.has(ref as string), `${folder}: presentation ${ref}`).toBe(true);
        // Each presentation control refers to an element of its policy.
        for (const policyEl of all(admx, 'policy')) {
          const elements = child(policyEl, 'elements');
          if (!elements) continue;
          const ids = elements.children.map((e) => e.attrs.id);
          const controls = (presentations.get(policyEl.attrs.name as string)?.children ?? []).map((c) => c.attrs.refId);
          expect(controls).toEqual(ids);
        }
      }
      // French explain texts are French (not a copy of the English ones).
      const fr = texts['fr-FR'] as Map<string, string>;
      const en = texts['en-US'] as Map<string, string>;
      const explains = [...fr.keys()].filter((k) => k.endsWith('_Explain'));
      for (const key of explains) expect(fr.get(key), key).not.toBe(en.get(key));
    });

    it(`${browser}: every schema key is a policy of its type, under the extension's policy key`, () => {
      const policies = all(admx, 'policy');
      const located = (path: string[]) =>
        policies.filter((p) => {
          const key = (p.attrs.key as string).toLowerCase();
          const elements = child(p, 'elements')?.children ?? [];
          const target = path.slice(0, -1);
          const name = path[path.length - 1] as string;
          const parent = [base, ...target].join('\\').toLowerCase();
          if (!elements.length) return key === parent && p.attrs.valueName === name;
          return elements.some((e) =>
            e.name === 'list'
              ? (e.attrs.key as string).toLowerCase() === [base, ...path].join('\\').toLowerCase()
              : (e.attrs.key ?? (p.attrs.key as string)).toLowerCase() === parent && e.attrs.valueName === name,
          );
        });
      for (const [key, node] of Object.entries(MANAGED_SCHEMA.properties ?? {})) {
        const props = Object.entries(node.properties ?? {});
        const split = node.type === 'object' && props.length > 0 && props.every(([, c]) => c.type !== 'object' && c.type !== 'array');
        const cases: [string[], SchemaNode][] = split ? props.map(([p, c]) => [[key, p], c]) : [[[key], node]];
        for (const [path, leafNode] of cases) {
          const found = located(path);
          expect(found, `policy for ${path.join('.')}`).toHaveLength(1);
          const policyEl = found[0] as XmlElement;
          expect(policyEl.attrs.class).toBe('Both');
          const elements = child(policyEl, 'elements')?.children ?? [];
          const kinds = elements.map((e) => e.name);
          if (leafNode.type === 'boolean') expect(kinds).toEqual([]);
          else if (leafNode.type === 'integer') {
            expect(kinds).toEqual(['decimal']);
            if (leafNode.minimum !== undefined) expect(elements[0]?.attrs.minValue).toBe(String(leafNode.minimum));
            if (leafNode.maximum !== undefined) expect(elements[0]?.attrs.maxValue).toBe(String(leafNode.maximum));
          } else if (leafNode.type === 'string' && leafNode.enum) {
            expect(kinds).toEqual(['enum']);
            expect(all(elements[0] as XmlElement, 'string').map((s) => s.text)).toEqual(leafNode.enum);
          } else if (leafNode.type === 'string') expect(kinds).toEqual(['text']);
          else if (leafNode.type === 'array' && leafNode.items?.type !== 'object') expect(kinds).toEqual(['list']);
          else expect(kinds).toEqual(['text']); // JSON text
        }
      }
      expect(policies).toHaveLength(policyLeaves().length);
    });

    for (const variant of [0, 1, 2]) {
      it(`${browser}: the values the template writes equal those of the .reg (sample ${variant}, every schema key)`, () => {
        const policy = samplePolicy(variant);
        const reg = parseReg(decodeReg(encodeRegFile(toRegText(policy, browser, id))));
        const fromAdmx = applyAdmx(admx, base, policy);
        expect(nonEmpty(fromAdmx)).toEqual(nonEmpty(reg.keys));
        // …and Chrome reads the policy back from them.
        expect(chromeReadsKey(fromAdmx, registryKey(browser, id), MANAGED_SCHEMA)).toEqual(policy);
      });
    }
  }

  it('has a French and an English title and explain text for every schema key', () => {
    expect(keysWithoutTexts()).toEqual([]);
  });
});

describe('PowerShell scripts (Intune Win32)', () => {
  const policy = samplePolicy(1);
  const ids = { chrome: ID, edge: EDGE_ID, gecko: 'vigie@education.example' };

  /** Evaluates the script's PowerShell string expressions ('…' with '' escapes, [char]N, +). */
  function psValue(expr: string): string {
    const inner = expr.startsWith("('' + ") ? expr.slice(1, -1) : expr;
    let out = '';
    const re = /'((?:[^']|'')*)'|\[char\](\d+)|\s*\+\s*/gy;
    let m: RegExpExecArray | null;
    while (re.lastIndex < inner.length && (m = re.exec(inner))) {
      if (m[1] !== undefined) out += m[1].replace(/''/g, "'");
      else if (m[2] !== undefined) out += String.fromCharCode(Number(m[2]));
    }
    expect(re.lastIndex, `parsed ${inner}`).toBe(inner.length);
    return out;
  }

  function valueRows(script: string): { path: string; name: string; type: string; data: string }[] {
    const rows = [...script.matchAll(/^ {2},@\(((?:'(?:[^']|'')*'|\('' \+ .*?\)|\[char\]\d+)), ((?:'(?:[^']|'')*'|\('' \+ .*?\)|\[char\]\d+)), '(DWord|String)', (.*)\)$/gm)];
    return rows.map((m) => ({ path: psValue(m[1] as string), name: psValue(m[2] as string), type: m[3] as string, data: m[3] === 'DWord' ? (m[4] as string) : psValue(m[4] as string) }));
  }

  it('Deploy and Detect write / check exactly the values of the .reg, for both browsers, with a UTF-8 BOM', () => {
    const expected = registryEntries(policy).map((e) => ({
      path: e.path.join('\\'),
      name: e.name,
      type: e.type === 'REG_DWORD' ? 'DWord' : 'String',
      data: String(e.data),
    }));
    for (const script of [deployScript(policy, ids), detectScript(policy, ids)]) {
      expect(script.charCodeAt(0)).toBe(0xfeff);
      expect(valueRows(script)).toEqual(expected);
      expect(script).toContain(`'HKLM:\\${registryPath('chrome', ID)}'`);
      expect(script).toContain(`'HKLM:\\${registryPath('edge', EDGE_ID)}'`);
      expect(script.split('\r\n').find((l) => !l.startsWith('#') && l.trim() !== '' && !l.startsWith('\uFEFF#'))).toMatch(/^param\(|^\$ErrorActionPreference/);
    }
    expect(deployScript(policy, ids)).toContain('force_pinned');
  });
});

describe('npm run package: the ADMX kit', () => {
  it('holds both templates and their fr-FR / en-US texts in a PolicyDefinitions layout', () => {
    const entries = admxKitEntries({ chrome: ID, edge: EDGE_ID, gecko: 'vigie@education.example' });
    expect(entries.map((e) => e.path)).toEqual([
      'PolicyDefinitions/vigie-chrome.admx',
      'PolicyDefinitions/fr-FR/vigie-chrome.adml',
      'PolicyDefinitions/en-US/vigie-chrome.adml',
      'PolicyDefinitions/vigie-edge.admx',
      'PolicyDefinitions/fr-FR/vigie-edge.adml',
      'PolicyDefinitions/en-US/vigie-edge.adml',
      'LISEZMOI.txt',
    ]);
    expect(Buffer.from(entries[0]?.data ?? []).toString('utf8')).toBe(toAdmx('chrome', ID));
    expect(Buffer.from(entries[4]?.data ?? []).toString('utf8')).toBe(toAdml('edge', EDGE_ID, 'fr'));
  });
});
