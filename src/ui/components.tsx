import type { ComponentChildren } from 'preact';
import type { Alternative, Contact, Lang, LocalizedText, Severity } from '../policies/types';
import type { Warning } from '../policies';
import { localize } from '../policies/text';
import { t } from '../i18n';
import { colon } from './keys';

/** Pieces shared by the in-page panel, the popup and the block interstitial. */

export function severityRank(severity: Severity): number {
  return severity === 'critical' ? 0 : severity === 'warning' ? 1 : 2;
}

export function worstSeverity(warnings: readonly Warning[]): Severity | null {
  let worst: Severity | null = null;
  for (const w of warnings) if (worst === null || severityRank(w.severity) < severityRank(worst)) worst = w.severity;
  return worst;
}

export function WarningItem(props: { warning: Warning; lang: Lang; onAcknowledge?: (warning: Warning) => void; children?: ComponentChildren }) {
  const { warning, lang, onAcknowledge, children } = props;
  const title = localize(warning.title, lang);
  return (
    <li class={`warning sev-${warning.severity}`} data-rule={warning.rule}>
      <div class="title">
        <span class="sev">{t(lang, `severity_${warning.severity}`)}</span>
        {title}
      </div>
      <p class="why">{localize(warning.why, lang)}</p>
      {children}
      <details>
        <summary>{t(lang, 'learnMore')}</summary>
        <p>{localize(warning.details, lang)}</p>
        <p class="source">
          {t(lang, 'sourceLabel')}
          {colon(lang)}
          {warning.source.seed} — {lang === 'fr' ? `« ${warning.source.passage} »` : `“${warning.source.passage}”`}
        </p>
      </details>
      {onAcknowledge && (warning.kind !== 'detected') && !warning.acknowledged ? (
        <button type="button" class="ack" aria-label={t(lang, 'acknowledgeNamed', title)} onClick={() => onAcknowledge(warning)}>
          {t(lang, 'acknowledge')}
        </button>
      ) : null}
    </li>
  );
}

export function AlternativeItem(props: { alternative: Alternative; lang: Lang }) {
  const { alternative: alt, lang } = props;
  return (
    <li class="alt" data-alternative={alt.id}>
      <a href={alt.url} target="_blank" rel="noopener noreferrer" aria-label={t(lang, 'alternativeOpen', alt.name)}>
        {alt.name}
      </a>
      <p>{localize(alt.purpose, lang)}</p>
      <p class="muted">
        {t(lang, 'audienceLabel')}
        {colon(lang)}
        {localize(alt.audience, lang)}
      </p>
      {alt.limits ? (
        <p class="muted">
          {t(lang, 'limitsLabel')}
          {colon(lang)}
          {localize(alt.limits, lang)}
        </p>
      ) : null}
    </li>
  );
}

export function ContactLines(props: {
  dpo: Contact | undefined;
  helpUrl: string | undefined;
  lang: Lang;
  /** What the help link is (e.g. "portail d'assistance VERDON"); the address shows otherwise. */
  helpLabel?: LocalizedText | undefined;
}) {
  const { dpo, helpUrl, lang, helpLabel } = props;
  if (!dpo && !helpUrl) return null;
  return (
    <div class="contacts">
      {dpo ? (
        <p>
          {t(lang, 'dpoLabel')}
          {colon(lang)}
          {dpo.name ? `${dpo.name} ` : ''}
          {dpo.email ? <a href={`mailto:${dpo.email}`}>{dpo.email}</a> : null}
          {dpo.url ? (
            <>
              {' '}
              <a href={dpo.url} target="_blank" rel="noopener noreferrer">
                {dpo.url}
              </a>
            </>
          ) : null}
          {dpo.phone ? ` ${dpo.phone}` : null}
        </p>
      ) : null}
      {helpUrl ? (
        <p>
          {t(lang, 'helpLabel')}
          {colon(lang)}
          <a href={helpUrl} target="_blank" rel="noopener noreferrer">
            {helpLabel ? localize(helpLabel, lang) : helpUrl}
          </a>
        </p>
      ) : null}
    </div>
  );
}

/** The approved alternatives under their heading: in-page panel, popup and interstitial alike. */
export function AlternativesSection(props: { alternatives: readonly Alternative[]; lang: Lang; headingId: string }) {
  const { alternatives, lang, headingId } = props;
  if (!alternatives.length) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t(lang, 'alternativesTitle')}</h2>
      <ul>
        {alternatives.map((alt) => (
          <AlternativeItem key={alt.id} alternative={alt} lang={lang} />
        ))}
      </ul>
    </section>
  );
}

/** The DPO and help contacts under their heading, when the configuration names any. */
export function ContactsSection(props: {
  config: { dpoContact?: Contact | undefined; helpUrl?: string | undefined; helpLabel?: LocalizedText | undefined };
  lang: Lang;
  headingId: string;
}) {
  const { config, lang, headingId } = props;
  if (!config.dpoContact && !config.helpUrl) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t(lang, 'contactsTitle')}</h2>
      <ContactLines dpo={config.dpoContact} helpUrl={config.helpUrl} helpLabel={config.helpLabel} lang={lang} />
    </section>
  );
}
