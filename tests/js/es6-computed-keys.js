// Computed property keys keep their order and evaluate once.
let i = 0;
const k = 'dyn';
const o = { first: 1, [k + i++]: 'a', [k + i++]: 'b', last: 2, [`t${i}`]() { return 'method'; } };
console.log(JSON.stringify(o));
console.log(o.t2(), i);
