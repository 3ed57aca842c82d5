import { localize } from '../policies';
import type { Lang } from '../policies/types';
import { t } from '../i18n';
import { colon } from '../ui/keys';
import type { SelfTest } from './selftest';

function when(at: number, lang: Lang): string {
  return new Date(at).toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'short', timeStyle: 'short' });
}

/** The deployment self-test: what an IT department checks after deploying (see docs/deploy.md §9). */
export function SelfTestSection({ result, lang, onRerun }: { result: SelfTest | null; lang: Lang; onRerun: () => void }) {
  if (!result) {
    return (
      <section class="card" aria-labelledby="h-selftest" data-vigie-selftest="running" aria-busy="true">
        <h2 id="h-selftest">{t(lang, 'selfTestHeading')}</h2>
        <p>{t(lang, 'selfTestRunning')}</p>
      </section>
    );
  }
  const verdictKey = { received: 'selfTestPolicyReceived', none: 'selfTestPolicyNone', unanswered: 'selfTestPolicyUnanswered' }[result.verdict];
  const blocked = result.rules.services;
  return (
    <section class="card" aria-labelledby="h-selftest" data-vigie-selftest={result.verdict} data-vigie-selftest-source={result.source}>
      <h2 id="h-selftest">{t(lang, 'selfTestHeading')}</h2>
      <p class="muted">{t(lang, 'selfTestIntro')}</p>
      <p data-vigie-selftest-verdict="" data-vigie-selftest-waited={result.waitedMs}>
        <strong>{t(lang, verdictKey, String(result.waitedMs))}</strong>
      </p>
      <p data-vigie-selftest-source-text="">
        {t(lang, 'selfTestSourceLabel')}
        {colon(lang)}
        {t(lang, `selfTestSource_${result.source.replace('-', '_')}`)}
      </p>
      {result.workerRead ? (
        <p class="muted" data-vigie-selftest-worker={result.workerRead.outcome}>
          {t(lang, 'selfTestWorkerRead', t(lang, `selfTestOutcome_${result.workerRead.outcome}`), String(result.workerRead.waitedMs), String(result.workerRead.attempt))}
        </p>
      ) : null}

      <h3 id="h-selftest-keys">{t(lang, 'selfTestKeysHeading')}</h3>
      {result.keys.length ? (
        <ul aria-labelledby="h-selftest-keys" data-vigie-selftest-keys="">
          {result.keys.map((k) => (
            <li key={k.key} data-vigie-selftest-key={k.key} data-status={k.status}>
              <code>{k.key}</code>
              {colon(lang)}
              <strong>{t(lang, `selfTestKeyStatus_${k.status}`)}</strong>
              {k.problems.length ? (
                <ul>
                  {k.problems.map((p, i) => (
                    <li key={`${p.path}-${i}`} class="muted">
                      <code>{p.path || k.key}</code>
                      {colon(lang)}
                      {localize(p.message, lang)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t(lang, 'selfTestKeysNone')}</p>
      )}

      <h3 id="h-selftest-hosts">{t(lang, 'selfTestHostsHeading')}</h3>
      <ul aria-labelledby="h-selftest-hosts">
        {result.hosts.map((h) => (
          <li key={h.service} data-vigie-selftest-host={h.service} data-access={h.access} data-seen={h.lastSeen !== undefined ? 'yes' : 'no'}>
            <strong>{t(lang, `service_${h.service}`)}</strong>
            {colon(lang)}
            {t(lang, h.access === 'granted' ? 'selfTestHostGranted' : h.access === 'withheld' ? 'selfTestHostWithheld' : 'selfTestHostUnknown')}{' '}
            {h.lastSeen !== undefined ? t(lang, 'selfTestHostSeen', when(h.lastSeen, lang)) : t(lang, 'selfTestHostNotSeen')}
          </li>
        ))}
      </ul>

      <h3 id="h-selftest-rules">{t(lang, 'selfTestRulesHeading')}</h3>
      <p data-vigie-selftest-rules={result.rules.count} data-vigie-selftest-blocked={blocked.join(' ')}>
        {t(lang, 'selfTestRules', String(result.rules.count))}{' '}
        {blocked.length
          ? t(lang, 'selfTestRulesServices', blocked.map((s) => t(lang, `service_${s}`)).join(', '))
          : t(lang, 'selfTestRulesNoService')}
      </p>

      <h3 id="h-selftest-id">{t(lang, 'selfTestIdHeading')}</h3>
      <p>
        <code data-vigie-selftest-id="">{result.extensionId}</code>
      </p>
      <p class="muted">{t(lang, 'selfTestIdHelp')}</p>
      <button type="button" data-vigie-selftest-rerun="" onClick={onRerun}>
        {t(lang, 'selfTestRerun')}
      </button>
    </section>
  );
}

/** Greyed mark next to a setting the administrator's policy sets. */
export function ManagedMark({ lang, setting }: { lang: Lang; setting: string }) {
  return (
    <span class="managed-mark" data-vigie-managed={setting}>
      {' '}
      ({t(lang, 'managedByAdmin')})
    </span>
  );
}

