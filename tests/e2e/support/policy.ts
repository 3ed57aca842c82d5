import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { EXTENSION_ID } from './chromium';

/** Chromium on Linux reads managed policies from this directory (root-owned). */
export const MANAGED_POLICY_DIR = '/etc/chromium/policies/managed';
export const MANAGED_POLICY_FILE = `${MANAGED_POLICY_DIR}/vigie-e2e.json`;

/**
 * Writes a real enterprise policy for Vigie (the `3rdparty` extension policy that reaches
 * `storage.managed`). Chromium reads it at start-up: call `browser.reloadSession()` afterwards.
 */
export function writeManagedPolicy(policy: Record<string, unknown>): void {
  try {
    mkdirSync(MANAGED_POLICY_DIR, { recursive: true });
    writeFileSync(MANAGED_POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }, null, 2));
  } catch (error) {
    throw new Error(`Cannot write ${MANAGED_POLICY_FILE} (managed-policy tests need root): ${String(error)}`);
  }
}

/** Writes raw text (e.g. malformed JSON) as the policy file. */
export function writeRawManagedPolicy(text: string): void {
  mkdirSync(MANAGED_POLICY_DIR, { recursive: true });
  writeFileSync(MANAGED_POLICY_FILE, text);
}

export function removeManagedPolicy(): void {
  rmSync(MANAGED_POLICY_FILE, { force: true });
}
