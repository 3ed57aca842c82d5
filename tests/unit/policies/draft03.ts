/**
 * A tiny checker for the subset of JSON Schema draft-03 that Chrome accepts for `storage.managed`
 * (type, properties, additionalProperties, items, enum, pattern, minimum, maximum, required as a list).
 * Pattern semantics follow Chrome (RE2 partial match, like RegExp.test).
 */
export interface SchemaNode {
  type: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | false;
  items?: SchemaNode;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  required?: string[];
  title?: string;
  description?: string;
}

const ALLOWED = new Set([
  'type', 'properties', 'additionalProperties', 'items', 'enum', 'pattern', 'minimum', 'maximum', 'required', 'title', 'description',
]);

/** Structural problems of the schema itself (unsupported keywords, missing type…). */
export function schemaProblems(node: unknown, path = '$'): string[] {
  if (typeof node !== 'object' || node === null) return [`${path}: not an object`];
  const out: string[] = [];
  const n = node as Record<string, unknown>;
  for (const key of Object.keys(n)) if (!ALLOWED.has(key)) out.push(`${path}: unsupported keyword ${key}`);
  if (typeof n.type !== 'string') out.push(`${path}: missing or non-string type`);
  if (n.properties !== undefined) {
    for (const [k, child] of Object.entries(n.properties as Record<string, unknown>)) out.push(...schemaProblems(child, `${path}.${k}`));
  }
  if (n.items !== undefined) out.push(...schemaProblems(n.items, `${path}[]`));
  if (typeof n.additionalProperties === 'object') out.push(...schemaProblems(n.additionalProperties, `${path}.*`));
  return out;
}

export function accepts(schema: SchemaNode, value: unknown): boolean {
  switch (schema.type) {
    case 'boolean':
      if (typeof value !== 'boolean') return false;
      break;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return false;
      break;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return false;
      break;
    case 'string':
      if (typeof value !== 'string') return false;
      if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) return false;
      break;
    case 'array':
      if (!Array.isArray(value)) return false;
      if (schema.items && !value.every((item) => accepts(schema.items as SchemaNode, item))) return false;
      break;
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const obj = value as Record<string, unknown>;
      for (const key of schema.required ?? []) if (!(key in obj)) return false;
      for (const [key, v] of Object.entries(obj)) {
        const prop = schema.properties?.[key];
        if (prop) {
          if (!accepts(prop, v)) return false;
        } else if (schema.additionalProperties === false) {
          return false;
        } else if (schema.additionalProperties && !accepts(schema.additionalProperties, v)) {
          return false;
        }
      }
      break;
    }
  }
  if (schema.enum !== undefined && !schema.enum.includes(value)) return false;
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return false;
    if (schema.maximum !== undefined && value > schema.maximum) return false;
  }
  return true;
}
