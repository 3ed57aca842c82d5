/**
 * Every file of Vigie's IT kit for one policy, as bytes or text: the single generator the CLI
 * (`npm run policy -- export`, which writes them to disk) and the administration page (which offers them
 * as downloads) share. Browser-safe: no Node API.
 */
import { ADML_LANGS, admxBaseName, toAdml, toAdmx } from './admx';
import {
  encodeRegFile,
  jsonText,
  macDomain,
  registryKey,
  toAdminConsolePolicy,
  toFirefoxPolicies,
  toLinuxPolicy,
  toMobileconfig,
  toRegText,
  type MobileconfigOptions,
} from './formats';
import { extensionSettings, firefoxInstallPolicies, installRegistryPath, toInstallRegText, type InstallOptions } from './install';
import { deployScript, detectScript, removeScript } from './powershell';
import { BROWSER_LABELS, type ExportIds, type ExportedFile, type PolicyObject } from './types';

export * from './types';
export * from './formats';
export * from './install';
export * from './registry';
export { sha256Hex, utf16le } from './bytes';
export { toAdmx, toAdml, admxBaseName, admxNamespace, ADML_LANGS, leafName, leafLocation, keysWithoutTexts } from './admx';
export { policyLeaves, groupedKeys, MANAGED_SCHEMA, type PolicyLeaf, type LeafKind, type SchemaNode } from './schema';
export { deployScript, detectScript, removeScript, psString } from './powershell';
export { KEY_TEXTS, keyText } from './texts';

export type ExportOptions = MobileconfigOptions & InstallOptions;

/** Options an export takes from the policy itself (the institution names the macOS profiles). */
export function exportOptionsFor(policy: PolicyObject, install: InstallOptions = {}): ExportOptions {
  return { ...install, ...(typeof policy.institutionName === 'string' ? { organization: policy.institutionName } : {}) };
}

export const README_PATH = 'LISEZMOI.txt';

function readme(files: readonly ExportedFile[], ids: ExportIds): string {
  const lines = [
    'Vigie — fichiers de politique (npm run policy -- export, ou la page Administration de Vigie : mêmes fichiers).',
    `Extension Chrome/Chromium : ${ids.chrome} ; Edge : ${ids.edge} ; Firefox : ${ids.gecko}`,
    'Mode d’emploi complet : docs/deploy.md',
    '',
  ];
  for (const f of files) lines.push(f.path, `  ${f.what}`, `  → ${f.where}`, '');
  return lines.join('\n');
}

export function exportPolicy(policy: PolicyObject, ids: ExportIds, options: ExportOptions = {}): ExportedFile[] {
  const linux = jsonText(toLinuxPolicy(policy, ids.chrome));
  const files: ExportedFile[] = [
    {
      path: 'windows/vigie-chrome.reg',
      content: encodeRegFile(toRegText(policy, 'chrome', ids.chrome)),
      what: 'Windows — Google Chrome (registre)',
      where: `reg import, ou GPO > Préférences > Registre : ${registryKey('chrome', ids.chrome)}`,
    },
    {
      path: 'windows/vigie-edge.reg',
      content: encodeRegFile(toRegText(policy, 'edge', ids.edge)),
      what: 'Windows — Microsoft Edge (registre)',
      where: `reg import, ou GPO > Préférences > Registre : ${registryKey('edge', ids.edge)}`,
    },
  ];
  for (const browser of ['chrome', 'edge'] as const) {
    const id = browser === 'chrome' ? ids.chrome : ids.edge;
    const base = admxBaseName(browser);
    files.push({
      path: `windows/admx/${base}.admx`,
      content: toAdmx(browser, id),
      what: `Windows — modèle d’administration (ADMX) pour ${BROWSER_LABELS[browser]}`,
      where: `GPO : \\\\<domaine>\\SYSVOL\\<domaine>\\Policies\\PolicyDefinitions\\${base}.admx (magasin central) ; Intune : Importer un fichier ADMX`,
    });
    for (const { folder, lang } of ADML_LANGS) {
      files.push({
        path: `windows/admx/${folder}/${base}.adml`,
        content: toAdml(browser, id, lang),
        what: `Windows — textes du modèle (${folder}) pour ${BROWSER_LABELS[browser]}`,
        where: `PolicyDefinitions\\${folder}\\${base}.adml (à côté de l’ADMX)`,
      });
    }
  }
  files.push(
    {
      path: 'windows/intune/Deploy-Vigie.ps1',
      content: deployScript(policy, ids, options),
      what: 'Windows — script d’installation (Intune, application Win32) : écrit la politique pour Chrome et Edge',
      where: 'Intune > Applications > Windows > Application Win32 : commande d’installation « powershell.exe -ExecutionPolicy Bypass -File Deploy-Vigie.ps1 [-ForceInstall] »',
    },
    {
      path: 'windows/intune/Detect-Vigie.ps1',
      content: detectScript(policy, ids),
      what: 'Windows — script de détection (Intune) : la politique de cet export est-elle en place ?',
      where: 'Intune > Application Win32 > Règles de détection > Script de détection personnalisé',
    },
    {
      path: 'windows/intune/Remove-Vigie.ps1',
      content: removeScript(ids),
      what: 'Windows — script de désinstallation (Intune) : retire la politique et l’installation forcée',
      where: 'Intune > Application Win32 : commande de désinstallation « powershell.exe -ExecutionPolicy Bypass -File Remove-Vigie.ps1 »',
    },
    {
      path: 'macos/vigie-chrome.mobileconfig',
      content: toMobileconfig(policy, 'chrome', ids.chrome, options),
      what: 'macOS — Google Chrome (profil de configuration)',
      where: `MDM (Jamf, Intune…) ou Réglages Système > Profils ; domaine ${macDomain('chrome', ids.chrome)}`,
    },
    {
      path: 'macos/vigie-edge.mobileconfig',
      content: toMobileconfig(policy, 'edge', ids.edge, options),
      what: 'macOS — Microsoft Edge (profil de configuration)',
      where: `MDM (Jamf, Intune…) ou Réglages Système > Profils ; domaine ${macDomain('edge', ids.edge)}`,
    },
    { path: 'linux/chrome/vigie.json', content: linux, what: 'Linux — Google Chrome', where: '/etc/opt/chrome/policies/managed/vigie.json' },
    { path: 'linux/chromium/vigie.json', content: linux, what: 'Linux — Chromium', where: '/etc/chromium/policies/managed/vigie.json' },
    {
      path: 'firefox/policies.json',
      content: jsonText(toFirefoxPolicies(policy, ids.gecko)),
      what: 'Firefox (toutes plates-formes)',
      where:
        'Windows : <dossier de Firefox>\\distribution\\policies.json ; macOS : Firefox.app/Contents/Resources/distribution/policies.json ; Linux : /etc/firefox/policies/policies.json (à fusionner avec un policies.json existant)',
    },
    {
      path: 'chromeos/vigie-admin-console.json',
      content: jsonText(toAdminConsolePolicy(policy)),
      what: 'Console d’administration Google (ChromeOS, navigateurs Chrome gérés)',
      where: 'Appareils > Chrome > Applications et extensions > Vigie > « Règle pour les extensions » (importer le fichier)',
    },
    {
      path: 'install/chrome-ExtensionSettings.json',
      content: jsonText(extensionSettings('chrome', ids.chrome, options)),
      what: 'Installation forcée — Google Chrome : entrée de la stratégie ExtensionSettings',
      where: 'à fusionner dans ExtensionSettings (GPO Chrome, Intune catalogue de paramètres, macOS com.google.Chrome, Linux /etc/opt/chrome/policies/managed/)',
    },
    {
      path: 'install/edge-ExtensionSettings.json',
      content: jsonText(extensionSettings('edge', ids.edge, options)),
      what: 'Installation forcée — Microsoft Edge : entrée de la stratégie ExtensionSettings',
      where: 'à fusionner dans ExtensionSettings (GPO Edge, Intune catalogue de paramètres, macOS com.microsoft.Edge, Linux /etc/opt/edge/policies/managed/)',
    },
    {
      path: 'install/vigie-install-chrome.reg',
      content: encodeRegFile(toInstallRegText('chrome', ids.chrome, options)),
      what: 'Installation forcée — Google Chrome sous Windows (registre)',
      where: `HKEY_LOCAL_MACHINE\\${installRegistryPath('chrome', ids.chrome)}`,
    },
    {
      path: 'install/vigie-install-edge.reg',
      content: encodeRegFile(toInstallRegText('edge', ids.edge, options)),
      what: 'Installation forcée — Microsoft Edge sous Windows (registre)',
      where: `HKEY_LOCAL_MACHINE\\${installRegistryPath('edge', ids.edge)}`,
    },
    {
      path: 'install/firefox-policies.json',
      content: jsonText(firefoxInstallPolicies(ids.gecko, options)),
      what: 'Installation forcée — Firefox : stratégie ExtensionSettings (install_url)',
      where: 'à fusionner dans le même policies.json que firefox/policies.json (clé "policies")',
    },
  );
  files.push({ path: README_PATH, content: readme(files, ids), what: 'Ce fichier', where: '—' });
  return files;
}
