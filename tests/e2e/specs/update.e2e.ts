import { browser, expect } from '@wdio/globals';
import { CdpObserver, reloadExtension, restartWithDeveloperMode, waitForExtension, type ObservedError } from '../support/network';
import { openAndWait, readVigie, waitForVigie } from '../support/vigie';

/**
 * An extension update (here `chrome.runtime.reload()`, what the browser does when it installs a new
 * version) leaves the content script of an open Zoom tab orphaned: its calls to the extension now fail
 * with "Extension context invalidated". It must go quiet — remove its panel, stop listening — without one
 * uncaught error, however the person goes on using the page; and the page, once reloaded, is served by
 * the new version. Errors are read through the DevTools protocol, which reports the content script's
 * isolated world too.
 */
const SCHEDULE = 'https://zoom.us/meeting/schedule';

/** Errors in the Zoom tab that come from an extension or speak of one. */
function extensionErrors(errors: readonly ObservedError[]): ObservedError[] {
  return errors.filter(
    (e) =>
      e.target.url.startsWith('https://zoom.us/') &&
      (e.urls.some((u) => u.startsWith('chrome-extension://')) || /extension|context invalidated|receiving end|runtime\.lastError|vigie/i.test(e.text)),
  );
}

describe('Extension update while a Zoom tab is open', () => {
  let observer: CdpObserver;

  before(async () => {
    await restartWithDeveloperMode();
    observer = await CdpObserver.connect();
  });

  after(async () => {
    await observer?.close();
  });

  it('the orphaned content script goes quiet without an error, and a reload brings the new version', async () => {
    const before = await openAndWait(SCHEDULE, 'schedule');
    expect(before.rules.length).toBeGreaterThan(0);

    await reloadExtension();
    await waitForExtension();
    observer.errors.length = 0;

    // The person goes on: types sensitive text in the topic, ticks and clicks, as if nothing happened.
    const topic = await browser.$('input[type="text"], textarea');
    await topic.click();
    await browser.keys('Conseil de classe, PAI de Lucas'.split(''));
    for (const selector of ['input[type="checkbox"]', 'input[type="radio"]', 'label', 'h1']) {
      const element = await browser.$(selector);
      if ((await element.isExisting()) && (await element.isDisplayed())) await element.click();
    }
    await browser.execute(() => {
      history.pushState({}, '', '/meeting#/upcoming');
      history.pushState({}, '', '/meeting/schedule');
    });
    await browser.keys(' encore'.split(''));

    // Quiet: the orphan removed its panel (its first failed call to the extension told it so)…
    await waitForVigie((s) => !s.present, 'the orphaned content script to remove #vigie-root', 5000);
    // …and stays quiet: no panel comes back, nothing is thrown, whatever happens next.
    await browser.keys(' PAP'.split(''));
    await browser.pause(600);
    expect((await readVigie()).present).toBe(false);
    expect(extensionErrors(observer.errors)).toEqual([]);

    // The reloaded page is served by the new version.
    await browser.refresh();
    const after = await waitForVigie((s) => s.present && s.context === 'schedule', '#vigie-root from the new version after reload', 10000);
    expect(after.rules.length).toBeGreaterThan(0);
    expect(after.shadowOpen).toBe(true);
    for (const rule of after.rules) expect(after.shownRules).toContain(rule);
    expect(extensionErrors(observer.errors)).toEqual([]);
  });
});
