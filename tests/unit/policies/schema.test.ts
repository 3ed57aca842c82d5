import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENFORCEMENT_MODES, RULE_IDS, SERVICE_IDS } from '../../../src/core/contract';
import { MANAGED_POLICY_KEYS, PROFILE_IDS, validateManagedPolicy } from '../../../src/policies';
import {
  ALTERNATIVE_ID_PATTERN,
  ALTERNATIVES_MODES,
  DOMAIN_PATTERN,
  EMAIL_PATTERN,
  HTTPS_URL_PATTERN,
  PHONE_PATTERN,
} from '../../../src/policies/validate';
import { accepts, schemaProblems, type SchemaNode } from './draft03';

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaText = readFileSync(path.resolve(here, '../../../src/policies/managed_schema.json'), 'utf8');
const schema = JSON.parse(schemaText) as SchemaNode & Record<string, unknown>;
const props = schema.properties as Record<string, SchemaNode>;

/** Accepted by the validator = no error (warnings such as an unknown top-level key are fine, like Chrome). */
const validatorAccepts = (sample: unknown): boolean =>
  !validateManagedPolicy(sample).problems.some((p) => p.severity === 'error');

describe('managed_schema.json (Chrome storage.managed, draft-03 subset)', () => {
  it('has the shape Chrome requires', () => {
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(schema).not.toHaveProperty('$schema');
    expect(schemaProblems(schema)).toEqual([]);
  });

  it('covers exactly the SPEC keys, the same as the validator', () => {
    expect(Object.keys(props)).toEqual([...MANAGED_POLICY_KEYS]);
  });

  it('shares enums and patterns with the validator', () => {
    expect(props.profile?.enum).toEqual([...PROFILE_IDS]);
    expect(Object.keys(props.enforcement?.properties ?? {})).toEqual([...SERVICE_IDS]);
    for (const s of SERVICE_IDS) expect(props.enforcement?.properties?.[s]?.enum).toEqual([...ENFORCEMENT_MODES]);
    expect(props.disabledRules?.items?.enum).toEqual([...RULE_IDS]);
    expect(props.alternativesMode?.enum).toEqual([...ALTERNATIVES_MODES]);
    expect(props.helpUrl?.pattern).toBe(HTTPS_URL_PATTERN);
    expect(props.alternatives?.items?.properties?.url?.pattern).toBe(HTTPS_URL_PATTERN);
    expect(props.alternatives?.items?.properties?.id?.pattern).toBe(ALTERNATIVE_ID_PATTERN);
    expect(props.approvedHosts?.items?.pattern).toBe(DOMAIN_PATTERN);
    expect(props.institutionEmailDomains?.items?.pattern).toBe(DOMAIN_PATTERN);
    expect(props.dpoContact?.properties?.email?.pattern).toBe(EMAIL_PATTERN);
    expect(props.dpoContact?.properties?.url?.pattern).toBe(HTTPS_URL_PATTERN);
    expect(props.dpoContact?.properties?.phone?.pattern).toBe(PHONE_PATTERN);
  });

  const alt = { id: 'visio-lycee', name: 'Visio du lycée', url: 'https://visio.lycee-exemple.fr/' };
  const samples: [string, unknown][] = [
    // good
    ['empty policy', {}],
    ['full policy', {
      profile: 'ac-aix-marseille', institutionName: 'Lycée Exemple', enforcement: { zoom: 'block', discord: 'warn' },
      allowBypass: true, institutionEmailDomains: ['ac-aix-marseille.fr'], approvedHosts: ['univ.zoom.us'],
      alternatives: [{ ...alt, purpose: { fr: 'Cours', en: 'Lessons' }, audience: { fr: 'Tous', en: 'All' }, limits: { fr: '50 max' } }],
      alternativesMode: 'replace', disabledRules: ['no-pmi'], dpoContact: { name: 'DPD', email: 'dpd@ac-aix-marseille.fr', url: 'https://dpd.example.fr/', phone: '+33 4 42 00 00 00' },
      helpUrl: 'https://assistance.ac-aix-marseille.fr', lockUserSettings: true, acknowledgementTtlHours: 8, allowAutoFix: false,
    }],
    ['upper-case domains', { approvedHosts: ['Grenoble-INP.zoom.us'] }],
    ['ttl 0', { acknowledgementTtlHours: 0 }],
    ['fixes not offered', { allowAutoFix: false }],
    ['ttl fractional', { acknowledgementTtlHours: 0.5 }],
    ['enforcement subset', { enforcement: { discord: 'block' } }],
    ['unknown top-level key (ignored, warned)', { profil: 'ehesp' }],
    ['empty lists', { disabledRules: [], approvedHosts: [], alternatives: [] }],
    ['url with port and query', { helpUrl: 'https://aide.example.fr:8443/x?y=1#z' }],
    // bad
    ['unknown profile', { profile: 'sorbonne' }],
    ['profile not a string', { profile: 3 }],
    ['empty institution name', { institutionName: '   ' }],
    ['enforcement bad mode', { enforcement: { zoom: 'deny' } }],
    ['enforcement not object', { enforcement: 'block' }],
    ['allowBypass as string', { allowBypass: 'true' }],
    ['lockUserSettings as number', { lockUserSettings: 1 }],
    ['allowAutoFix as string', { allowAutoFix: 'false' }],
    ['allowAutoFix null', { allowAutoFix: null }],
    ['domain with @', { institutionEmailDomains: ['@ac-aix-marseille.fr'] }],
    ['domain with scheme', { approvedHosts: ['https://grenoble-inp.zoom.us'] }],
    ['domains not a list', { approvedHosts: 'grenoble-inp.zoom.us' }],
    ['javascript: url', { alternatives: [{ ...alt, url: 'javascript:alert(1)' }] }],
    ['http url', { helpUrl: 'http://aide.example.fr' }],
    ['data url', { helpUrl: 'data:text/html,hi' }],
    ['alternative without url', { alternatives: [{ id: 'x', name: 'X' }] }],
    ['alternative bad id', { alternatives: [{ ...alt, id: 'Visio Lycée' }] }],
    ['alternative empty name', { alternatives: [{ ...alt, name: '' }] }],
    ['alternative not object', { alternatives: ['https://visio.example.fr'] }],
    ['alternative purpose wrong type', { alternatives: [{ ...alt, purpose: 3 }] }],
    ['alternativesMode bad', { alternativesMode: 'merge' }],
    ['unknown rule', { disabledRules: ['no-zoom'] }],
    ['dpo email bad', { dpoContact: { email: 'not-an-email' } }],
    ['dpo url http', { dpoContact: { url: 'http://dpo.example.fr' } }],
    ['dpo phone letters', { dpoContact: { phone: 'call me' } }],
    ['ttl negative', { acknowledgementTtlHours: -1 }],
    ['ttl too large', { acknowledgementTtlHours: 100000 }],
    ['ttl string', { acknowledgementTtlHours: '24' }],
    ['null policy', null],
    ['array policy', []],
    ['string policy', 'profile=default'],
  ];

  it.each(samples)('schema and validator agree: %s', (_name, sample) => {
    expect(validatorAccepts(sample)).toBe(accepts(schema, sample));
  });

  it('the samples include both accepted and rejected policies', () => {
    const verdicts = samples.map(([, s]) => accepts(schema, s));
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(5);
    expect(verdicts.filter((v) => !v).length).toBeGreaterThan(20);
  });

  /**
   * Where the validator deliberately differs from the schema (documented in docs/policy-sources.md):
   * - it caps lengths and list sizes (the schema subset has no maxLength/maxItems);
   * - it accepts plain strings for localized texts and dpoContact (converted), for the options page and CLI.
   */
  it('documented differences', () => {
    const long = { institutionName: 'x'.repeat(1_000_000) };
    expect(accepts(schema, long)).toBe(true);
    expect(validatorAccepts(long)).toBe(false);
    const many = { approvedHosts: Array.from({ length: 500 }, (_, i) => `h${i}.zoom.us`) };
    expect(accepts(schema, many)).toBe(true);
    expect(validatorAccepts(many)).toBe(false);
    const plain = { alternatives: [{ ...alt, purpose: 'Cours' }], dpoContact: 'dpd@ac-aix-marseille.fr' };
    expect(accepts(schema, plain)).toBe(false);
    expect(validatorAccepts(plain)).toBe(true);
  });

  it('checker sanity', () => {
    expect(accepts({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false }, { b: 1 })).toBe(false);
    expect(accepts({ type: 'integer' }, 1.5)).toBe(false);
    expect(schemaProblems({ type: 'string', maxLength: 3 })).toEqual(['$: unsupported keyword maxLength']);
  });
});
