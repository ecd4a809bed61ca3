// export * gathers the other modules' names: not their default, a module's own export
// wins over a star one, and a name two stars provide differently is left out.
import * as ns from './fixtures/esm/export-star/all.mjs';
import { fromA, fromB, shared, own } from './fixtures/esm/export-star/all.mjs';
console.log(ns);
console.log(fromA, fromB, shared, own);
console.log('default' in ns, 'clash' in ns);
