// @vitest-environment happy-dom
import { describe, expect, it, beforeEach } from 'vitest';
import { render } from 'preact';
import { resolveConfig } from '../../../src/policies';
import { describeTab, isTabSnapshot, parseTabId, serviceOfUrl } from '../../../src/popup/model';
import { Popup } from '../../../src/popup/Popup';
import type { TabSnapshot } from '../../../src/shared/messages';

const NOW = Date.UTC(2026, 0, 15, 12);

function snapshot(partial: Partial<TabSnapshot> & Pick<TabSnapshot, 'context'>): TabSnapshot {
  return {
    url: 'https://zoom.us/meeting/schedule',
    rules: [],
    observations: { host: 'zoom.us', sensitive: [] },
    ...partial,
  };
}

describe('popup model', () => {
  it.each([
    ['?tabId=42', 42],
    ['?tabId=0', 0],
    ['', null],
    ['?tabId=', null],
    ['?tabId=-1', null],
    ['?tabId=4x', null],
    ['?tabId=1e3', null],
    ['?tabId=99999999999', null],
  ])('parseTabId(%j) → %j', (search, expected) => {
    expect(parseTabId(search)).toBe(expected);
  });

  it('accepts only well-formed snapshots', () => {
    expect(isTabSnapshot(snapshot({ context: 'schedule' }))).toBe(true);
    expect(isTabSnapshot(null)).toBe(false);
    expect(isTabSnapshot({ url: 'x', context: 'nowhere', observations: { host: 'a', sensitive: [] } })).toBe(false);
    expect(isTabSnapshot({ url: 'x', context: 'join' })).toBe(false);
    expect(isTabSnapshot({ url: 'x', context: 'join', observations: { host: 'zoom.us' } })).toBe(false);
  });

  it.each([
    ['https://zoom.us/j/1', 'zoom'],
    ['https://grenoble-inp.zoom.us/', 'zoom'],
    ['https://discord.com/app', 'discord'],
    ['http://zoom.us/', null],
    ['https://example.org/', null],
    ['https://zoom.us.evil.com/', null],
    [undefined, null],
    ['not a url', null],
  ])('serviceOfUrl(%j) → %j', (url, expected) => {
    expect(serviceOfUrl(url)).toBe(expected);
  });

  it('describes a Zoom tab with the warnings the content script would show', () => {
    const { config } = resolveConfig({}, { profile: 'ac-aix-marseille' });
    const view = describeTab(snapshot({ context: 'join', url: 'https://zoom.us/j/123' }), 'https://zoom.us/j/123', config, {}, NOW);
    expect(view.kind).toBe('tab');
    if (view.kind !== 'tab') return;
    expect(view.service).toBe('zoom');
    expect(view.open.map((w) => w.rule)).toContain('service-forbidden');
    expect(view.acknowledged).toEqual([]);
  });

  it('separates acknowledged reminders from open warnings', () => {
    const { config } = resolveConfig({}, {});
    const first = describeTab(snapshot({ context: 'join' }), undefined, config, {}, NOW);
    if (first.kind !== 'tab') throw new Error('expected a tab view');
    const reminder = first.open.find((w) => w.kind === 'reminder');
    expect(reminder).toBeDefined();
    const acks = { [`zoom:${reminder!.rule}`]: NOW - 1000 };
    const second = describeTab(snapshot({ context: 'join' }), undefined, config, acks, NOW);
    if (second.kind !== 'tab') throw new Error('expected a tab view');
    expect(second.acknowledged.map((w) => w.rule)).toEqual([reminder!.rule]);
    expect(second.open.map((w) => w.rule)).not.toContain(reminder!.rule);
  });

  it('falls back to the overview on other sites and when the service tab does not answer', () => {
    const { config } = resolveConfig({}, {});
    expect(describeTab(null, 'https://example.org/', config, {}, NOW)).toMatchObject({ kind: 'overview', reason: 'not-service' });
    expect(describeTab(null, undefined, config, {}, NOW)).toMatchObject({ kind: 'overview', reason: 'not-service' });
    expect(describeTab(null, 'https://zoom.us/j/1', config, {}, NOW)).toMatchObject({
      kind: 'overview',
      reason: 'no-answer',
      services: ['zoom', 'discord'],
    });
  });
});

describe('<Popup>', () => {
  let host: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    host = document.createElement('div');
    document.body.append(host);
  });

  it('shows status, reasons, warnings, alternatives and contacts on a forbidden service', () => {
    const { config } = resolveConfig({}, { profile: 'ac-aix-marseille' });
    const view = describeTab(snapshot({ context: 'join', url: 'https://zoom.us/j/123' }), undefined, config, {}, NOW);
    render(<Popup lang="fr" config={config} view={view} optionsUrl="chrome-extension://x/src/options/index.html" />, host);
    const status = host.querySelector('[data-vigie-status]');
    expect(status?.getAttribute('data-service')).toBe('zoom');
    expect(status?.getAttribute('data-vigie-status')).toBe('forbidden');
    expect(status?.textContent).toContain('Interdit');
    expect(status?.querySelectorAll('li').length).toBeGreaterThan(0); // the reasons
    const rules = [...host.querySelectorAll('[data-rule]')].map((el) => el.getAttribute('data-rule'));
    expect(rules).toContain('service-forbidden');
    const alternatives = [...host.querySelectorAll('[data-alternative]')].map((el) => el.getAttribute('data-alternative'));
    expect(alternatives).toEqual(config.alternatives.map((a) => a.id));
    expect(alternatives.length).toBeGreaterThan(0);
    for (const link of host.querySelectorAll<HTMLAnchorElement>('[data-alternative] a')) {
      expect(link.target).toBe('_blank');
      expect(link.rel).toContain('noopener');
      expect(link.href.startsWith('https://')).toBe(true);
    }
    expect(host.querySelector('[data-vigie-options-link]')?.getAttribute('href')).toBe('chrome-extension://x/src/options/index.html');
    expect(config.helpUrl).toBeDefined();
    expect(host.querySelector(`.contacts a[href="${config.helpUrl}"]`)?.textContent).toBe('Portail d’assistance VERDON');
    // The reasons of a forbidden service are unfolded.
    expect(status?.querySelector('details')?.open).toBe(true);
  });

  it('shows the stance on every service on other tabs, in English when asked', () => {
    const { config } = resolveConfig({}, {});
    render(<Popup lang="en" config={config} view={describeTab(null, 'https://example.org/', config, {}, NOW)} optionsUrl="#" />, host);
    const services = [...host.querySelectorAll('[data-vigie-status]')].map((el) => el.getAttribute('data-service'));
    expect(services).toEqual(['zoom', 'discord']);
    expect(host.querySelector('[data-rule]')).toBeNull();
    expect(host.textContent).toContain('For: ');
    expect(host.textContent).not.toContain('For : ');
    expect(host.textContent).toContain('This tab is not a Zoom or Discord page');
    expect(host.querySelectorAll('[data-alternative]').length).toBe(config.alternatives.length);
  });

  it('says so while the tab is being asked', () => {
    const { config } = resolveConfig({}, {});
    render(<Popup lang="fr" config={config} view={null} optionsUrl="#" />, host);
    expect(host.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(host.textContent).toContain('Chargement');
  });

  it('says when nothing is active', () => {
    const { config } = resolveConfig({ disabledRules: [] }, {});
    const view = describeTab(snapshot({ context: 'download', url: 'https://zoom.us/download' }), undefined, config, {}, NOW);
    if (view.kind !== 'tab') throw new Error('expected a tab view');
    const acks = Object.fromEntries(view.open.map((w) => [`${w.service}:${w.rule}`, NOW]));
    const quiet = describeTab(snapshot({ context: 'download' }), undefined, config, acks, NOW);
    render(<Popup lang="fr" config={config} view={quiet} optionsUrl="#" />, host);
    if (quiet.kind === 'tab' && quiet.open.length === 0) expect(host.querySelector('.none')).not.toBeNull();
  });
});
