// Seed "Module System": CommonJS exports a copy of the value — count stays 0 after increment().
var counter = require('./fixtures/seed/counter');
var count = counter.count;
var increment = counter.increment;
console.log(count);      // 0
var returned = increment();
console.log(count);      // 0 — count is a copy, won't update
console.log(counter.count, returned, increment());
console.log(require('./fixtures/seed/counter').count);
