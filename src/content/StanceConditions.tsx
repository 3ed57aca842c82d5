import type { ServiceId } from '../core/contract';
import type { Lang, ServiceStance } from '../policies/types';
import { localize } from '../policies/text';
import { t } from '../i18n';

/**
 * The conditions of a "restricted" or "allowed with conditions" stance, in the panel itself: the stance's
 * text points to them ("voir les conditions ci-dessous"), so they must be on the page, not only in the popup.
 */
export function StanceConditions(props: { stance: ServiceStance | undefined; service: ServiceId; lang: Lang }) {
  const { stance, service, lang } = props;
  if (!stance?.conditions?.length) return null;
  if (stance.status !== 'restricted' && stance.status !== 'allowed-with-conditions') return null;
  const headingId = `vigie-conditions-${service}`;
  return (
    <section aria-labelledby={headingId} data-vigie-conditions={service}>
      <h2 id={headingId}>{t(lang, 'popupConditions')}</h2>
      <ul>
        {stance.conditions.map((condition, index) => (
          <li key={index} class="condition">
            {localize(condition.text, lang)}
          </li>
        ))}
      </ul>
    </section>
  );
}
