import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  PROFILES,
  localize,
  resolveConfig,
  resolveLanguage,
  validateManagedPolicy,
  type PolicyProblem,
} from '../../../src/policies';

const paths = (problems: PolicyProblem[]) => problems.map((p) => p.path);
const errorsAt = (problems: PolicyProblem[], path: string) =>
  problems.filter((p) => p.path === path && p.severity === 'error');

describe('DEFAULT_CONFIG (no admin, no options)', () => {
  it('is the default profile with safe defaults', () => {
    expect(DEFAULT_CONFIG.profileId).toBe('default');
    expect(DEFAULT_CONFIG.profile).toBe(PROFILES.default);
    expect(DEFAULT_CONFIG.enforcement).toEqual({ zoom: 'warn', discord: 'warn' });
    expect(DEFAULT_CONFIG.allowBypass).toBe(false);
    expect(DEFAULT_CONFIG.allowAutoFix).toBe(true);
    expect(DEFAULT_CONFIG.alternativesMode).toBe('append');
    expect(DEFAULT_CONFIG.alternatives.map((a) => a.id)).toEqual(['via', 'cned', 'renavisio', 'ovh-conference', 'webconf-education']);
    expect(DEFAULT_CONFIG.disabledRules).toEqual([]);
    expect(DEFAULT_CONFIG.acknowledgementTtlHours).toBe(24);
    expect(DEFAULT_CONFIG.language).toBe('auto');
    expect(DEFAULT_CONFIG.lockUserSettings).toBe(false);
    expect(resolveConfig(undefined, undefined).problems).toEqual([]);
    expect(resolveConfig({}, {}).problems).toEqual([]);
  });
});

describe('resolveConfig: precedence', () => {
  it('managed profile, else user profile, else default', () => {
    expect(resolveConfig({ profile: 'ehesp' }, { profile: 'grenoble-inp' }).config.profileId).toBe('ehesp');
    expect(resolveConfig({}, { profile: 'grenoble-inp' }).config.profileId).toBe('grenoble-inp');
    expect(resolveConfig(undefined, { profile: 'nope' }).config.profileId).toBe('default');
  });

  it('lockUserSettings ignores the user’s profile but keeps the language', () => {
    const { config, problems } = resolveConfig({ lockUserSettings: true }, { profile: 'ehesp', language: 'en' });
    expect(config.profileId).toBe('default');
    expect(config.language).toBe('en');
    expect(config.lockUserSettings).toBe(true);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ origin: 'user', path: 'profile', severity: 'warning' });
  });

  it('profile data comes through, the admin overrides it', () => {
    const g = resolveConfig({ profile: 'grenoble-inp' }, {}).config;
    expect(g.approvedHosts).toEqual(['grenoble-inp.zoom.us']);
    expect(g.dpoContact).toEqual({ role: { fr: 'Relais DPO de l’établissement', en: 'Institution’s DPO relay (relais DPO)' }, name: 'Grenoble INP', email: 'relaisDPO@grenoble-inp.fr' });
    expect(g.rightsContact?.email).toBe('zoom.sos@grenoble-inp.fr');
    const a = resolveConfig({ profile: 'ac-aix-marseille' }, {}).config;
    expect(a.helpUrl).toBe('https://assistance.ac-aix-marseille.fr');
    expect(a.helpLabel?.fr).toContain('VERDON');
    const over = resolveConfig(
      { profile: 'ac-aix-marseille', helpUrl: 'https://aide.lycee.fr/', dpoContact: 'dpd@ac-aix-marseille.fr', approvedHosts: ['LYCEE.zoom.us'] },
      {},
    ).config;
    expect(over.helpUrl).toBe('https://aide.lycee.fr/');
    expect(over.helpLabel).toBeUndefined();
    expect(over.dpoContact).toEqual({ email: 'dpd@ac-aix-marseille.fr' });
    expect(over.approvedHosts).toEqual(['lycee.zoom.us']);
  });

  it('alternatives: append (default) extends and overrides by id; replace replaces', () => {
    const mine = { id: 'visio-lycee', name: 'Visio du lycée', url: 'https://visio.lycee.fr/', purpose: 'Cours en ligne' };
    const appended = resolveConfig({ profile: 'ac-aix-marseille', alternatives: [mine, { id: 'via', name: 'VIA (académie)', url: 'https://via.ac-aix-marseille.fr/' }] }, {}).config;
    expect(appended.alternatives.map((a) => a.id)).toEqual(['via', 'cned', 'renavisio', 'ovh-conference', 'webconf-education', 'visio-lycee']);
    expect(appended.alternatives[0]?.name).toBe('VIA (académie)');
    const added = appended.alternatives.at(-1);
    expect(added?.purpose).toEqual({ fr: 'Cours en ligne', en: 'Cours en ligne' });
    expect(added?.source).toEqual({ seed: 'policy', passage: 'managed policy' });
    const replaced = resolveConfig({ alternatives: [mine], alternativesMode: 'replace' }, {}).config;
    expect(replaced.alternatives.map((a) => a.id)).toEqual(['visio-lycee']);
    expect(resolveConfig({ alternatives: [], alternativesMode: 'replace' }, {}).config.alternatives).toEqual([]);
  });

  it('replace with only invalid entries keeps the bundled alternatives', () => {
    const { config, problems } = resolveConfig({ alternatives: [{ id: 'x', name: 'X', url: 'http://x.fr' }], alternativesMode: 'replace' }, {});
    expect(config.alternatives).toBe(PROFILES.default.alternatives);
    expect(errorsAt(problems, 'alternatives[0].url')).toHaveLength(1);
  });

  it('language option', () => {
    expect(resolveConfig({}, { language: 'fr' }).config.language).toBe('fr');
    const bad = resolveConfig({}, { language: 'de' });
    expect(bad.config.language).toBe('auto');
    expect(bad.problems[0]).toMatchObject({ origin: 'user', path: 'language', severity: 'error' });
    expect(resolveLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveLanguage('auto', 'fr-FR')).toBe('fr');
    expect(resolveLanguage('auto', 'de')).toBe('fr');
    expect(resolveLanguage('en', 'fr')).toBe('en');
  });
});

describe('a bad policy: clear errors, and a working configuration from what was valid', () => {
  const bad = {
    profile: 'universite-inconnue',
    institutionName: 'x'.repeat(1024 * 1024),
    enforcement: { zoom: 'block', discord: 'forbid', teams: 'block' },
    allowBypass: 'yes',
    allowAutoFix: 'no',
    institutionEmailDomains: ['AC-AIX-MARSEILLE.FR', 'not a domain', 42],
    approvedHosts: 'grenoble-inp.zoom.us',
    alternatives: [
      { id: 'ok-1', name: 'Visio du lycée', url: 'https://visio.lycee.fr/', audience: { fr: 'Enseignants' } },
      { id: 'evil', name: 'Piège', url: 'javascript:alert(document.cookie)' },
      { id: 'ok-2', name: 'Salle', url: 'https://salle.lycee.fr/', color: 'red' },
      'https://just-a-string.fr',
      { id: 'plain', name: 'Plain', url: 'http://plain.fr/' },
    ],
    disabledRules: ['no-pmi', 'no-such-rule', 'pasccode'],
    dpoContact: { email: 'dpd@@x', name: 'DPD académique' },
    helpUrl: 'javascript:void(0)',
    lockUserSettings: true,
    acknowledgementTtlHours: Number.NaN,
    colour: 'blue',
    aprovedHosts: ['x.zoom.us'],
  };
  const { config, problems } = resolveConfig(bad, { profile: 'ehesp', language: 'en' });

  it('never throws and applies the valid parts', () => {
    expect(config.profileId).toBe('default');
    expect(config.institutionName).toBe('');
    expect(config.enforcement).toEqual({ zoom: 'block', discord: 'warn' });
    expect(config.allowBypass).toBe(false);
    expect(config.allowAutoFix).toBe(true);
    expect(config.institutionEmailDomains).toEqual(['ac-aix-marseille.fr']);
    expect(config.approvedHosts).toEqual([]);
    expect(config.alternatives.map((a) => a.id)).toEqual(['via', 'cned', 'renavisio', 'ovh-conference', 'webconf-education', 'ok-1', 'ok-2']);
    expect(config.alternatives.find((a) => a.id === 'ok-1')?.audience).toEqual({ fr: 'Enseignants', en: 'Enseignants' });
    expect(config.disabledRules).toEqual(['no-pmi']);
    expect(config.dpoContact).toEqual({ name: 'DPD académique' });
    expect(config.helpUrl).toBeUndefined();
    expect(config.lockUserSettings).toBe(true);
    expect(config.acknowledgementTtlHours).toBe(24);
    expect(config.language).toBe('en');
  });

  it('reports each problem at its key path', () => {
    const errorPaths = problems.filter((p) => p.severity === 'error').map((p) => p.path);
    expect(errorPaths).toEqual([
      'profile',
      'institutionName',
      'enforcement.discord',
      'allowBypass',
      'allowAutoFix',
      'institutionEmailDomains[1]',
      'institutionEmailDomains[2]',
      'approvedHosts',
      'alternatives[1].url',
      'alternatives[3]',
      'alternatives[4].url',
      'disabledRules[1]',
      'disabledRules[2]',
      'dpoContact.email',
      'helpUrl',
      'acknowledgementTtlHours',
    ]);
    const warningPaths = problems.filter((p) => p.severity === 'warning').map((p) => p.path);
    expect(warningPaths).toEqual(expect.arrayContaining(['enforcement.teams', 'alternatives[2].color', 'colour', 'aprovedHosts', 'profile']));
  });

  it('explains in French and English, with a fix', () => {
    for (const p of problems) {
      expect(p.message.fr.length).toBeGreaterThan(5);
      expect(p.message.en.length).toBeGreaterThan(5);
      expect(p.fix.fr.length).toBeGreaterThan(5);
      expect(p.fix.en.length).toBeGreaterThan(5);
      // No echo of the 1 MB value.
      expect(p.message.fr.length + p.fix.fr.length).toBeLessThan(1000);
    }
    const profile = errorsAt(problems, 'profile')[0];
    expect(profile?.message.fr).toContain('Profil inconnu « universite-inconnue »');
    expect(profile?.fix.en).toContain('default, ehesp, grenoble-inp, ac-aix-marseille');
    expect(errorsAt(problems, 'institutionName')[0]?.message.en).toContain('too long');
    expect(errorsAt(problems, 'alternatives[1].url')[0]?.message.fr).toContain('https://');
    expect(errorsAt(problems, 'disabledRules[2]')[0]?.fix.en).toContain('passcode');
    expect(problems.find((p) => p.path === 'aprovedHosts')?.fix.en).toContain('approvedHosts');
    expect(localize(errorsAt(problems, 'helpUrl')[0]!.message, 'en')).toMatch(/Only https/);
  });

  it('the working configuration evaluates', async () => {
    const { evaluate } = await import('../../../src/policies');
    const e = evaluate('join', { host: 'zoom.us', sensitive: [] }, config);
    expect(e.warnings.map((w) => w.rule)).toContain('identify-participants');
  });
});

describe('validateManagedPolicy: edge cases', () => {
  it.each([
    ['null', null],
    ['array', [{ profile: 'ehesp' }]],
    ['string', '{"profile":"ehesp"}'],
    ['number', 42],
  ])('%s input → one error, empty policy', (_n, raw) => {
    const { policy, problems } = validateManagedPolicy(raw);
    expect(policy).toEqual({});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: '', severity: 'error', origin: 'managed' });
  });

  it('caps lists and reports the excess', () => {
    const { policy, problems } = validateManagedPolicy({ approvedHosts: Array.from({ length: 150 }, (_, i) => `h${i}.zoom.us`) });
    expect(policy.approvedHosts).toHaveLength(100);
    expect(paths(problems)).toEqual(['approvedHosts']);
  });

  it('caps the number of reported unknown keys', () => {
    const raw = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
    const { problems } = validateManagedPolicy(raw);
    expect(problems.length).toBe(21);
    expect(problems.at(-1)?.message.en).toContain('980 more');
  });

  it('huge keys and odd values do not break anything', () => {
    const raw = { ['k'.repeat(100_000)]: 1, __proto__: { profile: 'ehesp' }, constructor: 'x' } as Record<string, unknown>;
    const { policy, problems } = validateManagedPolicy(raw);
    expect(policy.profile).toBeUndefined();
    expect(problems.every((p) => p.path.length < 100)).toBe(true);
    const parsed = validateManagedPolicy(JSON.parse('{"__proto__": {"allowBypass": true}, "profile": "ehesp"}'));
    expect(parsed.policy).toEqual({ profile: 'ehesp' });
    expect(({} as Record<string, unknown>).allowBypass).toBeUndefined();
  });

  it('dedupes domains and lower-cases them', () => {
    expect(validateManagedPolicy({ institutionEmailDomains: ['A.fr', 'a.FR', 'b.fr'] }).policy.institutionEmailDomains).toEqual(['a.fr', 'b.fr']);
  });

  it('duplicate alternative ids: the first wins', () => {
    const { policy, problems } = validateManagedPolicy({
      alternatives: [
        { id: 'a', name: 'A', url: 'https://a.fr' },
        { id: 'a', name: 'A2', url: 'https://a2.fr' },
      ],
    });
    expect(policy.alternatives?.map((a) => a.name)).toEqual(['A']);
    expect(paths(problems)).toEqual(['alternatives[1].id']);
  });

  it('dpoContact as a string: e-mail or https URL', () => {
    expect(validateManagedPolicy({ dpoContact: 'https://dpo.example.fr' }).policy.dpoContact).toEqual({ url: 'https://dpo.example.fr' });
    expect(validateManagedPolicy({ dpoContact: 'appelez le 3615' }).problems[0]?.path).toBe('dpoContact');
  });

  it('replace without alternatives warns', () => {
    const { problems } = validateManagedPolicy({ alternativesMode: 'replace' });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.severity).toBe('warning');
  });
});

describe('allowAutoFix', () => {
  it('is true unless the policy says false', () => {
    expect(resolveConfig({}, {}).config.allowAutoFix).toBe(true);
    expect(resolveConfig({ allowAutoFix: true }, {}).config.allowAutoFix).toBe(true);
    expect(resolveConfig({ allowAutoFix: false }, {}).config.allowAutoFix).toBe(false);
  });
});
