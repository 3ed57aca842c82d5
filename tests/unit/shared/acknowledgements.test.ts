import { describe, expect, it } from 'vitest';
import { isAcknowledgementLive, liveAcknowledgements } from '../../../src/shared/acknowledgements';

const HOUR = 3_600_000;
const now = Date.UTC(2026, 11, 2, 12);

describe('isAcknowledgementLive', () => {
  it.each([
    ['just now', now, 24, true],
    ['23 h ago', now - 23 * HOUR, 24, true],
    ['exactly the lifetime ago', now - 24 * HOUR, 24, false],
    ['25 h ago', now - 25 * HOUR, 24, false],
    ['in the future (clock moved back)', now + 10, 24, false],
    ['lifetime 0', now - 1, 0, false],
    ['negative lifetime', now - 1, -5, false],
    ['not a number', '2026-12-02', 24, false],
    ['NaN', Number.NaN, 24, false],
    ['Infinity', Number.POSITIVE_INFINITY, 24, false],
  ])('%s', (_what, at, ttl, expected) => {
    expect(isAcknowledgementLive(at, ttl, now)).toBe(expected);
  });
});

describe('liveAcknowledgements', () => {
  it('keeps live entries and drops expired, future and malformed ones', () => {
    const stored = {
      'zoom:no-personal-data': now - HOUR,
      'zoom:identify-participants': now - 30 * HOUR,
      'discord:minor-consent': now + HOUR,
      'zoom:no-public-links': 'yesterday',
    };
    expect(liveAcknowledgements(stored, 24, now)).toEqual({ 'zoom:no-personal-data': now - HOUR });
  });

  it('a longer lifetime keeps more', () => {
    const stored = { a: now - 30 * HOUR, b: now - 100 * HOUR };
    expect(Object.keys(liveAcknowledgements(stored, 48, now))).toEqual(['a']);
    expect(Object.keys(liveAcknowledgements(stored, 168, now))).toEqual(['a', 'b']);
  });
});
