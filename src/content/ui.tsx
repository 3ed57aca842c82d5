import { render } from 'preact';
import type { RuleId } from '../core/contract';
import type { Lang } from '../policies/types';
import type { EffectiveConfig, Warning } from '../policies';
import { Panel } from './Panel';
import { ConfirmDialog, type ConfirmRequest } from './ConfirmDialog';
import { FieldWarning, type FieldWarningState } from './FieldWarning';

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
}

function App(state: UiState) {
  if (!state.visible) return null;
  return (
    <div lang={state.lang} hidden={state.pending}>
      {state.panel ? <Panel lang={state.lang} warnings={state.warnings} config={state.config} onAcknowledge={state.onAcknowledge} unread={state.unread} diagnostic={state.diagnostic} /> : null}
      {state.fieldWarning ? <FieldWarning lang={state.lang} state={state.fieldWarning} /> : null}
      {state.confirm ? (
        <ConfirmDialog
          lang={state.lang}
          request={state.confirm}
          onFix={state.onConfirmFix}
          onContinue={state.onConfirmContinue}
        />
      ) : null}
    </div>
  );
}

export function renderUi(mount: HTMLElement, state: UiState): void {
  render(<App {...state} />, mount);
}
