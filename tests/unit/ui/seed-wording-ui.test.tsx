// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { CONTENT_CATALOGS } from '../../../src/content/messages';
import { useCatalogs } from '../../../src/i18n';
import { Panel } from '../../../src/content/Panel';
import { StanceConditions } from '../../../src/content/StanceConditions';
import { emptyObservations } from '../../../src/core/observations';
import { SENSITIVE_CATEGORY_LABELS, evaluate, resolveConfig, weighCategories, type ProfileId } from '../../../src/policies';
import { FieldWarning } from '../../../src/content/FieldWarning';

// The page gets these strings with the published configuration.
useCatalogs(CONTENT_CATALOGS);

/** Issue 16, what the page shows: conditions (10), contacts (6), CNED's three sites (7), EHESP's lack of alternatives (8). */

let mount: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '';
  mount = document.createElement('div');
  document.body.append(mount);
});

function panel(profile: ProfileId, host: string, lang: 'fr' | 'en' = 'fr', context: 'join' | 'portal' = 'join') {
  const { config } = resolveConfig({ profile }, undefined);
  const { warnings } = evaluate(context, emptyObservations(host), config);
  render(<Panel lang={lang} warnings={warnings} config={config} onAcknowledge={() => undefined} />, mount);
  return mount;
}

describe('10. the conditions of a restricted / allowed-with-conditions stance are in the panel', () => {
  it('ehesp (restricted): every condition shown', () => {
    const root = panel('ehesp', 'zoom.us');
    const section = root.querySelector('[data-vigie-conditions="zoom"]');
    expect(section?.querySelector('h2')?.textContent).toBe('Conditions d’utilisation');
    const items = [...(section?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '');
    expect(items).toHaveLength(5);
    expect(items[0]).toContain('Enseignement à distance uniquement');
    expect(items.join(' ')).toContain('n’est pas recommandé');
  });

  it('grenoble-inp (allowed with conditions): purposes and recording reserved to staff meetings', () => {
    const root = panel('grenoble-inp', 'grenoble-inp.zoom.us');
    const text = root.querySelector('[data-vigie-conditions="zoom"]')?.textContent ?? '';
    expect(text).toContain('soutenances, candidatures');
    expect(text).toContain('recrutements');
    expect(text).toContain('réservé aux visioconférences organisées par les personnels');
    expect(text).toContain('« diffusion restreinte »');
  });

  it('in English too', () => {
    const root = panel('grenoble-inp', 'grenoble-inp.zoom.us', 'en');
    expect(root.querySelector('[data-vigie-conditions="zoom"] h2')?.textContent).toBe('Conditions of use');
    expect(root.querySelector('[data-vigie-conditions="zoom"]')?.textContent).toContain('reserved to video conferences organised by staff');
  });

  it('not for a forbidden or not-recommended stance', () => {
    expect(panel('ac-aix-marseille', 'zoom.us').querySelector('[data-vigie-conditions]')).toBeNull();
    expect(panel('default', 'zoom.us').querySelector('[data-vigie-conditions]')).toBeNull();
  });

  it('the component alone: nothing without conditions', () => {
    const { config } = resolveConfig({ profile: 'grenoble-inp' }, undefined);
    render(<StanceConditions stance={config.profile.stances.discord} service="discord" lang="fr" />, mount);
    expect(mount.innerHTML).toBe('');
  });
});

describe('6. Grenoble INP: rights address apart from the relais DPO, with the CNIL', () => {
  it('fr', () => {
    const root = panel('grenoble-inp', 'grenoble-inp.zoom.us');
    const rights = root.querySelector('[data-vigie-contact="rights"]')?.textContent ?? '';
    const dpo = root.querySelector('[data-vigie-contact="dpo"]')?.textContent ?? '';
    expect(rights).toContain('Exercer vos droits');
    expect(rights).toContain('zoom.sos@grenoble-inp.fr');
    expect(rights).toContain('réclamation à la CNIL');
    expect(dpo).toContain('Relais DPO de l’établissement');
    expect(dpo).toContain('relaisDPO@grenoble-inp.fr');
    expect(dpo).not.toContain('Délégué à la protection des données');
  });
  it('other profiles keep the generic DPO label for an admin’s DPO', () => {
    const { config } = resolveConfig({ profile: 'ac-aix-marseille', dpoContact: 'dpd@ac-aix-marseille.fr' }, undefined);
    render(<Panel lang="fr" warnings={[]} config={config} onAcknowledge={() => undefined} />, mount);
    expect(mount.querySelector('[data-vigie-contact="dpo"]')?.textContent).toContain('Délégué à la protection des données');
    expect(mount.querySelector('[data-vigie-contact="rights"]')).toBeNull();
  });
});

describe('7. CNED: école, collège, lycée', () => {
  it('the three sites are links in the alternatives', () => {
    const root = panel('ac-aix-marseille', 'zoom.us');
    const links = [...root.querySelectorAll('[data-alternative="cned"] a[data-alternative-link]')].map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['École', 'https://ecole.cned.fr'],
      ['Collège', 'https://college.cned.fr'],
      ['Lycée', 'https://lycee.cned.fr'],
    ]);
  });
});

describe('8. EHESP: no « outil autorisé » it did not name', () => {
  it('no alternatives, the note instead', () => {
    const root = panel('ehesp', 'zoom.us');
    expect(root.querySelector('[data-alternative]')).toBeNull();
    expect(root.textContent).not.toContain('RENAVISIO');
    expect(root.querySelector('[data-vigie-no-alternatives]')?.textContent).toContain('ne désigne aucun outil de remplacement');
  });
});

describe('1–2. the note under a field weighs categories as the rule does', () => {
  it('weighCategories: Grenoble INP’s approved purposes drop out; class councils are caution, health is not', () => {
    const grenoble = resolveConfig({ profile: 'grenoble-inp' }, undefined).config;
    const ehesp = resolveConfig({ profile: 'ehesp' }, undefined).config;
    expect(weighCategories(['exam'], grenoble)).toEqual({ shown: [], forbidden: false });
    expect(weighCategories(['exam', 'health'], grenoble)).toEqual({ shown: ['health'], forbidden: true });
    expect(weighCategories(['exam'], ehesp)).toEqual({ shown: ['exam'], forbidden: false });
    expect(weighCategories(['class-council'], ehesp)).toEqual({ shown: ['class-council'], forbidden: false });
    expect(weighCategories(['class-council', 'nir'], ehesp)).toEqual({ shown: ['class-council', 'nir'], forbidden: true });
  });

  const rect = { left: 10, top: 10, bottom: 30, width: 200 };
  it('caution: a softer title and body', () => {
    const caution = resolveConfig({ profile: 'ehesp' }, undefined).config.rules['sensitive-data-detected'].whyNotForbidden;
    render(<FieldWarning lang="fr" labels={SENSITIVE_CATEGORY_LABELS} state={{ rect, categories: ['class-council'], words: ['conseil de classe'], serviceName: 'Zoom', caution }} />, mount);
    const text = mount.textContent ?? '';
    expect(text).toContain('conseil de classe ou équipe éducative — « conseil de classe ».');
    expect(text).toContain('appellent à la prudence');
    expect(text).not.toContain('Donnée sensible');
    expect(text).not.toContain('Retirez-la');
  });
  it('forbidden: the warning as before', () => {
    render(<FieldWarning lang="en" labels={SENSITIVE_CATEGORY_LABELS} state={{ rect, categories: ['health'], words: ['PAI'], serviceName: 'Zoom' }} />, mount);
    expect(mount.textContent).toContain('Remove it');
  });
});
