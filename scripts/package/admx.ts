/**
 * The Group Policy templates of `npm run package`: `vigie-admx-<version>.zip`, laid out like Windows'
 * `PolicyDefinitions` folder (copy its content into the central store), for the extension id the manifest's
 * key gives. For a store-assigned id, regenerate them: `npm run policy -- export … --chrome-id/--edge-id`.
 */
import { exportPolicy, type ExportIds } from '../../src/policies/export';
import type { ZipEntry } from './zip';

const PREFIX = 'windows/admx/';

export function admxKitEntries(ids: ExportIds): ZipEntry[] {
  const entries: ZipEntry[] = exportPolicy({}, ids)
    .filter((f) => f.path.startsWith(PREFIX))
    .map((f) => ({ path: `PolicyDefinitions/${f.path.slice(PREFIX.length)}`, data: Buffer.from(f.content as string, 'utf8') }));
  const readme = [
    'Vigie — modèles d’administration (ADMX/ADML) pour Google Chrome et Microsoft Edge.',
    `Extension Chrome : ${ids.chrome} ; Edge : ${ids.edge}.`,
    'Copiez le contenu de PolicyDefinitions/ dans \\\\<domaine>\\SYSVOL\\<domaine>\\Policies\\PolicyDefinitions (magasin central).',
    'Si Vigie vient d’une boutique (autre identifiant), régénérez-les : npm run policy -- export <politique.json> --chrome-id <id> --edge-id <id>.',
    'Mode d’emploi : docs/deploy.md (GPO, Intune).',
    '',
  ].join('\r\n');
  return [...entries, { path: 'LISEZMOI.txt', data: Buffer.from(readme, 'utf8') }];
}
