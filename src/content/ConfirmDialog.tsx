import { Component, createRef } from 'preact';
import type { Lang } from '../policies/types';
import type { Warning } from '../policies';
import { localize } from '../policies/text';
import { t } from '../i18n';
import { FixButtons, type FixHandlers, type FixView } from './FixButtons';

export interface ConfirmRequest {
  action: 'save' | 'join';
  warnings: readonly Warning[];
}

/**
 * "warn" mode: one modal dialog before Save / Join listing what is still wrong.
 * Focus is trapped inside; Escape means "Corriger" (fix), the safe choice.
 */
interface ConfirmDialogProps {
  lang: Lang;
  request: ConfirmRequest;
  onFix: () => void;
  onContinue: () => void;
  fixes: readonly FixView[];
  fixHandlers: FixHandlers;
  /** "Tout corriger": every fix applied, back to the form without saving. */
  onFixAll: () => void;
}

// A class rather than hooks: the content script does without preact/hooks (page bundle size).
export class ConfirmDialog extends Component<ConfirmDialogProps> {
  private readonly fixRef = createRef<HTMLButtonElement>();
  private readonly dialogRef = createRef<HTMLDivElement>();
  private previousFocus: Element | null = null;

  // Focus "Corriger" while the dialog is open, and give focus back to where it was (e.g. the Save button).
  override componentDidMount(): void {
    let previous: Element | null = document.activeElement;
    while (previous?.shadowRoot?.activeElement) previous = previous.shadowRoot.activeElement;
    this.previousFocus = previous;
    this.fixRef.current?.focus();
  }

  override componentWillUnmount(): void {
    const previous = this.previousFocus;
    if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const dialog = this.dialogRef.current;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.props.onFix();
      return;
    }
    if (event.key !== 'Tab' || !dialog) return;
    const focusables = Array.from(dialog.querySelectorAll<HTMLElement>('button, summary, a[href]'));
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    const active = (dialog.getRootNode() as ShadowRoot).activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  override render() {
    const { lang, request, onFix, onContinue, fixes, fixHandlers, onFixAll } = this.props;
    const fixable = request.warnings.some((w) => fixes.some((f) => f.rule === w.rule && f.fixable));
    const { fixRef, dialogRef, onKeyDown } = this;
    return (
      <div class="backdrop vg">
        <div
          class="dialog"
          role="alertdialog"
          aria-modal="true"
          aria-labelledby="vigie-confirm-title"
          aria-describedby="vigie-confirm-intro"
          data-vigie-confirm={request.action}
          ref={dialogRef}
          onKeyDown={onKeyDown}
        >
          <h2 id="vigie-confirm-title">{t(lang, 'confirmTitle')}</h2>
          <p id="vigie-confirm-intro">{t(lang, request.action === 'save' ? 'confirmIntroSave' : 'confirmIntroJoin')}</p>
          <ul>
            {request.warnings.map((w) => (
              <li key={w.rule}>
                <strong>{localize(w.title, lang)}</strong> — {localize(w.why, lang)}
                {fixes.some((f) => f.rule === w.rule) ? (
                  <FixButtons lang={lang} fix={fixes.find((f) => f.rule === w.rule) as FixView} title={localize(w.title, lang)} {...fixHandlers} />
                ) : null}
              </li>
            ))}
          </ul>
          <div class="actions">
            {fixable ? (
              <button type="button" class="primary" data-vigie-confirm-fix-all="" onClick={onFixAll}>
                {t(lang, 'fixAll')}
              </button>
            ) : null}
            <button type="button" class="primary" data-vigie-confirm-fix="" ref={fixRef} onClick={onFix}>
              {t(lang, 'confirmFix')}
            </button>
            <button type="button" class="secondary" data-vigie-confirm-continue="" onClick={onContinue}>
              {t(lang, 'confirmContinue')}
            </button>
          </div>
        </div>
      </div>
    );
  }
}
