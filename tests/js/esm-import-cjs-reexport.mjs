// module.exports = require('./other'): the other module's names are this one's.
import { inner, deep } from './fixtures/esm/import-cjs-reexport/outer.cjs';
import * as ns from './fixtures/esm/import-cjs-reexport/outer.cjs';
console.log(inner, deep, Object.keys(ns));
