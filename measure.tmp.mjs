import * as esbuild from 'esbuild';
const entry = process.argv[2] ?? 'src/content/main.iife.ts';
const r = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', write: false, metafile: true, jsx: 'automatic', jsxImportSource: 'preact', target: 'chrome116', outfile: '/tmp/out.js' });
const out = Object.values(r.metafile.outputs)[0];
console.log(out.bytes, Object.entries(out.inputs).map(([k, v]) => [v.bytesInOutput, k]).sort((a, b) => b[0] - a[0]).slice(0, 40));
