// Top-level await in every statement position: declarations (exported or not),
// import(), try/catch/finally, loops, for await, destructuring; hoisted functions still
// work, `this` is undefined, and importers see the values once the module finished.
import { value, later, K, fin } from './fixtures/esm/tla-statements/lib.mjs';
import def from './fixtures/esm/tla-statements/lib.mjs';
console.log(value, later, typeof K, fin, def);
const again = await import('./fixtures/esm/tla-statements/lib.mjs');
console.log(again.value === value, again.default === def);
try {
  await Promise.reject(new Error('rejected'));
} catch (e) {
  console.log('caught', e.message);
} finally {
  console.log('finally');
}
for (const x of [1, 2]) {
  await null;
  console.log('loop', x);
}
async function* gen() { yield 'g1'; yield 'g2'; }
for await (const v of gen()) console.log(v);
let i = 0;
while (i < 2) i += await Promise.resolve(1);
console.log('i', i, this);
const { a, b: [c] } = await { a: 1, b: [2] };
console.log(a, c, hoisted());
function hoisted() { return 'hoisted'; }
