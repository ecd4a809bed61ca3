// Module code is strict: `this` is undefined at the top level and in plain calls,
// assigning an undeclared name throws, and imported functions are called without a
// receiver.
import { whoIsThis, viaArrow } from './fixtures/esm/this-strict/lib.mjs';
console.log(typeof this, this === undefined);
console.log(whoIsThis(), viaArrow());
try {
  undeclaredName = 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
function plain() { return this; }
console.log(plain());
try {
  Object.defineProperty({}, 'x', { value: 1 }).x = 2;
} catch (e) {
  console.log(e.name);
}
