// A syntax error in an imported module rejects the import with Node's SyntaxError;
// nothing of the graph runs.
function show(e) { console.log(e.name + ': ' + e.message); }
import('./fixtures/esm/syntax-error/uses-bad.mjs').then(null, show).then(function () {
  return import('./fixtures/esm/syntax-error/bad-export.mjs');
}).then(null, show).then(function () {
  return import('./fixtures/esm/syntax-error/dup-export.mjs');
}).then(null, show).then(function () {
  return import('./fixtures/esm/syntax-error/undefined-export.mjs');
}).then(null, show).then(function () {
  return import('./fixtures/esm/syntax-error/return.mjs');
}).then(null, show).then(function () {
  return import('./fixtures/esm/syntax-error/nested-export.mjs');
}).then(null, show).then(function () {
  return import('./fixtures/esm/syntax-error/nested-import.mjs');
}).then(null, show).then(function () {
  console.log('ran:', globalThis.syntaxRan || 'nothing');
});
