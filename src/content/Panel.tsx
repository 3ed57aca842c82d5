import { useState } from 'preact/hooks';
import type { Lang } from '../policies/types';
import type { EffectiveConfig, Warning } from '../policies';
import { t } from '../i18n';
import { AlternativeItem, ContactLines, WarningItem, worstSeverity } from '../ui/components';

export interface PanelProps {
  lang: Lang;
  warnings: readonly Warning[];
  config: EffectiveConfig;
  onAcknowledge: (warning: Warning) => void;
}

/**
 * The in-page panel: the page's active warnings grouped (institution's position, problems to fix now,
 * reminders), the approved alternatives and the contacts. Collapsible to a one-line bar so that Zoom
 * stays usable; the warnings stay in the DOM (hidden) so the page's state remains inspectable.
 */
export function Panel({ lang, warnings, config, onAcknowledge }: PanelProps) {
  const [collapsed, setCollapsed] = useState(false);
  const open = warnings.filter((w) => !w.acknowledged);
  const stance = open.filter((w) => w.kind === 'stance');
  const detected = open.filter((w) => w.kind === 'detected');
  const reminders = open.filter((w) => w.kind === 'reminder');
  const acknowledged = warnings.filter((w) => w.acknowledged);
  const worst = worstSeverity(open);
  const summary = open.length ? t(lang, 'panelCount', String(open.length)) : t(lang, 'panelNone');
  const bodyId = 'vigie-panel-body';

  const group = (key: 'groupStance' | 'groupDetected' | 'groupReminders', items: Warning[]) =>
    items.length ? (
      <section aria-label={t(lang, key)}>
        <h2>{t(lang, key)}</h2>
        <ul>
          {items.map((w) => (
            <WarningItem key={w.rule} warning={w} lang={lang} onAcknowledge={onAcknowledge} />
          ))}
        </ul>
      </section>
    ) : null;

  return (
    <aside class="panel vg" role="complementary" aria-label={t(lang, 'panelRegionLabel')} data-collapsed={collapsed ? '' : undefined}>
      <div class="head">
        <span class={`dot ${worst ?? ''}`} aria-hidden="true" />
        <span class="brand">{t(lang, 'panelTitle')}</span>
        <span class="summary" role="status" aria-live="polite">
          {config.institutionName ? `${config.institutionName} · ` : ''}
          {summary}
        </span>
        <button
          type="button"
          class="toggle"
          aria-expanded={collapsed ? 'false' : 'true'}
          aria-controls={bodyId}
          onClick={() => setCollapsed(!collapsed)}
        >
          {collapsed ? t(lang, 'panelExpand') : t(lang, 'panelCollapse')}
        </button>
      </div>
      <div class="body" id={bodyId} hidden={collapsed}>
        {group('groupStance', stance)}
        {group('groupDetected', detected)}
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
        {config.alternatives.length ? (
          <section aria-label={t(lang, 'alternativesTitle')}>
            <h2>{t(lang, 'alternativesTitle')}</h2>
            <ul>
              {config.alternatives.map((alt) => (
                <AlternativeItem key={alt.id} alternative={alt} lang={lang} />
              ))}
            </ul>
          </section>
        ) : null}
        <ContactLines dpo={config.dpoContact} helpUrl={config.helpUrl} lang={lang} />
      </div>
    </aside>
  );
}
