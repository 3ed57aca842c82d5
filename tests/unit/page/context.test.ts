import { describe, expect, it } from 'vitest';
import { CONTEXT_IDS } from '../../../src/core/contract';
import { CONTEXT_EXAMPLES, DETECTORS, detectContext, isPmiPage } from '../../../src/core/context';
import { MATCH_PATTERNS, serviceOfHost } from '../../../src/core/hosts';

describe('serviceOfHost', () => {
  it.each([
    ['zoom.us', 'zoom'],
    ['ZOOM.US', 'zoom'],
    ['us02web.zoom.us', 'zoom'],
    ['app.zoom.us', 'zoom'],
    ['grenoble-inp.zoom.us', 'zoom'],
    ['www.zoom.com', 'zoom'],
    ['zoom.com', 'zoom'],
    ['zoomgov.com', 'zoom'],
    ['agency.zoomgov.com', 'zoom'],
    ['zoom.us.', 'zoom'],
    ['zoom.us:443', 'zoom'],
    ['discord.com', 'discord'],
    ['ptb.discord.com', 'discord'],
    ['discordapp.com', 'discord'],
    ['cdn.discordapp.com', 'discord'],
  ] as const)('%s → %s', (host, service) => {
    expect(serviceOfHost(host)).toBe(service);
  });

  it.each(['notzoom.us', 'zoom.us.evil.com', 'zoom.usa', 'evilzoom.com', 'zoomgov.com.evil', 'discord.gg', 'notdiscord.com', 'discord.co', 'example.org', '', '.zoom.us', 'a..zoom.us'])(
    '%s → null',
    (host) => {
      expect(serviceOfHost(host)).toBeNull();
    },
  );

  it('match patterns cover every watched domain and its subdomains, https only', () => {
    for (const p of ['https://zoom.us/*', 'https://*.zoom.us/*', 'https://zoom.com/*', 'https://*.zoom.com/*', 'https://zoomgov.com/*', 'https://*.zoomgov.com/*', 'https://discord.com/*', 'https://*.discord.com/*', 'https://discordapp.com/*', 'https://*.discordapp.com/*']) {
      expect(MATCH_PATTERNS).toContain(p);
    }
    expect(MATCH_PATTERNS.every((p) => p.startsWith('https://'))).toBe(true);
  });
});

describe('context detectors', () => {
  it('has a detector for every context id, each with examples', () => {
    expect(new Set(DETECTORS.map((d) => d.id))).toEqual(new Set(CONTEXT_IDS));
    for (const d of DETECTORS) expect(CONTEXT_EXAMPLES[d.id].length, d.id).toBeGreaterThan(0);
  });

  const cases = DETECTORS.flatMap((d) => CONTEXT_EXAMPLES[d.id].map((e) => [d.id, e] as const));
  it.each(cases)('%s: %s is detected as its own context and by no other detector', (id, example) => {
    expect(detectContext(example)).toBe(id);
    const url = new URL(example);
    const claimedBy = DETECTORS.filter((d) => d.test(url)).map((d) => d.id);
    expect(claimedBy).toEqual([id]);
  });
});

describe('detectContext', () => {
  it.each([
    ['https://zoom.us/meeting/schedule/', 'schedule'],
    ['https://ZOOM.us/MEETING/SCHEDULE?x=1#top', 'schedule'],
    ['zoom.us/signup', 'signup'],
    [new URL('https://zoom.us/meeting#/pmi/1234567890'), 'meetings'],
    ['https://zoom.us/profile/setting?tab=recording', 'recording-settings'],
    ['https://zoom.us/profile/setting?tab=meeting#/recording', 'meeting-settings'],
    ['https://zoom.us/profile/setting/recording', 'recording-settings'],
    ['https://zoom.us/meeting/81234567890/edit?fixture=schedule-en', 'schedule'],
    ['https://zoom.us/fr/meeting/schedule', 'schedule'],
    ['https://zoom.us/wc/81234567890/join', 'webclient'],
    ['https://discord.com/login?redirect_to=%2Fchannels%2F%40me', 'discord'],
    ['http://zoom.us/j/123', 'join'],
  ] as const)('%s → %s', (url, expected) => {
    expect(detectContext(url)).toBe(expected);
  });

  it.each(['https://example.org/signup', 'https://zoom.us.evil.com/meeting/schedule', 'not a url at all', '', 'https://notzoom.us/j/1'])(
    '%s → null',
    (url) => {
      expect(detectContext(url)).toBeNull();
    },
  );
});

describe('isPmiPage', () => {
  it.each([
    ['https://zoom.us/meeting#/pmi/1234567890', true],
    ['https://us02web.zoom.us/meeting#/pmi', true],
    ['https://zoom.us/meeting/1234567890/pmi', true],
    ['https://zoom.us/meeting#/upcoming', false],
    ['https://zoom.us/meeting/schedule#/pmi', false],
    ['https://zoom.us/pmi-pricing', false],
    ['https://discord.com/channels/pmi', false],
  ])('%s → %s', (url, expected) => {
    expect(isPmiPage(url)).toBe(expected);
  });
});

describe('detectContext on a URL object that changes', () => {
  it('reads the URL as it is now, not as it was first seen', () => {
    const url = new URL('https://zoom.us/signup');
    expect(detectContext(url)).toBe('signup');
    url.pathname = '/meeting/schedule';
    expect(detectContext(url)).toBe('schedule');
  });
});
