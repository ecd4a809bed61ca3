// Spread in calls, method calls and new.
function sum(a, b, c) { return a + b + c; }
const nums = [1, 2, 3];
console.log(sum(...nums), Math.max(...nums, 10), sum(0, ...[5, 5]));
const o = { base: 100, add(x, y) { return this.base + x + y; } };
console.log(o.add(...[1, 2]));
const d = new Date(...[2020, 0, 15]);
console.log(d.getFullYear(), d.getMonth(), d.getDate());
function P(a, b) { this.v = a * b; }
console.log(new P(...[6, 7]).v);
