import { describe, expect, it } from 'vitest';
import { CONTEXT_IDS, RULE_IDS, type ContextId, type RuleId } from '../../../src/core/contract';
import { emptyObservations, type PageObservations } from '../../../src/core/observations';
import {
  PROFILES,
  PROFILE_IDS,
  RULES,
  acknowledgementKey,
  activeRuleIds,
  evaluate,
  localize,
  resolveConfig,
  type EffectiveConfig,
  type ProfileId,
} from '../../../src/policies';

function configFor(profile: ProfileId, extra: Record<string, unknown> = {}): EffectiveConfig {
  const { config, problems } = resolveConfig({ profile, ...extra }, undefined);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return config;
}

function obs(host: string, extra: Partial<PageObservations> = {}): PageObservations {
  return { ...emptyObservations(host), ...extra };
}

const rulesOf = (ctx: ContextId, o: PageObservations, config: EffectiveConfig): RuleId[] =>
  evaluate(ctx, o, config).warnings.map((w) => w.rule);

/* ------------------------------------------------------------------------------------------------ */

describe('stance per profile', () => {
  const table: [ProfileId, string, string][] = [
    ['default', 'not-recommended', 'not-recommended'],
    ['ehesp', 'restricted', 'not-recommended'],
    ['grenoble-inp', 'allowed-with-conditions', 'not-recommended'],
    ['ac-aix-marseille', 'forbidden', 'forbidden'],
  ];
  it.each(table)('%s: zoom %s, discord %s', (id, zoom, discord) => {
    expect(PROFILES[id].stances.zoom.status).toBe(zoom);
    expect(PROFILES[id].stances.discord.status).toBe(discord);
    expect(PROFILES[id].stances.zoom.reasons.length).toBeGreaterThan(0);
    expect(PROFILES[id].stances.discord.reasons.length).toBeGreaterThan(0);
  });

  it('lists the bundled profile ids', () => {
    expect([...PROFILE_IDS]).toEqual(['default', 'ehesp', 'grenoble-inp', 'ac-aix-marseille']);
  });

  it('default: no stance rules, every other rule', () => {
    const expected = RULE_IDS.filter((r) => !['service-forbidden', 'service-restricted', 'institutional-account'].includes(r));
    expect([...PROFILES.default.rules].sort()).toEqual([...expected].sort());
    expect(PROFILES.default.enforcement).toEqual({ zoom: 'warn', discord: 'warn' });
    expect(PROFILES.default.alternatives.map((a) => a.id)).toEqual(['via', 'cned', 'renavisio', 'ovh-conference', 'webconf-education']);
  });

  it('ehesp includes its seed rules', () => {
    for (const r of ['service-restricted', 'unsecured-communications', 'professional-email', 'no-remote-proctoring', 'no-sensitive-data', 'no-personal-data'] as const) {
      expect(PROFILES.ehesp.rules).toContain(r);
    }
  });

  it('grenoble-inp includes its seed rules, host and DPO contacts', () => {
    for (const r of ['no-pmi', 'waiting-room', 'passcode', 'no-public-links', 'local-recording-only', 'recording-consent', 'identify-participants', 'official-download', 'institutional-account'] as const) {
      expect(PROFILES['grenoble-inp'].rules).toContain(r);
    }
    expect(PROFILES['grenoble-inp'].approvedHosts).toEqual(['grenoble-inp.zoom.us']);
    expect(PROFILES['grenoble-inp'].dpoContact?.email).toBe('relaisDPO@grenoble-inp.fr');
    expect(PROFILES['grenoble-inp'].rightsContact?.email).toBe('zoom.sos@grenoble-inp.fr');
  });

  it('ac-aix-marseille forbids, lists the five alternatives and VERDON', () => {
    const p = PROFILES['ac-aix-marseille'];
    for (const r of ['service-forbidden', 'minor-consent', 'no-sensitive-data', 'no-personal-data', 'unsecured-communications', 'identify-participants', 'recording-consent'] as const) {
      expect(p.rules).toContain(r);
    }
    expect(p.alternatives.map((a) => a.id)).toEqual(['via', 'cned', 'renavisio', 'ovh-conference', 'webconf-education']);
    expect(p.helpUrl).toBe('https://assistance.ac-aix-marseille.fr');
    expect(p.alternatives.find((a) => a.id === 'via')?.audience.en).toMatch(/staff only/);
    expect(p.alternatives.find((a) => a.id === 'renavisio')?.limits?.fr).toMatch(/10 personnes.*réservation/);
  });
});

/* ------------------------------------------------------------------------------------------------ */

describe('reminders per profile and context (nothing observed on the page)', () => {
  // Expected active rules with plain observations on each host.
  const expected: Record<ProfileId, Partial<Record<ContextId, RuleId[]>>> = {
    default: {
      signup: [],
      signin: [],
      join: ['no-sensitive-data', 'no-personal-data', 'unsecured-communications', 'identify-participants'],
      webclient: ['no-sensitive-data', 'no-personal-data', 'unsecured-communications', 'identify-participants'],
      schedule: ['no-sensitive-data', 'no-personal-data', 'unsecured-communications', 'no-public-links'],
      meetings: ['no-public-links'],
      'meeting-settings': [],
      'recording-settings': [],
      recordings: [],
      download: ['official-download'],
      portal: [],
      'discord-signup': ['minor-consent'],
      'discord-app': ['minor-consent'],
      discord: ['minor-consent'],
    },
    ehesp: {
      signup: ['service-restricted'],
      join: ['service-restricted', 'no-sensitive-data', 'no-personal-data', 'unsecured-communications'],
      webclient: ['service-restricted', 'no-sensitive-data', 'no-personal-data', 'unsecured-communications'],
      schedule: ['service-restricted', 'no-sensitive-data', 'no-personal-data', 'unsecured-communications'],
      meetings: ['service-restricted'],
      download: ['service-restricted'],
      portal: ['service-restricted'],
      discord: ['minor-consent'],
    },
    'grenoble-inp': {
      // Observed on grenoble-inp.zoom.us: no institutional-account warning.
      signup: [],
      join: ['no-sensitive-data', 'identify-participants'],
      webclient: ['no-sensitive-data', 'identify-participants'],
      schedule: ['no-sensitive-data', 'no-public-links'],
      meetings: ['no-public-links'],
      download: ['official-download'],
      'recording-settings': [],
      portal: [],
      'discord-app': ['minor-consent'],
    },
    'ac-aix-marseille': {
      signup: ['service-forbidden'],
      signin: ['service-forbidden'],
      join: ['service-forbidden', 'no-sensitive-data', 'no-personal-data', 'unsecured-communications', 'identify-participants'],
      webclient: ['service-forbidden', 'no-sensitive-data', 'no-personal-data', 'unsecured-communications', 'identify-participants'],
      schedule: ['service-forbidden', 'no-sensitive-data', 'no-personal-data', 'unsecured-communications'],
      meetings: ['service-forbidden'],
      download: ['service-forbidden'],
      portal: ['service-forbidden'],
      discord: ['service-forbidden', 'minor-consent'],
      'discord-signup': ['service-forbidden', 'minor-consent'],
      'discord-app': ['service-forbidden', 'minor-consent'],
    },
  };
  const rows: [ProfileId, ContextId, RuleId[]][] = [];
  for (const profile of PROFILE_IDS) {
    for (const [ctx, rules] of Object.entries(expected[profile])) rows.push([profile, ctx as ContextId, rules]);
  }
  it.each(rows)('%s / %s → %j', (profile, ctx, rules) => {
    const host = ctx.startsWith('discord') ? 'discord.com' : profile === 'grenoble-inp' ? 'grenoble-inp.zoom.us' : 'zoom.us';
    expect(rulesOf(ctx, obs(host), configFor(profile))).toEqual(rules);
  });

  it('grenoble-inp on zoom.us: institutional-account in every Zoom context, never on Discord', () => {
    const config = configFor('grenoble-inp');
    for (const ctx of CONTEXT_IDS) {
      const rules = rulesOf(ctx, obs(ctx.startsWith('discord') ? 'discord.com' : 'zoom.us'), config);
      expect(rules.includes('institutional-account'), ctx).toBe(!ctx.startsWith('discord'));
      if (!ctx.startsWith('discord')) expect(rules[0]).toBe('institutional-account');
    }
  });

  it('institutional-account matches the host exactly, case-insensitively', () => {
    const config = configFor('grenoble-inp');
    expect(rulesOf('portal', obs('GRENOBLE-INP.zoom.us'), config)).not.toContain('institutional-account');
    expect(rulesOf('portal', obs('us02web.zoom.us'), config)).toContain('institutional-account');
    expect(rulesOf('portal', obs('evil-grenoble-inp.zoom.us'), config)).toContain('institutional-account');
    expect(rulesOf('portal', obs('x.grenoble-inp.zoom.us'), config)).toContain('institutional-account');
  });

  it('institutional-account fires on any profile including it once the admin names hosts', () => {
    const config = configFor('default', { approvedHosts: ['univ-exemple.zoom.us'] });
    // default does not include the rule: hosts alone do not activate it.
    expect(rulesOf('portal', obs('zoom.us'), config)).not.toContain('institutional-account');
    const g = configFor('grenoble-inp', { approvedHosts: ['univ-exemple.zoom.us'] });
    expect(rulesOf('portal', obs('grenoble-inp.zoom.us'), g)).toContain('institutional-account');
    expect(rulesOf('portal', obs('univ-exemple.zoom.us'), g)).not.toContain('institutional-account');
  });
});

/* ------------------------------------------------------------------------------------------------ */

describe('detected rules (default profile, which includes them all)', () => {
  const config = configFor('default');
  const table: [string, ContextId, Partial<PageObservations>, RuleId[], RuleId[]][] = [
    // name, context, observations, must include, must not include
    ['PMI selected', 'schedule', { pmiSelected: true }, ['no-pmi'], []],
    ['PMI shown', 'meetings', { showsPmi: true }, ['no-pmi'], []],
    ['PMI not selected', 'schedule', { pmiSelected: false, showsPmi: false }, [], ['no-pmi']],
    ['waiting room off', 'schedule', { waitingRoom: 'off' }, ['waiting-room'], []],
    ['waiting room on', 'schedule', { waitingRoom: 'on' }, [], ['waiting-room']],
    ['waiting room off in settings', 'meeting-settings', { waitingRoom: 'off' }, ['waiting-room'], []],
    ['passcode off', 'schedule', { passcode: 'off' }, ['passcode'], []],
    ['passcode off in settings', 'meeting-settings', { passcode: 'off' }, ['passcode'], []],
    ['passcode on', 'schedule', { passcode: 'on' }, [], ['passcode']],
    ['auto recording cloud', 'schedule', { autoRecording: 'cloud' }, ['local-recording-only', 'recording-consent'], []],
    ['auto recording local', 'schedule', { autoRecording: 'local' }, ['recording-consent'], ['local-recording-only']],
    ['auto recording on', 'recording-settings', { autoRecording: 'on' }, ['recording-consent'], ['local-recording-only']],
    ['auto recording off', 'schedule', { autoRecording: 'off' }, [], ['recording-consent', 'local-recording-only']],
    ['cloud recording enabled', 'recording-settings', { cloudRecordingEnabled: true }, ['local-recording-only'], ['recording-consent']],
    ['cloud recording disabled', 'recording-settings', { cloudRecordingEnabled: false }, [], ['local-recording-only']],
    ['sensitive health', 'schedule', { sensitive: ['health'] }, ['sensitive-data-detected'], ['no-remote-proctoring']],
    ['exam word alone', 'schedule', { sensitive: ['exam'] }, ['sensitive-data-detected'], ['no-remote-proctoring']],
    ['remote proctoring', 'schedule', { sensitive: ['exam'], remoteProctoring: true }, ['sensitive-data-detected', 'no-remote-proctoring'], []],
    ['sensitive on join page', 'join', { sensitive: ['nir'] }, ['sensitive-data-detected'], []],
    ['gmail on signup', 'signup', { emailDomain: 'gmail.com' }, ['professional-email'], []],
    ['orange.fr on signin', 'signin', { emailDomain: 'orange.fr' }, ['professional-email'], []],
    ['institution domain on signup', 'signup', { emailDomain: 'ac-exemple.fr' }, [], ['professional-email']],
  ];
  it.each(table)('%s', (_name, ctx, o, include, exclude) => {
    const rules = rulesOf(ctx, obs('zoom.us', o), config);
    for (const r of include) expect(rules).toContain(r);
    for (const r of exclude) expect(rules).not.toContain(r);
  });

  it('sensitive-data-detected names the categories found', () => {
    const w = evaluate('schedule', obs('zoom.us', { sensitive: ['health', 'nir'] }), config).warnings.find(
      (x) => x.rule === 'sensitive-data-detected',
    );
    expect(w?.finding?.fr).toBe('Repéré : santé ou handicap, numéro de sécurité sociale.');
    expect(w?.finding?.en).toBe('Found: health or disability, social security number.');
  });

  it('professional-email: outside the institution domains', () => {
    const c = configFor('default', { institutionEmailDomains: ['ac-aix-marseille.fr'] });
    expect(rulesOf('signup', obs('zoom.us', { emailDomain: 'ac-aix-marseille.fr' }), c)).not.toContain('professional-email');
    expect(rulesOf('signup', obs('zoom.us', { emailDomain: 'lyc-x.ac-aix-marseille.fr' }), c)).not.toContain('professional-email');
    const w = evaluate('signup', obs('zoom.us', { emailDomain: 'univ-exemple.fr' }), c).warnings[0];
    expect(w?.rule).toBe('professional-email');
    expect(w?.finding?.en).toContain('univ-exemple.fr');
    expect(w?.finding?.en).toContain('ac-aix-marseille.fr');
  });

  it('a profile without a detected rule never shows it', () => {
    const ehesp = configFor('ehesp');
    const rules = rulesOf('schedule', obs('zoom.us', { pmiSelected: true, waitingRoom: 'off', passcode: 'off', autoRecording: 'cloud' }), ehesp);
    expect(rules).toEqual(['service-restricted', 'no-sensitive-data', 'no-personal-data', 'unsecured-communications']);
  });

  it('grenoble-inp schedule form with every problem', () => {
    const g = configFor('grenoble-inp');
    const e = evaluate(
      'schedule',
      obs('grenoble-inp.zoom.us', { pmiSelected: true, waitingRoom: 'off', passcode: 'off', autoRecording: 'cloud', sensitive: ['health'] }),
      g,
    );
    expect(activeRuleIds(e)).toBe(
      'sensitive-data-detected no-pmi waiting-room passcode local-recording-only recording-consent no-sensitive-data no-public-links',
    );
  });
});

/* ------------------------------------------------------------------------------------------------ */

describe('ordering, texts, disabled rules', () => {
  it('orders stance, then detected, then reminders; by severity within a group', () => {
    const config = configFor('ac-aix-marseille');
    const e = evaluate('schedule', obs('zoom.us', { sensitive: ['health'], autoRecording: 'local' }), config);
    expect(e.warnings.map((w) => w.rule)).toEqual([
      'service-forbidden',
      'sensitive-data-detected', // critical
      'recording-consent', // warning
      'no-sensitive-data', // reminder, warning
      'no-personal-data', // reminder, info
      'unsecured-communications',
    ]);
    const kinds = e.warnings.map((w) => w.kind);
    expect(kinds).toEqual(['stance', 'detected', 'detected', 'reminder', 'reminder', 'reminder']);
  });

  it('fills the service and institution into stance texts and carries the reasons', () => {
    const e = evaluate('discord-app', obs('discord.com'), configFor('ac-aix-marseille'));
    const w = e.warnings[0];
    expect(w?.rule).toBe('service-forbidden');
    expect(w?.title.fr).toBe('Discord est proscrit par l’Académie d’Aix-Marseille');
    expect(w?.title.en).toBe('Discord is forbidden by the Aix-Marseille education authority');
    expect(w?.why).toEqual(PROFILES['ac-aix-marseille'].stances.discord.summary);
    expect(w?.reasons?.length).toBeGreaterThan(2);
    expect(w?.service).toBe('discord');
    expect(w?.source.seed).toBe('004_71d5f751cf4c21f4.txt');
  });

  it('admin institution name replaces the profile’s', () => {
    const c = configFor('ac-aix-marseille', { institutionName: 'Lycée Exemple' });
    expect(localize(evaluate('portal', obs('zoom.us'), c).warnings[0]!.title, 'fr')).toBe('Zoom est proscrit par Lycée Exemple');
  });

  it('no placeholder is left unfilled', () => {
    for (const profile of PROFILE_IDS) {
      const config = configFor(profile, { approvedHosts: ['x.zoom.us'] });
      for (const ctx of CONTEXT_IDS) {
        for (const w of evaluate(ctx, obs('zoom.us', { sensitive: ['exam'], emailDomain: 'gmail.com', pmiSelected: true }), config).warnings) {
          for (const text of [w.title, w.why, w.details]) expect(`${text.fr} ${text.en}`).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });

  it('a disabled rule never appears', () => {
    const c = configFor('ac-aix-marseille', { disabledRules: ['service-forbidden', 'no-personal-data'] });
    const rules = rulesOf('join', obs('zoom.us'), c);
    expect(rules).not.toContain('service-forbidden');
    expect(rules).not.toContain('no-personal-data');
    expect(rules).toContain('no-sensitive-data');
  });

  it('every rule can be activated in some context by some profile', () => {
    const seen = new Set<RuleId>();
    const all = obs('zoom.us', {
      pmiSelected: true, waitingRoom: 'off', passcode: 'off', autoRecording: 'cloud', sensitive: ['exam'], remoteProctoring: true, emailDomain: 'gmail.com',
    });
    for (const profile of PROFILE_IDS) {
      const config = configFor(profile, { approvedHosts: ['x.zoom.us'] });
      for (const ctx of CONTEXT_IDS) for (const w of evaluate(ctx, all, config).warnings) seen.add(w.rule);
    }
    expect([...seen].sort()).toEqual([...RULE_IDS].sort());
  });

  it('reminders only show in their contexts', () => {
    const config = configFor('default');
    for (const ctx of CONTEXT_IDS) {
      for (const w of evaluate(ctx, obs('zoom.us'), config).warnings) {
        expect(RULES[w.rule].contexts, `${w.rule} in ${ctx}`).toContain(ctx);
      }
    }
  });
});

/* ------------------------------------------------------------------------------------------------ */

describe('enforcement, confirmation and acknowledgements', () => {
  const NOW = Date.UTC(2026, 0, 15, 12);
  const HOUR = 3_600_000;

  it('inform: never asks for confirmation', () => {
    const c = configFor('ac-aix-marseille', { enforcement: { zoom: 'inform' } });
    const e = evaluate('schedule', obs('zoom.us', { pmiSelected: true }), c, {}, NOW);
    expect(e.enforcement).toBe('inform');
    expect(e.warnings.length).toBeGreaterThan(0);
    expect(e.confirmationNeeded).toEqual([]);
    expect(e.blocked).toBe(false);
  });

  it('warn on schedule: stance and detected problems must be confirmed, not reminders', () => {
    const c = configFor('ac-aix-marseille');
    const e = evaluate('schedule', obs('zoom.us', { sensitive: ['health'] }), c, {}, NOW);
    expect(e.confirmationNeeded.map((w) => w.rule)).toEqual(['service-forbidden', 'sensitive-data-detected']);
  });

  it('warn on the web client: reminders must be acknowledged before Join', () => {
    const e = evaluate('webclient', obs('app.zoom.us'), configFor('default'), {}, NOW);
    expect(e.confirmationNeeded.map((w) => w.rule)).toEqual([
      'no-sensitive-data', 'no-personal-data', 'unsecured-communications', 'identify-participants',
    ]);
  });

  it('acknowledged reminders and stance stay active but need no confirmation', () => {
    const c = configFor('ac-aix-marseille');
    const acks = {
      [acknowledgementKey('zoom', 'service-forbidden')]: NOW - HOUR,
      [acknowledgementKey('zoom', 'no-personal-data')]: NOW - 2 * HOUR,
      [acknowledgementKey('zoom', 'sensitive-data-detected')]: NOW - HOUR, // detected: never acknowledged
    };
    const e = evaluate('join', obs('zoom.us', { sensitive: ['phone'] }), c, acks, NOW);
    const byRule = new Map(e.warnings.map((w) => [w.rule, w]));
    expect(byRule.get('service-forbidden')?.acknowledged).toBe(true);
    expect(byRule.get('no-personal-data')?.acknowledged).toBe(true);
    expect(byRule.get('sensitive-data-detected')?.acknowledged).toBe(false);
    expect(byRule.get('no-sensitive-data')?.acknowledged).toBe(false);
    expect(e.confirmationNeeded.map((w) => w.rule)).toEqual([
      'sensitive-data-detected', 'no-sensitive-data', 'unsecured-communications', 'identify-participants',
    ]);
  });

  it('acknowledgements expire after the TTL (default 24 h, or the policy’s)', () => {
    const key = acknowledgementKey('zoom', 'identify-participants');
    const c = configFor('default');
    const ack = (at: number, config = c) =>
      evaluate('join', obs('zoom.us'), config, { [key]: at }, NOW).warnings.find((w) => w.rule === 'identify-participants')?.acknowledged;
    expect(ack(NOW - 23 * HOUR)).toBe(true);
    expect(ack(NOW - 25 * HOUR)).toBe(false);
    expect(ack(NOW + HOUR)).toBe(false); // from the future: not trusted
    const short = configFor('default', { acknowledgementTtlHours: 1 });
    expect(ack(NOW - 30 * 60_000, short)).toBe(true);
    expect(ack(NOW - 2 * HOUR, short)).toBe(false);
    // Keyed by service: a Discord acknowledgement does not cover Zoom.
    expect(evaluate('join', obs('zoom.us'), c, { 'discord:identify-participants': NOW }, NOW).warnings.some((w) => w.acknowledged)).toBe(false);
  });

  it('block: the service is blocked whatever its stance; "continue anyway" is per tab, not an acknowledgement', () => {
    const block = configFor('ac-aix-marseille', { enforcement: { zoom: 'block', discord: 'block' } });
    expect(evaluate('portal', obs('zoom.us'), block, {}, NOW).blocked).toBe(true);
    // Acknowledging the stance in a panel never lets anyone through: the per-tab bypass does (service worker).
    const acked = { [acknowledgementKey('zoom', 'service-forbidden')]: NOW - HOUR };
    const bypass = configFor('ac-aix-marseille', { enforcement: { zoom: 'block' }, allowBypass: true });
    expect(evaluate('portal', obs('zoom.us'), bypass, acked, NOW).blocked).toBe(true);
    // Discord kept the profile's enforcement (warn).
    expect(evaluate('discord', obs('discord.com'), bypass, {}, NOW).enforcement).toBe('warn');
    expect(evaluate('discord', obs('discord.com'), bypass, {}, NOW).blocked).toBe(false);
    // The admin's block holds on a service the profile only restricts, like the block rules of the browser.
    const g = configFor('grenoble-inp', { enforcement: { zoom: 'block' } });
    const e = evaluate('schedule', obs('zoom.us', { passcode: 'off' }), g, {}, NOW);
    expect(e.blocked).toBe(true);
    expect(e.confirmationNeeded.map((w) => w.rule)).toEqual(['institutional-account', 'passcode']);
  });
});
