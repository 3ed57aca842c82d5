import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import manifest from './manifest.json' with { type: 'json' };

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

export default defineConfig({
  plugins: [crx({ manifest: manifest as ManifestV3Export }), managedSchema()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome116',
    sourcemap: false,
    minify: true,
    rollupOptions: {
      input: { blocked: 'src/blocked/index.html' },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
