// What a process prints on stderr and its exit code when the main script throws:
// primitives print as their string with the --trace-uncaught hint, plain objects as
// inspect shows them (no hint), Errors with their own properties, a cause, an
// AggregateError's [errors]. The file:line/source/caret block and stack frames are
// left out (leakscope knows no throw site for a non-Error value, nor V8's frames).
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uncaught-'));
const cases = {
  'string.js': "console.log('before');\nthrow 'a string';\n",
  'number.js': 'throw 42;\n',
  'null.js': 'throw null;\n',
  'undefined-tick.js': 'process.nextTick(() => { throw undefined; });\n',
  'bool-timer.js': 'setTimeout(() => { throw false; }, 1);\n',
  'object.js': "throw { message: 'obj', code: 42, nested: { list: [1, 2, 3] } };\n",
  'array.js': "throw ['x', 1];\n",
  'object-tostring.js': "throw { toString() { return 'custom'; } };\n",
  'error-props.js': "const e = new Error('bad thing');\ne.code = 'E_BAD';\ne.details = { a: 1 };\nthrow e;\n",
  'error-cause.js': "throw new Error('outer', { cause: 'just a string' });\n",
  'typeerror.js': "null.x;\n",
  'aggregate.js': "throw new AggregateError([new Error('a'), new RangeError('b')], 'many');\n",
  'custom-class.js': "class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; this.extra = true; } }\nthrow new MyErr('mine');\n",
  'exit-listener.js': "process.on('exit', (c) => console.log('exit', c));\nthrow 'x';\n",
};
function clean(text) {
  const lines = text.split(dir).join('DIR').split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^DIR\/[\w.-]+:\d+$/.test(lines[i])) { i += 2; continue; }	// file:line, source, caret
    if (/^\s+at /.test(lines[i])) continue;
    if (/^Node\.js v/.test(lines[i])) continue;
    out.push(lines[i]);
  }
  while (out.length && out[0] === '') out.shift();
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
for (const name of Object.keys(cases)) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, cases[name]);
  const r = cp.spawnSync(process.execPath, [file], { encoding: 'utf8' });
  console.log('---', name, 'status', r.status, 'stdout', JSON.stringify(r.stdout));
  console.log(clean(r.stderr));
}
fs.rmSync(dir, { recursive: true });
