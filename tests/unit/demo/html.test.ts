import { describe, expect, it } from 'vitest';
import { escapeHtml, renderGallery, renderStartPage, safeUrl, type RunInfo, type ScenarioResult } from '../../../scripts/demo/html';
import { SCENARIOS, type DemoScenario } from '../../../scripts/demo/scenarios';

const INFO: RunInfo = { profile: 'default', institution: '', enforcement: 'warn', via: 'défaut', lang: 'fr' };
const EVIL = '<img src=x onerror="alert(1)">&\'';

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(42)).toBe('42');
  });

  it('keeps only http(s) URLs and plain file names in links', () => {
    expect(safeUrl('https://zoom.us/j/1?a=1&b=2')).toBe('https://zoom.us/j/1?a=1&amp;b=2');
    expect(safeUrl('signup-fr.png')).toBe('signup-fr.png');
    expect(safeUrl('javascript:alert(1)')).toBe('#');
    expect(safeUrl('data:text/html,<b>')).toBe('#');
    expect(safeUrl('../etc/passwd')).toBe('#');
  });
});

function evilScenario(): DemoScenario {
  return {
    ...(SCENARIOS[0] as DemoScenario),
    id: 'evil',
    url: 'javascript:alert(1)',
    title: { fr: EVIL, en: EVIL },
    hint: { fr: EVIL, en: EVIL },
  };
}

describe('gallery', () => {
  const result: ScenarioResult = {
    scenario: evilScenario(),
    status: 'failed',
    screenshot: 'evil.png',
    done: [{ fr: EVIL, en: EVIL }],
    context: EVIL,
    rules: [EVIL],
    sensitive: [EVIL],
    shown: [{ rule: EVIL, text: EVIL }],
    confirm: true,
    alternatives: [EVIL],
    error: EVIL,
  };

  it('escapes every text from the page, the scenario and the error', () => {
    const html = renderGallery([result], { ...INFO, profile: EVIL, institution: EVIL, date: EVIL });
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('onerror="');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;');
    expect(html).not.toContain('href="javascript:');
  });

  it('shows each scenario’s title, what was done, the rules and the screenshot', () => {
    const ok: ScenarioResult = {
      scenario: SCENARIOS[0] as DemoScenario,
      status: 'ok',
      screenshot: 'signup-fr.png',
      done: [{ fr: 'Saisi « prenom.nom@gmail.com »', en: 'Typed' }],
      context: 'signup',
      rules: ['professional-email'],
      sensitive: [],
      shown: [{ rule: 'professional-email', text: 'Utilisez votre adresse professionnelle' }],
      confirm: false,
    };
    const html = renderGallery([ok], { ...INFO, date: '2026-01-01 10:00' });
    expect(html).toContain(escapeHtml((SCENARIOS[0] as DemoScenario).title.fr));
    expect(html).toContain('Saisi « prenom.nom@gmail.com »');
    expect(html).toContain('<code>professional-email</code> Utilisez votre adresse professionnelle');
    expect(html).toContain('<img src="signup-fr.png"');
    expect(html).toContain('1 scénarios, 0 en échec.');
  });
});

describe('start page', () => {
  it('links every scenario with its French sentence and an English subtitle', () => {
    const html = renderStartPage(SCENARIOS, INFO);
    for (const s of SCENARIOS) {
      expect(html).toContain(`href="${escapeHtml(s.url)}"`);
      expect(html).toContain(escapeHtml(s.hint.fr));
      expect(html).toContain(`<span class="en" lang="en">${escapeHtml(s.hint.en)}</span>`);
    }
    expect(html).toContain('<html lang="fr">');
  });

  it('escapes scenario texts and drops unsafe links', () => {
    const html = renderStartPage([evilScenario()], { ...INFO, lang: 'en' });
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('href="#"');
    expect(html).toContain('<html lang="en">');
  });
});
