import { useEffect, useRef } from 'preact/hooks';
import type { ServiceId } from '../core/contract';
import type { EffectiveConfig, Lang, StanceReason } from '../policies/types';
import { localize } from '../policies';
import { t } from '../i18n';
import { AlternativesSection, ContactsSection } from '../ui/components';
import type { BlockedTarget } from './dnr';

export type ContinueState = 'idle' | 'pending' | 'refused';

const SERVICE_NAMES: Record<ServiceId, string> = { zoom: 'Zoom', discord: 'Discord' };

/** The status label; message names may only use [A-Za-z0-9_], so `not-recommended` is also looked up as `not_recommended`. */
function statusLabel(lang: Lang, status: string): string {
  const safe = `status_${status.replace(/-/g, '_')}`;
  const label = t(lang, safe);
  return label !== safe ? label : t(lang, `status_${status}`);
}

function Reason(props: { reason: StanceReason; lang: Lang }) {
  const { reason, lang } = props;
  const colon = lang === 'fr' ? ' :' : ':';
  return (
    <li class="reason">
      <p>{localize(reason.text, lang)}</p>
      {reason.url ? (
        <p class="source">
          <a href={reason.url} target="_blank" rel="noopener noreferrer">
            {reason.url}
          </a>
        </p>
      ) : null}
      <p class="source">
        {t(lang, 'sourceLabel')}
        {colon} {reason.source.seed} — « {reason.source.passage} »
      </p>
    </li>
  );
}

/**
 * The block interstitial (SPEC "Block interstitial"): `[data-vigie-blocked="<service>"]`, the institution's
 * reasons, the approved alternatives `[data-alternative]`, the contacts, and `[data-vigie-continue]` only
 * when the administrator allows bypassing. The original URL is shown as text, never as markup.
 */
export function Blocked(props: {
  target: BlockedTarget;
  config: EffectiveConfig;
  lang: Lang;
  continueState: ContinueState;
  onContinue: () => void;
}) {
  const { target, config, lang, continueState, onContinue } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const service = target.service;
  if (!service) {
    return (
      <main>
        <p class="brand">Vigie</p>
        <h1 ref={heading} tabIndex={-1}>
          {t(lang, 'blockedInvalidLink')}
        </h1>
      </main>
    );
  }

  const name = SERVICE_NAMES[service];
  const stance = config.profile.stances[service];
  const institution = config.institutionName || t(lang, 'blockedYourInstitution');
  const stillBlocked = config.enforcement[service] === 'block';
  const canContinue = stillBlocked && config.allowBypass && target.url !== null;
  const colon = lang === 'fr' ? ' :' : ':';

  return (
    <main data-vigie-blocked={service} aria-labelledby="vigie-blocked-title">
      <p class="brand">Vigie{config.institutionName ? ` · ${config.institutionName}` : ''}</p>
      <h1 id="vigie-blocked-title" ref={heading} tabIndex={-1}>
        {t(lang, 'blockedTitle', name)}
      </h1>
      <p>
        <span class="status">{statusLabel(lang, stance.status)}</span>
      </p>
      <p class="summary">{localize(stance.summary, lang)}</p>
      <p>{t(lang, 'blockedIntro', institution, name)}</p>
      {/* The way forward first: the approved tools, then the institution's reasons. */}
      <AlternativesSection
        alternatives={config.alternatives}
        noneNote={config.noAlternativesNote}
        lang={lang}
        headingId="vigie-blocked-alternatives"
      />

      {stance.reasons.length > 0 ? (
        <section aria-labelledby="vigie-blocked-reasons">
          <h2 id="vigie-blocked-reasons">{t(lang, 'blockedReasonsTitle')}</h2>
          <ul>
            {stance.reasons.map((reason, index) => (
              <Reason key={index} reason={reason} lang={lang} />
            ))}
          </ul>
        </section>
      ) : null}

      <ContactsSection config={config} lang={lang} headingId="vigie-blocked-contacts" />

      {target.url ? (
        <p class="original">
          {t(lang, 'blockedUrlLabel')}
          {colon} <code>{target.url}</code>
        </p>
      ) : null}

      {canContinue ? (
        <div class="actions">
          <button type="button" class="continue" data-vigie-continue="" disabled={continueState === 'pending'} onClick={onContinue}>
            {t(lang, 'blockedContinue', name)}
          </button>
          <p class="hint">{t(lang, 'blockedContinueHint')}</p>
          {continueState === 'refused' ? (
            <p class="error" role="alert">
              {t(lang, 'blockedContinueRefused')}
            </p>
          ) : null}
        </div>
      ) : null}

      {!stillBlocked && target.url ? (
        <div class="actions">
          <p>{t(lang, 'blockedNoLonger', name)}</p>
          <a href={target.url}>{t(lang, 'blockedOpenOriginal')}</a>
        </div>
      ) : null}
    </main>
  );
}
