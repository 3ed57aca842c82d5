import { browser } from '@wdio/globals';
import axe from 'axe-core';

/**
 * axe-core in the page under test. The source is evaluated through WebDriver (not a <script> tag), so
 * it runs on extension pages too despite their CSP (script-src 'self').
 */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: unknown; html: string; failureSummary: string }>;
}

export interface AxeRunOptions {
  /** axe context, e.g. `{ include: [['#vigie-root']] }` for Vigie's in-page UI (shadow DOM included). */
  context?: unknown;
  /** Rules to disable (each with a reason in the calling test). */
  disableRules?: string[];
}

async function inject(): Promise<void> {
  const present = await browser.execute(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (present) return;
  await browser.execute(`${axe.source}\n;return true;`);
}

export async function runAxe(options: AxeRunOptions = {}): Promise<AxeViolation[]> {
  await inject();
  const context = options.context ?? { include: [['html']] };
  const rules = Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }]));
  const result = await browser.executeAsync(
    (ctx: unknown, ruleConfig: Record<string, { enabled: boolean }>, done: (value: string) => void) => {
      const w = window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Array<Record<string, unknown>> }> };
      };
      w.axe
        .run(ctx, { resultTypes: ['violations'], rules: ruleConfig })
        .then((r) =>
          done(
            JSON.stringify(
              r.violations.map((v) => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                helpUrl: v.helpUrl,
                nodes: (v.nodes as Array<Record<string, unknown>>).map((n) => ({
                  target: n.target,
                  html: n.html,
                  failureSummary: n.failureSummary,
                })),
              })),
            ),
          ),
        )
        .catch((error: unknown) => done(JSON.stringify({ error: String(error) })));
    },
    context,
    rules,
  );
  const parsed = JSON.parse(result) as AxeViolation[] | { error: string };
  if (!Array.isArray(parsed)) throw new Error(`axe failed: ${parsed.error}`);
  return parsed;
}

/** One readable line per violation and node, for assertion messages. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.html}\n    ${n.failureSummary}`).join('\n')}`)
    .join('\n');
}
