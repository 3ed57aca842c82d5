import type { Lang } from '../policies/types';
import type { EffectiveConfig, Warning } from '../policies';
import { t } from '../i18n';
import { AlternativesSection, ContactsSection, WarningItem } from '../ui/components';
import { RecordingNotice } from '../ui/RecordingNotice';
import { StanceView } from '../ui/stance';
import { UnreadSection } from '../ui/unread';
import type { PopupView } from './model';

export interface PopupProps {
  lang: Lang;
  config: EffectiveConfig;
  /** null while the tab is being asked. */
  view: PopupView | null;
  optionsUrl: string;
  onOpenOptions?: () => void;
}

function ruleKey(w: Warning): string {
  return `${w.service}:${w.rule}`;
}

/**
 * The toolbar popup: a straight answer (this service's status for the institution and why), what is
 * wrong in this tab right now, and the approved tools to use instead, with the contacts.
 */
export function Popup({ lang, config, view, optionsUrl, onOpenOptions }: PopupProps) {
  return (
    <>
      <a class="skip" href="#vigie-main">
        {t(lang, 'skipToContent')}
      </a>
      <header class="band">
        <h1>{t(lang, 'popupHeading')}</h1>
        {config.institutionName ? <p>{t(lang, 'popupInstitution', config.institutionName)}</p> : null}
      </header>
      <main id="vigie-main" tabIndex={-1} aria-busy={view ? 'false' : 'true'} data-vigie-popup={view?.kind ?? 'loading'}>
        {!view ? <p role="status">{t(lang, 'pageLoading')}</p> : null}
        {view?.kind === 'tab' ? <TabView lang={lang} config={config} view={view} /> : null}
        {view?.kind === 'overview' ? <OverviewView lang={lang} config={config} view={view} /> : null}
        {view ? <AlternativesSection alternatives={config.alternatives} noneNote={config.noAlternativesNote} lang={lang} headingId="vigie-alternatives" /> : null}
        {view ? <ContactsSection config={config} lang={lang} headingId="vigie-contacts" /> : null}
      </main>
      <footer>
        <a
          href={optionsUrl}
          target="_blank"
          rel="noopener"
          data-vigie-options-link=""
          onClick={(event) => {
            if (!onOpenOptions) return;
            event.preventDefault();
            onOpenOptions();
          }}
        >
          {t(lang, 'popupOptionsLink')}
        </a>
        <span class="muted">{t(lang, 'popupPrivacy')}</span>
      </footer>
    </>
  );
}

function TabView({ lang, config, view }: { lang: Lang; config: EffectiveConfig; view: Extract<PopupView, { kind: 'tab' }> }) {
  const { service, evaluation, open, acknowledged, host } = view;
  return (
    <>
      <p class="muted">{t(lang, 'popupPageLabel', host)}</p>
      <StanceView
        service={service}
        stance={config.profile.stances[service]}
        enforcement={evaluation.enforcement}
        lang={lang}
        level={2}
        detailed={false}
        open={config.profile.stances[service]?.status === 'forbidden'}
      />
      <section aria-labelledby="vigie-warnings" data-vigie-warnings={open.length}>
        <h2 id="vigie-warnings">
          {t(lang, 'popupWarningsTitle')} ({open.length})
        </h2>
        {open.length ? (
          <ul>
            {open.map((w) => (
              <WarningItem key={ruleKey(w)} warning={w} lang={lang}>
                {w.rule === 'recording-consent' ? <RecordingNotice lang={lang} /> : null}
              </WarningItem>
            ))}
          </ul>
        ) : (
          <p class="none">{t(lang, 'popupNoWarnings')}</p>
        )}
        {acknowledged.length ? (
          <details>
            <summary>{t(lang, 'groupAcknowledged', String(acknowledged.length))}</summary>
            <ul>
              {acknowledged.map((w) => (
                <WarningItem key={ruleKey(w)} warning={w} lang={lang} />
              ))}
            </ul>
          </details>
        ) : null}
      </section>
      <UnreadSection lang={lang} config={config} unread={view.unread} diagnostic={() => view.diagnostic} headingId="vigie-unread" />
    </>
  );
}

function OverviewView({ lang, config, view }: { lang: Lang; config: EffectiveConfig; view: Extract<PopupView, { kind: 'overview' }> }) {
  return (
    <section aria-labelledby="vigie-stances">
      <h2 id="vigie-stances">{t(lang, 'popupStancesTitle')}</h2>
      <p class="muted">{t(lang, view.reason === 'no-answer' ? 'popupNoAnswer' : 'popupNotService')}</p>
      {view.services.map((service) => (
        <StanceView
          key={service}
          service={service}
          stance={config.profile.stances[service]}
          enforcement={config.enforcement[service]}
          lang={lang}
          level={3}
          detailed={false}
        />
      ))}
    </section>
  );
}
