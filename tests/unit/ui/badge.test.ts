import { describe, expect, it, vi, beforeEach } from 'vitest';

const action = {
  setBadgeText: vi.fn(async () => {}),
  setBadgeBackgroundColor: vi.fn(async () => {}),
  setBadgeTextColor: vi.fn(async () => {}),
};
vi.mock('webextension-polyfill', () => ({ default: { action } }));

const { badgeText, updateBadge, BADGE_COLORS } = await import('../../../src/background/badge');

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('badge', () => {
  beforeEach(() => {
    for (const fn of Object.values(action)) fn.mockClear();
  });

  it.each([
    [0, ''],
    [-1, ''],
    [Number.NaN, ''],
    [1, '1'],
    [12, '12'],
    [120, '99+'],
  ])('badgeText(%s) → %j', (count, text) => expect(badgeText(count)).toBe(text));

  it('uses colours readable with white text (WCAG AA)', () => {
    for (const color of Object.values(BADGE_COLORS)) {
      expect((1.05) / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('shows the count coloured by the worst severity', async () => {
    await updateBadge(7, 3, 'critical');
    expect(action.setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 7, color: BADGE_COLORS.critical });
    expect(action.setBadgeTextColor).toHaveBeenCalledWith({ tabId: 7, color: '#ffffff' });
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '3' });
  });

  it('empties the badge when nothing is active', async () => {
    await updateBadge(7, 0, null);
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '' });
    expect(action.setBadgeBackgroundColor).not.toHaveBeenCalled();
  });

  it('survives a closed tab', async () => {
    action.setBadgeText.mockRejectedValueOnce(new Error('No tab with id: 7'));
    await expect(updateBadge(7, 2, 'warning')).resolves.toBeUndefined();
  });
});
