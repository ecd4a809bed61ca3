// import() returns a promise of the namespace; the module is evaluated once, whether
// imported statically or dynamically, and a specifier is turned into a string.
import * as stat from './fixtures/esm/dynamic-import/lib.mjs';
var p = import('./fixtures/esm/dynamic-import/lib.mjs');
console.log(typeof p.then, p instanceof Promise);
p.then(function (ns) {
  console.log('same namespace:', ns === stat, ns.runs());
  return import('./fixtures/esm/dynamic-import/lazy.mjs');
}).then(function (ns) {
  console.log('lazy:', ns.default, ns.runs());
  return import({ toString: function () { return './fixtures/esm/dynamic-import/lazy.mjs'; } });
}).then(function (ns) {
  console.log('lazy again:', ns.runs());
  return import('node:os');
}).then(function (os) {
  console.log('builtin:', typeof os.default.cpus, os.cpus === os.default.cpus);
});
console.log('sync part done');
