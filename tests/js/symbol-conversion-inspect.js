'use strict';
// Printing symbols: console.log, util.inspect and util.format describe a symbol (as
// String(sym) does) and never convert it implicitly; objects with symbol keys print
// them as [Symbol(desc)]. %d %i %f of a symbol are NaN, %j omits it.
const util = require('util');
const s = Symbol('desc');
const e = Symbol();

console.log(s);
console.log(e);
console.log(Symbol(''));
console.log(Symbol.for('registered'));
console.log(Symbol.iterator);
console.log([s, e, Symbol.asyncIterator]);
console.log({ a: s, [s]: 1, [e]: 'empty', [Symbol.iterator]: null });
console.log({ nested: { [s]: { [e]: [s] } } });
console.log(new Map([[s, e]]), new Set([s]));
console.log('%s', s);
console.log('%s|%s', s, Symbol.for('k'));
console.log('x', s, 1);
console.log(util.inspect(s));
console.log(util.inspect({ [s]: s }, { compact: false }));
console.log(util.inspect([s], { colors: true }));
console.log(util.format('%s', s));
console.log(util.format('%d', s));
console.log(util.format('%i', s));
console.log(util.format('%f', s));
console.log(util.format('%j', s));
console.log(util.format('%j', { a: s, [s]: 1 }));
console.log(util.format('%o', s));
console.log(util.format('%O', { [s]: 2 }));
console.log(util.format(s, 'rest'));
console.log(util.format('a', s));
console.log(util.format('%s', { [s]: 3 }));
console.log(String(s), s.toString(), s.description);
const o = { [s]: 'v' };
Object.defineProperty(o, e, { value: 'hidden', enumerable: false });
console.log(o);
console.log(util.inspect(o, { showHidden: true }));
class K { constructor() { this[s] = 1; } }
console.log(new K());
console.log(Object.getOwnPropertySymbols(new K()));
console.log(Reflect.ownKeys({ b: 1, [s]: 2, a: 3 }));
console.error('stderr', s);
try {
  `${s}`;
} catch (err) {
  console.log(err instanceof TypeError, err.name, err.message);
  console.log(String(err));
}
