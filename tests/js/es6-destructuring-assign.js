// Destructuring assignment to existing variables and properties.
let a, b;
({ a, b } = { a: 1, b: 2 });
console.log(a, b);
const o = {};
[o.x, o.y] = [10, 20];
console.log(o);
let n = 0;
const r = ([n] = [5]);
console.log(n, r);
