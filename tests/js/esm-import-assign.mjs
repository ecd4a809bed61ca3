// Imported bindings are read-only in the importer: assignment, update and
// destructuring into them throw TypeError, and the exporter's value is unchanged.
import { value, obj } from './fixtures/esm/import-assign/lib.mjs';
import * as ns from './fixtures/esm/import-assign/lib.mjs';
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
attempt('assign', function () { value = 2; });
attempt('compound', function () { value += 1; });
attempt('increment', function () { value++; });
attempt('destructure', function () { ({ value } = { value: 3 }); });
attempt('array destructure', function () { [value] = [4]; });
console.log(value, ns.value);
obj.prop = 'objects stay mutable';
console.log(obj.prop);
