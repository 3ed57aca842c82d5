/** The content script's pacing (also read by `npm run bench`, which reports figures that include them). */

/** Delay before re-reading the page after DOM mutations: batches SPA bursts into one pass. */
export const MUTATION_DELAY_MS = 60;
/** Delay after a user event (click, change): quick, but lets the page's own handlers run first. */
export const EVENT_DELAY_MS = 15;
/** Debounce of the scanner while typing. */
export const TYPING_DELAY_MS = 120;
/**
 * After DOMContentLoaded, how long the first pass may wait for the page's own load event. The two budgets
 * meet here: the warning within 50 ms of DOMContentLoaded, and nothing added to the page's load. A page
 * that finishes loading within 40 ms of DOMContentLoaded (the benchmark's heavy page: ≈ 27 ms) loads
 * without any of Vigie's passes, which would otherwise delay its load event by their cost; on a slower one
 * the warning still comes ≈ 40 ms after DOMContentLoaded.
 */
export const FIRST_PASS_MAX_WAIT_MS = 40;
/** Text the page came with: how long the lexicon may wait for an idle moment after the load event. */
export const VOCABULARY_IDLE_TIMEOUT_MS = 1000;
/** The lexicon could not be had (service worker not answering): how long before asking again. */
export const VOCABULARY_RETRY_MS = 5000;
