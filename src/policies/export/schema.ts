/**
 * Reading managed_schema.json — the one source of the policy keys, their types, enums and limits — for the
 * generators (ADMX/ADML, scripts) and the administration page.
 */
import rawSchema from '../managed_schema.json';

export interface SchemaNode {
  type?: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  required?: string[];
}

export const MANAGED_SCHEMA = rawSchema as SchemaNode;

export function schemaProperties(node: SchemaNode = MANAGED_SCHEMA): [string, SchemaNode][] {
  return Object.entries(node.properties ?? {});
}

function isScalarType(node: SchemaNode | undefined): boolean {
  return node?.type === 'string' || node?.type === 'boolean' || node?.type === 'integer' || node?.type === 'number';
}

/**
 * How one setting is edited in a Group Policy template (and laid out in the registry, see registry.ts):
 * - `boolean`: enabled = 1, disabled = 0 (REG_DWORD);
 * - `integer`: a number box (REG_DWORD);
 * - `enum`: a drop-down list of the schema's values (REG_SZ);
 * - `text`: a text box (REG_SZ);
 * - `list`: a list box writing values "1", "2"… in the setting's subkey (lists of strings);
 * - `json`: a text box holding JSON (lists of objects, or objects with non-scalar properties).
 */
export type LeafKind = 'boolean' | 'integer' | 'enum' | 'text' | 'list' | 'json';

export interface PolicyLeaf {
  /** Schema path: ['allowBypass'] or ['enforcement', 'zoom']. */
  path: string[];
  node: SchemaNode;
  kind: LeafKind;
}

function leafKind(node: SchemaNode): LeafKind {
  if (node.type === 'boolean') return 'boolean';
  if (node.type === 'integer') return 'integer';
  if (node.type === 'string' && node.enum) return 'enum';
  if (node.type === 'string' || node.type === 'number') return 'text';
  if (node.type === 'array' && isScalarType(node.items)) return 'list';
  return 'json';
}

/**
 * Every setting a template offers, in schema order: top-level keys, and each property of an object whose
 * properties are all scalars (`enforcement.zoom`, `dpoContact.email`), which then gets its own subcategory.
 */
export function policyLeaves(schema: SchemaNode = MANAGED_SCHEMA): PolicyLeaf[] {
  const out: PolicyLeaf[] = [];
  for (const [key, node] of schemaProperties(schema)) {
    const props = node.type === 'object' ? schemaProperties(node) : [];
    if (node.type === 'object' && props.length > 0 && props.every(([, child]) => isScalarType(child))) {
      for (const [prop, child] of props) out.push({ path: [key, prop], node: child, kind: leafKind(child) });
    } else {
      out.push({ path: [key], node, kind: leafKind(node) });
    }
  }
  return out;
}

/** Top-level keys whose settings sit in a subcategory (objects of scalars). */
export function groupedKeys(schema: SchemaNode = MANAGED_SCHEMA): string[] {
  return [...new Set(policyLeaves(schema).filter((l) => l.path.length > 1).map((l) => l.path[0] as string))];
}
