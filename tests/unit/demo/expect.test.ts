import { describe, expect, it } from 'vitest';
import { expectationFor, missingFrom } from '../../../scripts/demo/expect';
import { SCENARIOS, type DemoScenario } from '../../../scripts/demo/scenarios';

const scenario = (id: string): DemoScenario => {
  const found = SCENARIOS.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('what the walk expects', () => {
  it('default profile: the scenario’s rules, the confirmation in warn mode, nothing blocked', () => {
    const e = expectationFor(scenario('schedule-en-cloud'), { profile: 'default' });
    expect(e).toMatchObject({ enforcement: 'warn', blocked: false, confirm: true, notApplied: [] });
    expect(e.rules).toEqual(['local-recording-only', 'recording-consent']);
  });

  it('inform: no confirmation dialog is expected', () => {
    expect(expectationFor(scenario('webclient-join-fr'), { profile: 'default', enforcement: 'inform' }).confirm).toBe(false);
  });

  it('a profile that forbids the service adds service-forbidden and drops the rules it does not apply', () => {
    const e = expectationFor(scenario('schedule-fr-pmi'), { profile: 'ac-aix-marseille' });
    expect(e.rules[0]).toBe('service-forbidden');
    expect(e.notApplied).toContain('no-pmi');
    expect(e.rules).not.toContain('no-pmi');
    expect(e.blocked).toBe(false);
  });

  it('block on a forbidden service expects the interstitial; block on a tolerated one does not', () => {
    expect(expectationFor(scenario('signup-fr'), { profile: 'ac-aix-marseille', enforcement: 'block' }).blocked).toBe(true);
    expect(expectationFor(scenario('discord-app'), { profile: 'ac-aix-marseille', enforcement: 'block' }).blocked).toBe(true);
    expect(expectationFor(scenario('signup-fr'), { profile: 'default', enforcement: 'block' }).blocked).toBe(false);
  });

  it('lists what is missing, or nothing', () => {
    const e = expectationFor(scenario('schedule-fr-sensitive'), { profile: 'default' });
    expect(missingFrom(e, { rules: ['sensitive-data-detected'], sensitive: ['health', 'class-council'], confirm: false, fieldWarning: true })).toEqual([]);
    expect(missingFrom(e, { rules: [], sensitive: ['health'], confirm: false, fieldWarning: false })).toEqual([
      'rule sensitive-data-detected',
      'sensitive category class-council',
      'field warning [data-vigie-field-warning]',
    ]);
  });
});

describe('unread rules in the walk', () => {
  it('the renamed schedule expects the rules Vigie could not check, and misses them when absent', () => {
    const e = expectationFor(scenario('schedule-renamed-unread'), { profile: 'default' });
    expect(e.unread).toEqual(expect.arrayContaining(['waiting-room', 'passcode']));
    const seen = { rules: e.rules, sensitive: [], confirm: false, fieldWarning: false };
    expect(missingFrom(e, { ...seen, unread: e.unread })).toEqual([]);
    expect(missingFrom(e, { ...seen, unread: [] })).toContain('unread rule waiting-room (data-vigie-unread)');
  });
});
