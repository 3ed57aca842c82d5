import { Component } from 'preact';
import type { RuleId } from '../core/contract';
import type { EffectiveConfig, Lang } from '../policies/types';
import { localize } from '../policies/text';
import { t } from '../i18n';

export interface UnreadProps {
  lang: Lang;
  config: EffectiveConfig;
  /** Rules Vigie could not check (`data-vigie-unread`). */
  unread: readonly RuleId[];
  /** The structural summary of the page's form (asked only when the person copies it). */
  diagnostic: () => string;
  headingId: string;
}

/**
 * « Vigie n'a pas pu vérifier ces réglages : vérifiez-les vous-même », the checklist of those rules, and
 * "Copier un diagnostic" for IT (shown in the panel and the popup). The diagnostic is copied to the
 * clipboard and shown in a read-only field, so it can be copied by hand where the clipboard is refused.
 */
export class UnreadSection extends Component<UnreadProps, { text: string | null }> {
  override state = { text: null as string | null };

  private readonly copy = (): void => {
    const text = this.props.diagnostic();
    this.setState({ text });
    void navigator.clipboard?.writeText(text).catch(() => undefined);
  };

  override render() {
    const { lang, config, unread, headingId } = this.props;
    if (!unread.length) return null;
    const { text } = this.state;
    return (
      <section class="unread" aria-labelledby={headingId} data-vigie-unread-list={unread.join(' ')}>
        <h2 id={headingId}>{t(lang, 'unreadTitle')}</h2>
        <p>{t(lang, 'unreadBody')}</p>
        <ul>
          {unread.map((rule) => (
            <li key={rule} data-unread-rule={rule}>
              {localize(config.rules[rule].title, lang)}
            </li>
          ))}
        </ul>
        <button type="button" data-vigie-diagnostic="" onClick={this.copy}>
          {t(lang, 'diagnosticCopy')}
        </button>
        {text !== null ? (
          <>
            <p role="status">{t(lang, 'diagnosticCopied')}</p>
            <textarea readOnly rows={6} aria-label={t(lang, 'diagnosticLabel')} data-vigie-diagnostic-text="" value={text} />
          </>
        ) : null}
      </section>
    );
  }
}
