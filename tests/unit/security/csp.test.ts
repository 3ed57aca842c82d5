import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import manifest from '../../../manifest.json' with { type: 'json' };
import { firefoxManifest } from '../../../scripts/package/manifest';

/**
 * The extension pages' Content Security Policy is strict, and the pages give it nothing to relax:
 * scripts only from the package, no eval of any kind, no plugin, no <base>, no framing, no connection
 * to any other origin.
 */
type Manifest = { content_security_policy?: { extension_pages?: string; sandbox?: string }; [key: string]: unknown };

function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

function checkStrict(csp: string | undefined): void {
  expect(csp, 'content_security_policy.extension_pages is set').toBeTruthy();
  const d = directives(csp!);
  expect(d.get('script-src')).toEqual(["'self'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'none'"]);
  expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  // connect-src: nothing beyond the package itself.
  expect(["'self'", "'none'"]).toEqual(expect.arrayContaining(d.get('connect-src') ?? ['missing']));
  for (const [name, values] of d) {
    for (const value of values) {
      expect(value, `${name} ${value}`).not.toMatch(/unsafe-(eval|inline|hashes)|wasm-unsafe-eval|^\*$|^https?:|^data:|^blob:|^filesystem:/i);
    }
  }
  // default-src, when present, allows nothing beyond the package.
  if (d.has('default-src')) for (const value of d.get('default-src')!) expect(["'self'", "'none'"]).toContain(value);
}

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function htmlPages(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlPages(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

describe('extension Content Security Policy', () => {
  it('is strict in the Chrome manifest', () => {
    checkStrict((manifest as Manifest).content_security_policy?.extension_pages);
    expect((manifest as Manifest).content_security_policy?.sandbox).toBeUndefined();
  });

  it('is the same in the Firefox manifest', () => {
    const firefox = firefoxManifest(manifest as Manifest);
    expect(firefox.content_security_policy).toEqual((manifest as Manifest).content_security_policy);
    checkStrict(firefox.content_security_policy?.extension_pages);
  });

  it('has no Manifest V2 string CSP, no sandboxed pages, no externally_connectable', () => {
    const m = manifest as Manifest;
    expect(typeof m.content_security_policy).toBe('object');
    expect(m.sandbox).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
  });

  it('is not undermined by the extension pages (no inline or remote script, no inline handler)', () => {
    const pages = htmlPages(join(ROOT, 'src'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
        expect(tag, `${page}: script without src`).toMatch(/\bsrc\s*=/i);
        expect(tag, `${page}: inline script body`).toMatch(/>\s*<\/script>$/i);
        expect(tag, `${page}: remote script`).not.toMatch(/src\s*=\s*["']?(https?:)?\/\//i);
      }
      expect(html, `${page}: inline event handler`).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, `${page}: remote resource`).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    }
  });
});
