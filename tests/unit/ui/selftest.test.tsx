// @vitest-environment happy-dom
import '../../../src/i18n/full';
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { BLOCK_RULE_IDS } from '../../../src/blocked/dnr';
import { SERVICE_IDS } from '../../../src/core/contract';
import { resolveConfig, validateManagedPolicy } from '../../../src/policies';
import { Options } from '../../../src/options/Options';
import { blockRuleReport, hostReports, keyReports, policySource, policyVerdict, selfTest, type SelfTestInput } from '../../../src/options/selftest';

const ID = 'joclfhbiaggbehgkemkeefbfkginmjnk';

describe('self-test: keys applied / ignored', () => {
  it('says which keys apply, partly apply or are ignored, with the validator’s reasons and key paths', () => {
    const reports = keyReports({
      profile: 'ehesp',
      enforcement: { zoom: 'block', discord: 'explode' },
      helpUrl: 'http://insecure.example.fr',
      colour: 'blue',
    });
    const byKey = Object.fromEntries(reports.map((r) => [r.key, r]));
    expect(byKey.profile?.status).toBe('applied');
    expect(byKey.profile?.problems).toEqual([]);
    expect(byKey.enforcement?.status).toBe('partial');
    expect(byKey.enforcement?.problems.map((p) => p.path)).toEqual(['enforcement.discord']);
    expect(byKey.helpUrl?.status).toBe('ignored');
    expect(byKey.helpUrl?.problems[0]?.message.fr).toMatch(/https/);
    expect(byKey.colour?.status).toBe('ignored');
    expect(reports.map((r) => r.key)).toEqual(['profile', 'enforcement', 'helpUrl', 'colour']);
  });
});

describe('self-test: policy received, from where, how long', () => {
  const cases: [string, SelfTestInput['live'], Record<string, unknown>, string, string][] = [
    ['live policy', { policy: { profile: 'ehesp' }, waitedMs: 4 }, {}, 'received', 'managed-storage'],
    ['no policy', { policy: {}, waitedMs: 2 }, {}, 'none', 'none'],
    ['no answer, nothing cached', { policy: null, waitedMs: 3000 }, {}, 'unanswered', 'none'],
    ['no answer, cached policy', { policy: null, waitedMs: 3000 }, { profile: 'ehesp' }, 'received', 'cache'],
  ];
  it.each(cases)('%s', (_name, live, cached, verdict, source) => {
    expect(policyVerdict(live, cached)).toBe(verdict);
    expect(policySource(live, cached)).toBe(source);
  });
});

describe('self-test: hosts and block rules', () => {
  it('reports host access per service and when Vigie last ran there', () => {
    const reports = hostReports({ zoom: true, discord: false }, { zoom: 1000 });
    expect(reports).toEqual([
      { service: 'zoom', access: 'granted', lastSeen: 1000 },
      { service: 'discord', access: 'withheld' },
    ]);
    expect(hostReports({}, {}).every((r) => r.access === 'unknown')).toBe(true);
  });

  it('counts block rules and names the services they block', () => {
    expect(blockRuleReport([])).toEqual({ count: 0, services: [] });
    expect(blockRuleReport([BLOCK_RULE_IDS.zoom.https, BLOCK_RULE_IDS.zoom.other])).toEqual({ count: 2, services: ['zoom'] });
    const all = SERVICE_IDS.flatMap((s) => [BLOCK_RULE_IDS[s].https, BLOCK_RULE_IDS[s].other]);
    expect(blockRuleReport(all).services).toEqual([...SERVICE_IDS]);
  });
});

describe('options page: self-test and « défini par votre administrateur »', () => {
  function draw(managed: Record<string, unknown>, input: Partial<SelfTestInput> = {}) {
    const { config, problems } = resolveConfig(managed, {});
    const { policy, problems: managedProblems } = validateManagedPolicy(managed);
    const result = selfTest({
      live: { policy: managed, waitedMs: 12 },
      cached: managed,
      access: { zoom: true, discord: true },
      lastSeen: {},
      ruleIds: [],
      extensionId: ID,
      ...input,
    });
    const root = document.createElement('div');
    render(
      <Options
        state={{ stored: { managed, user: {}, acknowledgements: {} }, config, problems, lang: 'fr' }}
        managed={managed}
        policy={policy}
        problems={managedProblems}
        notice=""
        onProfile={vi.fn()}
        onLanguage={vi.fn()}
        onResetAcknowledgements={vi.fn()}
        selfTest={result}
        onRerunSelfTest={vi.fn()}
      />,
      root,
    );
    return root;
  }

  it('without a policy: says no administrator policy is installed, nothing is marked as set by the administrator', () => {
    const root = draw({});
    const section = root.querySelector('[data-vigie-selftest]');
    expect(section?.getAttribute('data-vigie-selftest')).toBe('none');
    expect(section?.textContent).toContain('Aucune politique d’administrateur n’est installée');
    expect(root.querySelector('[data-vigie-selftest-id]')?.textContent).toBe(ID);
    expect(root.querySelectorAll('[data-vigie-managed]')).toHaveLength(0);
  });

  it('with a policy: source, applied keys, block rules, and greyed marks on what the policy sets', () => {
    const managed = { profile: 'ac-aix-marseille', enforcement: { zoom: 'block' }, allowBypass: false, helpUrl: 'http://x.fr' };
    const root = draw(managed, { ruleIds: [BLOCK_RULE_IDS.zoom.https, BLOCK_RULE_IDS.zoom.other], access: { zoom: true, discord: false }, lastSeen: { zoom: Date.UTC(2026, 0, 5, 9) } });
    const section = root.querySelector('[data-vigie-selftest]');
    expect(section?.getAttribute('data-vigie-selftest')).toBe('received');
    expect(section?.getAttribute('data-vigie-selftest-source')).toBe('managed-storage');
    expect(root.querySelector('[data-vigie-selftest-key="profile"]')?.getAttribute('data-status')).toBe('applied');
    expect(root.querySelector('[data-vigie-selftest-key="helpUrl"]')?.getAttribute('data-status')).toBe('ignored');
    expect(root.querySelector('[data-vigie-selftest-rules]')?.getAttribute('data-vigie-selftest-rules')).toBe('2');
    expect(root.querySelector('[data-vigie-selftest-rules]')?.textContent).toContain('Services bloqués : Zoom');
    expect(root.querySelector('[data-vigie-selftest-host="discord"]')?.getAttribute('data-access')).toBe('withheld');
    expect(root.querySelector('[data-vigie-selftest-host="discord"]')?.textContent).toContain('runtime_blocked_hosts');
    expect(root.querySelector('[data-vigie-selftest-host="zoom"]')?.getAttribute('data-seen')).toBe('yes');
    const marked = [...root.querySelectorAll('[data-vigie-managed]')].map((e) => e.getAttribute('data-vigie-managed'));
    expect(marked).toEqual(expect.arrayContaining(['profile', 'enforcement', 'allowBypass']));
    expect(marked).not.toContain('helpUrl'); // invalid: not applied, so not set by the administrator
    expect(root.querySelector('[data-vigie-managed="allowBypass"]')?.textContent).toContain('défini par votre administrateur');
  });
});
