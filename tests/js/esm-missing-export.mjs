// A named import nobody exports is Node's SyntaxError, raised before any module of the
// graph runs; so is a missing default.
function show(e) { console.log(e.name + ': ' + e.message); }
import('./fixtures/esm/missing-export/named.mjs').then(null, show).then(function () {
  return import('./fixtures/esm/missing-export/default.mjs');
}).then(null, show).then(function () {
  return import('./fixtures/esm/missing-export/reexport.mjs');
}).then(null, show).then(function () {
  console.log('ran:', globalThis.missingRan || 'nothing');
});
