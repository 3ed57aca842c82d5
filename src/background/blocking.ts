import type { EffectiveConfig } from '../policies';

/** Block enforcement (declarativeNetRequest) is wired in the IT-deployment work; nothing to block yet. */
export async function syncBlockRules(_config: EffectiveConfig): Promise<void> {}
