// String(symbol) is the symbol's description string, as in Node (mujs patch 0112); a
// symbol as a property key is still the symbol, and every other use is unchanged
const s = Symbol('s');
console.log(String(s), s.toString(), s.description, String(Symbol()), String(Symbol.iterator));
console.log([s, Symbol('t')].map(String), `${String(Symbol('in template'))}`);
console.log(String(Symbol.for('reg')), Symbol.keyFor(Symbol.for('reg')), String(Symbol('a b')));
const o = { [s]: 1, plain: 2 };
o[Symbol.iterator] = function* () { yield 'x'; };
console.log(o[s], Object.keys(o), [...o]);
const f = Object.fromEntries([[s, 'sym'], ['k', 'str']]);
console.log(f[s], f.k, Object.keys(f));
console.log(Object.prototype.toString.call(new Map()), String(Object(1)), String(null), String([1, [2]]));
class It { *[Symbol.iterator]() { yield 1; yield 2; } get [Symbol.toStringTag]() { return 'It'; } }
console.log([...new It()], Object.prototype.toString.call(new It()), String(new It()));
console.log(typeof String(s), String(s) === s.toString(), String(s).length);
