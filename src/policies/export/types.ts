export type PolicyValue = string | number | boolean | null | PolicyValue[] | { [key: string]: PolicyValue };
export type PolicyObject = Record<string, PolicyValue>;

export type ChromiumBrowser = 'chrome' | 'edge';

export const BROWSER_LABELS: Record<ChromiumBrowser, string> = { chrome: 'Google Chrome', edge: 'Microsoft Edge' };

/** Registry path (below the hive) of each browser's policies. */
export const POLICY_ROOTS: Record<ChromiumBrowser, string> = {
  chrome: 'SOFTWARE\\Policies\\Google\\Chrome',
  edge: 'SOFTWARE\\Policies\\Microsoft\\Edge',
};

/** Registry path (below the hive) of the extension's policy. */
export function registryPath(browser: ChromiumBrowser, extensionId: string): string {
  return `${POLICY_ROOTS[browser]}\\3rdparty\\extensions\\${extensionId}\\policy`;
}

export interface ExportIds {
  chrome: string;
  edge: string;
  gecko: string;
}

export interface ExportedFile {
  /** Relative to the output folder. */
  path: string;
  content: string | Uint8Array;
  /** What it is and where it goes (French first, for LISEZMOI.txt). */
  what: string;
  where: string;
}
