import '../i18n/full';
import '../ui/page.css';
import { render } from 'preact';
import { validateManagedPolicy } from '../policies';
import type { LanguageSetting } from '../policies/types';
import { pickLanguage, t } from '../i18n';
import { resetAcknowledgements, saveUserOptions } from '../shared/settings';
import { applyDocumentLanguage, browserLanguage, followPageState, type PageState } from '../ui/page-state';
import { DIAGNOSTICS_KEY } from '../shared/diagnostics';
import { ext as browser } from '../shared/ext';
import { Options } from './Options';
import { selfTest, type SelfTest } from './selftest';
import { probeSelfTest } from './selftest-probe';

/**
 * The options page. Every change is saved to `storage.local` at once (saveUserOptions); the content
 * scripts, the service worker and this page follow `storage.onChanged` and update live.
 */
const app = document.getElementById('app') as HTMLElement;
let page: PageState | null = null;
/** The confirmation last announced, translated at each draw (a language change redraws it). */
let noticeKey = '';
/** The deployment self-test, measured again at every change of the stored state. */
let test: SelfTest | null = null;
let testRun = 0;

function runSelfTest(cached: Record<string, unknown>): void {
  const mine = ++testRun;
  void probeSelfTest(cached)
    .then((input) => {
      if (mine !== testRun) return;
      test = selfTest(input);
      draw();
    })
    .catch((error: unknown) => console.error('Vigie: self-test failed', error));
}

function draw(): void {
  if (!page) return;
  const current = page;
  const { policy, problems } = validateManagedPolicy(current.stored.managed);
  applyDocumentLanguage(current.lang, t(current.lang, 'optionsTitle'));
  render(
    <Options
      state={current}
      managed={current.stored.managed}
      policy={policy}
      problems={problems}
      notice={noticeKey ? t(current.lang, noticeKey) : ''}
      onProfile={(profile) => void save({ ...current.stored.user, profile }, 'optionsSaved')}
      onLanguage={(language: LanguageSetting) => void save({ ...current.stored.user, language }, 'optionsSaved')}
      onResetAcknowledgements={() => void resetAcknowledgements().then(() => announce('optionsAckDone'))}
      selfTest={test}
      onRerunSelfTest={() => runSelfTest(current.stored.managed)}
    />,
    app,
  );
}

function announce(key: string): void {
  noticeKey = key;
  draw();
}

async function save(options: PageState['stored']['user'], key: string): Promise<void> {
  await saveUserOptions(options);
  // The storage change redraws the page again with the new configuration.
  announce(key);
}

// The worker records its reads and the pages Vigie ran on: measure again when they change.
browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
  if (area === 'local' && DIAGNOSTICS_KEY in changes && page) runSelfTest(page.stored.managed);
});

followPageState(
  (state) => {
    page = state;
    draw();
    runSelfTest(state.stored.managed);
  },
  () => {
    const lang = pickLanguage('auto', browserLanguage());
    applyDocumentLanguage(lang, t(lang, 'optionsTitle'));
    app.textContent = t(lang, 'pageError');
  },
);
