// Depth-first, post-order evaluation in the order of the import statements; a module
// imported from several places runs once; imports are hoisted above the code.
console.log('main body');
import './fixtures/esm/evaluation-order/a.mjs';
import './fixtures/esm/evaluation-order/b.mjs';
import { log } from './fixtures/esm/evaluation-order/log.mjs';
console.log(log.join(' '));
