/**
 * The strings the in-page UI shows (panel, confirmation dialog, field note, shared components), picked
 * from the `_locales` files by static named imports. The content script does not bundle them: the
 * service worker publishes them with the configuration (`PublishedConfig`), which the page needs before
 * it shows anything anyway, and the page registers them from there (`useCatalogs`).
 * `tests/unit/i18n/content-messages.test.ts` checks that every string the in-page UI uses is here.
 */
import * as fr from '../../public/_locales/fr/messages.json';
import * as en from '../../public/_locales/en/messages.json';
import type { Catalog } from '../i18n';
import type { EffectiveConfig, Lang } from '../policies/types';

export const CONTENT_CATALOGS = {
  fr: {
    fixAction: fr.fixAction,
    noticeInPopup: fr.noticeInPopup,
    showAction: fr.showAction,
    fixAll: fr.fixAll,
    fixNamed: fr.fixNamed,
    showNamed: fr.showNamed,
    markerLabel: fr.markerLabel,
    fix_unchanged: fr.fix_unchanged,
    fix_locked: fr.fix_locked,
    fix_disabled: fr.fix_disabled,
    acknowledge: fr.acknowledge,
    acknowledgeNamed: fr.acknowledgeNamed,
    alternativeOpen: fr.alternativeOpen,
    alternativesTitle: fr.alternativesTitle,
    audienceLabel: fr.audienceLabel,
    confirmContinue: fr.confirmContinue,
    contactsTitle: fr.contactsTitle,
    confirmFix: fr.confirmFix,
    confirmIntroJoin: fr.confirmIntroJoin,
    confirmIntroSave: fr.confirmIntroSave,
    confirmTitle: fr.confirmTitle,
    dpoLabel: fr.dpoLabel,
    fieldWarningBody: fr.fieldWarningBody,
    fieldWarningWhy: fr.fieldWarningWhy,
    fieldWarningTitle: fr.fieldWarningTitle,
    groupAcknowledged: fr.groupAcknowledged,
    groupDetected: fr.groupDetected,
    groupReminders: fr.groupReminders,
    groupStance: fr.groupStance,
    helpLabel: fr.helpLabel,
    learnMore: fr.learnMore,
    limitsLabel: fr.limitsLabel,
    panelCollapse: fr.panelCollapse,
    panelCount: fr.panelCount,
    panelExpand: fr.panelExpand,
    panelMore: fr.panelMore,
    panelNone: fr.panelNone,
    panelRegionLabel: fr.panelRegionLabel,
    panelTitle: fr.panelTitle,
    popupConditions: fr.popupConditions,
    sourceLabel: fr.sourceLabel,
    severity_critical: fr.severity_critical,
    severity_warning: fr.severity_warning,
    severity_info: fr.severity_info,
    unreadTitle: fr.unreadTitle,
    unreadBody: fr.unreadBody,
    diagnosticCopy: fr.diagnosticCopy,
    diagnosticCopied: fr.diagnosticCopied,
    diagnosticLabel: fr.diagnosticLabel,
  },
  en: {
    fixAction: en.fixAction,
    noticeInPopup: en.noticeInPopup,
    showAction: en.showAction,
    fixAll: en.fixAll,
    fixNamed: en.fixNamed,
    showNamed: en.showNamed,
    markerLabel: en.markerLabel,
    fix_unchanged: en.fix_unchanged,
    fix_locked: en.fix_locked,
    fix_disabled: en.fix_disabled,
    acknowledge: en.acknowledge,
    acknowledgeNamed: en.acknowledgeNamed,
    alternativeOpen: en.alternativeOpen,
    alternativesTitle: en.alternativesTitle,
    audienceLabel: en.audienceLabel,
    confirmContinue: en.confirmContinue,
    contactsTitle: en.contactsTitle,
    confirmFix: en.confirmFix,
    confirmIntroJoin: en.confirmIntroJoin,
    confirmIntroSave: en.confirmIntroSave,
    confirmTitle: en.confirmTitle,
    dpoLabel: en.dpoLabel,
    fieldWarningBody: en.fieldWarningBody,
    fieldWarningWhy: en.fieldWarningWhy,
    fieldWarningTitle: en.fieldWarningTitle,
    groupAcknowledged: en.groupAcknowledged,
    groupDetected: en.groupDetected,
    groupReminders: en.groupReminders,
    groupStance: en.groupStance,
    helpLabel: en.helpLabel,
    learnMore: en.learnMore,
    limitsLabel: en.limitsLabel,
    panelCollapse: en.panelCollapse,
    panelCount: en.panelCount,
    panelExpand: en.panelExpand,
    panelMore: en.panelMore,
    panelNone: en.panelNone,
    panelRegionLabel: en.panelRegionLabel,
    panelTitle: en.panelTitle,
    popupConditions: en.popupConditions,
    sourceLabel: en.sourceLabel,
    severity_critical: en.severity_critical,
    severity_warning: en.severity_warning,
    severity_info: en.severity_info,
    unreadTitle: en.unreadTitle,
    unreadBody: en.unreadBody,
    diagnosticCopy: en.diagnosticCopy,
    diagnosticCopied: en.diagnosticCopied,
    diagnosticLabel: en.diagnosticLabel,
  },
};

/** The configuration as the service worker publishes it for the pages (`vigie.effectiveConfig`): with the in-page strings. */
export interface PublishedConfig extends EffectiveConfig {
  messages: Record<Lang, Catalog>;
}

export function publishedConfig(config: EffectiveConfig): PublishedConfig {
  return { ...config, messages: CONTENT_CATALOGS };
}
