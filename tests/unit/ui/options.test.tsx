// @vitest-environment happy-dom
import { describe, expect, it, beforeEach, vi } from 'vitest';
import { render } from 'preact';
import { PROFILE_IDS, resolveConfig, validateManagedPolicy } from '../../../src/policies';
import { Options, type OptionsProps } from '../../../src/options/Options';
import { liveAcknowledgementCount, managedProblems, prettyPolicy, profileLock } from '../../../src/options/model';
import type { PageState } from '../../../src/ui/page-state';

function pageState(managed: Record<string, unknown>, user: Record<string, unknown> = {}, acknowledgements: Record<string, number> = {}): PageState {
  const { config, problems } = resolveConfig(managed, user);
  return { stored: { managed, user, acknowledgements }, config, problems, lang: config.language === 'en' ? 'en' : 'fr' };
}

function props(managed: Record<string, unknown>, user: Record<string, unknown> = {}): OptionsProps {
  const { policy, problems } = validateManagedPolicy(managed);
  return {
    state: pageState(managed, user),
    managed,
    policy,
    problems,
    notice: '',
    onProfile: vi.fn(),
    onLanguage: vi.fn(),
    onResetAcknowledgements: vi.fn(),
    selfTest: null,
    onRerunSelfTest: vi.fn(),
  };
}

describe('options model', () => {
  it('locks the profile when the admin locked the settings or chose the profile', () => {
    expect(profileLock({})).toBeNull();
    expect(profileLock({ profile: 'ehesp' })).toBe('policy');
    expect(profileLock({ lockUserSettings: true })).toBe('locked');
    expect(profileLock({ lockUserSettings: true, profile: 'ehesp' })).toBe('locked');
    expect(profileLock({ lockUserSettings: false })).toBeNull();
  });

  it('agrees with resolveConfig: a locked or policy-set profile ignores the user choice', () => {
    expect(resolveConfig({ profile: 'ehesp' }, { profile: 'ac-aix-marseille' }).config.profileId).toBe('ehesp');
    expect(resolveConfig({ lockUserSettings: true }, { profile: 'ac-aix-marseille' }).config.profileId).toBe('default');
    expect(resolveConfig({}, { profile: 'ac-aix-marseille' }).config.profileId).toBe('ac-aix-marseille');
    // The language stays the user's.
    expect(resolveConfig({ lockUserSettings: true }, { language: 'en' }).config.language).toBe('en');
  });

  it('pretty-prints the policy with sorted keys', () => {
    expect(prettyPolicy({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: true } })).toBe(
      '{\n  "a": {\n    "c": true,\n    "d": [\n      2,\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}',
    );
  });

  it('keeps only the managed problems', () => {
    const { problems } = resolveConfig({ profile: 'nope' }, { profile: 42 });
    expect(managedProblems(problems).every((p) => p.origin === 'managed')).toBe(true);
    expect(managedProblems(problems).length).toBeGreaterThan(0);
  });

  it('counts the acknowledgements still in force', () => {
    const now = 1_000_000_000;
    expect(liveAcknowledgementCount({ a: now - 1000, b: now - 25 * 3_600_000, c: now + 10 }, 24, now)).toBe(1);
  });
});

describe('<Options>', () => {
  let host: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    host = document.createElement('div');
    document.body.append(host);
  });

  it('offers every profile by name and saves a choice at once', () => {
    const p = props({});
    render(<Options {...p} />, host);
    const select = host.querySelector<HTMLSelectElement>('#vigie-profile')!;
    expect(select.disabled).toBe(false);
    expect([...select.options].map((o) => o.value)).toEqual([...PROFILE_IDS]);
    expect(select.options[0]?.textContent).toBe('Enseignement public français (générique)');
    select.value = 'ac-aix-marseille';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(p.onProfile).toHaveBeenCalledWith('ac-aix-marseille');
    expect(host.querySelector('[data-vigie-policy="none"]')).not.toBeNull();
    expect(host.querySelector('label[for="vigie-profile"]')).not.toBeNull();
  });

  it('makes the profile read-only with an explanation when the admin set it', () => {
    render(<Options {...props({ profile: 'ehesp' })} />, host);
    expect(host.querySelector<HTMLSelectElement>('#vigie-profile')!.disabled).toBe(true);
    expect(host.querySelector('[data-vigie-locked="policy"]')?.textContent).toContain('fixé par la politique');
    render(<Options {...props({ lockUserSettings: true })} />, host);
    expect(host.querySelector('[data-vigie-locked="locked"]')?.textContent).toContain('verrouillé');
    // The language stays free.
    expect(host.querySelector<HTMLSelectElement>('#vigie-language')!.disabled).toBe(false);
  });

  it('changes the language and resets acknowledgements', () => {
    const p = props({});
    render(<Options {...p} />, host);
    const language = host.querySelector<HTMLSelectElement>('#vigie-language')!;
    expect([...language.options].map((o) => o.value)).toEqual(['auto', 'fr', 'en']);
    language.value = 'en';
    language.dispatchEvent(new Event('change', { bubbles: true }));
    expect(p.onLanguage).toHaveBeenCalledWith('en');
    host.querySelector<HTMLButtonElement>('[data-vigie-reset-acks]')!.click();
    expect(p.onResetAcknowledgements).toHaveBeenCalled();
  });

  it('shows the policy in force and explains each of its errors', () => {
    const managed = { profile: 'ac-aix-marseille', enforcement: { zoom: 'explode' }, helpUrl: 'http://insecure.example', allowBypass: true };
    render(<Options {...props(managed)} />, host);
    const json = host.querySelector('[data-vigie-policy-json]')!;
    expect(JSON.parse(json.textContent ?? '')).toEqual(managed);
    expect(json.getAttribute('tabindex')).toBe('0');
    const paths = [...host.querySelectorAll('[data-policy-problem]')].map((el) => el.getAttribute('data-policy-problem'));
    expect(paths.some((path) => path?.startsWith('enforcement'))).toBe(true);
    expect(paths).toContain('helpUrl');
    expect(host.querySelector('[data-vigie-summary-profile]')?.getAttribute('data-vigie-summary-profile')).toBe('ac-aix-marseille');
    expect(host.querySelector('[data-vigie-summary-bypass]')?.textContent).toBe('oui');
    expect(host.querySelector('[data-vigie-enforcement^="zoom:"]')).not.toBeNull();
  });

  it('says when the policy is valid', () => {
    render(<Options {...props({ institutionName: 'Lycée Test' })} />, host);
    expect(host.querySelector('[data-vigie-no-problems]')).not.toBeNull();
    expect(host.querySelector('[data-vigie-summary-institution]')?.textContent).toBe('Lycée Test');
  });
});
