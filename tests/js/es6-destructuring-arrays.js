// Array destructuring: holes, defaults, rest and iterables.
const [a, , b = 'B', ...rest] = [1, 2, undefined, 4, 5];
console.log(a, b, rest);
const [x, y] = 'hi';
console.log(x, y);
const [m1, m2] = new Map([['k', 'v'], ['k2', 'v2']]);
console.log(m1, m2);
let p = 1, q = 2;
[p, q] = [q, p];
console.log(p, q);
