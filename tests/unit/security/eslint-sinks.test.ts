import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

/**
 * The lint rules that keep markup strings and code strings out of Vigie (eslint.config.js) are run on
 * small bad snippets through ESLint's Node API: each must be reported, so a rule that stops matching
 * (a refactored selector, a dropped rule) fails here instead of rotting silently.
 */
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}/${file}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const SINK = 'no-restricted-syntax';

const BAD: Array<[string, string, string[]]> = [
  // [what, code, rule ids (any of them reported is enough)]
  ['innerHTML =', 'declare const el: Element, x: string; el.innerHTML = x;', [SINK]],
  ['innerHTML +=', 'declare const el: Element, x: string; el.innerHTML += x;', [SINK]],
  ["el['innerHTML'] =", "declare const el: Element, x: string; el['innerHTML'] = x;", [SINK]],
  ['outerHTML =', 'declare const el: Element, x: string; el.outerHTML = x;', [SINK]],
  ['srcdoc =', 'declare const f: HTMLIFrameElement, x: string; f.srcdoc = x;', [SINK]],
  ['Object.assign innerHTML', 'declare const el: Element, x: string; Object.assign(el, { innerHTML: x });', [SINK]],
  ['insertAdjacentHTML', "declare const el: Element, x: string; el.insertAdjacentHTML('beforeend', x);", [SINK]],
  ["el['insertAdjacentHTML']", "declare const el: Element, x: string; el['insertAdjacentHTML']('beforeend', x);", [SINK]],
  ['createContextualFragment', 'declare const r: Range, x: string; r.createContextualFragment(x);', [SINK]],
  ['setHTMLUnsafe', 'declare const el: Element & { setHTMLUnsafe(h: string): void }, x: string; el.setHTMLUnsafe(x);', [SINK]],
  ['document.write', 'declare const x: string; document.write(x);', [SINK]],
  ['document.writeln', 'declare const x: string; document.writeln(x);', [SINK]],
  ['window.document.write', 'declare const x: string; window.document.write(x);', [SINK]],
  ['ownerDocument.write', 'declare const el: Element, x: string; el.ownerDocument.write(x);', [SINK]],
  ['eval', 'declare const x: string; eval(x);', ['no-eval']],
  ['window.eval', 'declare const x: string; window.eval(x);', ['no-eval']],
  ['indirect eval', 'declare const x: string; (0, eval)(x);', ['no-eval']],
  ['new Function', "new Function('return 1');", ['no-new-func', SINK]],
  ['Function()', "Function('return 1')();", ['no-new-func']],
  ['new window.Function', "new window.Function('return 1');", [SINK]],
  ['setTimeout(string)', "setTimeout('alert(1)', 10);", [SINK, 'no-implied-eval']],
  ['setInterval(template)', 'declare const x: string; setInterval(`run(${x})`, 10);', [SINK, 'no-implied-eval']],
  ['setTimeout(concatenation)', "declare const x: string; setTimeout('run(' + x + ')', 10);", [SINK, 'no-implied-eval']],
  ['window.setTimeout(string)', "window.setTimeout('alert(1)', 10);", [SINK, 'no-implied-eval']],
  ['javascript: URL', "location.href = 'javascript:alert(1)';", ['no-script-url']],
  ['fetch', "void fetch('https://example.org/collect');", ['no-restricted-globals']],
  ['window.fetch', "void window.fetch('https://example.org/collect');", ['no-restricted-properties']],
  ['XMLHttpRequest', 'new XMLHttpRequest();', ['no-restricted-globals']],
  ['WebSocket', "new WebSocket('wss://example.org');", ['no-restricted-globals']],
  ['sendBeacon', "navigator.sendBeacon('https://example.org', 'x');", ['no-restricted-properties']],
];

const BAD_TSX: Array<[string, string]> = [
  ['dangerouslySetInnerHTML', 'declare const x: string; export const A = () => <div dangerouslySetInnerHTML={{ __html: x }} />;'],
  ['innerHTML prop', 'declare const x: string; export const A = () => <div innerHTML={x} />;'],
  ['srcdoc prop', 'declare const x: string; export const A = () => <iframe srcdoc={x} />;'],
];

describe('lint rules forbid HTML and code sinks in the extension', () => {
  for (const [what, code, rules] of BAD) {
    it(`reports ${what}`, async () => {
      const found = await ruleIds(code, 'src/content/__lint_probe__.ts');
      expect(found.filter((id) => id.startsWith('fatal'))).toEqual([]);
      expect(found.some((id) => rules.includes(id)), `${what}: reported ${JSON.stringify(found)}`).toBe(true);
    });
  }

  for (const [what, code] of BAD_TSX) {
    it(`reports ${what} (JSX)`, async () => {
      const found = await ruleIds(code, 'src/popup/__lint_probe__.tsx');
      expect(found).toContain(SINK);
    });
  }

  it('applies to every part of the extension', async () => {
    for (const file of ['src/background/x.ts', 'src/options/x.tsx', 'src/blocked/x.ts', 'src/core/x.ts', 'src/shared/x.ts']) {
      expect(await ruleIds('declare const el: Element, x: string; el.innerHTML = x; void fetch(x);', file)).toEqual(
        expect.arrayContaining([SINK, 'no-restricted-globals']),
      );
    }
  });

  it('lets safe code through', async () => {
    const code = [
      'declare const el: HTMLElement, x: string, out: { write(s: string): void };',
      'el.textContent = x;',
      'el.setAttribute("title", x);',
      'setTimeout(() => el.focus(), 10);',
      'window.setTimeout(() => undefined, 0);',
      'out.write(x);',
      'const props = { innerText: x, className: "a" };',
      'void props;',
    ].join('\n');
    expect(await ruleIds(code, 'src/content/__lint_probe__.ts')).toEqual([]);
  });
});

describe('the page cannot drive the content script', () => {
  it.each([
    ['a message listener', "window.addEventListener('message', () => undefined);"],
    ['a messageerror listener', "self.addEventListener('messageerror', () => undefined);"],
    ['onmessage', 'window.onmessage = () => undefined;'],
    ['a custom event name', "document.addEventListener('vigie:acknowledge', () => undefined);"],
    ['a namespaced custom event', "window.addEventListener('app:ready', () => undefined);"],
    ['a computed event name', "declare const name: string; window.addEventListener(name, () => undefined);"],
    ['a BroadcastChannel', "void new BroadcastChannel('vigie');"],
  ])('reports %s in src/content', async (_what, code) => {
    expect(await ruleIds(code, 'src/content/__lint_probe__.ts')).toContain(SINK);
  });

  it('keeps the sink rules in src/content too, and lets standard DOM events through', async () => {
    expect(await ruleIds('declare const el: Element, x: string; el.innerHTML = x;', 'src/content/x.ts')).toContain(SINK);
    const ok = "document.addEventListener('input', () => undefined, true); window.addEventListener('click', () => undefined, true);";
    expect(await ruleIds(ok, 'src/content/__lint_probe__.ts')).toEqual([]);
  });
});
