// module.exports = { ... }: shorthand and name: identifier entries are named exports,
// up to the first entry of another form; a function's own names work too.
import obj, { x, y, z } from './fixtures/esm/import-cjs-object/obj.cjs';
import * as ns from './fixtures/esm/import-cjs-object/obj.cjs';
import fn, * as fns from './fixtures/esm/import-cjs-object/fn.cjs';
console.log(x, y, z, Object.keys(ns));
console.log(typeof obj.method, obj.after);
console.log(fn(), fns.helper(), Object.keys(fns));
