// JSON modules need the import attribute `type: 'json'` (`with`, or the older `assert`);
// the default export is the parsed file, the same object require() gives. Without the
// attribute, with another type or key, or with it on a JavaScript module: Node's errors.
import data from './fixtures/esm/json-import/data.json' with { type: 'json' };
import again from './fixtures/esm/json-import/data.json' assert { type: 'json' };
import * as ns from './fixtures/esm/json-import/data.json' with { type: 'json' };
import { createRequire } from 'module';
var require = createRequire(import.meta.url);
console.log(data, data === again, Object.keys(ns), ns.default === data);
console.log(require('./fixtures/esm/json-import/data.json') === data);
function show(e) {
  console.log(e.name, e.code, e.message.split(import.meta.dirname).join('<dir>'));
}
var tries = [
  ['./fixtures/esm/json-import/other.json', undefined],
  ['./fixtures/esm/json-import/other.json', { with: { type: 'json' } }],
  ['./fixtures/esm/json-import/third.json', { with: { type: 'css' } }],
  ['./fixtures/esm/json-import/third.json', { with: { kind: 'json' } }],
  ['./fixtures/esm/json-import/lib.mjs', { with: { type: 'json' } }],
  ['./fixtures/esm/json-import/lib.mjs', { with: {} }],
  ['./fixtures/esm/json-import/lib.mjs', 5],
  ['./fixtures/esm/json-import/lib.mjs', { with: 5 }],
  ['./fixtures/esm/json-import/bad.json', { with: { type: 'json' } }],
  ['./fixtures/esm/json-import/static-missing.mjs', undefined]
];
var p = Promise.resolve();
tries.forEach(function (t) {
  p = p.then(function () { return import(t[0], t[1]); }).then(function (m) {
    console.log('loaded', t[0].split('/').pop(), JSON.stringify(m.default));
  }, show);
});
