// Object(sym) is a Symbol wrapper object: typeof 'object', == its symbol, valueOf()
// gives the symbol, Symbol.prototype's methods and description work on it, a property
// key made of it is its symbol, and util.inspect prints it as [Symbol: Symbol(desc)]
const util = require('util');
const sym = Symbol('s'), os = Object(sym), oe = Object(Symbol()), on = new Object(sym);
console.log('1.1', typeof os, typeof on, os instanceof Symbol, os instanceof Object, Object.getPrototypeOf(os) === Symbol.prototype);
console.log('1.2', os == sym, sym == os, os === sym, os == Object(sym), os != sym, Object(os) === os, on === os);
console.log('1.3', os.valueOf() === sym, os.toString(), os.description, oe.description, oe.toString());
console.log('1.4', Object.prototype.toString.call(os), Object.prototype.toString.call(sym), Object.prototype.toString.call(Symbol.prototype));
console.log('1.5', Object.keys(os), Object.getOwnPropertyNames(os), Object.getOwnPropertySymbols(os), JSON.stringify(os), JSON.stringify({ a: os }));
const o = { [sym]: 1 };
console.log('1.6', o[os], os in o, Object.prototype.hasOwnProperty.call(o, os), { [os]: 2 }[sym]);
console.log('1.7', Object(Symbol.iterator).description, Object(Symbol.for('k')) == Symbol.for('k'));
console.log('1.8', [1, 2][Object(Symbol.iterator)]().next().value);

// util.inspect and console.log
console.log('2.1', os, [os], { os }, oe);
console.log('2.2', util.inspect(os), util.inspect(Object(Symbol.iterator)));
console.log('2.3', util.types.isSymbolObject(os), util.types.isSymbolObject(sym), util.types.isSymbolObject({}));
console.log('2.4', util.types.isBoxedPrimitive(os), util.types.isBoxedPrimitive(sym), util.types.isBoxedPrimitive(Object('a')));
os.extra = 1;
console.log('2.5', os, Object.keys(os));

// conversions to a string or number throw, as for the symbol
for (const f of [() => `${os}`, () => os + '', () => +os, () => String(os)]) {
  try { console.log('3.1', f()); } catch (e) { console.log('3.1', e.constructor.name, e.message); }
}
// Symbol.prototype's methods on other receivers
for (const f of [() => Symbol.prototype.valueOf.call({}), () => Symbol.prototype.toString.call(1)]) {
  try { console.log('3.2', f()); } catch (e) { console.log('3.2', e.constructor.name); }
}
// symbols themselves are unchanged
console.log('4.1', typeof sym, sym.toString(), sym.description, Symbol().description, Symbol('').description,
  Object.getOwnPropertyNames(Symbol.prototype).sort());
