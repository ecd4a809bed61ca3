// A cycle: main -> a -> b -> a. b runs first (a is already being evaluated), then a,
// then main; each once.
import { a } from './fixtures/esm/cycle-order/a.mjs';
console.log('main sees', a);
