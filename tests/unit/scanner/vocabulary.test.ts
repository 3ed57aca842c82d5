import { describe, expect, it } from 'vitest';
import type { SensitiveCategory } from '../../../src/core/contract';
import { categoriesOf, scanText } from '../../../src/core/scanner';

const cats = (text: string) => categoriesOf(scanText(text));

describe('vocabulary — one table per category', () => {
  const table: Record<SensitiveCategory, string[]> = {
    email: [],
    phone: [],
    nir: [],
    ine: [],
    iban: [],
    card: [],
    health: [
      'PAI', 'PPS de Noé', 'PAP', 'dossier MDPH', 'AESH', 'AVS', 'ULIS', 'SEGPA', 'RASED', 'IME', 'ITEP', 'SESSAD',
      'dyslexie', 'Dyspraxie', 'DYSCALCULIE', 'TDAH', 'ADHD', 'autisme', 'handicap', 'diabète', 'épilepsie',
      'asthme', 'allergie', 'cancer', 'dépression', 'grossesse', 'psychologue', 'psychiatre',
      'santé mentale', 'problèmes de santé', 'élèves handicapés', 'élève diabétique', 'special needs', 'pregnant',
      'projet d’accueil individualisé', 'TDA/H', 'burn-out', 'self-harm',
    ],
    religion: [
      'religion', 'musulman', 'musulmane', 'musulmanes', 'chrétien', 'chrétiennes', 'juif', 'juive', 'catholique',
      'protestant', 'bouddhiste', 'athée', 'ramadan', 'culte', 'kippa', 'voile islamique', 'lieu de culte',
      'Muslim', 'Jewish', 'atheist',
    ],
    ethnicity: ['origine ethnique', 'origines ethniques', 'race', 'racial', 'raciale', 'ethnie', 'origine raciale', 'ethnicity'],
    politics: ['opinion politique', 'opinions politiques', 'parti politique', 'partis politiques', 'militant', 'intentions de vote', 'political party', 'political parties'],
    union: ['syndicat', 'syndicats', 'syndiqué', 'syndiquée', 'syndical', 'syndicale', 'syndicaux', 'CGT', 'CFDT', 'FO', 'SNES', 'SE-UNSA', 'SUD éducation', 'trade union'],
    sexuality: ['orientation sexuelle', 'homosexuel', 'homosexuelle', 'gay', 'lesbienne', 'bisexuel', 'transgenre', 'LGBT', 'LGBTQIA+', 'vie sexuelle', 'sexual orientation'],
    'biometric-genetic': ['empreinte digitale', 'empreintes digitales', 'biométrique', 'données génétiques', 'test ADN', 'DNA test', 'reconnaissance faciale', 'facial recognition', 'fingerprints'],
    'justice-child-protection': [
      'information préoccupante', 'signalement', 'ASE', "l'ASE", 'l’ASE', 'aide sociale à l’enfance', 'placement en foyer',
      'juge des enfants', 'casier judiciaire', 'condamnation', 'garde à vue', 'PJJ', 'maltraitance',
      'protection de l’enfance', 'IP', 'child protection',
    ],
    'class-council': ['conseil de classe', 'conseils de classe', 'conseil de discipline', 'équipe éducative', 'équipes éducatives', 'équipe de suivi de scolarisation', 'ESS', 'commission éducative', 'class council'],
    exam: [
      'examen', 'examens', 'partiel', 'partiels', 'épreuve', 'épreuves', 'surveillance à distance', 'télésurveillance', 'proctoring',
      'oral d’examen', 'bac', 'baccalauréat', 'brevet', 'concours blanc', 'exam', 'midterm', 'final exam', 'remote proctoring',
    ],
    classified: ['Diffusion Restreinte', 'Confidentiel Défense', 'secret défense', 'PPST', 'ZRR', 'informations à régime restrictif'],
  };
  for (const [category, terms] of Object.entries(table) as Array<[SensitiveCategory, string[]]>) {
    if (terms.length === 0) continue;
    it.each(terms)(`${category}: %s`, (term) => {
      // About a person (a first name, a class) and a meeting: every category counts.
      expect(cats(`Réunion pour Léa (4e B) : ${term} — jeudi 14 h`)).toContain(category);
      expect(cats(`${term} : Léa`)).toContain(category);
    });
  }
});

describe('vocabulary — false friends are not reported', () => {
  const table: Array<[string, SensitiveCategory | 'any']> = [
    ['Le pain et la paix', 'health'], // PAI only as the upper-case acronym
    ['pai', 'health'],
    ['Partie 2 du cours', 'politics'], // parti ≠ partie
    ['Il est parti hier', 'politics'],
    ['Point culture générale', 'religion'], // culte ≠ culture
    ['Trace écrite', 'ethnicity'], // race inside trace
    ['Les traces de pas', 'ethnicity'],
    ['adresse IP du serveur', 'justice-child-protection'],
    ['the IP address', 'justice-child-protection'],
    ['ip', 'justice-child-protection'],
    ['Une case à cocher', 'justice-child-protection'], // ASE inside case
    ['ase', 'justice-child-protection'],
    ['Ase', 'justice-child-protection'],
    ['Élection des délégués : vote', 'politics'],
    ['Politique de confidentialité', 'politics'],
    ['Éducation à la santé', 'health'],
    ['Travail à temps partiel', 'exam'],
    ['À toute épreuve', 'exam'],
    ['Mettre les élèves à rude épreuve', 'exam'],
    ["Une théorie mise à l'épreuve des faits", 'exam'],
    ['Bac à sable', 'exam'],
    ['Concours de dessin', 'exam'],
    ['Syndicat d’initiative', 'union'],
    ['Film culte', 'religion'],
    ['La dépression atmosphérique', 'health'],
    ['The Great Depression', 'health'],
    ['Relay race', 'ethnicity'],
    ['Cours de SVT : la génétique et l’ADN', 'biometric-genetic'],
    ['Conseil pédagogique', 'class-council'],
    ['Équipe pédagogique', 'class-council'],
    ['Le fait religieux', 'religion'],
    ['Loi de Gay-Lussac', 'sexuality'],
    ['Signalement de bug', 'justice-child-protection'],
    ['Les capes des mousquetaires', 'exam'], // CAPES only upper case
    ['Send the file', 'health'], // SEND only upper case
    ['Teaching aids', 'health'], // AIDS only upper case
    ['Le pape François', 'health'], // PAP only upper case
    ['Les paps', 'health'],
    ['Temps de pause', 'any'],
    ['La syndication RSS', 'union'],
    ['Le racisme expliqué aux enfants', 'ethnicity'],
    ['Réunion avec Mme Gay (maths)', 'sexuality'], // surname after a civility title
    ['Rdv M. Culte', 'religion'],
  ];
  it.each(table)('%s (not %s)', (text, category) => {
    const found = cats(text);
    if (category === 'any') expect(found).toEqual([]);
    else expect(found).not.toContain(category);
  });
});

describe('vocabulary — accents, case and apostrophes', () => {
  it.each([
    'Équipe éducative', 'equipe educative', 'EQUIPE EDUCATIVE', 'ÉQUIPE ÉDUCATIVE', 'équipe-éducative', 'Équipe  éducative',
  ])('%s', (text) => {
    expect(cats(text)).toEqual(['class-council']);
  });
  it.each([
    "aide sociale à l'enfance", 'aide sociale à l’enfance', 'AIDE SOCIALE A L’ENFANCE', 'Aide sociale a l\u02bcenfance',
  ])('%s', (text) => {
    expect(cats(`Lucas : ${text}`)).toEqual(['justice-child-protection']);
  });
  it('decomposed accents (NFD) match like composed ones', () => {
    expect(cats('Léa : Diabe\u0300te'.normalize('NFD'))).toEqual(['health']);
    expect(cats('e\u0301quipe e\u0301ducative')).toEqual(['class-council']);
  });
  it('soft hyphens and zero-width characters inside a word', () => {
    expect(cats('élève : dia\u00adbète')).toEqual(['health']);
    expect(cats('exa\u200bmen')).toEqual(['exam']);
  });
  it('ligatures and non-breaking spaces', () => {
    expect(cats('conseil\u00a0de\u00a0classe')).toEqual(['class-council']);
    expect(cats('conseil\u202fde classe')).toEqual(['class-council']);
  });
  it('phrases do not span sentence punctuation', () => {
    expect(cats('Le conseil. De classe en classe')).toEqual([]);
  });
  it('whole words only', () => {
    expect(cats('examenXYZ')).toEqual([]);
    expect(cats('préexamen')).toEqual([]);
    expect(cats('PAIEMENT')).toEqual([]);
  });
});

describe('vocabulary — exclusions stay narrow', () => {
  it.each([
    ["Convocation à l'épreuve orale", 'exam'],
    ['Examen de fin de trimestre', 'exam'],
    ['Race et origine : propos tenus par un élève', 'ethnicity'],
    ['IP à rédiger pour Enzo', 'justice-child-protection'],
    ['Élève gay harcelé', 'sexuality'],
    ['Mme Martin : élève gay', 'sexuality'],
  ] as Array<[string, SensitiveCategory]>)('%s → %s', (text, category) => {
    expect(cats(text)).toContain(category);
  });
});

describe('vocabulary — confidence', () => {
  it('medium for strong words, low for weaker ones', () => {
    expect(scanText('Léa : diabète')[0]!.confidence).toBe('medium');
    expect(scanText('Léa : maladie')[0]!.confidence).toBe('low');
    expect(scanText('Léa : culte')[0]!.confidence).toBe('low');
  });
});
