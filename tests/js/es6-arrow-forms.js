// Concise bodies, object-literal bodies, no prototype, and names from the variable.
const sq = x => x * x;
const add = (a, b) => a + b;
const mk = () => ({ k: 1 });
const noop = () => {};
console.log(sq(4), add(2, 3), mk().k, noop());
console.log(sq.name, add.name);
const nested = a => b => c => a + b + c;
console.log(nested(1)(2)(3));
