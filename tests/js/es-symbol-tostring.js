// sym.toString() is "Symbol(desc)" while symbols still key properties, maps and methods
const s = Symbol('desc'), e = Symbol();
const o = { [s]: 1, x: 2 }; o[e] = 3;
console.log(s.toString(), e.toString(), s.description, o[s], o[e], Object.keys(o), s in o);
console.log(s, [s, e], { k: s }, Symbol.iterator.toString(), Symbol.for('app').toString());
const m = new Map([[s, 'v']]); console.log(m.get(s), m);
class C { [s]() { return 'method'; } static [Symbol.hasInstance]() { return true; } }
console.log(new C()[s](), 1 instanceof C, typeof s);
console.log([1, 2][Symbol.iterator]().next(), require('util').inspect(s), JSON.stringify({ a: s }));
