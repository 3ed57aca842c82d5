/**
 * The policy editor's model, pure: the form is generated from managed_schema.json (the same source as the
 * templates), a policy is edited by key path, and a bundled profile (read from the code, src/policies/profiles)
 * gives the starting values.
 */
import { PROFILES, isProfileId } from '../policies';
import { MANAGED_SCHEMA, type PolicyObject, type PolicyValue, type SchemaNode } from '../policies/export';

export type FieldKind = 'boolean' | 'integer' | 'enum' | 'text' | 'lines' | 'checkboxes' | 'group' | 'items' | 'localized';

export interface Field {
  /** Path in the policy: ['dpoContact', 'email'], or ['alternatives'] for the list itself. */
  path: string[];
  node: SchemaNode;
  kind: FieldKind;
  /** Sub-fields of a group (object) or of each item (list of objects). */
  children?: Field[];
}

function isLocalized(node: SchemaNode): boolean {
  const keys = Object.keys(node.properties ?? {});
  return node.type === 'object' && keys.length > 0 && keys.every((k) => k === 'fr' || k === 'en');
}

export function fieldKind(node: SchemaNode): FieldKind {
  if (node.type === 'boolean') return 'boolean';
  if (node.type === 'integer' || node.type === 'number') return 'integer';
  if (node.type === 'string') return node.enum ? 'enum' : 'text';
  if (node.type === 'array') {
    if (node.items?.type === 'object') return 'items';
    return node.items?.enum ? 'checkboxes' : 'lines';
  }
  return isLocalized(node) ? 'localized' : 'group';
}

function field(path: string[], node: SchemaNode): Field {
  const kind = fieldKind(node);
  if (kind === 'group') return { path, node, kind, children: Object.entries(node.properties ?? {}).map(([k, c]) => field([...path, k], c)) };
  if (kind === 'items') return { path, node, kind, children: Object.entries(node.items?.properties ?? {}).map(([k, c]) => field([k], c)) };
  return { path, node, kind };
}

/** One field per top-level key of the schema, in schema order. */
export function formFields(schema: SchemaNode = MANAGED_SCHEMA): Field[] {
  return Object.entries(schema.properties ?? {}).map(([key, node]) => field([key], node));
}

export function getAt(value: PolicyValue | undefined, path: readonly (string | number)[]): PolicyValue | undefined {
  let current: PolicyValue | undefined = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, PolicyValue>)[part as string];
  }
  return current;
}

function isEmptyValue(value: PolicyValue | undefined): boolean {
  if (value === undefined || value === '') return true;
  if (Array.isArray(value)) return false; // an empty list is a choice ("none")
  if (value && typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/**
 * The policy with `value` at `path` (undefined or '' removes it; objects left empty are removed too), keys
 * kept in schema order so that the same choices always give the same files.
 */
export function setAt(policy: PolicyObject, path: readonly (string | number)[], value: PolicyValue | undefined): PolicyObject {
  const write = (target: PolicyValue | undefined, rest: readonly (string | number)[], depth = 0): PolicyValue | undefined => {
    if (rest.length === 0) return isEmptyValue(value) ? undefined : value;
    const [head, ...tail] = rest as [string | number, ...(string | number)[]];
    if (typeof head === 'number') {
      const list = Array.isArray(target) ? [...target] : [];
      list[head] = write(list[head], tail, depth + 1) ?? {};
      return list;
    }
    const object = target && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
    const next = write(object[head], tail, depth + 1);
    if (next === undefined) delete object[head];
    else object[head] = next;
    // An object emptied by this change goes too (the policy itself stays, even empty).
    return isEmptyValue(object) && depth > 0 ? undefined : object;
  };
  return normalize((write(policy, path) as PolicyObject | undefined) ?? {});
}

/** Keys (and object properties) in schema order. */
export function normalize(policy: PolicyObject, schema: SchemaNode = MANAGED_SCHEMA): PolicyObject {
  const order = (value: PolicyValue, node: SchemaNode | undefined): PolicyValue => {
    if (Array.isArray(value)) return value.map((item) => order(item, node?.items));
    if (value === null || typeof value !== 'object' || !node?.properties) return value;
    const known = Object.keys(node.properties).filter((k) => k in value);
    const unknown = Object.keys(value).filter((k) => !(k in (node.properties ?? {})));
    return Object.fromEntries([...known, ...unknown].map((k) => [k, order(value[k] as PolicyValue, node.properties?.[k])]));
  };
  return order(policy, schema) as PolicyObject;
}

/** Moves list item `index` by `delta` (reorder), within bounds. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

/** Only the schema's properties of an object (bundled data may carry more than a policy may). */
function pick(value: unknown, node: SchemaNode | undefined): PolicyValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map((v) => pick(v, node?.items)).filter((v): v is PolicyValue => v !== undefined);
  if (typeof value === 'object') {
    if (!node?.properties) return undefined;
    const out: Record<string, PolicyValue> = {};
    for (const key of Object.keys(node.properties)) {
      const v = pick((value as Record<string, unknown>)[key], node.properties[key]);
      if (v !== undefined && v !== '') out[key] = v;
    }
    return out;
  }
  return value as PolicyValue;
}

/**
 * A policy that names a bundled profile and spells out its main settings, so the administrator edits real
 * values (the profile's alternatives stay the profile's: `alternatives` starts empty, in append mode).
 */
export function policyFromProfile(profileId: string): PolicyObject {
  if (!isProfileId(profileId)) return {};
  const profile = PROFILES[profileId];
  const props = MANAGED_SCHEMA.properties ?? {};
  const policy: PolicyObject = { profile: profileId };
  const candidates: Record<string, unknown> = {
    institutionName: profile.institutionName,
    enforcement: profile.enforcement,
    institutionEmailDomains: profile.institutionEmailDomains,
    approvedHosts: profile.approvedHosts,
    dpoContact: profile.dpoContact,
    helpUrl: profile.helpUrl,
  };
  for (const [key, value] of Object.entries(candidates)) {
    if (!(key in props)) continue;
    const v = pick(value, props[key]);
    if (v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)) policy[key] = v;
  }
  return normalize(policy);
}

/** Lines of a textarea → list (trimmed, blank lines dropped). */
export function linesToList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}
