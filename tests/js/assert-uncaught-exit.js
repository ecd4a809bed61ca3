// An uncaught AssertionError ends the process with exit code 1 after what was printed; later code does
// not run and 'exit' listeners see code 1.
var assert = require('assert');
process.on('exit', function (code) { console.log('exit', code); });
console.log('before');
assert.strictEqual(1 + 1, 3);
console.log('after');
