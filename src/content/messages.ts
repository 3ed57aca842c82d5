/**
 * The strings the in-page UI shows (panel, confirmation dialog, field note, shared components), picked
 * from the `_locales` files by static named imports so that the bundler leaves the rest of the
 * catalogs (popup, options, interstitial strings) out of the content script.
 * `tests/unit/i18n/content-messages.test.ts` checks that every string the in-page UI uses is here.
 */
import * as fr from '../../public/_locales/fr/messages.json';
import * as en from '../../public/_locales/en/messages.json';
import { useCatalogs } from '../i18n';

export const CONTENT_CATALOGS = {
  fr: {
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
  },
  en: {
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
  },
};

useCatalogs(CONTENT_CATALOGS);
