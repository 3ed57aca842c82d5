import type { ContextId, ServiceId } from './contract';
import { serviceOfHost } from './hosts';

/**
 * URL → page context (SPEC "Page contexts"), in the style of github-url-detection: one detector per
 * context, each next to example URLs that double as tests (tests/unit/page/context.test.ts checks that
 * every example is detected as its own context and matched by no other detector).
 *
 * The detectors of one service are mutually exclusive; `portal` (Zoom) and `discord` (Discord) are the
 * fallbacks of their service: their test is "a page of the service that no other detector claims".
 *
 * Decisions (documented here because they are part of what a test observes):
 * - `/s/<id>` (host "start meeting" launch page) is `join`: it is the same launch page as `/j/<id>`
 *   ("Launch Meeting", "Join from your browser"); the in-browser client itself is `webclient`.
 * - `/w/<id>` (webinar launch page), `/my/<name>` (personal link), `/join`, `/meeting/register/…` and
 *   `/webinar/register/…` (registration before joining) are `join`.
 * - every `/wc/…` page (web client: `/wc/<id>/join`, `/wc/join/<id>`, `/wc/<id>/start`, `app.zoom.us/wc/…`)
 *   is `webclient`, as the SPEC lists `app.zoom.us/wc/...` among the joining pages.
 * - `/profile/setting` and the admin `/account/setting` (and `/group/setting…`) are `meeting-settings`
 *   unless the tab (`?tab=recording`, or a `#/recording` / `#recording` hash) is the recording tab.
 * - `/rec/share/…` and `/rec/play/…` (viewing a shared cloud recording) are `recordings`.
 * - Discord: `/register` is `discord-signup`; `/login` is `discord` (an existing account: no sign-up,
 *   no minor-consent reminder about creating one); the app (`/app`, `/channels/…`, `/store`, `/library`,
 *   `/discovery`, `/guild-discovery`, `/activities`, `/shop`, `/quest-home`) is `discord-app`;
 *   everything else (home page, `/login`, `/invite/<code>`, …) is `discord`.
 * - A leading locale segment (`/fr/signup`, `/fr-fr/…`, `zoom.com/fr/…`) is ignored; trailing slashes,
 *   upper case, `.html` suffixes, query strings and hashes do not change the context.
 */
export interface ContextDetector {
  id: ContextId;
  service: ServiceId;
  /** True when `url` is a page of this context (host checked too). */
  test(url: URL): boolean;
}

/** What detectors look at: the path normalised, the query keys lower-cased, the hash. */
interface UrlParts {
  service: ServiceId | null;
  /** Lower case, locale prefix and trailing slashes removed, no `.html`, always starts with `/`. */
  path: string;
  query: URLSearchParams;
  /** Lower case, without `#`. */
  hash: string;
}

const LOCALES = new Set([
  'en', 'fr', 'de', 'es', 'it', 'pt', 'ja', 'jp', 'ko', 'kr', 'zh', 'nl', 'pl', 'ru', 'sv', 'tr', 'vi', 'cn', 'tw',
]);
const LOCALE_WITH_REGION = /^([a-z]{2})[-_]([a-z]{2}|hans|hant)$/;

function isLocaleSegment(segment: string): boolean {
  if (LOCALES.has(segment)) return true;
  const m = LOCALE_WITH_REGION.exec(segment);
  return !!m && LOCALES.has(m[1] ?? '');
}

/** Every detector reads the same URL: its parts are worked out once (again if the URL object changed). */
const partsCache = new WeakMap<URL, { href: string; parts: UrlParts }>();

function parts(url: URL): UrlParts {
  const cached = partsCache.get(url);
  if (cached && cached.href === url.href) return cached.parts;
  const fresh = parseParts(url);
  partsCache.set(url, { href: url.href, parts: fresh });
  return fresh;
}

function parseParts(url: URL): UrlParts {
  let path = '/';
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  path = path.toLowerCase().replace(/\/{2,}/g, '/').replace(/\.html?$/, '');
  const segments = path.split('/').filter(Boolean);
  if (segments.length && isLocaleSegment(segments[0] ?? '')) segments.shift();
  const query = new URLSearchParams();
  url.searchParams.forEach((v, k) => query.append(k.toLowerCase(), v.toLowerCase()));
  return {
    service: serviceOfHost(url.hostname),
    path: `/${segments.join('/')}`,
    query,
    hash: url.hash.replace(/^#/, '').toLowerCase(),
  };
}

function zoomPath(re: RegExp): (url: URL) => boolean {
  return (url) => {
    const p = parts(url);
    return p.service === 'zoom' && re.test(p.path);
  };
}

function discordPath(re: RegExp): (url: URL) => boolean {
  return (url) => {
    const p = parts(url);
    return p.service === 'discord' && re.test(p.path);
  };
}

/** `/profile/setting`, the admin `/account/setting`, group settings; group 1 is what follows `setting(s)`. */
const SETTINGS_PATH = /^\/(?:profile|account|(?:account\/)?group(?:\/[^/]+)?)\/settings?(\/.*)?$/;
const RECORDING_TAB = /^recordings?(?:[-_]?and[-_]?transcripts?)?$/;

function isRecordingTab(p: UrlParts): boolean {
  const tab = p.query.get('tab');
  if (tab !== null) return RECORDING_TAB.test(tab);
  const rest = (SETTINGS_PATH.exec(p.path)?.[1] ?? '').split('/').filter(Boolean)[0] ?? '';
  if (rest) return RECORDING_TAB.test(rest);
  const hash = p.hash.replace(/^[/!]+/, '').split(/[/?&]/, 1)[0] ?? '';
  return RECORDING_TAB.test(hash);
}

function settingsTest(recording: boolean): (url: URL) => boolean {
  return (url) => {
    const p = parts(url);
    return p.service === 'zoom' && SETTINGS_PATH.test(p.path) && isRecordingTab(p) === recording;
  };
}

/** Meeting (or webinar) ids and personal-link names in paths. */
const ID = '[^/]+';

/*
 * One detector per context, each followed by its example URLs (`…Examples`, gathered in `CONTEXT_EXAMPLES`).
 * The detectors do not reference them, so the content script's bundle leaves them out.
 */

const signup: ContextDetector = {
  id: 'signup',
  service: 'zoom',
  test: zoomPath(/^\/(free)?signup(\/.*)?$|^\/(web\/)?(activate|signup_?confirm)(\/.*)?$/),
};
export const signupExamples = [
  'https://zoom.us/signup',
  'https://zoom.us/freesignup/',
  'https://ZOOM.US/SignUp?lang=fr',
  'https://zoom.us/signup#/signup',
  'https://www.zoom.com/fr/signup',
  'https://zoom.us/fr-fr/freesignup.html',
  'https://zoomgov.com/signup',
];

const signin: ContextDetector = {
  id: 'signin',
  service: 'zoom',
  test: zoomPath(/^\/(signin|login|sign_in|google_oauth_signin|facebook_oauth_signin|apple_oauth_signin)(\/.*)?$|^\/(web\/)?sso(\/.*)?$|^\/saml\/login(\/.*)?$/),
};
export const signinExamples = [
  'https://zoom.us/signin',
  'https://zoom.us/signin#/login',
  'https://zoom.us/signin/',
  'https://us02web.zoom.us/signin?_x_zm_rtaid=abc#/login',
  'https://grenoble-inp.zoom.us/web/sso/login?en=signin',
  'https://zoom.us/login',
  'https://zoom.com/fr/signin',
  'https://zoom.us/saml/login?from=web',
];

const webclient: ContextDetector = {
  id: 'webclient',
  service: 'zoom',
  test: zoomPath(/^\/wc(\/.*)?$/),
};
export const webclientExamples = [
  'https://zoom.us/wc/join/81234567890',
  'https://zoom.us/wc/81234567890/join?pwd=abc',
  'https://app.zoom.us/wc/81234567890/join?fromPWA=1&pwd=x',
  'https://us05web.zoom.us/wc/81234567890/start',
  'https://app.zoom.us/wc/home',
  'https://zoom.us/wc/join',
  'https://grenoble-inp.zoom.us/WC/81234567890/JOIN/',
];

const join: ContextDetector = {
  id: 'join',
  service: 'zoom',
  test: zoomPath(new RegExp(`^/(j|s|w|my)/${ID}(/.*)?$|^/join(/.*)?$|^/(meeting|webinar)/register(/.*)?$|^/(start|launch)/(webmeeting|videomeeting|sharemeeting)$`)),
};
export const joinExamples = [
  'https://zoom.us/j/81234567890?pwd=abcdef',
  'https://us02web.zoom.us/j/81234567890#success',
  'https://grenoble-inp.zoom.us/j/81234567890',
  'https://zoom.us/s/81234567890?zak=x',
  'https://zoom.us/w/91234567890?tk=x',
  'https://zoom.us/my/jeanne.dupont',
  'https://zoom.us/join',
  'https://zoom.us/JOIN/',
  'https://zoom.us/meeting/register/tJ0sc-2rqzMiGNA',
  'https://zoom.us/start/videomeeting',
];

const schedule: ContextDetector = {
  id: 'schedule',
  service: 'zoom',
  test: zoomPath(new RegExp(`^(/user/${ID})?/(meeting|webinar)/(schedule(/.*)?|${ID}/edit(/.*)?|${ID}/copy)$`)),
};
export const scheduleExamples = [
  'https://zoom.us/meeting/schedule',
  'https://zoom.us/meeting/schedule/',
  'https://us02web.zoom.us/meeting/schedule?from=meeting_list',
  'https://zoom.us/meeting/81234567890/edit',
  'https://zoom.us/meeting/1234567890/edit#/pmi',
  'https://zoom.us/webinar/schedule',
  'https://zoom.us/webinar/91234567890/edit',
  'https://grenoble-inp.zoom.us/Meeting/Schedule',
];

const meetings: ContextDetector = {
  id: 'meetings',
  service: 'zoom',
  test: zoomPath(new RegExp(`^(/user/${ID})?/(meetings?|webinars?)(/(?!schedule|register)${ID})?(/pmi)?$|^/pmi(/.*)?$`)),
};
export const meetingsExamples = [
  'https://zoom.us/meeting',
  'https://zoom.us/meeting#/upcoming',
  'https://zoom.us/meeting#/pmi/1234567890',
  'https://us02web.zoom.us/meeting/81234567890',
  'https://zoom.us/meeting/upcoming',
  'https://zoom.us/meeting/previous',
  'https://zoom.us/webinar/list',
  'https://zoom.us/meeting/1234567890/pmi',
];

const recordingSettings: ContextDetector = {
  id: 'recording-settings',
  service: 'zoom',
  test: settingsTest(true),
};
export const recordingSettingsExamples = [
  'https://zoom.us/profile/setting?tab=recording',
  'https://zoom.us/profile/setting?TAB=Recording',
  'https://zoom.us/profile/setting#/recording',
  'https://zoom.us/account/setting?tab=recording',
  'https://grenoble-inp.zoom.us/profile/setting/?tab=recording#cloudRecording',
];

const meetingSettings: ContextDetector = {
  id: 'meeting-settings',
  service: 'zoom',
  test: settingsTest(false),
};
export const meetingSettingsExamples = [
  'https://zoom.us/profile/setting',
  'https://zoom.us/profile/setting?tab=meeting',
  'https://zoom.us/profile/setting/',
  'https://zoom.us/profile/setting?tab=telephony',
  'https://zoom.us/account/setting',
  'https://zoom.us/profile/setting#/meeting',
];

const recordings: ContextDetector = {
  id: 'recordings',
  service: 'zoom',
  test: zoomPath(/^\/(user\/[^/]+\/)?(recording|recordings)(\/.*)?$|^\/rec\/(share|play|component-page)(\/.*)?$/),
};
export const recordingsExamples = [
  'https://zoom.us/recording',
  'https://zoom.us/recording/management',
  'https://zoom.us/recording/detail?meeting_id=abc%3D%3D',
  'https://zoom.us/recording/management#/cloud',
  'https://zoom.us/rec/share/AbCdEf',
  'https://zoom.us/rec/play/AbCdEf',
];

const download: ContextDetector = {
  id: 'download',
  service: 'zoom',
  test: zoomPath(/^\/(support\/)?(download|downloads|download-center|downloadcenter)(\/.*)?$|^\/client\/latest(\/.*)?$/),
};
export const downloadExamples = [
  'https://zoom.us/download',
  'https://zoom.us/download?os=win',
  'https://zoom.us/support/download',
  'https://www.zoom.com/fr/download',
  'https://zoom.us/download#client_4meeting',
];

const portal: ContextDetector = {
  id: 'portal',
  service: 'zoom',
  test: (url) => parts(url).service === 'zoom' && !claimedByOther(url, 'zoom', 'portal'),
};
export const portalExamples = [
  'https://zoom.us/',
  'https://zoom.us/profile',
  'https://zoom.us/pricing',
  'https://www.zoom.com/fr/products/collaboration-tools/',
  'https://grenoble-inp.zoom.us/',
  'https://zoom.us/myhome',
  'https://zoom.us/profile/privacy',
  'https://zoom.us/user/meeting/summary',
];

const discordSignup: ContextDetector = {
  id: 'discord-signup',
  service: 'discord',
  test: discordPath(/^\/register(\/.*)?$/),
};
export const discordSignupExamples = ['https://discord.com/register', 'https://discord.com/register?redirect_to=%2Fchannels%2F%40me', 'https://discordapp.com/register/', 'https://canary.discord.com/register'];

const discordApp: ContextDetector = {
  id: 'discord-app',
  service: 'discord',
  test: discordPath(/^\/(app|channels|store|library|discovery|guild-discovery|activities|activity|shop|quest-home|message-requests|family-center)(\/.*)?$/),
};
export const discordAppExamples = [
  'https://discord.com/app',
  'https://discord.com/channels/@me',
  'https://discord.com/channels/123456789012345678/234567890123456789',
  'https://ptb.discord.com/channels/@me/345678901234567890',
  'https://discordapp.com/channels/@me',
  'https://discord.com/store',
];

const discord: ContextDetector = {
  id: 'discord',
  service: 'discord',
  test: (url) => parts(url).service === 'discord' && !claimedByOther(url, 'discord', 'discord'),
};
export const discordExamples = ['https://discord.com/', 'https://discord.com/login', 'https://discord.com/invite/abcdef', 'https://discord.com/fr/safety', 'https://support.discord.com/hc/fr'];

/** The detectors, most specific first. The first one whose test passes gives the context. */
export const DETECTORS: readonly ContextDetector[] = [
  signup,
  signin,
  webclient,
  join,
  schedule,
  meetings,
  recordingSettings,
  meetingSettings,
  recordings,
  download,
  portal,
  discordSignup,
  discordApp,
  discord,
];

/** Example URLs of every context: tests (tests/unit/page/context.test.ts), and documentation. */
export const CONTEXT_EXAMPLES: Readonly<Record<ContextId, readonly string[]>> = {
  signup: signupExamples,
  signin: signinExamples,
  webclient: webclientExamples,
  join: joinExamples,
  schedule: scheduleExamples,
  meetings: meetingsExamples,
  'recording-settings': recordingSettingsExamples,
  'meeting-settings': meetingSettingsExamples,
  recordings: recordingsExamples,
  download: downloadExamples,
  portal: portalExamples,
  'discord-signup': discordSignupExamples,
  'discord-app': discordAppExamples,
  discord: discordExamples,
};

function claimedByOther(url: URL, service: ServiceId, self: ContextId): boolean {
  return DETECTORS.some((d) => d.service === service && d.id !== self && d.test(url));
}

/** Parses a string into a URL, accepting a missing scheme (`zoom.us/signup`). */
export function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  const s = String(url ?? '').trim();
  if (!s) return null;
  try {
    return new URL(s);
  } catch {
    try {
      return new URL(`https://${s.replace(/^\/+/, '')}`);
    } catch {
      return null;
    }
  }
}

/** The context of a page, or null when its host is not a watched service (or the URL is not one). */
export function detectContext(url: string | URL): ContextId | null {
  const u = toUrl(url);
  if (!u || !serviceOfHost(u.hostname)) return null;
  for (const d of DETECTORS) {
    if (d.id === 'portal' || d.id === 'discord') continue;
    if (d.test(u)) return d.id;
  }
  return serviceOfHost(u.hostname) === 'discord' ? 'discord' : 'portal';
}

/**
 * The URL itself names the Personal Meeting ID page of the meetings list (`/meeting#/pmi/<n>`,
 * `/meeting/<n>/pmi`, `/pmi/<n>`): the page shows the PMI even before its text is rendered.
 */
export function isPmiPage(url: string | URL): boolean {
  const u = toUrl(url);
  if (!u || serviceOfHost(u.hostname) !== 'zoom' || detectContext(u) !== 'meetings') return false;
  return /(^|\/)pmi(\/|$)/i.test(u.pathname) || /^#?\/?pmi(\/|$)/i.test(u.hash);
}
