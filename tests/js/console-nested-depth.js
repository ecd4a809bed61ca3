// Nested objects and arrays print to depth 2, deeper levels as [Object] / [Array].
console.log({ a: { b: { c: { d: { e: 1 } } } } });
console.log([[[[[1]]]]]);
console.log({ arr: [{ x: [{ y: 1 }] }], s: 'str', n: 1 });
console.log({ a: 1, b: { c: 2, d: [3, 4, { e: 5 }] } });
console.log([{ a: 1 }, { b: { c: { d: 1 } } }]);
console.log({});
console.log([]);
console.log({ empty: {}, list: [] });
console.log({ a: { b: {} }, c: { d: { e: {} } } });
