// Errors thrown in module code name the module's file and the line of the throw, at
// the top level of a chunk, in a hoisted function and after an import.
import { thrower } from './fixtures/esm/error-line/lib.mjs';
function lineOf(e, file) {
  var m = new RegExp(file.replace('.', '\\.') + ':(\\d+)').exec(e.stack);
  return m ? file + ' line ' + m[1] : 'no line for ' + file + ' in ' + e.stack;
}
try {
  thrower();
} catch (e) {
  console.log(e.message, lineOf(e, 'lib.mjs'));
}
try {
  null.x;
} catch (e) {
  console.log(e.name, lineOf(e, 'esm-error-line.mjs'));
}
import('./fixtures/esm/error-line/top.mjs').then(null, function (e) {
  console.log(e.message, lineOf(e, 'top.mjs'));
});
