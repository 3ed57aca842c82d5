import { Component } from 'preact';
import type { RuleId } from '../core/contract';
import type { Lang } from '../policies/types';
import { t } from '../i18n';
import type { FixOutcome } from './fixes';

/** One problem read from a page control, marked beside it. */
export interface MarkerItem {
  rule: RuleId;
  title: string;
  control: Element;
  /** "Corriger" offered (a click can fix it and the policy allows fixes). */
  fixable: boolean;
  blocked: 'locked' | 'disabled' | null;
  outcome: FixOutcome | null;
}

export interface MarkersProps {
  lang: Lang;
  items: readonly MarkerItem[];
  /** The control "Afficher" highlights now. */
  highlight: Element | null;
  onFix: (rule: RuleId) => void;
  onShow: (rule: RuleId, control: Element) => void;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const SIZE = 22;

/** The control and its own labels (`label[for]`), as one box in the viewport. */
export function anchorBox(control: Element): Box | null {
  const parts: Element[] = [control];
  const id = control.id;
  if (id) for (const l of control.ownerDocument.querySelectorAll('label[for]')) if (l.getAttribute('for') === id) parts.push(l);
  let box: Box | null = null;
  for (const p of parts) {
    const r = p.getBoundingClientRect();
    if (!r.width && !r.height) continue;
    box = box
      ? { left: Math.min(box.left, r.left), top: Math.min(box.top, r.top), right: Math.max(box.right, r.right), bottom: Math.max(box.bottom, r.bottom) }
      : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }
  return box;
}

const INTERACTIVE = 'input, button, select, textarea, a[href], label, [role="checkbox"], [role="radio"], [role="switch"], [role="button"], [tabindex]';

/** Beside the control, never on it: to its right, else to its left, where no other control sits. */
function place(box: Box): { left: number; top: number } {
  const top = Math.round((box.top + box.bottom) / 2 - SIZE / 2);
  const right = { left: Math.round(box.right + 6), top };
  const left = { left: Math.round(box.left - SIZE - 6), top };
  const width = document.documentElement.clientWidth;
  const free = (p: { left: number; top: number }): boolean => {
    if (p.left < 0 || p.left + SIZE > width) return false;
    const hits = document.elementsFromPoint(p.left + SIZE / 2, p.top + SIZE / 2);
    const first = hits.find((h) => h.localName !== 'vigie-root');
    return !first || !first.closest(INTERACTIVE);
  };
  return free(right) || !free(left) ? right : left;
}

/**
 * The markers, in Vigie's shadow root (never in the page): a small button beside each control that shows
 * an open problem; it opens the rule's title with "Corriger" and "Afficher". Positioned from the
 * control's box (fixed), again at every scroll and resize and at every pass of the content script.
 */
// A class rather than hooks: the content script does without preact/hooks (page bundle size).
export class Markers extends Component<MarkersProps, { open: string | null }> {
  /** Asks the mounted markers to follow their controls at the next animation frame (after each pass). */
  static reposition: () => void = () => {};
  override state = { open: null as string | null };
  private frame = 0;

  private readonly onMove = (): void => {
    if (this.frame) return;
    this.frame = window.requestAnimationFrame(() => {
      this.frame = 0;
      this.forceUpdate();
    });
  };

  override componentDidMount(): void {
    Markers.reposition = this.onMove;
    window.addEventListener('scroll', this.onMove, { capture: true, passive: true });
    window.addEventListener('resize', this.onMove, { passive: true });
  }

  override componentWillUnmount(): void {
    Markers.reposition = () => {};
    window.removeEventListener('scroll', this.onMove, { capture: true });
    window.removeEventListener('resize', this.onMove);
    window.cancelAnimationFrame(this.frame);
  }

  override render() {
    const { lang, items, highlight, onFix, onShow } = this.props;
    const open = this.state.open;
    const hl = highlight ? anchorBox(highlight) : null;
    return (
      <div class="vg">
        {items.map((item, i) => {
          const box = anchorBox(item.control);
          if (!box) return null;
          const pos = place(box);
          const key = `${item.rule}-${i}`;
          const isOpen = open === key;
          const popId = `vigie-mk-${key}`;
          const note = item.outcome ?? (item.fixable ? null : item.blocked);
          const close = (e: KeyboardEvent) => {
            if (e.key !== 'Escape' || !isOpen) return;
            e.stopPropagation();
            this.setState({ open: null });
            ((e.currentTarget as HTMLElement).querySelector('button') as HTMLElement | null)?.focus();
          };
          return (
            <div
              key={key}
              class={`mk${pos.top > innerHeight / 2 ? ' up' : ''}${pos.left + 280 > innerWidth ? ' end' : ''}`}
              data-vigie-marker={item.rule} style={`left:${pos.left}px;top:${pos.top}px`} onKeyDown={close}>
              <button
                type="button"
                class="mk-b"
                aria-expanded={isOpen ? 'true' : 'false'}
                aria-controls={popId}
                aria-label={t(lang, 'markerLabel', item.title)}
                title={item.title}
                onClick={() => this.setState({ open: isOpen ? null : key })}
              >
                !
              </button>
              <div class="mk-p" id={popId} hidden={!isOpen}>
                <strong>{item.title}</strong>
                {note ? <p class="mk-n">{t(lang, `fix_${note}`)}</p> : null}
                <div class="actions">
                  {item.fixable ? (
                    <button type="button" class="primary" data-vigie-fix={item.rule} onClick={() => onFix(item.rule)}>
                      {t(lang, 'fixAction')}
                    </button>
                  ) : null}
                  <button type="button" class="secondary" onClick={() => onShow(item.rule, item.control)}>
                    {t(lang, 'showAction')}
                  </button>
                </div>
              </div>
            </div>
          );
        })}
        {hl ? (
          <div
            class="mk-hl"
            aria-hidden="true"
            style={`left:${hl.left - 4}px;top:${hl.top - 4}px;width:${hl.right - hl.left + 8}px;height:${hl.bottom - hl.top + 8}px`}
          />
        ) : null}
      </div>
    );
  }
}
