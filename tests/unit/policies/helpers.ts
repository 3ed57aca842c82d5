import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALTERNATIVES, PROFILES, RULES, type Source } from '../../../src/policies';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Where the five source documents are: `$VIGIE_SEEDS_DIR` when set, else `../shared/seeds` beside the clone
 * (this project's CI layout). `undefined` when they are not there — a lone clone has no seeds, and the quote
 * check is then reported as skipped, never as passed. A `VIGIE_SEEDS_DIR` that does not exist is an error:
 * whoever set it expects the check to run.
 */
export function seedsDir(): string | undefined {
  const fromEnv = process.env.VIGIE_SEEDS_DIR;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`VIGIE_SEEDS_DIR=${fromEnv} does not exist: point it at the folder holding the five seed .txt files`);
    return fromEnv;
  }
  return [path.resolve(here, '../../../..', 'shared', 'seeds')].find((p) => existsSync(p));
}

/** Why the seed checks are skipped (shown in the test names and printed once). */
export const SEEDS_MISSING_REASON =
  'skipped: the source documents are not beside this clone (../shared/seeds); set VIGIE_SEEDS_DIR to run the quote check';

/**
 * Compare texts as a reader would: accents, case, apostrophes, quotes and whitespace do not matter, and the
 * OCR slips of seeds 001/004 (`I’` and `|a` for `l’`/`la`) read as what they stand for.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\|/g, 'l')
    .replace(/[’‘'`´]/g, ' ')
    .replace(/[«»“”"„]/g, ' ')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .replace(/(^| )i(?= )/g, '$1l')
    .trim();
}

export interface LabelledSource {
  where: string;
  source: Source;
}

/** Every `source` in the bundled data (rules, alternatives, profiles with their stances). */
export function bundledSources(): LabelledSource[] {
  const out: LabelledSource[] = [];
  for (const rule of Object.values(RULES)) out.push({ where: `RULES.${rule.id}`, source: rule.source });
  for (const alt of Object.values(ALTERNATIVES)) out.push({ where: `ALTERNATIVES.${alt.id}`, source: alt.source });
  for (const profile of Object.values(PROFILES)) {
    profile.source.forEach((source, i) => out.push({ where: `${profile.id}.source[${i}]`, source }));
    profile.alternatives.forEach((alt) => out.push({ where: `${profile.id}.alternatives.${alt.id}`, source: alt.source }));
    for (const [id, m] of Object.entries(profile.modalities)) out.push({ where: `${profile.id}.modalities.${id}`, source: m.source });
    for (const [c, m] of Object.entries(profile.categories)) out.push({ where: `${profile.id}.categories.${c}`, source: m.source });
    for (const [id, o] of Object.entries(profile.ruleOverrides ?? {})) {
      if (o.source) out.push({ where: `${profile.id}.ruleOverrides.${id}`, source: o.source });
    }
    for (const [service, stance] of Object.entries(profile.stances)) {
      const base = `${profile.id}.stances.${service}`;
      if (stance.source) out.push({ where: `${base}.source`, source: stance.source });
      stance.reasons.forEach((r, i) => out.push({ where: `${base}.reasons[${i}]`, source: r.source }));
      (stance.conditions ?? []).forEach((r, i) => out.push({ where: `${base}.conditions[${i}]`, source: r.source }));
      (stance.tips ?? []).forEach((r, i) => out.push({ where: `${base}.tips[${i}]`, source: r.source }));
    }
  }
  return out;
}
