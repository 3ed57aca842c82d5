import { describe, expect, it } from 'vitest';
import type { ContextId, SensitiveCategory } from '../../../src/core/contract';
import { emptyObservations, type PageObservations } from '../../../src/core/observations';
import {
  ALTERNATIVES,
  PROFILES,
  PROFILE_IDS,
  SENSITIVE_CATEGORY_LABELS,
  evaluate,
  resolveConfig,
  type EffectiveConfig,
  type ProfileId,
  type Warning,
} from '../../../src/policies';

/** Issue 16: each institution's wording and severity, as its seed says it. One block per correction. */

function configFor(profile: ProfileId, extra: Record<string, unknown> = {}): EffectiveConfig {
  return resolveConfig({ profile, ...extra }, undefined).config;
}

/** The profile's own Zoom host when it has one, so that `institutional-account` stays out of the way. */
function hostOf(config: EffectiveConfig): string {
  return config.approvedHosts[0] ?? 'zoom.us';
}

function run(profile: ProfileId, o: Partial<PageObservations>, ctx: ContextId = 'schedule', extra = {}): Warning[] {
  const config = configFor(profile, extra);
  return evaluate(ctx, { ...emptyObservations(hostOf(config)), ...o }, config).warnings;
}

function find(profile: ProfileId, o: Partial<PageObservations>, rule: string, ctx: ContextId = 'schedule'): Warning | undefined {
  return run(profile, o, ctx).find((w) => w.rule === rule);
}

const all = (text: { fr: string; en: string }): string => `${text.fr} ${text.en}`;

describe('1. Grenoble INP approves soutenances, candidatures, recrutements; proctoring is not recommended', () => {
  it.each([
    ['Soutenance de stage'],
    ['concours de recrutement'],
  ])('grenoble-inp: « %s » (scanner category exam) raises no sensitive-data-detected', () => {
    const warnings = run('grenoble-inp', { sensitive: ['exam'] });
    expect(warnings.map((w) => w.rule)).not.toContain('sensitive-data-detected');
    expect(PROFILES['grenoble-inp'].categories.exam.approved).toBe(true);
  });

  it('grenoble-inp: an exam word beside a forbidden category reports only the latter', () => {
    const w = find('grenoble-inp', { sensitive: ['exam', 'health'] }, 'sensitive-data-detected');
    expect(w?.severity).toBe('critical');
    expect(w?.finding?.fr).toBe('Repéré : santé ou handicap.');
  });

  it.each(['default', 'ehesp', 'ac-aix-marseille'] as const)('%s: an exam word is a warning, not critical', (p) => {
    const w = find(p, { sensitive: ['exam'] }, 'sensitive-data-detected');
    expect(w?.severity).toBe('warning');
    expect(w?.finding?.fr).toContain('n’est pas recommandé');
  });

  it.each(['default', 'ehesp'] as const)('%s: no-remote-proctoring fires on remoteProctoring only, as a warning', (p) => {
    expect(run(p, { sensitive: ['exam'] }).map((w) => w.rule)).not.toContain('no-remote-proctoring');
    const w = find(p, { sensitive: ['exam'], remoteProctoring: true }, 'no-remote-proctoring');
    expect(w?.severity).toBe('warning');
    expect(w?.title.fr).toContain('non recommandée');
    expect(w?.details.fr).toContain('n’est pas recommandé');
    expect(w?.details.fr).not.toMatch(/N’utilisez pas/);
    // remoteProctoring alone (no exam category) is enough.
    expect(find(p, { remoteProctoring: true }, 'no-remote-proctoring')).toBeDefined();
  });

  it.each(['grenoble-inp', 'ac-aix-marseille'] as const)('%s does not apply no-remote-proctoring', (p) => {
    expect(find(p, { remoteProctoring: true }, 'no-remote-proctoring')).toBeUndefined();
  });
});

describe('2. class councils: the DPD network questions them — a warning that says so', () => {
  it.each(PROFILE_IDS.map((p) => [p] as const))('%s', (p) => {
    const w = find(p, { sensitive: ['class-council'] }, 'sensitive-data-detected');
    expect(w?.severity).toBe('warning');
    expect(w?.why.fr).not.toContain('ne doivent pas circuler');
    expect(w?.why.en).not.toContain('must not go through');
    expect(w?.finding?.fr).toContain('s’interroge sur la tenue des conseils de classe');
    expect(w?.finding?.en).toContain('questions holding class councils');
    // With data a seed forbids, the finding is critical again and says why.
    const both = find(p, { sensitive: ['class-council', 'religion'] }, 'sensitive-data-detected');
    expect(both?.severity).toBe('critical');
    expect(both?.why.fr).toContain('ne doivent pas circuler');
  });
});

describe('3. modality as written', () => {
  it.each(PROFILE_IDS.map((p) => [p] as const))('%s: professional e-mail is a recommendation', (p) => {
    const w = find(p, { emailDomain: 'gmail.com' }, 'professional-email', 'signup');
    expect(w?.severity).toBe('warning');
    expect(w?.details.fr).toContain('Il est recommandé');
    expect(all(w!.details)).not.toMatch(/jamais|never/i);
  });

  it('ehesp: its condition on e-mail is a recommendation too', () => {
    const texts = (PROFILES.ehesp.stances.zoom.conditions ?? []).map((c) => all(c.text));
    const email = texts.filter((t) => t.includes('adresse professionnelle'));
    expect(email).toHaveLength(1);
    expect(email[0]).toContain('Il est recommandé de vous connecter avec votre adresse professionnelle');
    expect(email[0]).not.toMatch(/jamais|never/i);
  });

  it.each(['default', 'grenoble-inp'] as const)('%s: PMI is « éviter de diffuser »', (p) => {
    const w = find(p, { pmiSelected: true }, 'no-pmi');
    expect(w?.severity).toBe('warning');
    expect(w?.title.fr).toBe('Évitez de diffuser votre ID de réunion personnelle (PMI)');
    expect(w?.title.en).toBe('Avoid giving out your Personal Meeting ID (PMI)');
  });

  it.each(['default', 'grenoble-inp'] as const)('%s: waiting room follows seed 002', (p) => {
    const w = find(p, { waitingRoom: 'off' }, 'waiting-room');
    expect(w?.severity).toBe('warning');
    expect(w?.details.fr).toContain(
      'Pour des séances récurrentes, il est recommandé de créer une nouvelle réunion pour chaque séance, ou à défaut d’activer la salle d’attente',
    );
    expect(w?.details.en).toContain('or failing that to turn on the waiting room');
  });
});

describe('4. article 9, complete and alone under its title', () => {
  const art9fr = [
    'Origine raciale ou ethnique',
    'opinions politiques',
    'convictions religieuses ou philosophiques',
    'appartenance syndicale',
    'données génétiques',
    'données biométriques servant à identifier une personne',
    'santé',
    'vie sexuelle ou orientation sexuelle',
  ];
  const art9en = [
    'Racial or ethnic origin',
    'political opinions',
    'religious or philosophical beliefs',
    'trade-union membership',
    'genetic data',
    'biometric data used to identify a person',
    'health',
    'sex life or sexual orientation',
  ];
  it.each(['default', 'ehesp', 'ac-aix-marseille'] as const)('%s: no-sensitive-data lists art. 9 and only it', (p) => {
    const w = find(p, {}, 'no-sensitive-data', 'join');
    expect(w?.title.fr).toBe('Aucune donnée sensible (article 9 du RGPD)');
    for (const item of art9fr) expect(w?.why.fr).toContain(item);
    for (const item of art9en) expect(w?.why.en).toContain(item);
    expect(`${all(w!.why)} ${all(w!.details)}`).not.toMatch(/familiale|sociale|judiciaire|family|social|legal situation/);
  });

  it('grenoble-inp: the art. 9 list under its sensitive-data rule is complete and alone', () => {
    const w = find('grenoble-inp', {}, 'no-sensitive-data', 'join');
    for (const item of art9fr.slice(1)) expect(w?.details.fr).toContain(item);
    expect(w?.details.fr).toContain('origine raciale ou ethnique');
    expect(all(w!.details)).not.toMatch(/familiale|family/);
  });

  it('family, social, legal situation is said under personal data, not art. 9', () => {
    const w = find('default', {}, 'no-personal-data', 'join');
    expect(w?.details.fr).toContain('situation familiale, sociale ou judiciaire');
    expect(w?.details.en).toContain('family, social or legal situation');
  });
});

describe('5. Grenoble INP’s excluded content', () => {
  it('is named in the in-page no-sensitive-data text', () => {
    const w = find('grenoble-inp', {}, 'no-sensitive-data', 'join');
    expect(w?.severity).toBe('warning');
    for (const item of [
      'instruction interministérielle n° 901 (IGI 901)',
      '« diffusion restreinte »',
      'protection du patrimoine scientifique et technique (PPST)',
      '« informations à régime restrictif »',
      'secret de la défense nationale',
    ]) {
      expect(w?.why.fr).toContain(item);
    }
    expect(w?.source.passage).toBe('Cela exclut formellement tout contenu');
    expect(w?.source.seed).toBe('002_3b03388ca51fc11d.txt');
  });

  it('the category classified is critical there (excluded), a warning elsewhere (a risk to weigh)', () => {
    expect(find('grenoble-inp', { sensitive: ['classified'] }, 'sensitive-data-detected')?.severity).toBe('critical');
    for (const p of ['default', 'ehesp', 'ac-aix-marseille'] as const) {
      expect(find(p, { sensitive: ['classified'] }, 'sensitive-data-detected')?.severity).toBe('warning');
    }
    expect(SENSITIVE_CATEGORY_LABELS.classified.fr).toBe(
      'information protégée (« diffusion restreinte », PPST, secret de la défense nationale)',
    );
  });

  it('other profiles keep the generic rule', () => {
    expect(find('ehesp', {}, 'no-sensitive-data', 'join')?.why.fr).not.toContain('IGI 901');
  });
});

describe('6. Grenoble INP’s contacts', () => {
  const config = configFor('grenoble-inp');
  it('zoom.sos is the rights address, with the CNIL', () => {
    expect(config.rightsContact?.email).toBe('zoom.sos@grenoble-inp.fr');
    expect(config.rightsContact?.role?.fr).toContain('Exercer vos droits');
    expect(config.rightsContact?.note?.fr).toBe('Le cas échéant, vous pouvez adresser une réclamation à la CNIL.');
  });
  it('relaisDPO is labelled a relay, not the DPO', () => {
    expect(config.dpoContact?.email).toBe('relaisDPO@grenoble-inp.fr');
    expect(config.dpoContact?.role?.fr).toBe('Relais DPO de l’établissement');
    expect(config.dpoContact?.role?.en).toContain('relay');
    expect(config.dpoContact?.email).not.toBe(config.rightsContact?.email);
  });
  it('an admin’s DPO replaces the relay, the rights address stays', () => {
    const c = configFor('grenoble-inp', { dpoContact: 'dpo@grenoble-inp.fr' });
    expect(c.dpoContact).toEqual({ email: 'dpo@grenoble-inp.fr' });
    expect(c.rightsContact?.email).toBe('zoom.sos@grenoble-inp.fr');
  });
});

describe('7. CNED: the three sites', () => {
  it('école, collège, lycée', () => {
    expect(ALTERNATIVES.cned.links?.map((l) => l.url)).toEqual([
      'https://ecole.cned.fr',
      'https://college.cned.fr',
      'https://lycee.cned.fr',
    ]);
  });
  // Rendering: tests/unit/ui/seed-wording-ui.test.tsx.
});

describe('8. EHESP approves no alternative tool', () => {
  it('lists none, says so and points to the CApP', () => {
    const config = configFor('ehesp');
    expect(config.alternatives).toEqual([]);
    expect(config.noAlternativesNote?.fr).toContain('ne désigne aucun outil de remplacement');
    expect(config.noAlternativesNote?.fr).toContain('CApP');
    expect(config.noAlternativesNote?.en).toContain('administrator can add');
  });
  it('an administrator may add alternatives; the note then goes', () => {
    const config = configFor('ehesp', {
      alternatives: [{ id: 'visio', name: 'Visio EHESP', url: 'https://visio.ehesp.fr/', purpose: 'Visio', audience: 'Tous' }],
    });
    expect(config.alternatives.map((a) => a.id)).toEqual(['visio']);
    expect(config.noAlternativesNote).toBeUndefined();
  });
  it('the other profiles keep theirs', () => {
    for (const p of ['default', 'grenoble-inp', 'ac-aix-marseille'] as const) {
      expect(configFor(p).alternatives.length).toBeGreaterThan(0);
      expect(configFor(p).noAlternativesNote).toBeUndefined();
    }
  });
});

describe('9. Zoom’s K-12 policy, as it reads', () => {
  const zoom = PROFILES.default.stances.zoom;
  const texts = [...zoom.reasons, ...(zoom.tips ?? [])].map((r) => r.text);
  const joined = texts.map((t) => t.fr).join(' ');
  it('the school is the controller only under a school subscription; no contradiction with seed 001', () => {
    expect(joined).toContain('que pour les comptes créés dans le cadre d’un abonnement scolaire');
    expect(joined).toContain('la version gratuite n’offre pas le contrat de l’article 28 du RGPD');
    expect(joined).not.toMatch(/L’établissement est responsable du traitement :/);
  });
  it('what a family should know: shared content, cloud recordings when chosen, rights through the school, refusal', () => {
    expect(joined).toContain('les contenus partagés');
    expect(joined).toContain('les enregistrements dans le cloud quand l’établissement a choisi de les y stocker');
    expect(joined).toContain('c’est auprès de l’établissement (ou de l’académie)');
    expect(joined).toContain('refusent toute nouvelle collecte');
    expect(texts.map((t) => t.en).join(' ')).toContain('refuse any further collection');
  });
});

describe('10. conditions reach the page', () => {
  it('ehesp: the restricted stance warning carries its conditions', () => {
    const w = find('ehesp', {}, 'service-restricted', 'join');
    expect(w?.conditions?.length).toBeGreaterThan(0);
    expect(w?.details.fr).toContain('voir les conditions ci-dessous');
  });
  it('grenoble-inp: purposes and recording reserved to staff meetings are among the conditions', () => {
    const conditions = (PROFILES['grenoble-inp'].stances.zoom.conditions ?? []).map((c) => c.text.fr).join(' ');
    expect(conditions).toContain('soutenances, candidatures');
    expect(conditions).toContain('recrutements');
    expect(conditions).toContain('réservé aux visioconférences organisées par les personnels');
  });
  // Rendering in the panel: tests/unit/ui/seed-wording-ui.test.tsx.
});

describe('11. smaller points', () => {
  it('ehesp: the 29 March 2020 policy applies, the link opens the current one', () => {
    const reason = PROFILES.ehesp.stances.zoom.reasons.find((r) => r.url === 'https://zoom.us/fr-fr/privacy.html');
    expect(reason?.text.fr).toBe(
      'La politique de confidentialité de Zoom qui s’applique est celle fixée au 29 mars 2020 ; le lien ouvre la version actuelle, qui peut avoir changé depuis.',
    );
    expect(reason?.text.en).toContain('the link opens the current version');
  });

  it.each(['default', 'ehesp', 'grenoble-inp'] as const)('%s: the Discord ban is the DPD network’s', (p) => {
    const summary = PROFILES[p].stances.discord.summary;
    expect(summary.fr).toContain('Le réseau des délégués à la protection des données');
    expect(summary.fr).toContain('« à proscrire »');
    expect(summary.en).toContain('data protection officers’ network');
  });

  it('ac-aix-marseille: its own ban, « proscrit par l’Académie »', () => {
    expect(PROFILES['ac-aix-marseille'].stances.discord.summary.fr).toMatch(/^L’académie d’Aix-Marseille proscrit Discord/);
    const w = find('ac-aix-marseille', {}, 'service-forbidden', 'portal');
    expect(w?.severity).toBe('critical');
    expect(w?.title.fr).toBe('Zoom est proscrit par l’Académie d’Aix-Marseille');
    expect(w?.title.en).toBe('Zoom is forbidden by the Aix-Marseille education authority');
  });

  it('the same name given by the admin keeps the article', () => {
    const warnings = run('ac-aix-marseille', {}, 'portal', { institutionName: 'Académie d’Aix-Marseille' });
    expect(warnings[0]?.title.fr).toBe('Zoom est proscrit par l’Académie d’Aix-Marseille');
  });

  it('an admin’s institution name still reads as given', () => {
    const warnings = run('ac-aix-marseille', {}, 'portal', { institutionName: 'Lycée Exemple' });
    expect(warnings[0]?.title.fr).toBe('Zoom est proscrit par Lycée Exemple');
  });

  it('grenoble-inp: English keeps the settings profiles’ names as they appear in Zoom', () => {
    const tip = (PROFILES['grenoble-inp'].stances.zoom.tips ?? []).find((t) => t.text.fr.includes('Quatre profils'));
    for (const name of ['Étudiant', 'Réunion', 'Enseignement', 'Recrutement']) {
      expect(tip?.text.fr).toContain(`« ${name} »`);
      expect(tip?.text.en).toContain(`“${name}”`);
    }
  });
});

describe('French typography', () => {
  it('no straight apostrophe or straight quotes in the bundled French texts', () => {
    const texts: string[] = [];
    for (const p of PROFILE_IDS) {
      const config = configFor(p);
      for (const rule of Object.values(config.rules)) texts.push(rule.title.fr, rule.why.fr, rule.details.fr);
      for (const stance of Object.values(config.profile.stances)) {
        for (const r of [...stance.reasons, ...(stance.conditions ?? []), ...(stance.tips ?? [])]) texts.push(r.text.fr);
        texts.push(stance.summary.fr);
      }
      for (const c of Object.values(config.profile.categories)) if (c.note) texts.push(c.note.fr);
      if (config.noAlternativesNote) texts.push(config.noAlternativesNote.fr);
    }
    for (const text of texts) expect(text, text).not.toMatch(/['"]/);
  });

  it('every scanner category has a label', () => {
    for (const c of Object.keys(SENSITIVE_CATEGORY_LABELS) as SensitiveCategory[]) {
      expect(SENSITIVE_CATEGORY_LABELS[c].fr).not.toBe('');
    }
  });
});
