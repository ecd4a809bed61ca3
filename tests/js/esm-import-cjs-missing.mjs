// A name the CommonJS module does not export (as cjs-module-lexer sees it) is Node's
// SyntaxError with a hint to use the default export.
function show(e) { console.log(e.name + ': ' + e.message); }
import('./fixtures/esm/import-cjs-missing/one-line.mjs').then(null, show).then(function () {
  return import('./fixtures/esm/import-cjs-missing/multi-line.mjs');
}).then(null, show);
