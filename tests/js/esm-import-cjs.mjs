// A CommonJS module from ESM: default is module.exports, and the names the source
// assigns (exports.x =, module.exports.x =, exports['x'] =, defineProperty with a value)
// are named exports, their values read once after the module ran.
import cjs, { a, b, c, quoted, defined, later } from './fixtures/esm/import-cjs/lib.cjs';
import * as ns from './fixtures/esm/import-cjs/lib.cjs';
console.log(a, b(), c, quoted, defined, later);
console.log(cjs === ns.default, Object.keys(ns));
cjs.a = 'changed';
console.log(ns.a, cjs.a);
console.log(cjs.getterRuns);
