import type { Lang, LocalizedText } from '../policies/types';
import type { SensitiveCategory } from '../core/contract';
import { t } from '../i18n';
import { localize } from '../policies/text';
import type { FieldReason } from './sensitive-fields';

export interface FieldWarningState {
  /** Viewport rectangle of the field the text was typed in. */
  rect: { left: number; top: number; bottom: number; width: number };
  categories: SensitiveCategory[];
  words: string[];
  /** What makes each finding about someone (« prénom « Léa » + santé »). */
  reasons?: FieldReason[];
  /** The service the text would reach (Zoom, Discord). */
  serviceName: string;
  /**
   * Nothing found is forbidden by the institution's sources, only questioned or advised against: what to say
   * instead of "remove it" (the rule's `whyNotForbidden`, from the configuration).
   */
  caution?: LocalizedText | undefined;
}

/**
 * A small note anchored just under the field where sensitive data was typed. It is informational only
 * (`pointer-events: none`): clicks go through to the page, so it never blocks the form below it.
 */
export function FieldWarning({ lang, labels, state }: { lang: Lang; labels: Readonly<Record<SensitiveCategory, LocalizedText>>; state: FieldWarningState }) {
  const categories = state.categories.map((c) => localize(labels[c], lang)).join(', ');
  const words = state.words.slice(0, 4).join(lang === 'fr' ? ' », « ' : '", "');
  const q = (s: string) => (lang === 'fr' ? `« ${s} »` : `"${s}"`);
  const why = (state.reasons ?? [])
    .slice(0, 3)
    .map((r) => `${q(r.anchor)} + ${localize(labels[r.category], lang)}`)
    .join(' ; ');
  const below = state.rect.bottom + 6;
  const top = below + 80 > window.innerHeight ? Math.max(4, state.rect.top - 86) : below;
  return (
    <div
      class="field-warning vg"
      role="status"
      aria-live="polite"
      data-vigie-field-warning={state.categories.join(' ')}
      style={{ left: `${Math.max(4, Math.min(state.rect.left, window.innerWidth - 364))}px`, top: `${top}px` }}
    >
      {state.caution ? (
        <>
          <strong>{categories}</strong> — {lang === 'fr' ? `« ${words} »` : `“${words}”`}. {localize(state.caution, lang)}
        </>
      ) : (
        <>
          <strong>{t(lang, 'fieldWarningTitle')}</strong> — {t(lang, 'fieldWarningBody', categories, words, state.serviceName)}
        </>
      )}
      {why && <span data-vigie-field-why=""> {t(lang, 'fieldWarningWhy', why)}</span>}
    </div>
  );
}
