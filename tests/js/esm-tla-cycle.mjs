// Top-level await inside a cycle: the module the cycle reaches first waits for the
// other's top-level code, and later reads see the finished values.
import { b } from './fixtures/esm/tla-cycle/one.mjs';
console.log('main sees', b);
