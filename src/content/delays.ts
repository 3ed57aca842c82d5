/** The content script's pacing (also read by `npm run bench`, which reports figures that include them). */

/** Delay before re-reading the page after DOM mutations: batches SPA bursts into one pass. */
export const MUTATION_DELAY_MS = 60;
/** Delay after a user event (click, change): quick, but lets the page's own handlers run first. */
export const EVENT_DELAY_MS = 15;
/** Debounce of the scanner while typing. */
export const TYPING_DELAY_MS = 120;
/**
 * A pass reads the page in the task right after a frame, when the page's style and layout are fresh: at
 * any other moment, reading it (`checkVisibility()`) makes the browser lay out a page that has just
 * changed, inside Vigie's task (on the benchmark's heavy page, during its mutation stream, that made a task
 * of more than 50 ms). A hidden page draws no frames: after this long the pass runs anyway.
 */
export const FRAME_WAIT_MAX_MS = 100;
/** Text the page came with: how long the lexicon may wait for an idle moment after the load event. */
export const VOCABULARY_IDLE_TIMEOUT_MS = 1000;
/** The lexicon could not be had (service worker not answering): how long before asking again. */
export const VOCABULARY_RETRY_MS = 5000;
