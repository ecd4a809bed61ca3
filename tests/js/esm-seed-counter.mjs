// The seed's ES module example: an imported binding is live, not a copy.
import { count, increment } from './fixtures/esm/seed-counter/counter.mjs';
console.log(count);      // 0
increment();
console.log(count);      // 1 — live binding
