/**
 * Builds src/core/scanner/first-names.json, the first names the scanner recognises as a person
 * (« prénom + santé »). Source: the French, Belgian, Swiss, Senegalese and English first-name lists of
 * the @faker-js/faker package (MIT; a devDependency, not shipped: only the derived list goes into the
 * lexicon the service worker publishes to storage), plus the most given names in France in recent
 * years (INSEE, « Fichier des prénoms »), which those lists partly lack. Names that are also common
 * French or English words (Rose, Claire, Pierre, Grace, Will, Elle…) are left out: capitalised at the
 * start of a sentence they would make any word look like it is about somebody.
 *
 * Run: `npx tsx scripts/first-names.ts` (tests/unit/scanner/first-names.test.ts checks the file is current).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { en, fr, fr_BE, fr_CH, fr_SN } from '@faker-js/faker';

/** Most given first names in France, 2015–2023 (INSEE « Fichier des prénoms »), not all in the lists above. */
export const FRENCH_TOP_NAMES = `Gabriel Léo Raphaël Arthur Louis Jules Adam Maël Lucas Hugo Noah Liam Gabin Sacha Paul Nathan Aaron
Mohamed Mohammed Ethan Tom Eden Léon Noé Tiago Théo Isaac Marius Victor Ayden Martin Naël Mathis Axel Robin Timéo Enzo Marceau
Valentin Nino Eliott Nolan Malo Milo Antoine Samuel Yanis Rayan Imran Amir Ibrahim Kylian Younes Ismaël Ilyes Wassim Anas Bilal
Mehdi Ryan Yassine Karim Sofiane Kenzo Kaïs Lyam Mathéo Clément Baptiste Maxime Alexis Quentin Thomas Romain Kevin Jordan Dylan
Jade Louise Emma Ambre Alice Rose Anna Alba Romy Mia Lina Léa Chloé Mila Julia Iris Agathe Inès Juliette Léna Zoé Lou Jeanne Nina
Manon Lola Sofia Camille Eva Léonie Margaux Victoire Adèle Charlotte Lucie Sarah Louna Aya Nour Mya Lya Lyana Assia Maryam Yasmine
Sara Salomé Clara Romane Mathilde Capucine Fatoumata Aïcha Kenza Lana Ella Éléna Giulia Olivia Héloïse Luna Lise Elsa Maëlys
Océane Laura Marine Pauline Marion Justine Morgane Anaïs Emma Noémie Océane Mélissa Amandine Élodie Aurélie Audrey`;

/** Common words that are also first names somewhere (lower case, accents kept as in the names). */
export const COMMON_WORDS = new Set(
  `elle il lui son sa ses mon ma mes ton ta un une le la les de des du en et ou mais donc car ni si on nous vous ils elles leur
  ce cet cette ces tout tous toute toutes même bien bon bonne beau belle joli jolie petit grand fort vrai juste sage
  rose claire pierre france ange olive prudence constance victoire grâce aimé aimée désiré désirée marin clément félicité
  espérance aurore céleste capucine violette marguerite jasmine perle colombe fleur blanche reine prosper modeste
  fidèle loyal vital parfait lune soleil aube été mai avril août ciel noël pascal dominique toussaint bienvenu bienvenue
  constant patience prudent sylvain désirée fortuné fortunée honoré honorine gracieuse heureux lys lilas mercedes marine océane
  pâquerette cerise prune pomme olivier laurier sauveur ange angèle chance vérité victoire alliance harmonie mélodie
  grace hope will may june mark bill jack joy faith page art guy ray sky dean chase hunter miles major royal justice trinity
  christian charity paris florence victoria sydney austin orlando georgia virginia carolina dakota india china asia africa america europa london berlin
  clovis charlemagne constantin moïse mahomet abraham napoléon jésus marianne harmony destiny heaven unique precious summer autumn winter river rain storm star angel bob sunny rocky lane
  reed hill price rich frank don dawn gene job sue pat rob ken tim jay kay lee bay bell bud buck carol cole dale drew
  eve ivy lily iris ruby pearl penny holly hazel amber april august august noble ocean jewel melody serenity liberty
  sterling stone forest brook brooks cliff glen grant lance mason miller taylor tyler young baker carter cook porter
  parker hunter archer ranger skye sage scout king prince princess queen duke earl royce marshall colt rex max al
  an ma na no so to us we yo ab ad le ali sam ben len mac loan
  islam iman imam christ chrétien abbé pape evangeline trinité
  marie-france`.split(/\s+/).filter(Boolean),
);

export function firstNames(): string[] {
  const lists = [fr, fr_BE, fr_CH, fr_SN, en].map((locale) => locale.person?.first_name);
  const all = new Set<string>();
  for (const l of lists) for (const name of [...(l?.generic ?? []), ...(l?.female ?? []), ...(l?.male ?? [])]) all.add(name);
  for (const name of FRENCH_TOP_NAMES.split(/\s+/)) if (name) all.add(name);
  return [...all]
    .filter((name) => /^\p{Lu}[\p{Ll}'’-]+(?:[- ]\p{Lu}[\p{Ll}]+)*$/u.test(name) && name.length >= 3 && !name.includes(' '))
    .filter((name) => !COMMON_WORDS.has(name.toLowerCase()) && !COMMON_WORDS.has(name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')))
    .sort((a, b) => a.localeCompare(b, 'fr'));
}

export const FIRST_NAMES_FILE = resolve(import.meta.dirname, '../src/core/scanner/first-names.json');

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const names = firstNames();
  writeFileSync(FIRST_NAMES_FILE, `${JSON.stringify(names)}\n`);
  console.log(`${names.length} first names → ${FIRST_NAMES_FILE}`);
}
