import type { ServiceId, EnforcementMode } from '../core/contract';
import type { Lang, ServiceStance, StanceReason } from '../policies/types';
import { localize } from '../policies/text';
import { t } from '../i18n';
import { colon, messageKey } from './keys';

/** The institution's position on one service: status, summary, reasons, conditions and tips. */

function ReasonList(props: { reasons: readonly StanceReason[] | undefined; label: string; lang: Lang }) {
  const { reasons, label, lang } = props;
  if (!reasons?.length) return null;
  return (
    <>
      <p class="label">{label}</p>
      <ul>
        {reasons.map((reason, index) => (
          <li key={index} title={`${t(lang, 'sourceLabel')}${colon(lang)}${reason.source.seed}`}>
            {localize(reason.text, lang)}
            {reason.url ? (
              <>
                {' '}
                <a href={reason.url} target="_blank" rel="noopener noreferrer">
                  {t(lang, 'learnMore')}
                  <span class="visually-hidden"> ({localize(reason.text, lang)})</span>
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

export function StanceView(props: {
  service: ServiceId;
  stance: ServiceStance | undefined;
  enforcement?: EnforcementMode;
  lang: Lang;
  /** Heading level: the popup's main status is an h2, the per-service overview uses h3. */
  level?: 2 | 3;
  /** Show the reasons, conditions and tips as they are, or folded under "Why". */
  detailed?: boolean;
  /** When folded, start unfolded. */
  open?: boolean;
}) {
  const { service, stance, enforcement, lang, level = 2, detailed = true, open = false } = props;
  const serviceName = t(lang, `service_${service}`);
  const Heading = level === 2 ? 'h2' : 'h3';
  const headingId = `stance-${service}`;
  if (!stance) return null;
  const count = stance.reasons.length + (stance.conditions?.length ?? 0) + (stance.tips?.length ?? 0);
  const reasons = (
    <>
      <ReasonList reasons={stance.reasons} label={t(lang, 'popupReasons')} lang={lang} />
      <ReasonList reasons={stance.conditions} label={t(lang, 'popupConditions')} lang={lang} />
      <ReasonList reasons={stance.tips} label={t(lang, 'popupTips')} lang={lang} />
    </>
  );
  return (
    <section
      class={`stance ${stance.status}`}
      aria-labelledby={headingId}
      data-service={service}
      data-vigie-status={stance.status}
    >
      <Heading id={headingId}>
        <span>{level === 2 ? t(lang, 'popupStatusHeading', serviceName) : serviceName}</span>
        <span class={`status ${stance.status}`}>
          <span class="visually-hidden">{t(lang, 'popupStatusLabel')} : </span>
          {t(lang, messageKey('status', stance.status))}
        </span>
      </Heading>
      <p>{localize(stance.summary, lang)}</p>
      {enforcement ? <p class="muted">{t(lang, 'popupEnforcement', t(lang, `enforcement_${enforcement}`))}</p> : null}
      {detailed ? (
        reasons
      ) : count ? (
        <details open={open}>
          <summary>{t(lang, 'popupWhyAndConditions', String(count))}</summary>
          {reasons}
        </details>
      ) : null}
    </section>
  );
}
