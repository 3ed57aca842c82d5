import '../i18n/full';
import '../ui/page.css';
import { render } from 'preact';
import { validateManagedPolicy } from '../policies';
import type { LanguageSetting } from '../policies/types';
import { pickLanguage, t } from '../i18n';
import { resetAcknowledgements, saveUserOptions } from '../shared/settings';
import { applyDocumentLanguage, browserLanguage, followPageState, type PageState } from '../ui/page-state';
import { Options } from './Options';

/**
 * The options page. Every change is saved to `storage.local` at once (saveUserOptions); the content
 * scripts, the service worker and this page follow `storage.onChanged` and update live.
 */
const app = document.getElementById('app') as HTMLElement;
let page: PageState | null = null;
/** The confirmation last announced, translated at each draw (a language change redraws it). */
let noticeKey = '';

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

followPageState(
  (state) => {
    page = state;
    draw();
  },
  () => {
    const lang = pickLanguage('auto', browserLanguage());
    applyDocumentLanguage(lang, t(lang, 'optionsTitle'));
    app.textContent = t(lang, 'pageError');
  },
);
