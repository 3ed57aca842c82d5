// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SensitiveCategory } from '../../../src/core/contract';
import { builtInVocabulary, categoriesOf, scanText } from '../../../src/core/scanner';
import firstNames from '../../../src/core/scanner/first-names.json';

const cats = (text: string) => categoriesOf(scanText(text)).filter((c) => !['email', 'phone', 'nir', 'ine', 'iban', 'card'].includes(c));

describe('about a person, not about a lesson (issue 17)', () => {
  it.each([
    'Chrétientés et islam (VIe-XIIIe siècles), des mondes en contact — 5e',
    'SVT : le VIH/SIDA et les infections sexuellement transmissibles',
    'EMC : les partis politiques et la démocratie',
    'Programme d’éducation à la sexualité : trois séances annuelles',
    'Procès fictif : les élèves jouent le procureur et les avocats',
    'Cérémonie républicaine de remise du diplôme national du brevet (DNB)',
    'Recrutement des AESH pour la rentrée',
    'Le conseil de classe est présidé par le chef d’établissement.',
    'Semaine de sensibilisation au handicap',
    'Chapitre 3 : la religion dans l’Empire romain',
    'La société féodale, empreinte des valeurs religieuses du christianisme',
    'Louis IX et la croisade : cours d’histoire',
    'Lycée Victor Hugo : journée portes ouvertes',
  ])('a topic is not sensitive: %s', (text) => {
    expect(cats(text)).toEqual([]);
  });

  it.each([
    ['Léa (5e B) : PAI pour son diabète', ['health']],
    ['Rdv avec la maman de Hugo au sujet de son trouble dys', ['health']],
    ['Mme Martin, mère de Yanis, demande une dispense pendant le ramadan', ['religion']],
    ['L’élève porte l’abaya en cours d’EPS', ['religion']],
    ['RIS du SNUipp-FSU mardi 14 h', ['union']],
    ['Accès à la cantine par contour de la main', ['biometric-genetic']],
    ['Information préoccupante pour Enzo', ['justice-child-protection']],
    ['Conseil de classe 3e B — jeudi 17 h', ['class-council']],
    ['Conseil des professeurs du 2e trimestre', ['class-council']],
    ['QCM de SVT vendredi 10 h en salle 12', ['exam']],
    ['Document Diffusion Restreinte — ne pas partager', ['classified']],
    ['Suivi de Léa : P.A.I. à renouveler', ['health']],
    ['Dépression de Noé : point avec l’infirmière', ['health']],
    ['Tom a une\nallergie alimentaire', ['health']],
    ['dia\u200bbète de Léa', ['health']],
  ] as Array<[string, SensitiveCategory[]]>)('%s → %j', (text, expected) => {
    expect(cats(text)).toEqual(expected);
  });

  it('a class council or an exam is reported when announced, not when named', () => {
    expect(cats('Conseil de classe')).toEqual(['class-council']); // a meeting's title
    expect(cats('Le conseil de classe se réunit au moins trois fois par an et examine les résultats des élèves de la classe.')).toEqual([]);
    expect(cats('Examen de fin de semestre en ligne')).toEqual(['exam']);
    expect(cats('L’examen atteste la maîtrise du socle commun de connaissances, de compétences et de culture des élèves.')).toEqual([]);
  });

  it('says why: the name, person or meeting that anchors each finding', () => {
    const [f] = scanText('Léa est diabétique');
    expect(f).toMatchObject({ category: 'health', text: 'diabétique', because: { text: 'Léa', kind: 'name' } });
    expect(scanText('L’élève est diabétique')[0]!.because).toEqual({ text: 'L’élève', kind: 'person' });
    expect(scanText('Réunion jeudi : diabète')[0]!.because).toEqual({ text: 'jeudi', kind: 'event' });
    expect(scanText('Conseil de classe 3e B')[0]!.because).toEqual({ text: '3e', kind: 'name' });
  });
});

describe('remote proctoring is told apart from ordinary exam words', () => {
  const proctored = (text: string) => scanText(text).some((f) => f.proctoring === true);
  it.each([
    'Partiel en surveillance à distance',
    'Examen en télésurveillance : installez le logiciel',
    'Online exam with remote proctoring',
    "Partiel en ligne, webcam allumée pendant l'épreuve",
    'Épreuve écrite : caméra allumée et capture de la pièce avant de commencer',
    "Capture de l'environnement du candidat",
    'Final exam: keep your camera on, room scan required',
  ])('proctoring: %s', (text) => {
    expect(proctored(text)).toBe(true);
    expect(cats(text)).toContain('exam');
  });
  it.each([
    'Partiel de droit lundi 8 h, amphi B',
    'Épreuve orale du bac : convocation',
    'Classe virtuelle : gardez la caméra allumée',
    'Surveillance de la cour de récréation',
    'Midterm invigilation rota',
  ])('not proctoring: %s', (text) => {
    expect(proctored(text)).toBe(false);
  });
});

describe('first names ship with the lexicon', () => {
  it('a sizeable list, in the lexicon the service worker publishes, without common words', () => {
    expect(firstNames.length).toBeGreaterThan(4000);
    expect(builtInVocabulary().names.has('lea')).toBe(true);
    for (const word of ['elle', 'rose', 'claire', 'pierre', 'france', 'grace', 'will', 'paris', 'islam']) {
      expect(builtInVocabulary().names.has(word), word).toBe(false);
    }
  });
});

describe('SensitiveFields: why and remote proctoring (content script)', async () => {
  const { SensitiveFields, reasonsOf } = await import('../../../src/content/sensitive-fields');
  const scanner = await import('../../../src/content/scanner');
  it('reports remote proctoring only when a field says it', () => {
    document.body.innerHTML = '<input id="a" value="Partiel lundi 8 h"><textarea id="b"></textarea>';
    const fields = new SensitiveFields();
    fields.setScanner(scanner);
    fields.setVocabulary(builtInVocabulary());
    fields.scanAll(document);
    expect(fields.categories()).toEqual(['exam']);
    expect(fields.remoteProctoring()).toBe(false);
    (document.getElementById('b') as HTMLTextAreaElement).value = 'Épreuve en télésurveillance, webcam obligatoire';
    fields.scanAll(document);
    expect(fields.remoteProctoring()).toBe(true);
  });
  it('gives the words that make a finding about someone', () => {
    expect(reasonsOf(scanText('Léa : PAI diabète, réunion jeudi'))).toEqual([{ category: 'health', word: 'PAI', anchor: 'Léa', kind: 'name' }]);
    expect(reasonsOf(scanText('Conseil de classe'))).toEqual([]);
  });
});
