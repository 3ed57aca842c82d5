// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LEXICON, builtInVocabulary, compileVocabulary, publishedVocabulary, scanText, scanWith, unpackVocabulary } from '../../../src/core/scanner';
import { LEXICON_KEY } from '../../../src/shared/settings';

const ROOT = resolve(__dirname, '../../..');

/** The source files a module pulls in, following relative imports (type-only imports left out). */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (/\.(css|json)(\?|$)/.test(spec)) continue;
      const base = resolve(dirname(file), spec);
      const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => {
        try {
          return readFileSync(candidate) && /\.tsx?$/.test(candidate);
        } catch {
          return false;
        }
      });
      if (found) visit(found);
    }
  };
  visit(resolve(ROOT, entry));
  return new Set([...seen].map((f) => f.slice(ROOT.length + 1)));
}

const SCANNER_FILES = ['scan.ts', 'identifiers.ts', 'checksums.ts', 'vocabulary.ts', 'text.ts'].map((f) => `src/core/scanner/${f}`);

describe('the content script leaves the scanner to its module and the lexicon to storage', () => {
  const graph = importGraph('src/content/main.iife.ts');
  const scannerGraph = importGraph('src/content/scanner.ts');

  it('does not bundle the scanner: identifiers, checksums, vocabulary matcher', () => {
    for (const file of SCANNER_FILES) expect(graph).not.toContain(file);
    expect(graph).not.toContain('src/content/scanner.ts');
    expect(graph).toContain('src/content/sensitive-fields.ts');
  });

  it('the scanner module (src/content/scanner.js) has them all', () => {
    for (const file of SCANNER_FILES) expect(scannerGraph).toContain(file);
  });

  it('neither bundles the lexicon, nor the scanner entry that binds it', () => {
    for (const g of [graph, scannerGraph]) {
      expect(g).not.toContain('src/core/scanner/lexicon.ts');
      expect(g).not.toContain('src/core/scanner/index.ts');
    }
  });

  it('does not bundle the in-page strings either: they come with the published configuration', () => {
    expect(graph).not.toContain('src/content/messages.ts');
    expect(importGraph('src/background/index.ts')).toContain('src/content/messages.ts');
  });

  it('does not bundle what the service worker resolves either (profiles, validation)', () => {
    for (const file of graph) expect(file).not.toMatch(/^src\/policies\/(profiles|validate|config|rules|alternatives)/);
  });

  it('the service worker publishes the built-in lexicon', () => {
    expect(importGraph('src/background/index.ts')).toContain('src/core/scanner/lexicon.ts');
  });
});

describe('compileVocabulary', () => {
  it('the compiled form the service worker publishes survives the trip through storage (JSON)', () => {
    const text = 'Équipe éducative : PAI diabète de Léa, dépression, conseil de classe, 1 84 12 76 451 089 46';
    const copy = JSON.parse(JSON.stringify(publishedVocabulary()));
    expect(scanWith(unpackVocabulary(copy), text)).toEqual(scanText(text));
    expect(unpackVocabulary({ singles: 'nope' })).toBeNull();
    expect(unpackVocabulary({ singles: [], phrases: 'abc' })).toBeNull();
    expect(unpackVocabulary(DEFAULT_LEXICON)).toBeNull();
    expect(unpackVocabulary(undefined)).toBeNull();
  });

  it('the lexicon data survives the trip through JSON unchanged', () => {
    const copy = JSON.parse(JSON.stringify(DEFAULT_LEXICON));
    const text = 'Équipe éducative : PAI diabète de Léa, dépression, conseil de classe, 1 84 12 76 451 089 46';
    expect(scanWith(compileVocabulary(copy), text)).toEqual(scanText(text));
  });

  it('finds identifiers without a lexicon, and words only with one', () => {
    const text = 'Léa, dépression — NIR 1 84 12 76 451 089 46';
    expect(scanWith(null, text).map((f) => f.category)).toEqual(['nir']);
    expect(scanWith(builtInVocabulary(), text).map((f) => f.category)).toEqual(['health', 'nir']);
  });

  it('skips malformed data instead of throwing', () => {
    const odd = {
      entries: { health: [{ term: 'dépression' }, { term: 42 }, null, 'x', { acronym: 'PAI', forms: [1] }], religion: 'nope' },
      exclusions: ['dépression tropicale', 7],
    } as never;
    const vocabulary = compileVocabulary(odd);
    expect(scanWith(vocabulary, 'dépression').map((f) => f.category)).toEqual(['health']);
    expect(scanWith(vocabulary, 'une dépression tropicale')).toEqual([]);
    expect(scanWith(vocabulary, 'PAI')).toEqual([]);
    expect(scanWith(compileVocabulary({} as never), 'dépression')).toEqual([]);
  });
});

describe('SensitiveFields (content script)', async () => {
  const { SensitiveFields } = await import('../../../src/content/sensitive-fields');
  const scanner = await import('../../../src/content/scanner');

  function page(html: string): Document {
    document.body.innerHTML = html;
    return document;
  }

  it('finds nothing before the scanner module is here, asks for it, then rescans', () => {
    const doc = page('<input id="topic" value="Suivi de Léa (dépression) 1 84 12 76 451 089 46">');
    const fields = new SensitiveFields();
    expect(fields.scanAll(doc)).toEqual([]);
    expect(fields.needsVocabulary).toBe(true);
    expect(fields.hasScanner).toBe(false);
    fields.setScanner(scanner);
    expect(fields.hasScanner).toBe(true);
    expect(fields.scanAll(doc).map((el) => el.id)).toEqual(['topic']);
    expect(fields.categories()).toEqual(['nir']);
    expect(fields.needsVocabulary).toBe(true);
  });

  it('flags identifiers once the scanner is here, asks for the lexicon, then finds the words', () => {
    const doc = page('<input id="topic" value="Suivi de Léa (dépression) 1 84 12 76 451 089 46"><input id="empty">');
    const fields = new SensitiveFields();
    fields.setScanner(scanner);
    expect(fields.needsVocabulary).toBe(false);
    expect(fields.scanAll(doc).map((el) => el.id)).toEqual(['topic']);
    expect(fields.categories()).toEqual(['nir']);
    expect(fields.needsVocabulary).toBe(true);
    fields.setVocabulary(builtInVocabulary());
    expect(fields.needsVocabulary).toBe(false);
    expect(fields.scanAll(doc).map((el) => el.id)).toEqual(['topic']);
    expect(fields.categories()).toEqual(['nir', 'health']);
  });

  it('does not ask for the lexicon while every field is empty', () => {
    const doc = page('<input id="a"><textarea></textarea><div contenteditable="true"></div>');
    const fields = new SensitiveFields();
    fields.setScanner(scanner);
    expect(fields.scanAll(doc)).toEqual([]);
    expect(fields.needsVocabulary).toBe(false);
  });

  it('rescans only the fields whose text changed, and leaves out the skipped and unscannable ones', () => {
    const doc = page('<input id="a" value="examen"><input id="b" value="ordinaire"><input id="mail" type="email" value="dépression@example.fr">');
    const fields = new SensitiveFields();
    fields.setScanner(scanner);
    fields.setVocabulary(builtInVocabulary());
    expect(fields.scanAll(doc).map((el) => el.id)).toEqual(['a']);
    expect(fields.scanAll(doc)).toEqual([]);
    const b = doc.getElementById('b') as HTMLInputElement;
    b.value = 'conseil de classe';
    expect(fields.scanAll(doc, (el) => el === b)).toEqual([]);
    expect(fields.scanAll(doc).map((el) => el.id)).toEqual(['b']);
    expect(fields.categories()).toEqual(['class-council', 'exam']);
    // A value set by the page's own script (no input event) is seen at the next pass.
    (doc.getElementById('a') as HTMLInputElement).value = '';
    expect(fields.scanAll(doc).map((el) => el.id)).toEqual(['a']);
  });
});

describe('loadVocabulary (content script)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  async function withBrowser(stored: Record<string, unknown>, answer: unknown) {
    const sendMessage = vi.fn(async () => answer);
    vi.stubGlobal('chrome', { storage: { local: { get: vi.fn(async () => stored) } }, runtime: { sendMessage } });
    vi.resetModules();
    const { loadVocabulary } = await import('../../../src/content/sensitive-fields');
    return { vocabulary: await loadVocabulary(await import('../../../src/content/scanner')), sendMessage };
  }

  it('reads the lexicon the service worker published', async () => {
    const { vocabulary, sendMessage } = await withBrowser({ [LEXICON_KEY]: JSON.parse(JSON.stringify(publishedVocabulary())) }, undefined);
    expect(sendMessage).not.toHaveBeenCalled();
    expect(scanWith(vocabulary, 'conseil de classe').map((f) => f.category)).toEqual(['class-council']);
  });

  it('asks the service worker when storage does not have it', async () => {
    const { vocabulary, sendMessage } = await withBrowser({}, publishedVocabulary());
    expect(sendMessage).toHaveBeenCalledWith({ type: 'vigie:get-lexicon' });
    expect(vocabulary).not.toBeNull();
  });

  it('answers null when nobody has it (the page tries again later)', async () => {
    const { vocabulary } = await withBrowser({}, undefined);
    expect(vocabulary).toBeNull();
  });
});

describe('loadScanner (content script)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('imports the packaged module by its extension URL, once; a failed load is tried again', async () => {
    let url = resolve(ROOT, 'src/content/missing-scanner.ts');
    const getURL = vi.fn((path: string) => {
      expect(path).toBe('src/content/scanner.js');
      return url;
    });
    vi.stubGlobal('chrome', { runtime: { getURL } });
    vi.resetModules();
    const { loadScanner } = await import('../../../src/content/sensitive-fields');
    await expect(loadScanner()).rejects.toThrow();
    url = resolve(ROOT, 'src/content/scanner.ts');
    const scanner = await loadScanner();
    expect(scanner.scanWith(null, 'NIR 1 84 12 76 451 089 46').map((f) => f.category)).toEqual(['nir']);
    expect(await loadScanner()).toBe(scanner);
    expect(getURL).toHaveBeenCalledTimes(2);
  });
});
