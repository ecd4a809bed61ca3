// import() works in CommonJS code too, resolved from the file that calls it, and its
// errors arrive as rejections.
var path = require('path');
console.log('typeof require:', typeof require);
import('./fixtures/esm/dynamic-import-from-cjs/lib.mjs').then(function (ns) {
  console.log(ns.value, ns.default);
  return import('./fixtures/esm/dynamic-import-from-cjs/plain.cjs');
}).then(function (ns) {
  console.log('cjs namespace:', ns.default === require('./fixtures/esm/dynamic-import-from-cjs/plain.cjs'), ns.x);
  return import('./fixtures/esm/dynamic-import-from-cjs/nested/from-nested.js');
}).then(function (ns) {
  return ns.load();
}).then(function (ns) {
  console.log('nested import resolved from its own folder:', ns.value);
  return import('./fixtures/esm/dynamic-import-from-cjs/missing.mjs');
}).then(null, function (e) {
  console.log(e.code, e.message.split(__dirname).join('<dir>'));
});
