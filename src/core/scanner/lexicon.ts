/**
 * Vocabulary of the sensitive-data scanner — DATA ONLY, meant to be reviewed and extended.
 *
 * How an entry matches (see vocabulary.ts):
 * - `term`: whole words, case- and accent-insensitive; apostrophes (' ’), hyphens and spaces
 *   between words are equivalent ("aide sociale à l’enfance" = "Aide sociale a l'enfance").
 *   Every word also matches its plural in -s / -x ("conseils de classe", "informations
 *   préoccupantes"). Feminine and irregular forms are listed in `forms`.
 * - `acronym`: CASE-SENSITIVE, exact token. Used when the lower-case word is an ordinary word or
 *   too ambiguous ("PAI" ≠ "pai(n)", "ASE" ≠ "case", "IP" ≠ "ip", "FO", "CAPES" ≠ "capes").
 *   "l'ASE" matches because the apostrophe separates tokens.
 * - `confidence`: 'medium' by default; 'low' for words that are usually, not always, sensitive.
 * - `EXCLUSIONS`: phrases that neutralise any finding they overlap ("adresse IP", "temps partiel",
 *   "film culte", "relay race"…).
 *
 * Decisions taken for precision (documented here so reviewers can challenge them):
 * - "santé" alone is NOT sensitive ("éducation à la santé", "parcours santé"); "santé mentale",
 *   "état de santé", "problème de santé", "raisons de santé", "données de santé" are.
 * - "vote" alone is NOT political (class delegates are elected by vote); "intention(s) de vote" is.
 * - "parti" alone is NOT political ("il est parti", "parti pris"); "parti politique" and party names are.
 * - "politique" alone is NOT ("politique de confidentialité"); "opinion(s) politique(s)" is.
 * - "génétique" and "ADN/DNA" alone are NOT (they are SVT/biology lesson topics); genetic DATA phrases
 *   ("test génétique", "test ADN", "empreinte génétique", "données génétiques") are.
 * - "épreuve" alone IS an exam word in a school context ("convocation à l'épreuve orale"); the idioms
 *   "mise à l'épreuve", "à l'épreuve du temps", "à rude épreuve", "à toute épreuve", "épreuve de force"
 *   and "épreuve sportive" are excluded.
 * - "concours" alone is NOT (drawing, poetry, photo contests); "concours blanc", "concours d'entrée"… are.
 * - "conseil pédagogique", "conseil d'administration", "conseil des maîtres", "équipe pédagogique"
 *   are NOT class councils (they do not discuss individual pupils by design).
 * - "religion(s)"/"religieux" ARE, except the curriculum topics "fait(s) religieux",
 *   "histoire des religions", "religious education/studies".
 * - "racisme", "homophobie", "laïcité" are NOT (talking about them reveals nobody's data).
 * - "syndicat" IS union, except "syndicat d'initiative", "syndicat intercommunal"… (local bodies).
 */
import type { SensitiveCategory } from '../contract';

export type VocabularyConfidence = 'medium' | 'low';

export interface TermEntry {
  /** Words or phrase, written naturally (accents, apostrophes allowed). */
  term: string;
  /** Other surface forms (feminine, irregular plural, spelling variants). */
  forms?: readonly string[];
  confidence?: VocabularyConfidence;
}

export interface AcronymEntry {
  /** Exact, case-sensitive token. */
  acronym: string;
  forms?: readonly string[];
  confidence?: VocabularyConfidence;
}

export type LexiconEntry = TermEntry | AcronymEntry;

export type VocabularyCategory = Exclude<SensitiveCategory, 'email' | 'phone' | 'nir' | 'ine' | 'iban' | 'card'>;

/** The lexicon as data: what the service worker publishes to the pages (see vocabulary.ts). */
export interface Lexicon {
  entries: Readonly<Record<VocabularyCategory, readonly LexiconEntry[]>>;
  exclusions: readonly string[];
}

const low = 'low' as const;

export const LEXICON: Readonly<Record<VocabularyCategory, readonly LexiconEntry[]>> = {
  health: [
    // FR — school support schemes and services
    { acronym: 'PAI' }, { acronym: 'PPS' }, { acronym: 'PAP' }, { acronym: 'AVS' }, { acronym: 'IME' },
    { acronym: 'TSA' }, { acronym: 'TOC' }, { acronym: 'TCA' }, { acronym: 'CMP' },
    { term: 'MDPH' }, { term: 'AESH' }, { term: 'ULIS' }, { term: 'SEGPA' }, { term: 'RASED' }, { term: 'ITEP' },
    { term: 'SESSAD' }, { term: 'SAPAD' }, { term: 'CAMSP' }, { term: 'CMPP' }, { term: 'GEVASCO' },
    { term: "projet d'accueil individualisé" },
    { term: 'projet personnalisé de scolarisation' },
    { term: "plan d'accompagnement personnalisé" },
    { term: 'auxiliaire de vie scolaire' },
    // FR — conditions, disabilities, treatments
    { term: 'dys' },
    { term: 'dyslexie' }, { term: 'dyslexique' }, { term: 'dyspraxie' }, { term: 'dyspraxique' },
    { term: 'dyscalculie' }, { term: 'dyscalculique' }, { term: 'dysorthographie' }, { term: 'dysgraphie' },
    { term: 'dysphasie' }, { term: 'dysphasique' },
    { term: 'TDAH' }, { term: 'TDA/H' }, { term: "trouble de l'attention" }, { term: 'hyperactivité' },
    { term: 'hyperactif', forms: ['hyperactive'] },
    { term: 'autisme' }, { term: 'autiste' }, { term: 'asperger' },
    { term: 'handicap' }, { term: 'handicapé', forms: ['handicapée'] },
    { term: 'diabète' }, { term: 'diabétique' }, { term: 'épilepsie' }, { term: 'épileptique' },
    { term: 'asthme' }, { term: 'asthmatique' }, { term: 'allergie' }, { term: 'allergique' },
    { term: 'intolérance alimentaire' },
    { term: 'cancer' }, { term: 'leucémie' }, { term: 'tumeur' }, { term: 'chimiothérapie' }, { term: 'chimio' },
    { term: 'dépression' }, { term: 'dépressif', forms: ['dépressive'] },
    { term: 'trouble anxieux' }, { term: 'phobie scolaire' },
    { term: 'anorexie' }, { term: 'anorexique' }, { term: 'boulimie' }, { term: 'boulimique' },
    { term: 'trouble alimentaire', forms: ['troubles alimentaires'] },
    { term: 'troubles du comportement', forms: ['trouble du comportement'] },
    { term: 'troubles des apprentissages', forms: ['trouble des apprentissages', "troubles de l'apprentissage"] },
    { term: 'grossesse' }, { term: 'IVG' }, { term: 'avortement' }, { term: 'fausse couche' },
    { term: 'congé maternité', confidence: low },
    { term: 'psychologue' }, { term: 'psychiatre' }, { term: 'pédopsychiatre' }, { term: 'psychiatrique' },
    { term: 'psychiatrie' }, { term: 'psychothérapie' }, { term: 'psychothérapeute' },
    { term: 'orthophoniste' }, { term: 'orthophonie' }, { term: 'bilan orthophonique' },
    { term: 'ergothérapeute' }, { term: 'ergothérapie' }, { term: 'psychomotricien', forms: ['psychomotricienne'] },
    { term: 'bilan psychologique' }, { term: 'bilan psychométrique' },
    { term: 'traitement médical' }, { term: 'traitement médicamenteux' }, { term: 'sous traitement' },
    { term: 'médicament', confidence: low },
    { term: 'dossier médical' }, { term: 'certificat médical' }, { term: 'examen médical' },
    { term: 'suivi médical' }, { term: 'visite médicale', confidence: low },
    { term: 'raison de santé' }, { term: 'problème de santé' }, { term: 'état de santé' },
    { term: 'données de santé' }, { term: 'santé mentale' },
    { term: 'arrêt maladie' }, { term: 'congé maladie' }, { term: 'maladie chronique' },
    { term: 'maladie', confidence: low }, { term: 'malade', confidence: low },
    { term: 'maladie génétique' },
    { term: 'hospitalisation' }, { term: 'hospitalisé', forms: ['hospitalisée'] },
    { term: 'VIH' }, { term: 'sida' }, { term: 'séropositif', forms: ['séropositive'] }, { term: 'hépatite' },
    { term: 'mucoviscidose' }, { term: 'trisomie' }, { term: 'myopathie' },
    { term: 'paralysie cérébrale' }, { term: 'infirmité motrice cérébrale' }, { term: 'fauteuil roulant' },
    { term: 'malvoyant', forms: ['malvoyante'] }, { term: 'malentendant', forms: ['malentendante'] },
    { term: 'déficience visuelle' }, { term: 'déficience auditive' }, { term: 'déficience intellectuelle' },
    { term: 'surdité' }, { term: 'cécité' }, { term: 'sourd', forms: ['sourde'], confidence: low },
    { term: 'addiction' }, { term: 'toxicomanie' }, { term: 'alcoolisme' },
    { term: 'suicide' }, { term: 'suicidaire' }, { term: 'tentative de suicide' },
    { term: 'scarification' }, { term: 'automutilation' }, { term: 'burn-out', forms: ['burnout'] },
    // EN
    { term: 'disability', forms: ['disabilities'] }, { term: 'disabled' },
    { term: 'special needs' }, { term: 'special educational needs' }, { term: 'learning disability', forms: ['learning disabilities'] },
    { acronym: 'SEN' }, { acronym: 'SEND' }, { acronym: 'IEP' }, { term: 'EHCP' }, { term: 'SENCO' },
    { term: '504 plan' },
    { term: 'dyslexia' }, { term: 'dyslexic' }, { term: 'dyspraxia' }, { term: 'dyscalculia' },
    { term: 'ADHD' }, { term: 'autism' }, { term: 'autistic' }, { term: 'aspergers' },
    { term: 'diabetes' }, { term: 'diabetic' }, { term: 'epilepsy' }, { term: 'epileptic' },
    { term: 'asthma' }, { term: 'asthmatic' }, { term: 'allergy', forms: ['allergies'] }, { term: 'allergic' },
    { term: 'leukemia' }, { term: 'leukaemia' }, { term: 'chemotherapy' }, { term: 'chemo' },
    { term: 'depression' }, { term: 'depressed', confidence: low },
    { term: 'anxiety disorder' }, { term: 'eating disorder' }, { term: 'anorexia' }, { term: 'bulimia' },
    { term: 'pregnancy', forms: ['pregnancies'] }, { term: 'pregnant' },
    { term: 'psychologist' }, { term: 'psychiatrist' }, { term: 'psychiatric' },
    { term: 'mental health' }, { term: 'medical condition' }, { term: 'medical record' },
    { term: 'health condition' }, { term: 'health issue' }, { term: 'health problem' }, { term: 'sick leave' },
    { term: 'medication', confidence: low },
    { term: 'hospitalised' }, { term: 'hospitalized' }, { term: 'wheelchair' },
    { term: 'hearing impaired' }, { term: 'visually impaired' }, { term: 'deaf', confidence: low },
    { term: 'speech therapy' }, { term: 'speech therapist' }, { term: 'occupational therapist' },
    { term: 'therapy', forms: ['therapies'], confidence: low }, { term: 'therapist', confidence: low },
    { term: 'suicidal' }, { term: 'self-harm' }, { term: 'HIV' }, { acronym: 'AIDS' },
    // Medicines that name a condition (FR/EN spelling)
    { term: 'Ritaline' }, { term: 'Ritalin' }, { term: 'méthylphénidate' }, { term: 'methylphenidate' },
    { term: 'insuline', forms: ['insulin'] }, { term: 'antidépresseur', forms: ['antidepressant'] },
  ],

  religion: [
    // FR
    { term: 'religion' }, { term: 'religieux', forms: ['religieuse'] },
    { term: 'convictions philosophiques', forms: ['conviction philosophique'] },
    { term: 'musulman', forms: ['musulmane'] }, { term: 'islam' }, { term: 'islamique' },
    { term: 'voile islamique' }, { term: 'port du voile' }, { term: 'hijab' }, { term: 'burqa' }, { term: 'niqab' },
    { term: 'burkini' },
    { term: 'chrétien', forms: ['chrétienne'] }, { term: 'christianisme' }, { term: 'catholique' },
    { term: 'protestant', forms: ['protestante'] }, { term: 'évangélique' },
    { term: 'juif', forms: ['juive'] }, { term: 'judaïsme' }, { term: 'kippa' },
    { term: 'casher', forms: ['cacher', 'kasher'] }, { term: 'halal' },
    { term: 'bouddhiste' }, { term: 'bouddhisme' }, { term: 'hindou', forms: ['hindoue'] }, { term: 'hindouisme' },
    { term: 'sikh' }, { term: 'athée' }, { term: 'athéisme' }, { term: 'agnostique' },
    { term: 'ramadan' }, { term: 'aïd el-kébir', forms: ['aïd el-fitr', 'aïd al-adha', 'aïd al-fitr'] },
    { term: 'carême', confidence: low },
    { term: 'culte', confidence: low }, { term: 'lieu de culte' },
    { term: 'mosquée' }, { term: 'synagogue' }, { term: 'aumônerie' }, { term: 'aumônier' },
    { term: 'imam' }, { term: 'rabbin' }, { term: 'prêtre', confidence: low },
    { term: 'témoin de Jéhovah' }, { term: 'scientologie' },
    { term: 'bar mitzvah' }, { term: 'bat mitzvah' }, { term: 'première communion' },
    // EN
    { term: 'religious' }, { term: 'religious belief' }, { term: 'muslim' }, { term: 'islamic' },
    { term: 'christianity' }, { term: 'catholic' }, { term: 'evangelical' },
    { term: 'jewish' }, { term: 'judaism' }, { term: 'buddhist' }, { term: 'buddhism' }, { term: 'hindu' },
    { term: 'hinduism' }, { term: 'atheist' }, { term: 'agnostic' }, { term: 'mosque' },
    { term: 'headscarf' }, { term: 'kippah' }, { term: 'yarmulke' }, { term: 'eid', confidence: low },
  ],

  ethnicity: [
    // FR
    { term: 'origine ethnique' }, { term: 'ethnique' }, { term: 'ethnie' }, { term: 'ethnicité' },
    { term: 'origine raciale' }, { term: 'racial', forms: ['raciale', 'raciaux'] }, { term: 'race' },
    { term: 'couleur de peau' }, { term: 'gens du voyage', confidence: low },
    // EN
    { term: 'ethnicity' }, { term: 'ethnic' }, { term: 'ethnic origin' }, { term: 'ethnic background' },
    { term: 'racial origin' }, { term: 'skin colour' }, { term: 'skin color' },
  ],

  politics: [
    // FR
    { term: 'opinion politique' }, { term: 'parti politique' }, { term: 'engagement politique' },
    { term: 'conviction politique' }, { term: 'appartenance politique' }, { term: 'orientation politique' },
    { term: 'intention de vote' }, { term: 'militant politique', forms: ['militante politique'] },
    { term: 'militant', forms: ['militante'], confidence: low }, { term: 'militantisme', confidence: low },
    { term: 'sympathisant', forms: ['sympathisante'], confidence: low },
    { term: 'Rassemblement national' }, { term: 'Front national' }, { term: 'France insoumise' },
    { acronym: 'LFI' }, { acronym: 'PCF' }, { acronym: 'NPA' }, { term: 'EELV' },
    { term: 'Parti socialiste' }, { term: 'Parti communiste' }, { term: 'Lutte ouvrière' },
    // EN
    { term: 'political opinion' }, { term: 'political party', forms: ['political parties'] },
    { term: 'political view' }, { term: 'political affiliation' }, { term: 'political belief' },
    { term: 'voting intention' },
  ],

  union: [
    // FR
    { term: 'syndicat' }, { term: 'syndiqué', forms: ['syndiquée'] },
    { term: 'syndical', forms: ['syndicale', 'syndicaux'] }, { term: 'syndicalisme' }, { term: 'syndicaliste' },
    { term: 'CGT' }, { term: 'CFDT' }, { acronym: 'FO' }, { term: 'Force ouvrière' }, { term: 'FSU' },
    { term: 'SNES' }, { term: 'SNESup' }, { term: 'SNUipp' }, { term: 'SGEN' }, { term: 'SNALC' },
    { term: 'UNSA' }, { term: 'SE-UNSA' }, { term: 'SUD éducation' }, { term: 'SNEP' }, { term: 'SNPDEN' },
    // EN
    { term: 'trade union' }, { term: 'labour union' }, { term: 'labor union' }, { term: 'union member' },
    { term: 'union membership' }, { term: 'union rep' }, { term: 'union representative' },
    { term: 'shop steward' }, { term: 'teachers union' }, { acronym: 'NEU' }, { term: 'NASUWT' },
  ],

  sexuality: [
    // FR
    { term: 'orientation sexuelle' }, { term: 'vie sexuelle' }, { term: 'identité de genre' },
    { term: 'homosexuel', forms: ['homosexuelle'] }, { term: 'homosexualité' },
    { term: 'gay' }, { term: 'lesbienne' }, { term: 'bisexuel', forms: ['bisexuelle'] }, { term: 'bisexualité' },
    { term: 'transgenre' }, { term: 'transsexuel', forms: ['transsexuelle'] }, { term: 'transidentité' },
    { term: 'intersexe' }, { term: 'queer' }, { term: 'non-binaire', confidence: low },
    { term: 'LGBT' }, { term: 'LGBTQ' }, { term: 'LGBTI' }, { term: 'LGBTQI' }, { term: 'LGBTQIA' },
    { term: 'coming out', forms: ['coming-out'] },
    // EN
    { term: 'sexual orientation' }, { term: 'homosexual' }, { term: 'homosexuality' }, { term: 'lesbian' },
    { term: 'bisexual' }, { term: 'transgender' }, { term: 'gender identity' }, { term: 'sex life' },
  ],

  'biometric-genetic': [
    // FR
    { term: 'empreinte digitale' }, { term: 'empreinte génétique' }, { term: 'empreinte vocale' },
    { term: 'biométrique' }, { term: 'biométrie' }, { term: 'reconnaissance faciale' },
    { term: "scan de l'iris" }, { term: "reconnaissance de l'iris" },
    { term: 'données génétiques', forms: ['donnée génétique'] }, { term: 'test génétique' },
    { term: 'analyse génétique' }, { term: 'dépistage génétique' }, { term: 'profil génétique' },
    { term: 'maladie génétique' },
    { term: 'test ADN', forms: ["test d'ADN"] }, { term: 'analyse ADN' }, { term: 'prélèvement ADN' },
    { term: 'test de paternité' },
    // EN
    { term: 'biometric', forms: ['biometrics'] }, { term: 'fingerprint' }, { term: 'facial recognition' },
    { term: 'face recognition' }, { term: 'iris scan' }, { term: 'retina scan' }, { term: 'voiceprint' },
    { term: 'genetic data' }, { term: 'genetic test' }, { term: 'genetic testing' },
    { term: 'DNA test' }, { term: 'DNA testing' }, { term: 'DNA sample' }, { term: 'paternity test' },
  ],

  'justice-child-protection': [
    // FR
    { term: 'information préoccupante' }, { acronym: 'IP' }, { term: 'signalement' },
    { acronym: 'ASE' }, { term: "aide sociale à l'enfance" }, { term: "protection de l'enfance" },
    { term: 'enfance en danger' }, { term: 'mineur en danger' }, { term: 'enfant en danger' },
    { term: 'élève en danger' }, { acronym: 'CRIP' },
    { term: 'placement en foyer' }, { term: 'placement familial' }, { term: 'placement judiciaire' },
    { term: 'mesure de placement' }, { term: "famille d'accueil" }, { term: "foyer de l'enfance" },
    { term: 'enfant placé', forms: ['enfant placée'] }, { term: 'élève placé', forms: ['élève placée'] },
    { term: 'juge des enfants' }, { term: 'juge pour enfants' }, { term: 'juge aux affaires familiales' },
    { acronym: 'JAF' }, { term: 'tribunal pour enfants' }, { term: 'casier judiciaire' },
    { term: 'condamnation' }, { term: 'condamné', forms: ['condamnée'], confidence: low },
    { term: 'garde à vue' }, { term: 'PJJ' }, { term: 'protection judiciaire de la jeunesse' },
    { term: 'maltraitance' }, { term: 'maltraité', forms: ['maltraitée'] },
    { term: 'violences sexuelles', forms: ['violence sexuelle'] }, { term: 'agression sexuelle' },
    { term: 'abus sexuel' }, { term: 'inceste' }, { term: 'violences conjugales', forms: ['violence conjugale'] },
    { term: 'violences intrafamiliales', forms: ['violence intrafamiliale'] },
    { term: 'dépôt de plainte' }, { term: 'porter plainte' }, { term: 'procureur' },
    { term: 'AEMO' }, { term: 'assistance éducative' }, { term: 'mise en examen' },
    { term: 'contrôle judiciaire' }, { term: 'incarcération' }, { term: 'incarcéré', forms: ['incarcérée'] },
    { term: 'détention provisoire' }, { term: 'commissariat', confidence: low },
    // EN
    { term: 'child protection' }, { term: 'safeguarding', confidence: low }, { term: 'safeguarding concern' },
    { term: 'safeguarding referral' }, { term: 'social services' }, { term: 'foster care' },
    { term: 'foster family', forms: ['foster families'] }, { term: 'foster home' }, { term: 'criminal record' },
    { term: 'criminal conviction' }, { term: 'police custody' }, { term: 'juvenile court' },
    { term: 'youth court' }, { term: 'family court' }, { term: 'child abuse' }, { term: 'sexual abuse' },
    { term: 'domestic violence' }, { term: 'domestic abuse' }, { term: 'child in need' },
    { term: 'child protection plan' }, { term: 'youth offending' },
  ],

  'class-council': [
    // FR
    { term: 'conseil de classe' }, { term: 'conseil de discipline' }, { term: 'équipe éducative' },
    { term: 'équipe de suivi de scolarisation' }, { acronym: 'ESS', confidence: low },
    { term: 'commission éducative' }, { term: 'commission de discipline' },
    { term: 'pré-conseil', forms: ['préconseil'] }, { term: 'cellule de veille', confidence: low },
    { term: 'GPDS' }, { term: 'groupe de prévention du décrochage scolaire' },
    { term: 'réunion de synthèse', confidence: low },
    // EN
    { term: 'class council' }, { term: 'disciplinary hearing' }, { term: 'disciplinary committee' },
    { term: 'disciplinary panel' }, { term: 'exclusion hearing' }, { term: 'expulsion hearing' },
    { term: 'case conference', confidence: low },
  ],

  exam: [
    // FR
    { term: 'examen' }, { term: 'partiel' }, { term: 'épreuve' },
    { term: 'contrôle continu', confidence: low }, { term: 'devoir surveillé' }, { term: 'devoir sur table' },
    { term: 'interrogation écrite' }, { term: 'interro', confidence: low },
    { term: 'surveillance à distance' }, { term: 'télésurveillance' }, { term: 'surveillance en ligne' },
    { term: 'proctoring' }, { term: 'grand oral' }, { term: 'soutenance' },
    { term: 'bac' }, { term: 'baccalauréat' }, { term: 'brevet' }, { term: 'DNB' },
    { term: 'concours blanc' }, { term: "concours d'entrée" }, { term: 'concours de recrutement' },
    { term: 'concours externe' }, { term: 'concours interne' }, { term: 'oral du concours' },
    { term: 'écrit du concours' }, { term: 'préparation au concours' },
    { term: 'agrégation' }, { acronym: 'CAPES' }, { term: 'CRPE' },
    { term: 'session de rattrapage' }, { term: 'oral de rattrapage' },
    // EN
    { term: 'exam' }, { term: 'examination' }, { term: 'midterm' }, { term: 'proctored' }, { term: 'proctor' },
    { term: 'invigilation' }, { term: 'invigilated' }, { term: 'invigilator' }, { term: 'resit' },
    { term: 'GCSE' }, { term: 'viva', confidence: low },
  ],

  // Protection markings Grenoble INP excludes from Zoom (seed 002, footnote 1; IGI 901, PPST).
  classified: [
    { term: 'diffusion restreinte' }, { term: 'confidentiel défense' }, { term: 'secret défense' },
    { term: 'très secret défense' }, { term: 'informations à régime restrictif' }, { acronym: 'PPST' },
    { acronym: 'ZRR' }, { term: 'zone à régime restrictif' },
    { term: 'restricted distribution' },
  ],
};

/**
 * Phrases that cancel any vocabulary finding they overlap (false friends). Same matching rules
 * as terms (case/accent-insensitive, plural -s/-x on every word).
 */
export const EXCLUSIONS: readonly string[] = [
  // IP = information préoccupante, not an IP address
  'adresse IP', 'IP address', 'IP adresse',
  // exam false friends
  'temps partiel', 'chômage partiel', 'remboursement partiel', 'activité partielle',
  "mise à l'épreuve", "mis à l'épreuve", "mettre à l'épreuve", "à l'épreuve du temps", "à l'épreuve des faits",
  "à l'épreuve des balles", "à l'épreuve du feu", 'à rude épreuve', 'à toute épreuve', 'épreuve de force',
  'épreuve sportive',
  'bac à sable', 'bac à compost', 'bac de recyclage', 'bac à légumes', 'bac à fleurs',
  'brevet de secourisme', 'brevet de secouriste', 'brevet de natation', "brevet d'invention",
  'dépôt de brevet', 'examen de conscience', 'examen de la demande', 'examen du dossier',
  'examen de la candidature', 'examen du budget',
  // health false friends
  'great depression', 'dépression atmosphérique', 'dépression tropicale', 'tropique du cancer',
  'tropic of cancer', 'malade imaginaire', 'dialogue de sourds',
  // religion: curriculum topics, cult-as-"iconic"
  'fait religieux', 'histoire des religions', 'religious education', 'religious studies',
  'film culte', 'série culte', 'livre culte', 'jeu culte', 'culte de la personnalité',
  // ethnicity: races that are competitions or animal breeds
  'relay race', 'sack race', 'charity race', 'fun race', 'race day', 'race for life', 'arms race',
  'space race', 'boat race', 'race for', 'race to', 'rat race', 'race de chien', 'race de chat', 'race bovine', 'race de vache',
  // union: local public bodies called "syndicat"
  "syndicat d'initiative", 'syndicat intercommunal', 'syndicat des eaux', 'syndicat de copropriété',
  'syndicat mixte',
  // sexuality
  'Gay-Lussac',
  // justice: technical reports
  'signalement de bug', "signalement d'un bug", 'signalement de panne', "signalement d'une panne",
  // politics: "militant" in ordinary or religious senses
  'militant associatif', 'militante associative',
];

export const DEFAULT_LEXICON: Lexicon = { entries: LEXICON, exclusions: EXCLUSIONS };
