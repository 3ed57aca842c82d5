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
      {alt.links?.length ? (
        <ul class="alt-links">
          {alt.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} target="_blank" rel="noopener noreferrer" data-alternative-link={link.url}>
                {localize(link.label, lang)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** One contact line: its role (or the generic DPO label), name, addresses, and a note (e.g. the CNIL). */
function ContactLine(props: { contact: Contact; lang: Lang; kind: 'dpo' | 'rights' }) {
  const { contact, lang, kind } = props;
  return (
    <p data-vigie-contact={kind}>
      {contact.role ? localize(contact.role, lang) : t(lang, 'dpoLabel')}
      {colon(lang)}
      {contact.name ? `${contact.name} ` : ''}
      {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
      {contact.url ? (
        <>
          {' '}
          <a href={contact.url} target="_blank" rel="noopener noreferrer">
            {contact.url}
          </a>
        </>
      ) : null}
      {contact.phone ? ` ${contact.phone}` : null}
      {contact.note ? ` ${localize(contact.note, lang)}` : null}
    </p>
  );
}

export function ContactLines(props: {
  dpo: Contact | undefined;
  helpUrl: string | undefined;
  lang: Lang;
  /** What the help link is (e.g. "portail d'assistance VERDON"); the address shows otherwise. */
  helpLabel?: LocalizedText | undefined;
  /** Where to exercise data-subject rights, when it is not the DPO (Grenoble INP: zoom.sos). */
  rights?: Contact | undefined;
}) {
  const { dpo, helpUrl, lang, helpLabel, rights } = props;
  if (!dpo && !helpUrl && !rights) return null;
  return (
    <div class="contacts">
      {rights?.role ? <ContactLine contact={rights} lang={lang} kind="rights" /> : null}
      {dpo ? <ContactLine contact={dpo} lang={lang} kind="dpo" /> : null}
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

/**
 * The approved alternatives under their heading: in-page panel, popup and interstitial alike. When there are
 * none, the institution's note saying so (EHESP lists none), if any.
 */
export function AlternativesSection(props: {
  alternatives: readonly Alternative[];
  lang: Lang;
  headingId: string;
  noneNote?: LocalizedText | undefined;
}) {
  const { alternatives, lang, headingId, noneNote } = props;
  if (!alternatives.length) {
    return noneNote ? (
      <p class="muted" data-vigie-no-alternatives="">
        {localize(noneNote, lang)}
      </p>
    ) : null;
  }
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
  config: {
    dpoContact?: Contact | undefined;
    rightsContact?: Contact | undefined;
    helpUrl?: string | undefined;
    helpLabel?: LocalizedText | undefined;
  };
  lang: Lang;
  headingId: string;
}) {
  const { config, lang, headingId } = props;
  if (!config.dpoContact && !config.helpUrl && !config.rightsContact) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t(lang, 'contactsTitle')}</h2>
      <ContactLines
        dpo={config.dpoContact}
        rights={config.rightsContact}
        helpUrl={config.helpUrl}
        helpLabel={config.helpLabel}
        lang={lang}
      />
    </section>
  );
}
