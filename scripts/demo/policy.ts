/**
 * The demo's managed policy: a real Chromium enterprise policy file (Linux, root), in its own file so it
 * never overwrites or deletes the end-to-end tests' `vigie-e2e.json`. Removed at exit, always.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_ID } from '../../tests/e2e/support/chromium';
import { MANAGED_POLICY_DIR } from '../../tests/e2e/support/policy';

export const DEMO_POLICY_FILE = join(MANAGED_POLICY_DIR, 'vigie-demo.json');

let written = false;

/** Why a managed policy cannot be written here, or undefined when it can. */
export function policyUnavailableReason(): string | undefined {
  if (process.platform !== 'linux') {
    return `the demo writes Chromium's managed policy only on Linux (${MANAGED_POLICY_DIR}); on ${process.platform}, install a policy as docs/deploy.md explains`;
  }
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    return `writing ${DEMO_POLICY_FILE} needs root (run \`sudo npm run demo -- …\`)`;
  }
  return undefined;
}

export function writeDemoPolicy(policy: Record<string, unknown>): void {
  try {
    mkdirSync(MANAGED_POLICY_DIR, { recursive: true });
    written = true;
    writeFileSync(DEMO_POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }, null, 2));
  } catch (error) {
    throw new Error(`Cannot write ${DEMO_POLICY_FILE}: ${String(error)}`);
  }
}

/** Safe to call any number of times, from any exit path (synchronous). */
export function removeDemoPolicy(): void {
  if (!written) return;
  try {
    rmSync(DEMO_POLICY_FILE, { force: true });
    written = false;
  } catch (error) {
    console.error(`Could not remove ${DEMO_POLICY_FILE}: ${String(error)} — remove it by hand.`);
  }
}

/** Other managed policy files naming Vigie (they would change what the demo shows). */
export function foreignVigiePolicies(): string[] {
  if (!existsSync(MANAGED_POLICY_DIR)) return [];
  try {
    return readdirSync(MANAGED_POLICY_DIR)
      .map((name) => join(MANAGED_POLICY_DIR, name))
      .filter((file) => file !== DEMO_POLICY_FILE)
      .filter((file) => {
        try {
          return readFileSync(file, 'utf8').includes(EXTENSION_ID);
        } catch {
          return false;
        }
      });
  } catch {
    return [];
  }
}
