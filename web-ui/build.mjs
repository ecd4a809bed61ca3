// build.mjs OUTDIR — bundles the front end with esbuild: src/main.jsx (and the CSS it
// imports: ours, uPlot's and d3-flame-graph's) into OUTDIR/app.js and OUTDIR/app.css,
// and copies index.html. Run by ui/build-web-ui.sh at build time; the result is embedded
// in the leakscope binary. Targets browsers of the last few years (es2020).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
	console.error('usage: node build.mjs OUTDIR');
	process.exit(2);
}
mkdirSync(out, { recursive: true });
await build({
	entryPoints: { app: join(here, 'src/main.jsx') },
	bundle: true,
	minify: true,
	format: 'iife',
	target: 'es2020',
	jsx: 'automatic',
	jsxImportSource: 'preact',
	outdir: out,
	legalComments: 'none',
	logLevel: 'warning',
});
copyFileSync(join(here, 'index.html'), join(out, 'index.html'));
