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
import FIRST_NAMES from './first-names.json';

export type VocabularyConfidence = 'medium' | 'low';

interface EntryOptions {
  /** Other surface forms (feminine, irregular plural, spelling variants). */
  forms?: readonly string[];
  confidence?: VocabularyConfidence;
  /**
   * In an anchored category, a word needs a person or a meeting nearby (see `Lexicon.anchored`);
   * 'alone': it is about a real case by itself (« PAI », « information préoccupante », a union's
   * name); 'person': a job title too (« AESH », « psychologue »): only a person makes it about someone.
   */
  stands?: 'alone' | 'person';
  /** Remote proctoring: 'always', or 'near-exam' (« caméra allumée » near « épreuve »). */
  proctoring?: 'always' | 'near-exam';
}

export interface TermEntry extends EntryOptions {
  /** Words or phrase, written naturally (accents, apostrophes allowed). */
  term: string;
}

export interface AcronymEntry extends EntryOptions {
  /** Exact, case-sensitive token. */
  acronym: string;
}

export type LexiconEntry = TermEntry | AcronymEntry;

export type VocabularyCategory = Exclude<SensitiveCategory, 'email' | 'phone' | 'nir' | 'ine' | 'iban' | 'card'>;

/** Kinds of context word (see `CONTEXT`). */
export type ContextKind = 'person' | 'pronoun' | 'subject' | 'event' | 'framing' | 'descriptive' | 'place' | 'neutral';

/** The lexicon as data: what the service worker publishes to the pages (see vocabulary.ts). */
export interface Lexicon {
  entries: Readonly<Record<VocabularyCategory, readonly LexiconEntry[]>>;
  exclusions: readonly string[];
  /** Categories reported only when the text is about a person or a real case. */
  anchored?: readonly VocabularyCategory[];
  /** Categories reported only when the text announces such a meeting or session (or is a short title). */
  announced?: readonly VocabularyCategory[];
  context?: Readonly<Partial<Record<ContextKind, readonly string[]>>>;
  /** First names: a capitalised one makes the text about a person (scripts/first-names.ts). */
  firstNames?: readonly string[];
}

const low = 'low' as const;

export const LEXICON: Readonly<Record<VocabularyCategory, readonly LexiconEntry[]>> = {
  health: [
    // FR — school support schemes and services
    { acronym: 'PAI', forms: ['PAIs'], stands: 'alone' }, { acronym: 'PPS', forms: ['PPSs'], stands: 'alone' }, { acronym: 'PAP', forms: ['PAPs'], stands: 'alone' },
    { acronym: 'AVS', stands: 'person' }, { acronym: 'IME' },
    { acronym: 'TSA' }, { acronym: 'TOC' }, { acronym: 'TCA' }, { acronym: 'CMP' }, { acronym: 'TSLA' }, { acronym: 'TND' },
    { term: 'MDPH' }, { term: 'AESH', stands: 'person' }, { term: 'ULIS' }, { term: 'SEGPA' }, { term: 'RASED' },
    { term: 'ITEP' }, { term: 'SESSAD' }, { term: 'SAPAD' }, { term: 'CAMSP' }, { term: 'CMPP' }, { term: 'GEVASCO', forms: ['GEVA-Sco'], stands: 'alone' },
    { term: 'AEEH' }, { term: 'CDAPH', stands: 'person' }, { term: 'PPRE' , confidence: low },
    { term: "projet d'accueil individualisé", stands: 'alone' },
    { term: 'projet personnalisé de scolarisation', stands: 'alone' },
    { term: "plan d'accompagnement personnalisé", stands: 'alone' },
    { term: 'auxiliaire de vie scolaire', stands: 'person' },
    { term: 'en situation de handicap' }, { term: 'besoins éducatifs particuliers' }, { term: 'polyhandicap' },
    { term: 'trouble dys', forms: ['troubles dys'] }, { term: 'troubles spécifiques du langage' },
    { term: 'trouble du neurodéveloppement', forms: ['troubles du neurodéveloppement', 'troubles du neuro-développement'] },
    { term: 'tiers temps', forms: ['tiers-temps'], confidence: low }, { term: 'pathologie' }, { term: 'maladie chronique' },
    { term: 'antécédents médicaux' }, { term: 'diagnostic médical' }, { term: 'symptôme', confidence: low },
    { term: 'certificats médicaux' }, { term: 'maladie de longue durée' }, { term: 'trouble de santé', forms: ['troubles de la santé', 'trouble de la santé'] }, { term: 'protocole de soins' }, { term: "protocole d'urgence" },
    { term: 'stylo auto-injecteur' }, { term: 'choc anaphylactique' },
    { term: 'allergie alimentaire', forms: ['allergies alimentaires'] }, { term: 'régime alimentaire', confidence: low },
    { term: 'soins', confidence: low },
    { term: 'dysphorie de genre' }, { term: 'handicap moteur' },
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
    { term: 'psychologue', stands: 'person' }, { term: 'psychiatre', stands: 'person' }, { term: 'pédopsychiatre', stands: 'person' }, { term: 'psychiatrique' },
    { term: 'psychiatrie' }, { term: 'psychothérapie' }, { term: 'psychothérapeute' },
    { term: 'orthophoniste', stands: 'person' }, { term: 'orthophonie' }, { term: 'bilan orthophonique' },
    { term: 'ergothérapeute', stands: 'person' }, { term: 'ergothérapie' }, { term: 'psychomotricien', forms: ['psychomotricienne'], stands: 'person' },
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
    { term: 'care plan' }, { term: 'healthcare plan' }, { term: 'medical needs' }, { term: 'inhaler' }, { term: 'EpiPen' },
    { term: 'allergic reaction' }, { term: 'anaphylaxis' }, { term: 'autism spectrum' },
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
    { term: 'foulard', confidence: low }, { term: 'voile', confidence: low }, { term: 'abaya' }, { term: 'qamis', forms: ['kamis'] },
    { term: 'signe religieux' }, { term: 'tenue religieuse' }, { term: 'pratique religieuse' }, { term: 'fête religieuse' },
    { term: 'prière' }, { term: 'prier', confidence: low }, { term: 'jeûner', forms: ['jeûnent', 'jeûnait'] }, { term: 'période de jeûne' }, { term: 'jeûne cultuel' },
    { term: 'jeûne religieux' }, { term: 'jeûne du ramadan' }, { term: 'pratique du jeûne' },
    { term: 'croyance', confidence: low }, { term: 'croyant', forms: ['croyante'], confidence: low }, { term: 'foi', confidence: low },
    { term: 'église', confidence: low }, { term: 'turban' }, { term: 'voilée', forms: ['voilées'] }, { term: 'sans porc', confidence: low },
    { term: 'alternative au porc', confidence: low }, { term: 'viande halal' },
    { term: 'catéchisme' }, { term: 'shabbat', forms: ['sabbat'] }, { term: 'Yom Kippour' }, { term: 'Kippour' },
    { term: "fête de l'Aïd" }, { term: 'baptême', confidence: low }, { term: 'communion', confidence: low },
    { term: 'bar mitzvah' }, { term: 'bat mitzvah' }, { term: 'première communion' },
    // EN
    { term: 'religious' }, { term: 'religious belief' }, { term: 'muslim' }, { term: 'islamic' },
    { term: 'christianity' }, { term: 'catholic' }, { term: 'evangelical' },
    { term: 'jewish' }, { term: 'judaism' }, { term: 'buddhist' }, { term: 'buddhism' }, { term: 'hindu' },
    { term: 'hinduism' }, { term: 'atheist' }, { term: 'agnostic' }, { term: 'mosque' },
    { term: 'headscarf' }, { term: 'kippah' }, { term: 'yarmulke' }, { term: 'eid', confidence: low },
    { term: 'prayer', forms: ['prayers', 'praying'] }, { term: 'fasting' }, { term: 'church', confidence: low }, { term: 'faith', confidence: low },
  ],

  ethnicity: [
    // FR
    { term: 'origine ethnique' }, { term: 'ethnique' }, { term: 'ethnie' }, { term: 'ethnicité' },
    { term: 'origine raciale' }, { term: 'racial', forms: ['raciale', 'raciaux'] }, { term: 'race' },
    { term: 'couleur de peau' }, { term: 'gens du voyage', confidence: low },
    { term: 'maghrébin', forms: ['maghrébine'] }, { term: 'tsigane', forms: ['tzigane'] }, { term: 'gitan', forms: ['gitane'] },
    { term: 'communauté rom' }, { term: 'origine étrangère' }, { term: "issu de l'immigration", forms: ["issue de l'immigration", "issus de l'immigration"] },
    { term: "d'origine africaine" }, { term: "d'origine maghrébine" }, { term: "d'origine asiatique" }, { term: 'minorité visible' },
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
    { term: 'extrême droite' }, { term: 'extrême gauche' }, { term: 'encarté', forms: ['encartée'] },
    // EN
    { term: 'political opinion' }, { term: 'political party', forms: ['political parties'] },
    { term: 'political view' }, { term: 'political affiliation' }, { term: 'political belief' },
    { term: 'voting intention' },
  ],

  union: [
    // FR
    { term: 'syndicat' }, { term: 'syndiqué', forms: ['syndiquée', 'syndiquer', 'se syndiquer'], stands: 'alone' },
    { term: 'syndical', forms: ['syndicale', 'syndicaux'] }, { term: 'syndicalisme' }, { term: 'syndicaliste', stands: 'alone' },
    { term: 'CGT', stands: 'alone' }, { term: 'CFDT', stands: 'alone' }, { acronym: 'FO', stands: 'alone' },
    { term: 'Force ouvrière', stands: 'alone' }, { term: 'FSU', stands: 'alone' },
    { term: 'SNES', stands: 'alone' }, { term: 'SNESup', stands: 'alone' }, { term: 'SNUipp', stands: 'alone' },
    { term: 'SGEN', stands: 'alone' }, { term: 'SNALC', stands: 'alone' }, { term: 'SNUEP', stands: 'alone' },
    { term: 'SNETAA', stands: 'alone' }, { term: 'SPELC', stands: 'alone' }, { term: 'SNFOLC', stands: 'alone' },
    { term: 'UNSA', stands: 'alone' }, { term: 'SE-UNSA', stands: 'alone' }, { term: 'SUD éducation', stands: 'alone' },
    { term: 'SNEP', stands: 'alone' }, { term: 'SNPDEN', stands: 'alone' }, { term: "CGT éduc'action", stands: 'alone' },
    { acronym: 'RIS', stands: 'alone' }, { term: "réunion d'information syndicale", stands: 'alone' },
    { term: "heure mensuelle d'information syndicale", stands: 'alone' }, { term: "heure d'information syndicale", stands: 'alone' }, { acronym: 'HMIS', stands: 'alone' },
    { term: 'délégué syndical', forms: ['déléguée syndicale'], stands: 'alone' }, { term: 'décharge syndicale', stands: 'alone' },
    { term: 'préavis de grève', confidence: low }, { term: 'gréviste', confidence: low },
    // EN
    { term: 'trade union' }, { term: 'labour union' }, { term: 'labor union' }, { term: 'union member' },
    { term: 'union membership' }, { term: 'union rep' }, { term: 'union representative' },
    { term: 'shop steward' }, { term: 'teachers union' }, { acronym: 'NEU', stands: 'alone' }, { term: 'NASUWT', stands: 'alone' },
  ],

  sexuality: [
    // FR
    { term: 'orientation sexuelle' }, { term: 'vie sexuelle' }, { term: 'identité de genre' },
    { term: 'homosexuel', forms: ['homosexuelle'] }, { term: 'homosexualité' },
    { term: 'gay' }, { term: 'lesbienne' }, { term: 'bisexuel', forms: ['bisexuelle'] }, { term: 'bisexualité' },
    { term: 'transgenre' }, { term: 'transsexuel', forms: ['transsexuelle'] }, { term: 'transidentité' },
    { term: 'intersexe' }, { term: 'queer' }, { term: 'non-binaire', confidence: low },
    { term: 'LGBT' }, { term: 'LGBTQ' }, { term: 'LGBTI' }, { term: 'LGBTQI' }, { term: 'LGBTQIA' },
    { term: 'coming out', forms: ['coming-out'] }, { term: "prénom d'usage", confidence: low },
    { term: 'transition de genre' },
    // EN
    { term: 'sexual orientation' }, { term: 'homosexual' }, { term: 'homosexuality' }, { term: 'lesbian' },
    { term: 'bisexual' }, { term: 'transgender' }, { term: 'gender identity' }, { term: 'sex life' },
  ],

  'biometric-genetic': [
    // FR
    { term: 'empreinte digitale', stands: 'alone' }, { term: 'empreinte génétique' }, { term: 'empreinte vocale', stands: 'alone' },
    { term: 'biométrique', stands: 'alone' }, { term: 'biométrie', stands: 'alone' }, { term: 'reconnaissance faciale', forms: ['reco faciale'], stands: 'alone' },
    { term: "scan de l'iris", stands: 'alone' }, { term: "reconnaissance de l'iris", stands: 'alone' },
    { term: 'empreinte', confidence: low }, { term: 'contour de la main', forms: ['contour de sa main', 'contours de sa main'], stands: 'alone' },
    { term: 'lecteur biométrique', stands: 'alone' },
    { term: 'géométrie de la main', stands: 'alone' }, { term: 'réseau veineux', stands: 'alone' },
    { term: 'reconnaissance du visage', stands: 'alone' }, { term: 'gabarit biométrique', stands: 'alone' },
    { term: 'données génétiques', forms: ['donnée génétique'] }, { term: 'test génétique' },
    { term: 'analyse génétique' }, { term: 'dépistage génétique' }, { term: 'profil génétique' },
    { term: 'maladie génétique' },
    { term: 'test ADN', forms: ["test d'ADN"] }, { term: 'analyse ADN' }, { term: 'prélèvement ADN' },
    { term: 'test de paternité' },
    // EN
    { term: 'biometric', forms: ['biometrics'], stands: 'alone' }, { term: 'fingerprint', stands: 'alone' },
    { term: 'facial recognition', stands: 'alone' }, { term: 'face recognition', stands: 'alone' }, { term: 'iris scan', stands: 'alone' },
    { term: 'retina scan', stands: 'alone' }, { term: 'voiceprint', stands: 'alone' }, { term: 'hand geometry', stands: 'alone' },
    { term: 'palm vein', stands: 'alone' }, { term: 'thumbprint', stands: 'alone' },
    { term: 'genetic data' }, { term: 'genetic test' }, { term: 'genetic testing' },
    { term: 'DNA test' }, { term: 'DNA testing' }, { term: 'DNA sample' }, { term: 'paternity test' },
  ],

  'justice-child-protection': [
    // FR
    { term: 'information préoccupante', stands: 'alone' }, { acronym: 'IP' }, { term: 'signalement' },
    { term: 'enfant en danger', stands: 'alone' }, { term: 'en danger' }, { term: 'situation de danger' }, { term: 'risque de danger' }, { term: 'traces de coups', stands: 'alone' },
    { term: 'signalement au procureur', stands: 'alone' }, { term: 'maltraitances', stands: 'alone' }, { term: 'en risque de danger' }, { term: 'carences éducatives' },
    { term: 'sévices' }, { term: 'attouchements' }, { term: 'violences physiques', forms: ['violence physique'] },
    { term: 'négligence', confidence: low }, { term: 'mesure éducative' },
    { term: 'plainte', confidence: low }, { term: 'tribunal', confidence: low, stands: 'person' },
    { term: 'harcèlement sexuel' }, { term: 'mariage forcé' }, { term: 'excision' }, { term: 'mutilations sexuelles' },
    { term: 'prostitution' }, { term: 'radicalisation' }, { term: 'fugue' },
    { acronym: 'ASE' }, { term: "aide sociale à l'enfance" }, { term: "protection de l'enfance" },
    { term: 'enfance en danger' }, { term: 'mineur en danger' },
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
    { term: 'dépôt de plainte' }, { term: 'porter plainte' }, { term: 'procureur', stands: 'person' },
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
    { term: 'réunion de synthèse', confidence: low }, { term: 'conseil des professeurs' }, { term: "commission d'appel" },
    { term: "réunion de l'équipe éducative" }, { term: 'conseil de cycle', confidence: low },
    // EN
    { term: 'class council' }, { term: 'disciplinary hearing' }, { term: 'disciplinary committee' },
    { term: 'disciplinary panel' }, { term: 'exclusion hearing' }, { term: 'expulsion hearing' },
    { term: 'case conference', confidence: low },
  ],

  exam: [
    // FR
    { term: 'examen' }, { term: 'partiel' }, { term: 'épreuve' },
    { term: 'contrôle continu', confidence: low }, { term: 'devoir surveillé' }, { term: 'devoir sur table' },
    { term: 'interrogation écrite' }, { term: 'interro', confidence: low }, { term: 'interrogation', confidence: low },
    { term: 'contrôle', confidence: low }, { term: 'évaluation', confidence: low }, { term: 'QCM' }, { term: 'oral blanc' },
    { term: 'grand oral' }, { term: 'soutenance' },
    { term: 'bac' }, { term: 'baccalauréat' }, { term: 'brevet' }, { term: 'DNB' }, { term: 'BTS' }, { acronym: 'CAP', confidence: low },
    // Remote proctoring (seed 000 g): what `no-remote-proctoring` rests on.
    { term: 'surveillance à distance', proctoring: 'always' }, { term: 'télésurveillance', forms: ['télésurveiller', 'télésurveillé', 'télésurveillés'], proctoring: 'always' },
    { term: 'surveillance en ligne', proctoring: 'always' }, { term: 'surveillance des examens en ligne', proctoring: 'always' },
    { term: 'surveillance des examens à distance', proctoring: 'always' }, { term: 'proctoring', proctoring: 'always' },
    { term: 'examen surveillé à distance', proctoring: 'always' }, { term: 'épreuve surveillée à distance', proctoring: 'always' },
    { term: 'télé-surveillance', proctoring: 'always' }, { term: 'logiciel de surveillance', proctoring: 'always' },
    { term: "capture de l'environnement", proctoring: 'always' }, { term: 'capture de la pièce', proctoring: 'always' },
    { term: "captation de l'environnement", proctoring: 'always' }, { term: 'scan de la pièce', proctoring: 'always' },
    { term: 'filmer la pièce', proctoring: 'always' }, { term: 'filmer son environnement', proctoring: 'always' },
    { term: 'panoramique de la pièce', proctoring: 'always' }, { term: 'vue à 360', proctoring: 'always' },
    { term: 'webcam allumée', forms: ['webcam activée', 'webcam obligatoire', 'caméra allumée', 'caméra activée', 'caméra obligatoire', 'webcam ouverte', 'caméra ouverte', 'activer sa webcam', 'activer sa caméra', 'allumer sa caméra', 'allumer sa webcam', 'enregistrement vidéo du candidat'], proctoring: 'near-exam' },
    { term: "enregistrement de l'écran", forms: ["capture d'écran", "partage d'écran obligatoire"], proctoring: 'near-exam' },
    { term: 'concours blanc' }, { term: "concours d'entrée" }, { term: 'concours de recrutement' },
    { term: 'concours externe' }, { term: 'concours interne' }, { term: 'oral du concours' },
    { term: 'écrit du concours' }, { term: 'préparation au concours' },
    { term: 'agrégation' }, { acronym: 'CAPES' }, { term: 'CRPE' },
    { term: 'session de rattrapage' }, { term: 'oral de rattrapage' },
    // EN
    { term: 'exam' }, { term: 'examination' }, { term: 'midterm' }, { term: 'proctored', proctoring: 'always' },
    { term: 'proctor', proctoring: 'always' }, { term: 'remote invigilation', proctoring: 'always' },
    { term: 'online invigilation', proctoring: 'always' }, { term: 'room scan', proctoring: 'always' },
    { term: 'lockdown browser', proctoring: 'always' }, { term: 'remote monitoring', proctoring: 'near-exam' },
    { term: 'webcam on', forms: ['camera on', 'webcam switched on', 'camera switched on', 'webcam must be on', 'camera must be on'], proctoring: 'near-exam' },
    { term: 'screen recording', proctoring: 'near-exam' }, { term: 'mock exam' }, { term: 'test', confidence: low },
    { term: 'invigilation' }, { term: 'invigilated' }, { term: 'invigilator' }, { term: 'resit' },
    { term: 'GCSE' }, { term: 'viva', confidence: low },
  ],

  // Protection markings Grenoble INP excludes from Zoom (seed 002, footnote 1; IGI 901, PPST).
  // Markings and regimes, not the words « secret » or « confidentiel » alone (« secret professionnel »,
  // « strictement confidentiel » on an ordinary document are not national-defence protection).
  classified: [
    { term: 'diffusion restreinte' }, { term: 'DR-SF' }, { term: 'confidentiel défense' }, { term: 'secret défense' },
    { term: 'très secret défense' }, { term: 'secret de la défense nationale' }, { term: 'secret de la défense' }, { term: 'secrets de la défense nationale' },
    { term: 'classifié défense' }, { term: 'information classifiée', forms: ['informations classifiées', 'document classifié', 'documents classifiés', 'support classifié'] },
    { term: 'IGI 901' }, { term: 'IGI 1300' }, { term: 'II 901' },
    { term: 'informations à régime restrictif' }, { term: 'information à régime restrictif' },
    { term: 'potentiel scientifique et technique de la nation' }, { acronym: 'PPST' },
    { acronym: 'ZRR' }, { term: 'zone à régime restrictif' }, { term: 'habilitation secret' },
    { term: 'restricted distribution' }, { term: 'classified information' },
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
  // "opinion" that is not political
  'opinion publique', 'sondage d opinion', 'liberté d opinion',
  // job titles and staff notices (issue 17): AESH, AVS, psychologists as a profession
  'les AESH', 'des AESH', 'aux AESH', "d'AESH", 'AESH référent', 'AESH référente', 'AESH référents',
  'accompagnant des élèves en situation de handicap', 'accompagnants des élèves en situation de handicap',
  'accompagnante des élèves en situation de handicap', "accompagnants d'élèves en situation de handicap",
  "psychologue de l'éducation nationale", "psychologues de l'éducation nationale", 'des psychologues', 'les psychologues',
  // biometric false friends
  'empreinte carbone', 'empreinte écologique', 'empreinte environnementale', 'empreinte numérique', 'empreintes de pas',
  'empreinte de pas', 'empreintes de dinosaures', 'empreinte de dinosaure', 'empreintes fossiles', "empreinte de l'homme",
  'carbon footprint',
  // religion false friends
  'bonne foi', 'mauvaise foi', 'ma foi', 'faire foi', 'fait foi', 'foi de', 'cours de voile', 'club de voile', 'char à voile',
  'planche à voile', 'bateau à voile', 'voile du bateau',

  // exam false friends
  'contrôle technique', 'contrôle parental', 'sous contrôle', "contrôle d'accès", "contrôle de l'accès", 'évaluation de la situation', "contrôle d'identité",
  'contrôle de gestion', 'contrôle qualité', 'contrôle des absences', 'contrôle de la présence', 'contrôle de légalité',
  'évaluation des risques', 'évaluation du dispositif', "évaluation de l'action", 'évaluation de la politique',
  'évaluation environnementale', "évaluation d'impact", "analyse d'impact", 'évaluation des acquis', "évaluation de l'élève",
  'évaluation des besoins', "équipe pluridisciplinaire d'évaluation", 'évaluation globale',
  // justice false friends
  'espèce en danger', 'espèces en danger', 'langue en danger', 'langues en danger', 'patrimoine en danger', 'en danger de mort',
  // union: the legal right, not anyone's membership
  'droit syndical', 'organisation syndicale', 'organisations syndicales',
  // « fois » is not « foi »; « examen de la situation »
  'fois', 'examen de la situation', 'examen de sa situation',
  'tribunal de l histoire', 'plainte de', 'complainte',
];

/**
 * What makes a sensitive word about a person or a real case (issue 17): people, meetings and dates
 * anchor it; a lesson's framing cancels it. Names, civility + name and class codes (« 6e B ») are
 * recognised in code (vocabulary.ts), from `firstNames`.
 */
export const CONTEXT: Readonly<Record<ContextKind, readonly string[]>> = {
  person: [
    'élève', "l'élève", 'enfant', 'fils', 'fille', 'frère', 'sœur', 'mère', 'père', 'maman', 'papa', 'parent', 'famille',
    'responsable légal', 'représentant légal', 'tuteur', 'tutrice', 'collègue', 'enseignant', 'enseignante', 'professeure',
    'mineur', 'mineure', 'adolescent', 'adolescente', 'représentants légaux', 'jeune fille', 'jeune femme',
    'familles', 'parents', 'mères', 'pères', 'candidats',
    'camarade', 'candidat', 'candidate', 'étudiant', 'étudiante', 'stagiaire', "l'intéressé", "l'intéressée",
    'bébé', 'nourrisson', 'garçon', 'fillette', 'victime',
    'pupil', 'student', 'child', 'daughter', 'mother', 'father', 'mum', 'mom', 'dad', 'parent', 'colleague', 'boy', 'girl',
    'learner', 'young person', 'family',
  ],
  // Possessives (and « lui »): about someone, but not enough to make a meeting real.
  pronoun: ['lui', 'son', 'sa', 'ses', 'mon', 'ma', 'mes', 'leur', 'his', 'her', 'him', 'my'],
  event: [
    'réunion', 'rendez-vous', 'rdv', 'convocation', 'rencontre', 'entretien', 'audience',
    'visio', 'visioconférence', 'ordre du jour', 'aura lieu', 'se tiendra', 'se déroulera', 'se réunira', 'prévu le', 'prévue le',
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
    'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'demain', 'ce soir', 'cet après-midi', 'trimestre',
    'semestre', 'salle', 'jury', 'délibération', 'session', 'rattrapage', 'blanc', 'blanche', 'planning', 'calendrier',
    'en ligne', 'à distance', 'compte rendu', 'ODJ', 'dossier', 'inscription', 'inscrits',
    'voyage scolaire', 'internat', 'cantine', 'absence', "autorisation d'absence",
    'meeting', 'hearing', 'review', 'appointment', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'january', 'february', 'march', 'june', 'july', 'september', 'october', 'november', 'december', 'tomorrow', 'tonight',
    'room', 'rota', 'timetable', 'schedule', 'session', 'next week', 'check-in', 'agenda', 'online', 'concern', 'referral',
    'organisation', 'convocations', 'aménagement', 'aménagements', 'aménagé', 'aménagée', 'urgent',
    'débriefing', 'debriefing', 'intervention', 'sortie scolaire', 'demande', 'dispense', 'suspicion', 'liste',
  ],
  framing: [
    'chapitre', 'chapitres', 'séquence', 'séquences', 'leçon', 'leçons', 'programme', 'programmes', 'thème', 'thèmes', 'thématique', 'sciences de la vie', 'sensibilisation',
    'semaine de', 'semaine du', 'semaine des', 'semaine contre', 'journée de', 'journée du', 'journée mondiale',
    'journée internationale', 'journée nationale', 'exposé', 'manuel', 'notion', 'cycle 2', 'cycle 3', 'cycle 4', 'siècle',
    'antiquité', 'moyen âge', 'éducation à la', 'éducation au', 'enseignement moral', 'enseignement de', 'enseignements',
    'spécialité', 'dissertation', 'étude de cas', 'débat', 'exposition', 'conférence', 'documentaire', 'roman',
    'procès fictif', 'faux procès', 'procès simulé', 'reconstitution', 'jeu de rôle', 'simulation', 'cérémonie', 'remise des diplômes', 'remise du diplôme',
    'remise des prix', 'progression', 'compétences', 'attendus', 'repères', 'eduscol', 'quiz', 'révisions',
    'mondes', 'civilisation', 'empire', 'révolution',
    'lesson', 'unit', 'topic', 'syllabus', 'curriculum', 'worksheet', 'textbook', 'history', 'PSHE', 'awareness', 'essay',
    'module', 'graduation', 'ceremony', 'prize giving', 'mock trial', 'debate', 'assembly',
  ],
  // School subjects: a lesson's framing for sensitive words, not for an exam (« QCM de SVT vendredi »).
  subject: ['SVT', 'EMC', 'HG', 'HGGSP', 'SNT', 'histoire-géographie', 'histoire', 'géographie', 'biology', 'history'],
  descriptive: [
    'est', 'sont', 'permet', 'permettent', 'examine', 'examinent', 'définit', 'a pour', 'se réunit', 'se réunissent', 'peut',
    'peuvent', 'doit', 'doivent', 'a lieu', 'ont lieu', 'is', 'are', 'can', 'must',
  ],
  place: [
    'lycée', 'collège', 'école', 'rue', 'avenue', 'boulevard', 'place', 'saint', 'sainte', 'st', 'ste', 'allée', 'quai',
    'université', 'institut', 'hôpital', 'impasse', 'chemin', 'square', 'parc', 'gymnase', 'stade', 'salle', 'centre',
  ],
  // Phrases that hold a context word without its sense: « au cours de », « il faut » (impersonal).
  neutral: [
    'au cours de', 'au cours d', 'en cours de', 'en cours d', 'il faut', 'il y a', "il s'agit", 'il convient', 'il existe',
    'il importe', 'il est recommandé', 'il est possible', 'il est nécessaire', 'il est important', 'il est interdit',
    'il est demandé', 'il appartient', 'il est rappelé', 'il est conseillé', 'il peut être', 'point de vue', 'à ce sujet',
    // roles, not the people a case is about
    'parent délégué', 'parents délégués', 'délégués des parents', 'représentant des parents', 'représentants des parents',
    "parents d'élèves", "association de parents", "fédération de parents",
    'son et lumière',
  ],
};

export const DEFAULT_LEXICON: Lexicon = {
  entries: LEXICON,
  exclusions: EXCLUSIONS,
  anchored: ['health', 'religion', 'ethnicity', 'politics', 'union', 'sexuality', 'biometric-genetic', 'justice-child-protection'],
  announced: ['class-council', 'exam'],
  context: CONTEXT,
  firstNames: FIRST_NAMES,
};
