// A module waiting at its top level holds up only the modules that import it: its
// later siblings run meanwhile, as in the spec's evaluation of async modules.
import './fixtures/esm/tla-order/a.mjs';
import './fixtures/esm/tla-order/b.mjs';
import './fixtures/esm/tla-order/c.mjs';
console.log('main');
Promise.resolve().then(function () { console.log('main microtask'); });
await null;
console.log('main after its await');
