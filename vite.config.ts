import { build, defineConfig, type Plugin, type Rollup, type UserConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest, FIREFOX_MIN_VERSION } from './scripts/package/manifest';

const schemaPath = fileURLToPath(new URL('./src/policies/managed_schema.json', import.meta.url));

/** Chrome reads the managed-storage schema from the package root; its single source is src/policies. */
function managedSchema(): Plugin {
  return {
    name: 'vigie-managed-schema',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'managed_schema.json', source: readFileSync(schemaPath, 'utf8') });
    },
  };
}

/**
 * The sensitive-data scanner the content script imports the first time a field holds text
 * (`src/content/scanner.ts`, see `loadScanner` in src/content/sensitive-fields.ts): one self-contained
 * ES module, built on the side and emitted as `src/content/scanner.js` (web-accessible to the services'
 * pages only, manifest). It keeps the identifier finder and the vocabulary matcher out of the content
 * script that every page of the services runs.
 */
function scannerModule(target: string): Plugin {
  return {
    name: 'vigie-scanner-module',
    apply: 'build',
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        build: {
          write: false,
          target,
          minify: true,
          copyPublicDir: false,
          rollupOptions: {
            input: fileURLToPath(new URL('./src/content/scanner.ts', import.meta.url)),
            // An app build drops its entry's exports by default: here they are the module's whole point.
            preserveEntrySignatures: 'strict',
            output: { format: 'es', inlineDynamicImports: true },
          },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
      const entry = outputs.flatMap((o) => o.output).find((item): item is Rollup.OutputChunk => item.type === 'chunk' && item.isEntry);
      if (!entry) throw new Error('vigie-scanner-module: no output for src/content/scanner.ts');
      this.emitFile({ type: 'asset', fileName: 'src/content/scanner.js', source: entry.code });
    },
  };
}

const CHROME_TARGET = 'chrome116';

const chromeConfig = defineConfig({
  plugins: [crx({ manifest: manifest as ManifestV3Export }), managedSchema(), scannerModule(CHROME_TARGET)],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: CHROME_TARGET,
    sourcemap: false,
    minify: true,
    rollupOptions: {
      input: { blocked: 'src/blocked/index.html', admin: 'src/admin/index.html' },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});

const FIREFOX_TARGET = `firefox${parseInt(FIREFOX_MIN_VERSION, 10)}`;

/** Firefox: same sources and options, the derived manifest, no schema file (Firefox reads none). */
function firefoxConfig(): UserConfig {
  return {
    ...chromeConfig,
    plugins: [crx({ manifest: firefoxManifest(manifest) as ManifestV3Export, browser: 'firefox' }), scannerModule(FIREFOX_TARGET)],
    build: { ...chromeConfig.build, outDir: 'dist-firefox', target: FIREFOX_TARGET },
  };
}

/**
 * `vite build` → `dist/` for Chrome/Chromium/Edge (the manifest as written). `vite build --mode firefox`
 * (`npm run build:firefox`) → `dist-firefox/`, with the manifest derived by scripts/package/manifest.ts.
 */
export default defineConfig(({ mode }) => (mode === 'firefox' ? firefoxConfig() : chromeConfig));
