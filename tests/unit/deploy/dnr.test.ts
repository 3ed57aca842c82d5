import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BLOCKED_PAGE_PATH,
  BLOCK_RULE_PRIORITY,
  BYPASS_RULE_ID_BASE,
  BYPASS_RULE_PRIORITY,
  blockRules,
  bypassRule,
  isInterstitialUrl,
  nextBypassRuleId,
  parseBlockedLocation,
  safeReturnUrl,
  serviceOfBypassRule,
  type DnrRule,
} from '../../../src/blocked/dnr';

const PAGE = `chrome-extension://joclfhbiaggbehgkemkeefbfkginmjnk/${BLOCKED_PAGE_PATH}`;

/** What Chrome does with a matching redirect rule: the first regexFilter match replaced by regexSubstitution. */
function redirect(rule: DnrRule, url: string): string | null {
  if (rule.action.type !== 'redirect' || !rule.condition.regexFilter) return null;
  const host = new URL(url).hostname;
  const domainOk = rule.condition.requestDomains.some((d) => host === d || host.endsWith(`.${d}`));
  const re = new RegExp(rule.condition.regexFilter, 'i');
  if (!domainOk || !re.test(url)) return null;
  // RE2 substitution syntax \0…\9 → JavaScript's $&, $1…
  const substitution = rule.action.redirect.regexSubstitution.replace(/\$/g, '$$$$').replace(/\\(\d)/g, (_, d: string) => (d === '0' ? '$&' : `$${d}`));
  return url.replace(re, substitution);
}

function firstRedirect(rules: DnrRule[], url: string): string | null {
  for (const rule of rules) {
    const target = redirect(rule, url);
    if (target) return target;
  }
  return null;
}

describe('block rules', () => {
  it('exist only for services in block mode', () => {
    expect(blockRules({ zoom: 'warn', discord: 'inform' }, PAGE)).toEqual([]);
    const zoomOnly = blockRules({ zoom: 'block', discord: 'warn' }, PAGE);
    expect(zoomOnly.map((r) => r.id)).toEqual([1, 2]);
    expect(blockRules({ zoom: 'block', discord: 'block' }, PAGE).map((r) => r.id)).toEqual([1, 2, 3, 4]);
    for (const rule of zoomOnly) {
      expect(rule.priority).toBe(BLOCK_RULE_PRIORITY);
      expect(rule.condition.resourceTypes).toEqual(['main_frame']);
      expect(rule.condition.requestDomains).toEqual(['zoom.us', 'zoom.com', 'zoomgov.com']);
    }
    expect(blockRules({ zoom: 'warn', discord: 'block' }, PAGE)[0]?.condition.requestDomains).toEqual(['discord.com', 'discordapp.com']);
  });

  const CASES: Array<[string, string]> = [
    ['https://zoom.us/j/123', 'zoom'],
    ['https://us02web.zoom.us/j/85012345678?pwd=a&b=c%20d', 'zoom'],
    ['https://grenoble-inp.zoom.us/wc/join/123?x=https://y', 'zoom'],
    ['https://zoom.com/', 'zoom'],
    ['https://www.zoomgov.com/signin', 'zoom'],
    ['https://discord.com/channels/@me', 'discord'],
    ['https://ptb.discordapp.com/app?q=1&r=2', 'discord'],
  ];
  for (const [url, service] of CASES) {
    it(`redirects ${url} to the ${service} interstitial, carrying the URL back intact`, () => {
      const rules = blockRules({ zoom: 'block', discord: 'block' }, PAGE);
      const target = firstRedirect(rules, url);
      expect(target).toBe(`${PAGE}?service=${service}&url=${url}`);
      expect(parseBlockedLocation(target as string)).toEqual({ service, url: new URL(url).href });
    });
  }

  it('blocks plain http too, without carrying the URL', () => {
    const target = firstRedirect(blockRules({ zoom: 'block', discord: 'warn' }, PAGE), 'http://zoom.us/j/1');
    expect(target).toBe(`${PAGE}?service=zoom`);
    expect(parseBlockedLocation(target as string)).toEqual({ service: 'zoom', url: null });
  });

  it('leaves other sites alone', () => {
    const rules = blockRules({ zoom: 'block', discord: 'block' }, PAGE);
    for (const url of ['https://notzoom.us/', 'https://zoom.us.evil.example/j/1', 'https://example.fr/?u=https://zoom.us/']) {
      expect(firstRedirect(rules, url)).toBeNull();
    }
  });
});

describe('interstitial URL', () => {
  it('accepts a percent-encoded URL', () => {
    expect(parseBlockedLocation(`${PAGE}?service=zoom&url=${encodeURIComponent('https://zoom.us/j/1?a=b&c=d')}`)).toEqual({
      service: 'zoom',
      url: 'https://zoom.us/j/1?a=b&c=d',
    });
  });

  it('only carries back https URLs of the same service', () => {
    const bad = [
      'javascript:alert(1)',
      'http://zoom.us/j/1',
      'https://evil.example/zoom.us',
      'https://discord.com/app',
      'https://user:pw@zoom.us/',
      'data:text/html,<b>x</b>',
      'not a url',
    ];
    for (const url of bad) {
      expect(parseBlockedLocation(`${PAGE}?service=zoom&url=${url}`).url).toBeNull();
      expect(safeReturnUrl(url, 'zoom')).toBeNull();
    }
  });

  it('ignores unknown services and missing parameters', () => {
    expect(parseBlockedLocation(`${PAGE}?service=teams&url=https://zoom.us/`)).toEqual({ service: null, url: null });
    expect(parseBlockedLocation(PAGE)).toEqual({ service: null, url: null });
    expect(parseBlockedLocation(`${PAGE}?service=discord`)).toEqual({ service: 'discord', url: null });
  });
});

describe('isInterstitialUrl', () => {
  it.each([
    [PAGE, true],
    [`${PAGE}?service=zoom&url=https://zoom.us/j/1`, true],
    // Chromium's per-session dynamic id (use_dynamic_url) and Firefox's per-install uuid
    [`chrome-extension://0f4c1d2e-9b7a-4c3d-8e6f-1a2b3c4d5e6f/${BLOCKED_PAGE_PATH}?service=zoom`, true],
    [`moz-extension://2a7c9e1b-1111-4222-8333-444455556666/${BLOCKED_PAGE_PATH}`, true],
    [`chrome-extension://joclfhbiaggbehgkemkeefbfkginmjnk/src/popup/index.html`, false],
    [`https://zoom.us/${BLOCKED_PAGE_PATH}`, false],
    [`https://evil.example/src/blocked/index.html`, false],
    ['not a url', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isInterstitialUrl(url)).toBe(expected);
  });
});

describe('continue-anyway rules', () => {
  it('allow one service in one tab, above the redirects', () => {
    const rule = bypassRule(BYPASS_RULE_ID_BASE, 42, 'zoom');
    expect(rule.priority).toBeGreaterThan(BLOCK_RULE_PRIORITY);
    expect(rule.priority).toBe(BYPASS_RULE_PRIORITY);
    expect(rule.action).toEqual({ type: 'allow' });
    expect(rule.condition).toEqual({ requestDomains: ['zoom.us', 'zoom.com', 'zoomgov.com'], resourceTypes: ['main_frame'], tabIds: [42] });
    expect(serviceOfBypassRule(rule)).toBe('zoom');
    expect(serviceOfBypassRule(bypassRule(BYPASS_RULE_ID_BASE + 1, 42, 'discord'))).toBe('discord');
    expect(serviceOfBypassRule(blockRules({ zoom: 'block', discord: 'warn' }, PAGE)[0] as DnrRule)).toBeNull();
  });

  it('get fresh ids', () => {
    expect(nextBypassRuleId([])).toBe(BYPASS_RULE_ID_BASE);
    expect(nextBypassRuleId([{ id: BYPASS_RULE_ID_BASE }, { id: BYPASS_RULE_ID_BASE + 5 }])).toBe(BYPASS_RULE_ID_BASE + 6);
  });
});

describe('manifest', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')) as {
    permissions: string[];
    host_permissions: string[];
    web_accessible_resources?: Array<{ resources: string[]; matches: string[]; use_dynamic_url?: boolean }>;
  };

  it('serves the interstitial to pages only under a per-session dynamic id (sites cannot probe for Vigie)', () => {
    const entries = manifest.web_accessible_resources ?? [];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.use_dynamic_url, entry.resources.join()).toBe(true);
  });

  it('lets navigations be redirected to the interstitial (web accessible) and has host access for redirects', () => {
    expect(manifest.permissions).toContain('declarativeNetRequest');
    expect(manifest.web_accessible_resources?.some((w) => w.resources.includes(BLOCKED_PAGE_PATH))).toBe(true);
    const domains = blockRules({ zoom: 'block', discord: 'block' }, PAGE).flatMap((r) => r.condition.requestDomains);
    for (const domain of new Set(domains)) {
      expect(manifest.host_permissions).toContain(`https://${domain}/*`);
      expect(manifest.host_permissions).toContain(`https://*.${domain}/*`);
    }
  });
});
