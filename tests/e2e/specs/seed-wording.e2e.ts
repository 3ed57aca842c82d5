import { browser, $, expect } from '@wdio/globals';
import { openAndWait, setUserOptions, waitForVigie } from '../support/vigie';

/** Issue 16 on real pages: each institution's wording and severity, as its seed says it. */

describe('Issue 16: the sources’ own words on the page', () => {
  after(() => setUserOptions(null));

  it('Grenoble INP: « Soutenance de stage » raises nothing; its conditions and contacts are in the panel', async () => {
    await setUserOptions({ profile: 'grenoble-inp', language: 'fr' });
    await openAndWait('https://grenoble-inp.zoom.us/meeting/schedule', 'schedule');
    await $('#topic').setValue('Soutenance de stage – M. Durand');
    await waitForVigie((s) => s.sensitive.includes('exam'), 'the scanner sees the exam word');
    await browser.pause(400);
    const state = await waitForVigie((s) => s.sensitive.includes('exam'), 'still there');
    expect(state.rules).not.toContain('sensitive-data-detected');
    const panel = await browser.execute(() => {
      const root = document.getElementById('vigie-root')?.shadowRoot;
      return {
        fieldNote: !!root?.querySelector('[data-vigie-field-warning]'),
        conditions: root?.querySelector('[data-vigie-conditions="zoom"]')?.textContent ?? '',
        rights: root?.querySelector('[data-vigie-contact="rights"]')?.textContent ?? '',
        dpo: root?.querySelector('[data-vigie-contact="dpo"]')?.textContent ?? '',
      };
    });
    expect(panel.fieldNote).toBe(false);
    expect(panel.conditions).toContain('soutenances, candidatures');
    expect(panel.conditions).toContain('réservé aux visioconférences organisées par les personnels');
    expect(panel.rights).toContain('zoom.sos@grenoble-inp.fr');
    expect(panel.rights).toContain('CNIL');
    expect(panel.dpo).toContain('Relais DPO');
  });

  it('default profile: a class council is a warning that says the DPD network questions it', async () => {
    await setUserOptions({ language: 'fr' });
    await openAndWait('https://zoom.us/meeting/schedule', 'schedule');
    await $('#topic').setValue('Conseil de classe de la 3e B');
    await waitForVigie((s) => s.rules.includes('sensitive-data-detected'), 'sensitive-data-detected');
    const shown = await browser.execute(() => {
      const el = document.getElementById('vigie-root')?.shadowRoot?.querySelector('[data-rule="sensitive-data-detected"]');
      return { cls: el?.getAttribute('class') ?? '', text: el?.textContent ?? '' };
    });
    expect(shown.cls).toContain('sev-warning');
    expect(shown.text).not.toContain('ne doivent pas circuler');
  });
});
