import type { Source } from './types';

/** The seed documents of ../shared/seeds (see its README). */
export const SEED_EHESP = '000_c7977897f072341b.txt';
export const SEED_ACADEMIE_ZOOM = '001_4a037f569d7611b6.txt';
export const SEED_GRENOBLE_INP = '002_3b03388ca51fc11d.txt';
export const SEED_ZOOM_K12 = '003_f1dfa8a1db7fca58.txt';
export const SEED_ACADEMIE_TOOLS = '004_71d5f751cf4c21f4.txt';

export const SEED_FILES = [SEED_EHESP, SEED_ACADEMIE_ZOOM, SEED_GRENOBLE_INP, SEED_ZOOM_K12, SEED_ACADEMIE_TOOLS] as const;

/** `seed` of items an administrator provided through the managed policy (not bundled data). */
export const POLICY_SOURCE_SEED = 'policy';
export const MANAGED_POLICY_SOURCE: Source = { seed: POLICY_SOURCE_SEED, passage: 'managed policy' };

export function src(seed: string, passage: string): Source {
  return { seed, passage };
}
