import type { ServiceId } from '../core/contract';
import { SERVICE_IDS } from '../core/contract';
import { PROFILE_IDS, PROFILES, localize, type ManagedPolicy, type PolicyProblem } from '../policies';
import type { Lang, LanguageSetting } from '../policies/types';
import { t } from '../i18n';
import { colon, messageKey } from '../ui/keys';
import type { PageState } from '../ui/page-state';
import { liveAcknowledgementCount, prettyPolicy, profileLock } from './model';
import type { SelfTest } from './selftest';
import { ManagedMark, SelfTestSection } from './SelfTest';

export interface OptionsProps {
  state: PageState;
  /** The raw managed policy in force, and its validation. */
  managed: Record<string, unknown>;
  policy: ManagedPolicy;
  problems: readonly PolicyProblem[];
  /** Last confirmation to announce (saved, reset). */
  notice: string;
  onProfile: (profile: string) => void;
  onLanguage: (language: LanguageSetting) => void;
  onResetAcknowledgements: () => void;
  /** The deployment self-test, once measured. */
  selfTest: SelfTest | null;
  onRerunSelfTest: () => void;
}

const LANGUAGE_CHOICES: ReadonlyArray<[LanguageSetting, string]> = [
  ['auto', 'optionsLanguageAuto'],
  ['fr', 'optionsLanguageFr'],
  ['en', 'optionsLanguageEn'],
];

function list(values: readonly string[], lang: Lang) {
  return values.length ? values.join(', ') : <span class="muted">{t(lang, 'summaryNone')}</span>;
}

export function Options({ state, managed, policy, problems, notice, onProfile, onLanguage, onResetAcknowledgements, selfTest, onRerunSelfTest }: OptionsProps) {
  const { config, lang, stored } = state;
  const lock = profileLock(policy);
  const hasPolicy = Object.keys(managed).length > 0;
  const ackCount = liveAcknowledgementCount(stored.acknowledgements, config.acknowledgementTtlHours);
  const language = stored.user.language ?? 'auto';
  /** Greyed « défini par votre administrateur » next to what the policy sets. */
  const set = policy as Record<string, unknown>;
  const mark = (key: string) => (set[key] !== undefined ? <ManagedMark lang={lang} setting={key} /> : null);

  return (
    <>
      <header class="band">
        <h1>{t(lang, 'optionsTitle')}</h1>
        <p>{t(lang, 'optionsIntro')}</p>
        <p>
          <a href="../admin/index.html" data-vigie-admin-link="">
            {t(lang, 'optionsAdminLink')}
          </a>
        </p>
      </header>
      <main>
        <p class="saved" role="status" aria-live="polite" data-vigie-notice="">
          {notice}
        </p>

        <section class="card" aria-labelledby="h-profile">
          <h2 id="h-profile">{t(lang, 'optionsProfileHeading')}</h2>
          <label for="vigie-profile" class={lock ? 'managed' : undefined}>
            {t(lang, 'optionsProfileLabel')}
            {lock ? <ManagedMark lang={lang} setting="profile" /> : null}
          </label>
          <select
            id="vigie-profile"
            data-vigie-option="profile"
            value={config.profileId}
            disabled={lock !== null}
            aria-describedby={lock ? 'vigie-profile-help vigie-profile-lock' : 'vigie-profile-help'}
            onChange={(event) => onProfile((event.currentTarget as HTMLSelectElement).value)}
          >
            {PROFILE_IDS.map((id) => (
              <option key={id} value={id}>
                {localize(PROFILES[id].name, lang)}
              </option>
            ))}
          </select>
          <p id="vigie-profile-help" class="muted">
            {t(lang, 'optionsProfileHelp')}
          </p>
          {lock ? (
            <p id="vigie-profile-lock" class="notice" data-vigie-locked={lock}>
              {t(lang, lock === 'locked' ? 'optionsProfileLocked' : 'optionsProfileByPolicy')}
            </p>
          ) : null}
        </section>

        <section class="card" aria-labelledby="h-language">
          <h2 id="h-language">{t(lang, 'optionsLanguageHeading')}</h2>
          <label for="vigie-language">{t(lang, 'optionsLanguageLabel')}</label>
          <select
            id="vigie-language"
            data-vigie-option="language"
            value={language}
            aria-describedby="vigie-language-help"
            onChange={(event) => onLanguage((event.currentTarget as HTMLSelectElement).value as LanguageSetting)}
          >
            {LANGUAGE_CHOICES.map(([value, key]) => (
              <option key={value} value={value} lang={value === 'auto' ? undefined : value}>
                {t(lang, key)}
              </option>
            ))}
          </select>
          <p id="vigie-language-help" class="muted">
            {t(lang, 'optionsLanguageHelp')}
          </p>
        </section>

        <section class="card" aria-labelledby="h-ack">
          <h2 id="h-ack">{t(lang, 'optionsAckHeading')}</h2>
          <p>{t(lang, 'optionsAckHelp', String(config.acknowledgementTtlHours))}</p>
          <p data-vigie-ack-count={ackCount}>{t(lang, 'optionsAckCount', String(ackCount))}</p>
          <button type="button" data-vigie-reset-acks="" onClick={onResetAcknowledgements}>
            {t(lang, 'optionsAckReset')}
          </button>
        </section>

        <section class="card" aria-labelledby="h-summary" data-vigie-summary="">
          <h2 id="h-summary">{t(lang, 'optionsSummaryHeading')}</h2>
          <dl class="summary">
            <dt>
              {t(lang, 'summaryInstitution')}
              {mark('institutionName')}
            </dt>
            <dd data-vigie-summary-institution="">{config.institutionName || <span class="muted">{t(lang, 'summaryNone')}</span>}</dd>
            <dt>
              {t(lang, 'summaryProfile')}
              {mark('profile')}
            </dt>
            <dd data-vigie-summary-profile={config.profileId}>
              {localize(config.profile.name, lang)} (<code>{config.profileId}</code>)
            </dd>
            <dt>
              {t(lang, 'summaryEnforcement')}
              {mark('enforcement')}
            </dt>
            <dd>
              <ul>
                {SERVICE_IDS.map((service: ServiceId) => (
                  <li key={service} data-vigie-enforcement={`${service}:${config.enforcement[service]}`}>
                    {t(lang, `service_${service}`)} — {t(lang, messageKey('status', config.profile.stances[service].status))} ·{' '}
                    {t(lang, `enforcement_${config.enforcement[service]}`)}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>
              {t(lang, 'summaryBypass')}
              {mark('allowBypass')}
            </dt>
            <dd data-vigie-summary-bypass={String(config.allowBypass)}>{t(lang, config.allowBypass ? 'yes' : 'no')}</dd>
            <dt>
              {t(lang, 'summaryDomains')}
              {mark('institutionEmailDomains')}
            </dt>
            <dd>{list(config.institutionEmailDomains, lang)}</dd>
            <dt>
              {t(lang, 'summaryHosts')}
              {mark('approvedHosts')}
            </dt>
            <dd>{list(config.approvedHosts, lang)}</dd>
            <dt>
              {t(lang, 'summaryAlternatives')}
              {mark('alternatives')}
            </dt>
            <dd>{list(config.alternatives.map((a) => a.name), lang)}</dd>
            <dt>
              {t(lang, 'summaryDisabledRules')}
              {mark('disabledRules')}
            </dt>
            <dd>{list(config.disabledRules, lang)}</dd>
            <dt>
              {t(lang, 'summaryAckTtl')}
              {mark('acknowledgementTtlHours')}
            </dt>
            <dd>{t(lang, 'summaryAckTtlValue', String(config.acknowledgementTtlHours))}</dd>
            <dt>
              {t(lang, 'summaryLocked')}
              {mark('lockUserSettings')}
            </dt>
            <dd>{t(lang, config.lockUserSettings ? 'yes' : 'no')}</dd>
          </dl>
        </section>

        <SelfTestSection result={selfTest} lang={lang} onRerun={onRerunSelfTest} />

        <section class="card" aria-labelledby="h-policy" data-vigie-policy={hasPolicy ? 'present' : 'none'}>
          <h2 id="h-policy">{t(lang, 'optionsPolicyHeading')}</h2>
          {hasPolicy ? (
            <>
              <h3 id="h-policy-json">{t(lang, 'optionsPolicyJsonLabel')}</h3>
              <pre class="json" tabIndex={0} role="region" aria-labelledby="h-policy-json" data-vigie-policy-json="">
                <code>{prettyPolicy(managed)}</code>
              </pre>
            </>
          ) : (
            <p>{t(lang, 'optionsPolicyNone')}</p>
          )}
          {hasPolicy || problems.length ? (
            <>
              <h3 id="h-problems">{t(lang, 'optionsProblemsHeading')}</h3>
              {problems.length ? (
                <>
                  <p>{t(lang, 'optionsProblemsIntro')}</p>
                  <ul class="problems" aria-labelledby="h-problems">
                    {problems.map((problem, index) => (
                      <li
                        key={`${problem.path}-${index}`}
                        class={problem.severity === 'warning' ? 'warning-problem' : 'error-problem'}
                        data-policy-problem={problem.path}
                        data-severity={problem.severity}
                      >
                        <strong>{t(lang, `problemSeverity_${problem.severity}`)}</strong> —{' '}
                        <code>{problem.path || t(lang, 'optionsProblemRoot')}</code>
                        {colon(lang)}
                        {localize(problem.message, lang)}
                        {problem.fix ? (
                          <p class="muted">
                            {t(lang, 'optionsProblemFix')}
                            {colon(lang)}
                            {localize(problem.fix, lang)}
                          </p>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p class="none" data-vigie-no-problems="">
                  {t(lang, 'optionsProblemsNone')}
                </p>
              )}
            </>
          ) : null}
        </section>
      </main>
    </>
  );
}
