import { render } from 'preact';
import type { RuleId } from '../core/contract';
import type { Lang } from '../policies/types';
import type { EffectiveConfig, Warning } from '../policies';
import { Panel } from './Panel';
import { ConfirmDialog, type ConfirmRequest } from './ConfirmDialog';
import { FieldWarning, type FieldWarningState } from './FieldWarning';
import type { FixHandlers, FixView } from './FixButtons';
import { Markers } from './Markers';
import { localize } from '../policies/text';

export interface UiState {
  lang: Lang;
  config: EffectiveConfig;
  visible: boolean;
  /** This frame shows the tab's panel (the top frame's; see frames.ts). */
  panel: boolean;
  /** Mounted, not shown: the page has not been judged yet. */
  pending: boolean;
  warnings: readonly Warning[];
  fieldWarning: FieldWarningState | null;
  confirm: ConfirmRequest | null;
  onAcknowledge: (warning: Warning) => void;
  unread: readonly RuleId[];
  diagnostic: () => string;
  onConfirmFix: () => void;
  onConfirmContinue: () => void;
  /** Problems read from page controls (markers; fixes in the panel and the confirmation). */
  fixes: readonly FixView[];
  /** The control "Afficher" highlights. */
  highlight: Element | null;
  fixHandlers: FixHandlers;
  onConfirmFixAll: () => void;
}

function App(state: UiState) {
  if (!state.visible) return null;
  return (
    <div lang={state.lang} hidden={state.pending}>
      <Markers
        lang={state.lang}
        items={state.fixes.flatMap((f) => {
          const w = state.warnings.find((x) => x.rule === f.rule);
          return w ? f.controls.map((control) => ({ ...f, control, title: localize(w.title, state.lang) })) : [];
        })}
        highlight={state.highlight}
        onFix={state.fixHandlers.onFix}
        onShow={state.fixHandlers.onShow}
      />
      {state.panel ? (
        <Panel
          lang={state.lang}
          warnings={state.warnings}
          config={state.config}
          onAcknowledge={state.onAcknowledge}
          fixes={state.fixes}
          fixHandlers={state.fixHandlers}
          unread={state.unread}
          diagnostic={state.diagnostic}
        />
      ) : null}
      {state.fieldWarning ? <FieldWarning lang={state.lang} labels={state.config.sensitiveCategoryLabels} state={state.fieldWarning} /> : null}
      {state.confirm ? (
        <ConfirmDialog
          lang={state.lang}
          request={state.confirm}
          onFix={state.onConfirmFix}
          onContinue={state.onConfirmContinue}
          fixes={state.fixes}
          fixHandlers={state.fixHandlers}
          onFixAll={state.onConfirmFixAll}
        />
      ) : null}
    </div>
  );
}

export function renderUi(mount: HTMLElement, state: UiState): void {
  render(<App {...state} />, mount);
}
