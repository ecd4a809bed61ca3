// Importing a name that two `export *` provide differently is a SyntaxError at link time:
// nothing in the graph runs.
import('./fixtures/esm/export-star-conflict/importer.mjs').then(function () {
  console.log('not reached');
}, function (e) {
  console.log(e.name + ': ' + e.message);
  console.log('side effects:', globalThis.conflictRan === undefined ? 'none' : globalThis.conflictRan);
});
