/**
 * The demo's two HTML pages, built as strings in Node (never inside a Zoom/Discord page): the start page
 * served at https://demo.vigie.test/vigie-demo and the gallery demo-output/index.html. Every piece of
 * text goes through `escapeHtml` (pure, unit-tested).
 */
import type { DemoScenario } from './scenarios';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** Only http(s) and relative file names may become an href/src; anything else becomes "#". */
export function safeUrl(value: string): string {
  if (/^https?:\/\//i.test(value) || /^[\w.-]+$/.test(value)) return escapeHtml(value);
  return '#';
}

export interface RunInfo {
  profile: string;
  /** The profile's institution name, e.g. "Académie d'Aix-Marseille". */
  institution: string;
  enforcement: string;
  /** How the profile reached Vigie: managed policy, user option, or bundled default. */
  via: string;
  lang: 'fr' | 'en';
}

const STYLE = `
:root{color-scheme:light}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1d1d2c;background:#f6f7fb}
header{background:#1f3a93;color:#fff;padding:24px 32px}header h1{margin:0 0 4px;font-size:26px}header p{margin:0;opacity:.9}
main{max-width:1100px;margin:0 auto;padding:24px 32px 48px}
h2{margin:32px 0 12px;font-size:20px}.en{color:#5b5f73;font-size:13px;font-style:italic;display:block}
.meta{background:#fff;border:1px solid #dde1ee;border-radius:10px;padding:12px 16px;margin:16px 0}
code{background:#eef0f7;border-radius:4px;padding:1px 5px;font-size:13px}
ol.scenarios{list-style:none;padding:0;margin:0;display:grid;gap:12px}
ol.scenarios li{background:#fff;border:1px solid #dde1ee;border-radius:10px;padding:14px 18px}
ol.scenarios a{font-weight:600;font-size:16px;color:#1f3a93}.url{color:#5b5f73;font-size:12px;word-break:break-all}
.card{background:#fff;border:1px solid #dde1ee;border-radius:12px;margin:24px 0;overflow:hidden}
.card .text{padding:16px 20px}.card h2{margin:0 0 6px}.card img{display:block;width:100%;border-top:1px solid #dde1ee}
.status{display:inline-block;border-radius:999px;padding:1px 10px;font-size:12px;font-weight:600;margin-left:8px;vertical-align:middle}
.status.ok{background:#dff3e4;color:#14632c}.status.blocked{background:#fde9d9;color:#8a3b00}.status.failed{background:#fbe0e0;color:#9b1c1c}
.error{background:#fbe0e0;border-radius:8px;padding:8px 12px;white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:13px}
ul.rules{margin:6px 0;padding-left:20px}.muted{color:#5b5f73}
`;

function bilingual(fr: string, en: string, lang: 'fr' | 'en'): string {
  return lang === 'en'
    ? `${escapeHtml(en)}<span class="en" lang="fr">${escapeHtml(fr)}</span>`
    : `${escapeHtml(fr)}<span class="en" lang="en">${escapeHtml(en)}</span>`;
}

function runLine(info: RunInfo): string {
  return (
    `Profil <code>${escapeHtml(info.profile)}</code> (${escapeHtml(info.institution)}), ` +
    `application <code>${escapeHtml(info.enforcement)}</code> — ${escapeHtml(info.via)}`
  );
}

export function renderStartPage(scenarios: readonly DemoScenario[], info: RunInfo): string {
  const groups: Array<[string, DemoScenario[]]> = [
    ['Zoom', scenarios.filter((s) => s.service === 'zoom')],
    ['Discord', scenarios.filter((s) => s.service === 'discord')],
  ];
  const sections = groups
    .filter(([, list]) => list.length)
    .map(
      ([name, list]) => `<h2>${escapeHtml(name)}</h2>
<ol class="scenarios">
${list
  .map(
    (s) => `<li data-scenario="${escapeHtml(s.id)}"><a href="${safeUrl(s.url)}">${bilingual(s.title.fr, s.title.en, info.lang)}</a>
<p>${bilingual(s.hint.fr, s.hint.en, info.lang)}</p>
<div class="url">${escapeHtml(s.url)}</div></li>`,
  )
  .join('\n')}
</ol>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${info.lang}">
<head><meta charset="utf-8"><title>Démo Vigie</title><style>${STYLE}</style></head>
<body>
<header><h1>Démo Vigie</h1><p>${bilingual(
    'Des répliques locales de Zoom et Discord : aucun compte, aucun réseau. Ouvrez un scénario et faites ce qui est proposé.',
    'Local replicas of Zoom and Discord: no account, no network. Open a scenario and do what it suggests.',
    info.lang,
  )}</p></header>
<main>
<div class="meta">${runLine(info)}<br><span class="muted">${bilingual(
    'Les adresses sont les vraies (zoom.us, discord.com) mais le navigateur les envoie vers un serveur local. Vigie ne s’active que sur les pages de Zoom et Discord. Fermez la fenêtre pour arrêter la démo.',
    'The addresses are the real ones (zoom.us, discord.com) but the browser sends them to a local server. Vigie only runs on Zoom and Discord pages. Close the window to stop the demo.',
    info.lang,
  )}</span></div>
${sections}
</main>
</body>
</html>
`;
}

export interface ShownRule {
  rule: string;
  text: string;
}

export interface ScenarioResult {
  scenario: DemoScenario;
  /** `ok`: every expected warning appeared; `blocked`: the interstitial replaced the page (block mode). */
  status: 'ok' | 'blocked' | 'failed';
  /** Screenshot file name, relative to the gallery. */
  screenshot?: string;
  /** The steps actually done (French, English). */
  done: Array<{ fr: string; en: string }>;
  context: string | null;
  rules: string[];
  sensitive: string[];
  shown: ShownRule[];
  confirm: boolean;
  /** Alternatives listed on the interstitial. */
  alternatives?: string[];
  error?: string;
}

function resultCard(result: ResultLike, lang: 'fr' | 'en'): string {
  const s = result.scenario;
  const label = { ok: 'OK', blocked: lang === 'en' ? 'blocked' : 'bloqué', failed: lang === 'en' ? 'FAILED' : 'ÉCHEC' }[result.status];
  const done = result.done.length
    ? `<ol>${result.done.map((d) => `<li>${bilingual(d.fr, d.en, lang)}</li>`).join('')}</ol>`
    : `<p class="muted">${lang === 'en' ? 'Page opened, nothing typed.' : 'Page ouverte, rien saisi.'}</p>`;
  const rules = result.shown.length
    ? `<ul class="rules">${result.shown.map((r) => `<li><code>${escapeHtml(r.rule)}</code> ${escapeHtml(r.text)}</li>`).join('')}</ul>`
    : result.rules.length
      ? `<p>${result.rules.map((r) => `<code>${escapeHtml(r)}</code>`).join(' ')}</p>`
      : `<p class="muted">—</p>`;
  const blocked = result.status === 'blocked'
    ? `<p>${lang === 'en' ? 'Block interstitial; alternatives:' : 'Page de blocage ; solutions proposées :'} ${(result.alternatives ?? []).map((a) => `<code>${escapeHtml(a)}</code>`).join(' ')}</p>`
    : '';
  return `<section class="card" id="${escapeHtml(s.id)}">
<div class="text">
<h2>${escapeHtml(lang === 'en' ? s.title.en : s.title.fr)}<span class="status ${result.status}">${label}</span></h2>
<div class="url">${escapeHtml(s.url)} — ${lang === 'en' ? 'context' : 'contexte'} <code>${escapeHtml(result.context ?? '—')}</code></div>
<h3>${lang === 'en' ? 'What was done' : 'Ce qui a été fait'}</h3>
${done}
<h3>${lang === 'en' ? 'What Vigie showed' : 'Ce que Vigie a montré'}</h3>
${blocked}${rules}
${result.sensitive.length ? `<p>data-vigie-sensitive : ${result.sensitive.map((c) => `<code>${escapeHtml(c)}</code>`).join(' ')}</p>` : ''}
${result.confirm ? `<p>${lang === 'en' ? 'Confirmation dialog shown' : 'Boîte de confirmation affichée'} (<code>[data-vigie-confirm]</code>).</p>` : ''}
${result.error ? `<div class="error">${escapeHtml(result.error)}</div>` : ''}
</div>
${result.screenshot ? `<a href="${safeUrl(result.screenshot)}"><img src="${safeUrl(result.screenshot)}" alt="${escapeHtml(`${s.title.fr} — capture`)}" loading="lazy"></a>` : ''}
</section>`;
}

type ResultLike = Pick<ScenarioResult, 'scenario' | 'status' | 'screenshot' | 'done' | 'context' | 'rules' | 'sensitive' | 'shown' | 'confirm' | 'alternatives' | 'error'>;

export function renderGallery(results: readonly ResultLike[], info: RunInfo & { date: string }): string {
  const failed = results.filter((r) => r.status === 'failed').length;
  const summary =
    info.lang === 'en'
      ? `${results.length} scenarios, ${failed} failed.`
      : `${results.length} scénarios, ${failed} en échec.`;
  return `<!doctype html>
<html lang="${info.lang}">
<head><meta charset="utf-8"><title>Vigie — galerie de la démo</title><style>${STYLE}</style></head>
<body>
<header><h1>Vigie — ${info.lang === 'en' ? 'demo gallery' : 'galerie de la démo'}</h1><p>${escapeHtml(summary)} ${escapeHtml(info.date)}</p></header>
<main>
<div class="meta">${runLine(info)}</div>
${results.map((r) => resultCard(r, info.lang)).join('\n')}
</main>
</body>
</html>
`;
}
