// Object destructuring: renames, defaults, nesting and rest.
const { a, b: renamed, c = 'dflt', d: { e } = { e: 'nested-default' } } = { a: 1, b: 2 };
console.log(a, renamed, c, e);
const { x: { y: [first, , third] } } = { x: { y: [1, 2, 3] } };
console.log(first, third);
const { p, ...others } = { p: 1, q: 2, r: 3 };
console.log(p, others);
