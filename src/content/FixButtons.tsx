import type { RuleId } from '../core/contract';
import type { Lang } from '../policies/types';
import { t } from '../i18n';
import type { FixOutcome } from './fixes';

/** A problem read from page controls, as the in-page UI offers to fix it. */
export interface FixView {
  rule: RuleId;
  controls: readonly Element[];
  /** "Corriger" offered: a click can fix it and the policy allows fixes (`allowAutoFix`). */
  fixable: boolean;
  blocked: 'locked' | 'disabled' | null;
  outcome: FixOutcome | null;
}

export interface FixHandlers {
  onFix: (rule: RuleId) => void;
  onShow: (rule: RuleId, control?: Element) => void;
}

/** "Corriger" and "Afficher" for one problem, with why a fix was not made (panel and confirmation). */
export function FixButtons(props: { lang: Lang; fix: FixView; title: string } & FixHandlers) {
  const { lang, fix, title, onFix, onShow } = props;
  const note = fix.outcome ?? (fix.fixable ? null : fix.blocked);
  return (
    <div class="fixes">
      {note ? <p>{t(lang, `fix_${note}`)}</p> : null}
      {fix.fixable ? (
        <button type="button" class="primary" data-vigie-fix={fix.rule} aria-label={t(lang, 'fixNamed', title)} onClick={() => onFix(fix.rule)}>
          {t(lang, 'fixAction')}
        </button>
      ) : null}
      <button type="button" class="secondary" aria-label={t(lang, 'showNamed', title)} onClick={() => onShow(fix.rule)}>
        {t(lang, 'showAction')}
      </button>
    </div>
  );
}
