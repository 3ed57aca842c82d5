import '../i18n/full';
import '../ui/page.css';
import './admin.css';
import { render } from 'preact';
import type { ServiceId } from '../core/contract';
import { DEFAULT_PROFILE_ID, validateManagedPolicy } from '../policies';
import { exportOptionsFor, exportPolicy, jsonText, type ExportedFile, type PolicyObject } from '../policies/export';
import { GECKO_ID } from '../../scripts/package/manifest';
import { CHROME_STORE_UPDATE_URL, EDGE_STORE_UPDATE_URL, amoLatestXpiUrl } from '../policies/export/install';
import { ext as browser } from '../shared/ext';
import { pickLanguage, t } from '../i18n';
import { applyDocumentLanguage, browserLanguage, followPageState } from '../ui/page-state';
import type { Lang } from '../policies/types';
import { Admin, type AdminIds } from './Admin';
import { formFields, policyFromProfile } from './model';

/**
 * The administration page: a policy editor that runs offline in the extension. It edits the policy with the
 * schema's controls, checks it with Vigie's validator as it changes, previews the popup and the in-page panel,
 * and offers every file of the IT kit for download — produced by the same generator as
 * `npm run policy -- export` (src/policies/export), so the bytes are the same.
 */
const app = document.getElementById('app') as HTMLElement;
const fields = formFields();

let lang: Lang = pickLanguage('auto', browserLanguage());
let startProfile: string = DEFAULT_PROFILE_ID;
let policy: PolicyObject = policyFromProfile(DEFAULT_PROFILE_ID);
let previewService: ServiceId = 'zoom';
const runtimeId = browser.runtime.id;
const chromiumId = /^[a-p]{32}$/.test(runtimeId) ? runtimeId : '';
let ids: AdminIds = {
  chrome: chromiumId,
  edge: chromiumId,
  gecko: chromiumId ? GECKO_ID : runtimeId,
  chromeUpdateUrl: CHROME_STORE_UPDATE_URL,
  edgeUpdateUrl: EDGE_STORE_UPDATE_URL,
  firefoxInstallUrl: '',
};

function currentFiles(): ExportedFile[] {
  const { problems } = validateManagedPolicy(policy);
  if (problems.some((p) => p.severity === 'error')) return [];
  return exportPolicy(
    policy,
    { chrome: ids.chrome, edge: ids.edge, gecko: ids.gecko },
    exportOptionsFor(policy, {
      ...(ids.chromeUpdateUrl && ids.chromeUpdateUrl !== CHROME_STORE_UPDATE_URL ? { chromeUpdateUrl: ids.chromeUpdateUrl } : {}),
      ...(ids.edgeUpdateUrl && ids.edgeUpdateUrl !== EDGE_STORE_UPDATE_URL ? { edgeUpdateUrl: ids.edgeUpdateUrl } : {}),
      ...(ids.firefoxInstallUrl && ids.firefoxInstallUrl !== amoLatestXpiUrl(ids.gecko) ? { firefoxInstallUrl: ids.firefoxInstallUrl } : {}),
    }),
  );
}

function download(path: string): void {
  const content = path === 'vigie-policy.json' ? jsonText(policy) : currentFiles().find((f) => f.path === path)?.content;
  if (content === undefined) return;
  const blob = new Blob([content as BlobPart], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = path.replace(/\//g, '_');
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function draw(): void {
  applyDocumentLanguage(lang, t(lang, 'adminTitle'));
  render(
    <Admin
      lang={lang}
      fields={fields}
      policy={policy}
      startProfile={startProfile}
      ids={ids}
      files={currentFiles()}
      policyJson={jsonText(policy)}
      previewService={previewService}
      onStartProfile={(id) => {
        startProfile = id;
        draw();
      }}
      onStart={() => {
        policy = policyFromProfile(startProfile);
        draw();
      }}
      onPolicy={(next) => {
        policy = next;
        draw();
      }}
      onIds={(next) => {
        ids = next;
        draw();
      }}
      onPreviewService={(service) => {
        previewService = service;
        draw();
      }}
      onDownload={download}
    />,
    app,
  );
}

draw();
// Follow the language chosen in Vigie's options.
followPageState((state) => {
  if (state.lang !== lang) {
    lang = state.lang;
    draw();
  }
});
