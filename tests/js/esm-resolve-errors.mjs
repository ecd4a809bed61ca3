// The ESM resolver's errors: no extension search, no directory index, unknown packages,
// built-ins and file types, invalid names and URL schemes.
function show(e) {
  console.log(e.name, e.code);
  console.log('  ' + e.message.split(import.meta.dirname).join('<dir>'));
}
var specs = ['./fixtures/esm/resolve-errors/lib', './fixtures/esm/resolve-errors/dir',
  './fixtures/esm/resolve-errors/dir/', './fixtures/esm/resolve-errors/nothing.mjs',
  'no-such-package-anywhere', 'node:no-such-builtin', '@scope-only',
  './fixtures/esm/resolve-errors/data.txt', 'https://example.com/x.mjs', '#not-defined'];
var p = Promise.resolve();
specs.forEach(function (s) {
  p = p.then(function () { return import(s); }).then(function () { console.log('loaded', s); }, show);
});
p.then(function () {
  return import('./fixtures/esm/resolve-errors/lib.mjs');
}).then(function (ns) {
  console.log('with its extension:', ns.ok);
});
