import { describe, expect, it } from 'vitest';
import { PROFILE_IDS, PROFILES, validateManagedPolicy } from '../../../src/policies';
import { MANAGED_SCHEMA } from '../../../src/policies/export';
import { fieldKind, formFields, linesToList, moveItem, normalize, policyFromProfile, setAt } from '../../../src/admin/model';

describe('policy editor model', () => {
  it('has one form field per schema key, in schema order, with a control for its type', () => {
    const fields = formFields();
    expect(fields.map((f) => f.path.join('.'))).toEqual(Object.keys(MANAGED_SCHEMA.properties ?? {}));
    for (const f of fields) {
      const node = f.node;
      const expected =
        node.type === 'boolean' ? 'boolean'
        : node.type === 'integer' || node.type === 'number' ? 'integer'
        : node.type === 'string' ? (node.enum ? 'enum' : 'text')
        : node.type === 'array' ? (node.items?.type === 'object' ? 'items' : node.items?.enum ? 'checkboxes' : 'lines')
        : 'group';
      expect(f.kind, f.path.join('.')).toBe(expected);
    }
    const alternatives = fields.find((f) => f.path[0] === 'alternatives');
    expect(alternatives?.children?.map((c) => [c.path[0], c.kind])).toEqual([
      ['id', 'text'], ['name', 'text'], ['url', 'text'], ['purpose', 'localized'], ['audience', 'localized'], ['limits', 'localized'],
    ]);
    expect(fieldKind({ type: 'object', properties: { zoom: { type: 'string' } } })).toBe('group');
  });

  it('sets and clears values by path, dropping emptied objects, keeping schema order', () => {
    let p = setAt({}, ['helpUrl'], 'https://aide.example.fr');
    p = setAt(p, ['enforcement', 'zoom'], 'block');
    p = setAt(p, ['profile'], 'ehesp');
    expect(Object.keys(p)).toEqual(['profile', 'enforcement', 'helpUrl']);
    expect(p.enforcement).toEqual({ zoom: 'block' });
    p = setAt(p, ['enforcement', 'zoom'], undefined);
    expect(p).toEqual({ profile: 'ehesp', helpUrl: 'https://aide.example.fr' });
    p = setAt(p, ['alternatives'], [{}]);
    p = setAt(p, ['alternatives', 0, 'purpose', 'fr'], 'Réunions');
    p = setAt(p, ['alternatives', 0, 'id'], 'visio');
    expect(p.alternatives).toEqual([{ id: 'visio', purpose: { fr: 'Réunions' } }]);
    expect(Object.keys(normalize({ helpUrl: 'x', profile: 'y' }))).toEqual(['profile', 'helpUrl']);
  });

  it('reorders list items within bounds', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('reads lines for domain and host lists', () => {
    expect(linesToList(' a.fr\r\n\n b.fr \n')).toEqual(['a.fr', 'b.fr']);
  });

  it.each(PROFILE_IDS)('starts from the bundled profile %s (read from the code) with a valid policy', (id) => {
    const policy = policyFromProfile(id);
    expect(policy.profile).toBe(id);
    expect(policy.enforcement).toEqual(PROFILES[id].enforcement);
    expect(validateManagedPolicy(policy).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
