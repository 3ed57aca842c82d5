/**
 * E-mail domain classification for the `professional-email` rule. Pure; only the domain part of an
 * address is ever handled (never the local part).
 */

/** Personal webmail domains (exact match, or a subdomain of one). */
export const PERSONAL_WEBMAIL_DOMAINS: readonly string[] = [
  // International
  'gmail.com', 'googlemail.com',
  'hotmail.com', 'hotmail.fr', 'outlook.com', 'outlook.fr', 'live.com', 'live.fr', 'msn.com',
  'yahoo.com', 'yahoo.fr', 'ymail.com', 'rocketmail.com',
  'aol.com', 'aol.fr',
  'icloud.com', 'me.com', 'mac.com',
  'gmx.com', 'gmx.fr', 'gmx.de', 'gmx.net',
  'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me',
  'tutanota.com', 'tutanota.de', 'tuta.io', 'tutamail.com',
  'mail.com', 'zoho.com', 'fastmail.com', 'hey.com', 'yandex.com', 'yandex.ru', 'mail.ru',
  'qq.com', '163.com', 'web.de',
  // French access providers and webmails
  'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'neuf.fr', 'cegetel.net', 'club-internet.fr',
  'numericable.fr', 'numericable.com', 'noos.fr', 'aliceadsl.fr', 'alice.fr', 'libertysurf.fr',
  'bbox.fr', 'laposte.net', 'voila.fr', 'tiscali.fr', 'nordnet.fr', 'netcourrier.com', 'mailo.com',
  'aliceadsl.com', 'dbmail.com', '9online.fr', 'ifrance.com',
];

/**
 * Providers whose personal mailboxes exist under many country domains (`outlook.be`, `yahoo.co.uk`,
 * `yandex.kz`…): `<family>.<tld>` or `<family>.<sld>.<tld>`.
 */
export const PERSONAL_WEBMAIL_FAMILIES: readonly string[] = [
  'gmail', 'googlemail', 'hotmail', 'outlook', 'live', 'yahoo', 'ymail', 'aol', 'gmx', 'yandex', 'protonmail',
];

const EXACT = new Set(PERSONAL_WEBMAIL_DOMAINS);
const FAMILY = new RegExp(`^(?:${PERSONAL_WEBMAIL_FAMILIES.join('|')})\\.(?:[a-z]{2,3}\\.)?[a-z]{2,}$`);

export type EmailDomainClass = 'personal' | 'outside-institution' | 'ok';

/** Lower-case, trimmed, without a leading `@`/local part or a trailing dot. */
export function normalizeDomain(domain: string): string {
  let d = domain.trim().toLowerCase();
  const at = d.lastIndexOf('@');
  if (at >= 0) d = d.slice(at + 1);
  return d.replace(/\.+$/, '');
}

export function isPersonalWebmail(domain: string): boolean {
  const d = normalizeDomain(domain);
  if (d === '') return false;
  if (FAMILY.test(d)) return true;
  const labels = d.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    if (EXACT.has(labels.slice(i).join('.'))) return true;
  }
  return false;
}

/** `domain` equals one of `institutionDomains` or is a subdomain of one. */
export function isInstitutionDomain(domain: string, institutionDomains: readonly string[]): boolean {
  const d = normalizeDomain(domain);
  return institutionDomains.some((raw) => {
    const inst = normalizeDomain(raw);
    return inst !== '' && (d === inst || d.endsWith(`.${inst}`));
  });
}

/**
 * - `personal`: a personal webmail (gmail.com, orange.fr, laposte.net…);
 * - `outside-institution`: the institution lists its domains and this is none of them (nor a subdomain);
 * - `ok` otherwise (including an empty domain).
 */
export function classifyEmailDomain(domain: string, institutionDomains: readonly string[] = []): EmailDomainClass {
  const d = normalizeDomain(domain);
  if (d === '') return 'ok';
  if (institutionDomains.length > 0 && isInstitutionDomain(d, institutionDomains)) return 'ok';
  if (isPersonalWebmail(d)) return 'personal';
  if (institutionDomains.length > 0) return 'outside-institution';
  return 'ok';
}
