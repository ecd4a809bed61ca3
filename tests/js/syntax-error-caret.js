// An uncaught SyntaxError's report names file:line, the source line and a caret under the
// offending token (UTF-16 columns, tabs kept), for modern and ES5 code, a required module,
// an ES module and a first line (which the module wrapper shares).
const cp = require('child_process');
const path = require('path');
const dir = path.join(__dirname, 'fixtures', 'syntax-caret');
for (const f of ['modern-mid.js', 'es5-tab.js', 'require-bad.js', 'esm.mjs', 'line1-astral.js']) {
  const r = cp.spawnSync(process.execPath, [path.join(dir, f)], { encoding: 'utf8' });
  const lines = r.stderr.split(dir).join('DIR').split('\n');
  console.log(f, r.status);
  console.log(lines.slice(0, 3).join('\n'));
  console.log(lines.find(l => l.startsWith('SyntaxError')));
}
