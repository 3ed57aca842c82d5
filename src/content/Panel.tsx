import { Component, createRef } from 'preact';
import type { Lang } from '../policies/types';
import type { EffectiveConfig, Warning } from '../policies';
import { localize } from '../policies/text';
import { t } from '../i18n';
import type { RuleId } from '../core/contract';
import { UnreadSection } from '../ui/unread';
import { AlternativesSection, ContactsSection, WarningItem, severityRank, worstSeverity } from '../ui/components';
import { FixButtons, type FixHandlers, type FixView } from './FixButtons';
import { serviceOfHost } from '../core/hosts';
import { StanceConditions } from './StanceConditions';

export interface PanelProps {
  lang: Lang;
  warnings: readonly Warning[];
  config: EffectiveConfig;
  onAcknowledge: (warning: Warning) => void;
  /** The problems read from page controls: "Corriger" / "Afficher" next to them. */
  fixes?: readonly FixView[];
  fixHandlers?: FixHandlers;
  /** Rules Vigie could not check on this page, and the diagnostic for IT. */
  unread?: readonly RuleId[];
  diagnostic?: () => string;
}

interface PanelState {
  expanded: boolean;
}

/**
 * The in-page panel. By default it is a one-line bar in the top-right corner naming the most
 * important open warning and how many others there are, so Zoom's own controls stay reachable;
 * "Afficher les règles" expands it into the full list grouped by kind (institution's position,
 * problems to fix now, reminders), the approved alternatives and the contacts.
 * The warnings are always in the DOM (hidden while collapsed) so the page's state stays inspectable.
 */
// A class rather than hooks: the content script does without preact/hooks (page bundle size).
export class Panel extends Component<PanelProps, PanelState> {
  override state: PanelState = { expanded: false };
  private readonly toggleRef = createRef<HTMLButtonElement>();

  /** Escape inside the expanded panel collapses it and gives focus back to its toggle. */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.state.expanded) return;
    event.stopPropagation();
    this.setState({ expanded: false });
    this.toggleRef.current?.focus();
  };

  override render() {
    const { lang, warnings, config, onAcknowledge, fixes = [], fixHandlers, unread = [] } = this.props;
    const { expanded } = this.state;
    const toggleRef = this.toggleRef;
    const setExpanded = (value: boolean) => this.setState({ expanded: value });
    const open = warnings.filter((w) => !w.acknowledged);
    const stance = open.filter((w) => w.kind === 'stance');
    const detected = open.filter((w) => w.kind === 'detected');
    const reminders = open.filter((w) => w.kind === 'reminder');
    const acknowledged = warnings.filter((w) => w.acknowledged);
    const worst = worstSeverity(open);
    const headline = [...open].sort((x, y) => kindRank(x) - kindRank(y) || severityRank(x.severity) - severityRank(y.severity))[0];
    const bodyId = 'vigie-panel-body';
    const service = warnings[0]?.service ?? (typeof location === 'undefined' ? null : serviceOfHost(location.hostname));

    const extra = (w: Warning) => {
      const fix = fixes.find((f) => f.rule === w.rule);
      if (fix && fixHandlers) return <FixButtons lang={lang} fix={fix} title={localize(w.title, lang)} {...fixHandlers} />;
      return w.rule === 'recording-consent' ? <p class="muted">{t(lang, 'noticeInPopup')}</p> : null;
    };
    const group = (key: 'groupStance' | 'groupDetected' | 'groupReminders', items: Warning[]) =>
      items.length ? (
        <section aria-labelledby={`vigie-${key}`}>
          <h2 id={`vigie-${key}`}>{t(lang, key)}</h2>
          <ul>
            {items.map((w) => (
              <WarningItem key={w.rule} warning={w} lang={lang} onAcknowledge={onAcknowledge}>
                {extra(w)}
              </WarningItem>
            ))}
          </ul>
        </section>
      ) : null;

    return (
      <aside
        class={`panel vg ${expanded ? 'expanded' : 'collapsed'}`}
        onKeyDown={this.onKeyDown}
        role="complementary"
        aria-label={t(lang, 'panelRegionLabel')}
      >
        <div class="head">
          <span class={`dot ${worst ? `sev-${worst}` : 'ok'}`} aria-hidden="true" />
          <span class="brand">{t(lang, 'panelTitle')}</span>
          {open.length ? (
            <span class="count" title={t(lang, 'panelCount', String(open.length))}>
              {open.length}
            </span>
          ) : null}
          <span class="summary" role="status" aria-live="polite">
            {headline && (headline.kind !== 'reminder' || !unread.length)
              ? localize(headline.title, lang)
              : t(lang, unread.length ? 'unreadTitle' : 'panelNone')}
            {open.length > 1 ? <span class="visually-hidden"> {t(lang, 'panelMore', String(open.length - 1))}</span> : null}
          </span>
          <button
            type="button"
            class="toggle"
            ref={toggleRef}
            aria-expanded={expanded ? 'true' : 'false'}
            aria-controls={bodyId}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? t(lang, 'panelCollapse') : t(lang, 'panelExpand')}
          </button>
        </div>
        <div class="body" id={bodyId} hidden={!expanded}>
          {config.institutionName ? <p class="institution">{config.institutionName}</p> : null}
          {group('groupStance', stance)}
          {group('groupDetected', detected)}
          <UnreadSection lang={lang} config={config} unread={unread} diagnostic={this.props.diagnostic ?? (() => '')} headingId="vigie-unread" />
          {group('groupReminders', reminders)}
          {acknowledged.length ? (
            <details>
              <summary>{t(lang, 'groupAcknowledged', String(acknowledged.length))}</summary>
              <ul>
                {acknowledged.map((w) => (
                  <WarningItem key={w.rule} warning={w} lang={lang} />
                ))}
              </ul>
            </details>
          ) : null}
          {!open.length && !acknowledged.length && !unread.length ? <p class="none">{t(lang, 'panelNone')}</p> : null}
          {service ? <StanceConditions stance={config.profile.stances[service]} service={service} lang={lang} /> : null}
          <AlternativesSection
            alternatives={config.alternatives}
            noneNote={config.noAlternativesNote}
            lang={lang}
            headingId="vigie-alternatives"
          />
          <ContactsSection config={config} lang={lang} headingId="vigie-contacts" />
        </div>
      </aside>
    );
  }
}

function kindRank(warning: Warning): number {
  return warning.kind === 'stance' ? 0 : warning.kind === 'detected' ? 1 : 2;
}
