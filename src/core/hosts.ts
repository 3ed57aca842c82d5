import type { ServiceId } from './contract';

/**
 * The hosts Vigie watches (SPEC "Hosts"), per service. A host belongs to a service when it is one of
 * the registrable domains below or a subdomain of one (`us02web.zoom.us`, `app.zoom.us`,
 * `grenoble-inp.zoom.us`, `ptb.discord.com`…). Nothing else: not `notzoom.us`, not `zoom.us.evil.com`.
 */
export const SERVICE_DOMAINS: Readonly<Record<ServiceId, readonly string[]>> = {
  zoom: ['zoom.us', 'zoom.com', 'zoomgov.com'],
  discord: ['discord.com', 'discordapp.com'],
};

/** Manifest match patterns (content scripts, host permissions) for every watched host. */
export const MATCH_PATTERNS: string[] = Object.values(SERVICE_DOMAINS).flatMap((domains) =>
  domains.flatMap((d) => [`https://${d}/*`, `https://*.${d}/*`]),
);

/** Lower case, no port, no trailing dot, no brackets: the form hosts are compared in. */
export function normalizeHost(host: string): string {
  let h = host.trim().toLowerCase();
  // Accept a full URL or "host:port" by mistake.
  const scheme = h.indexOf('://');
  if (scheme >= 0) h = h.slice(scheme + 3);
  h = h.split(/[/?#]/, 1)[0] ?? '';
  const at = h.lastIndexOf('@');
  if (at >= 0) h = h.slice(at + 1);
  h = h.replace(/:\d*$/, '');
  while (h.endsWith('.')) h = h.slice(0, -1);
  return h;
}

/** True when `host` is `domain` or one of its subdomains (`a.b.domain`), compared label-wise. */
export function isHostOrSubdomain(host: string, domain: string): boolean {
  const h = normalizeHost(host);
  return h === domain || (h.endsWith(`.${domain}`) && h.length > domain.length + 1 && !h.startsWith('.'));
}

/** The service a host belongs to, or null when Vigie does not watch it. */
export function serviceOfHost(host: string): ServiceId | null {
  const h = normalizeHost(host);
  if (!h || !/^[a-z0-9.-]+$/.test(h) || h.includes('..')) return null;
  for (const [service, domains] of Object.entries(SERVICE_DOMAINS) as [ServiceId, readonly string[]][]) {
    if (domains.some((d) => isHostOrSubdomain(h, d))) return service;
  }
  return null;
}
