// util.isDeepStrictEqual: strict types, prototypes, NaN, -0, Maps, Sets, arrays with holes, circular structures.
var util = require('util');
var eq = util.isDeepStrictEqual;
console.log(eq({ a: [1, 2], b: { c: 'x' } }, { a: [1, 2], b: { c: 'x' } }), eq({ a: 1 }, { a: '1' }));
console.log(eq(NaN, NaN), eq(0, -0), eq([0], [-0]), eq(1, 1));
console.log(eq([1, , 3], [1, undefined, 3]), eq({ a: undefined }, {}));
console.log(eq(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])), eq(new Map([[1, 2]]), new Map([[1, 3]])));
console.log(eq(new Set([1, { x: 1 }]), new Set([{ x: 1 }, 1])), eq(new Set([1]), new Set(['1'])));
function A() {}
console.log(eq(new A(), {}), eq(Object.create(null), {}));
console.log(eq(new Date(5), new Date(5)), eq(new Date(5), new Date(6)));
console.log(eq(/a/g, /a/g), eq(/a/g, /a/i));
console.log(eq(new Error('x'), new Error('x')), eq(new Error('x'), new TypeError('x')));
var c1 = { n: 1 }; c1.self = c1;
var c2 = { n: 1 }; c2.self = c2;
console.log(eq(c1, c2));
console.log(eq([1, 2, 3], { 0: 1, 1: 2, 2: 3, length: 3 }), eq('a', new String('a')));
console.log(eq(new Number(1), new Number(1)), eq(new Boolean(true), new Boolean(false)));
