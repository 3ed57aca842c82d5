/**
 * PowerShell scripts for an Intune Win32 app (or any software-deployment tool): Deploy writes Vigie's
 * policy for Chrome and Edge (optionally the force-install entry too), Detect tells Intune whether the
 * values on the machine are those of this export (exit 0 with a line on stdout = installed), Remove takes
 * them away. They write the very layout of the `.reg` files and of the ADMX templates (registry.ts).
 * This is the route for Edge when Intune refuses an ADMX that writes under Software\Policies\Microsoft.
 * Files are UTF-8 with a byte-order mark, which Windows PowerShell 5.1 needs to read accents.
 */
import { installEntry, installRegistryPath, type InstallOptions } from './install';
import { registryBlocks } from './registry';
import { registryPath, type ExportIds, type PolicyObject } from './types';

const BOM = '\uFEFF';

/**
 * A PowerShell expression for a string: single quotes (doubled inside), control characters and the
 * typographic quotes PowerShell also takes for single quotes (‘ ’ ‚ ‛) as [char] codes.
 */
export function psString(text: string): string {
  // eslint-disable-next-line no-control-regex
  const special = /^[\u0000-\u001f\u2018-\u201b]$/;
  // eslint-disable-next-line no-control-regex
  const parts = text.split(/([\u0000-\u001f\u2018-\u201b])/);
  const out = parts
    .filter((part, index) => part !== '' || (index === 0 && parts.length === 1))
    .map((part) => (special.test(part) ? `[char]${part.charCodeAt(0)}` : `'${part.replace(/'/g, "''")}'`));
  return out.length === 1 && !special.test(text) ? (out[0] as string) : `('' + ${out.join(' + ')})`;
}

function roots(ids: ExportIds): string[] {
  return [`HKLM:\\${registryPath('chrome', ids.chrome)}`, `HKLM:\\${registryPath('edge', ids.edge)}`];
}

function installRoots(ids: ExportIds): string[] {
  return [`HKLM:\\${installRegistryPath('chrome', ids.chrome)}`, `HKLM:\\${installRegistryPath('edge', ids.edge)}`];
}

/** `@( @('sub\key', 'name', 'DWord'|'String', value), … )`: every value, relative to the policy key. */
function valueTable(policy: PolicyObject): string[] {
  const rows = registryBlocks(policy).flatMap((block) =>
    block.entries.map((e) => {
      const value = e.type === 'REG_DWORD' ? String(e.data) : psString(String(e.data));
      return `  ,@(${psString(block.path.join('\\'))}, ${psString(e.name)}, '${e.type === 'REG_DWORD' ? 'DWord' : 'String'}', ${value})`;
    }),
  );
  const subkeys = registryBlocks(policy)
    .filter((b) => b.path.length > 0)
    .map((b) => `  ,${psString(b.path.join('\\'))}`);
  return ['$Values = @(', ...rows, ')', '$Subkeys = @(', ...subkeys, ')'];
}

function header(title: string, usage: string): string[] {
  return [
    `# Vigie — ${title}`,
    '# Généré par « npm run policy -- export » ou la page Administration de Vigie (même contenu).',
    `# ${usage}`,
  ];
}

export function deployScript(policy: PolicyObject, ids: ExportIds, options: InstallOptions = {}): string {
  const lines = [
    ...header(
      'écrit la politique de l’extension pour Chrome et Edge (HKLM).',
      'Intune (application Win32) : powershell.exe -ExecutionPolicy Bypass -File Deploy-Vigie.ps1 [-ForceInstall]',
    ),
    'param([switch]$ForceInstall)',
    "$ErrorActionPreference = 'Stop'",
    '',
    `$PolicyKeys = @(${roots(ids).map(psString).join(', ')})`,
    `$InstallKeys = @(${installRoots(ids).map(psString).join(', ')})`,
    ...valueTable(policy),
    '$Install = @(',
    ...(['chrome', 'edge'] as const).map(
      (b) => `  ,@(${Object.entries(installEntry(b, options)).map(([k, v]) => `@(${psString(k)}, ${psString(String(v))})`).join(', ')})`,
    ),
    ')',
    '',
    'foreach ($Root in $PolicyKeys) {',
    '  # Replace: values removed from the configuration must not linger.',
    '  if (Test-Path -LiteralPath $Root) { Remove-Item -LiteralPath $Root -Recurse -Force }',
    '  New-Item -Path $Root -Force | Out-Null',
    '  foreach ($Sub in $Subkeys) { New-Item -Path (Join-Path $Root $Sub) -Force | Out-Null }',
    '  foreach ($V in $Values) {',
    '    $Key = if ($V[0]) { Join-Path $Root $V[0] } else { $Root }',
    '    New-ItemProperty -LiteralPath $Key -Name $V[1] -PropertyType $V[2] -Value $V[3] -Force | Out-Null',
    '  }',
    '}',
    'if ($ForceInstall) {',
    '  for ($i = 0; $i -lt $InstallKeys.Count; $i++) {',
    '    New-Item -Path $InstallKeys[$i] -Force | Out-Null',
    "    foreach ($P in $Install[$i]) { New-ItemProperty -LiteralPath $InstallKeys[$i] -Name $P[0] -PropertyType String -Value $P[1] -Force | Out-Null }",
    '  }',
    '}',
    "Write-Output 'Vigie : politique écrite pour Chrome et Edge.'",
    '',
  ];
  return BOM + lines.join('\r\n');
}

export function detectScript(policy: PolicyObject, ids: ExportIds): string {
  const lines = [
    ...header(
      'détection pour Intune : code 0 et une ligne de sortie si la politique de cet export est en place, sinon code 1.',
      'Intune (application Win32) > Règles de détection > Utiliser un script de détection personnalisé.',
    ),
    "$ErrorActionPreference = 'Stop'",
    '',
    `$PolicyKeys = @(${roots(ids).map(psString).join(', ')})`,
    ...valueTable(policy),
    '',
    'foreach ($Root in $PolicyKeys) {',
    '  if (-not (Test-Path -LiteralPath $Root)) { exit 1 }',
    '  foreach ($V in $Values) {',
    '    $Key = if ($V[0]) { Join-Path $Root $V[0] } else { $Root }',
    '    $Item = Get-Item -LiteralPath $Key -ErrorAction SilentlyContinue',
    '    if ($null -eq $Item) { exit 1 }',
    '    if ($Item.GetValueNames() -notcontains $V[1]) { exit 1 }',
    "    if ($Item.GetValueKind($V[1]).ToString() -ne $V[2]) { exit 1 }",
    '    $Actual = $Item.GetValue($V[1])',
    "    if ($V[2] -eq 'DWord') { if ([uint32]([int64]$Actual -band 0xFFFFFFFF) -ne [uint32]$V[3]) { exit 1 } }",
    '    elseif ([string]$Actual -cne [string]$V[3]) { exit 1 }',
    '  }',
    '}',
    "Write-Output 'Vigie : politique en place.'",
    'exit 0',
    '',
  ];
  return BOM + lines.join('\r\n');
}

export function removeScript(ids: ExportIds): string {
  const lines = [
    ...header('retire la politique de l’extension (et l’installation forcée) pour Chrome et Edge.', 'Intune (application Win32) : commande de désinstallation.'),
    "$ErrorActionPreference = 'Stop'",
    '',
    `$Keys = @(${[...roots(ids), ...installRoots(ids)].map(psString).join(', ')})`,
    'foreach ($Key in $Keys) { if (Test-Path -LiteralPath $Key) { Remove-Item -LiteralPath $Key -Recurse -Force } }',
    "Write-Output 'Vigie : politique retirée.'",
    '',
  ];
  return BOM + lines.join('\r\n');
}
