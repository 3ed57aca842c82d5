/**
 * Sensitive-data scanner with Vigie's built-in lexicon (lexicon.ts): what the tests, the benchmark and
 * the service worker use. The content script uses scan.ts with the lexicon the service worker publishes.
 */
import { DEFAULT_LEXICON } from './lexicon';
import { compileVocabulary, packVocabulary, scanWith, type Finding, type PackedVocabulary, type Vocabulary } from './scan';

export * from './scan';
export { DEFAULT_LEXICON } from './lexicon';
export { isValidIban, isValidIne, isValidNir, luhnValid } from './checksums';

let builtIn: Vocabulary | undefined;

/** The built-in lexicon, compiled on first use. */
export function builtInVocabulary(): Vocabulary {
  return (builtIn ??= compileVocabulary(DEFAULT_LEXICON));
}

/** The built-in lexicon as the service worker publishes it to the pages (`vigie.lexicon`). */
export function publishedVocabulary(): PackedVocabulary {
  return packVocabulary(builtInVocabulary());
}

/** Finds personal identifiers and GDPR art. 9 / school-sensitive vocabulary in `text`. */
export function scanText(text: string): Finding[] {
  return scanWith(builtInVocabulary(), text);
}
