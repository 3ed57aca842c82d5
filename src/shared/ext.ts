import type Browser from 'webextension-polyfill';

/**
 * The browser's own promise-based extension API: `browser` in Firefox, `chrome` in Chromium (whose
 * MV3 APIs return promises). The content script and the modules it shares use this instead of
 * webextension-polyfill, which would cost the page's bundle 3 KB gzip for no behaviour in MV3;
 * listeners answer with `sendResponse`, which both browsers support. Extension pages keep the polyfill.
 */
const globals = globalThis as unknown as { browser?: Browser.Browser; chrome?: Browser.Browser };
export const ext: Browser.Browser = (globals.browser ?? globals.chrome) as Browser.Browser;
