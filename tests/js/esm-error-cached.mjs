// A module that throws while it is evaluated keeps that error: it runs once, later
// imports of it reject with the same error, and so do imports of its dependents.
var first;
import('./fixtures/esm/error-cached/throws.mjs').then(null, function (e) {
  first = e;
  console.log('first:', e.message);
  return import('./fixtures/esm/error-cached/throws.mjs');
}).then(null, function (e) {
  console.log('again, same error object:', e === first);
  return import('./fixtures/esm/error-cached/dependent.mjs');
}).then(null, function (e) {
  console.log('dependent:', e === first, globalThis.dependentRan === undefined);
  console.log('evaluations:', globalThis.throwsRan);
});
