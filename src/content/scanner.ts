/**
 * The sensitive-data scanner as the page gets it: a module of its own (`src/content/scanner.js` in the
 * build, web-accessible to the services' pages only), which the content script imports the first time a
 * field holds text (`loadScanner`, sensitive-fields.ts). The identifier finder (with its checksums) and
 * the vocabulary matcher make up nearly half of the code that reads text; a page where nobody types never
 * loads them. The lexicon itself stays in storage (`vigie.lexicon`), read by the content script once the
 * scanner is here.
 */
export { scanWith, unpackVocabulary } from '../core/scanner/scan';
