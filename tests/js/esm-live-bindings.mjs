// Imported bindings follow the exporter's variables: let, var, reassigned functions,
// through a re-export and through a namespace object.
import { n, v, f, bump, swap } from './fixtures/esm/live-bindings/state.mjs';
import { n as viaReexport } from './fixtures/esm/live-bindings/reexport.mjs';
import * as ns from './fixtures/esm/live-bindings/state.mjs';
console.log(n, v, f(), viaReexport, ns.n);
bump();
bump();
console.log(n, v, viaReexport, ns.n, ns.v);
swap();
console.log(f(), ns.f());
