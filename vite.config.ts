import { defineConfig, type Plugin, type UserConfig } from 'vite';
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

const chromeConfig = defineConfig({
  plugins: [crx({ manifest: manifest as ManifestV3Export }), managedSchema()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome116',
    sourcemap: false,
    minify: true,
    rollupOptions: {
      input: { blocked: 'src/blocked/index.html', admin: 'src/admin/index.html' },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});

/** Firefox: same sources and options, the derived manifest, no schema file (Firefox reads none). */
function firefoxConfig(): UserConfig {
  return {
    ...chromeConfig,
    plugins: [crx({ manifest: firefoxManifest(manifest) as ManifestV3Export, browser: 'firefox' })],
    build: { ...chromeConfig.build, outDir: 'dist-firefox', target: `firefox${parseInt(FIREFOX_MIN_VERSION, 10)}` },
  };
}

/**
 * `vite build` → `dist/` for Chrome/Chromium/Edge (the manifest as written). `vite build --mode firefox`
 * (`npm run build:firefox`) → `dist-firefox/`, with the manifest derived by scripts/package/manifest.ts.
 */
export default defineConfig(({ mode }) => (mode === 'firefox' ? firefoxConfig() : chromeConfig));
