'use strict';
// What a symbol still does without throwing: describe itself (String(sym),
// sym.toString(), description), compare, test truthy, name properties (get, set, in,
// delete, hasOwnProperty, defineProperty, computed keys, accessors, classes, Reflect),
// the registry (Symbol.for/keyFor), well-known symbols as keys, JSON (omitted).
function show(name, f) {
  try {
    const r = f();
    console.log(name, '->', typeof r, typeof r === 'symbol' ? String(r) : r);
  } catch (e) {
    console.log(name, '->', e.constructor.name + ': ' + e.message);
  }
}
const s = Symbol('desc');
const e = Symbol();
const blank = Symbol('');

show('String(s)', () => String(s));
show('String(e)', () => String(e));
show('String(blank)', () => String(blank));
show('s.toString()', () => s.toString());
show('e.toString()', () => e.toString());
show('s.description', () => s.description);
show('e.description', () => e.description);
show('blank.description', () => blank.description);
show('Symbol(1).description', () => Symbol(1).description);
show('Symbol({ toString() {...} }).description', () => Symbol({ toString() { return 'obj'; } }).description);
show('Symbol(null).toString()', () => Symbol(null).toString());
show('typeof s', () => typeof s);
show('typeof Symbol.iterator', () => typeof Symbol.iterator);
show('String(s) + "!"', () => String(s) + '!');
show('s.toString() + "!"', () => s.toString() + '!');
show('`${String(s)}`', () => `${String(s)}`);
show('`${s.description}`', () => `${s.description}`);
show('[s, e].map(String)', () => [s, e].map(String));
show('[s].map(x => x.toString()).join()', () => [s].map(x => x.toString()).join());
show('!s', () => !s);
show('!!e', () => !!e);
show('Boolean(s)', () => Boolean(s));
show('s ? 1 : 2', () => s ? 1 : 2);
show('s && "yes"', () => s && 'yes');
show('s == s', () => s == s);
show('s === s', () => s === s);
show('s == Symbol("desc")', () => s == Symbol('desc'));
show('s == "Symbol(desc)"', () => s == 'Symbol(desc)');
show('"Symbol(desc)" == s', () => 'Symbol(desc)' == s);
show('s == 1', () => s == 1);
show('s == true', () => s == true);
show('s == null', () => s == null);
show('undefined == s', () => undefined == s);
show('s != 0', () => s != 0);
show('s == 1n', () => s == 1n);
show('1n == s', () => 1n == s);
show('s == {}', () => s == {});
show('Object.is(s, s)', () => Object.is(s, s));
show('[s].includes(s)', () => [s].includes(s));
show('[1, s].indexOf(s)', () => [1, s].indexOf(s));
show('new Set([s, s]).size', () => new Set([s, s]).size);
show('new Map([[s, 1]]).get(s)', () => new Map([[s, 1]]).get(s));
show('switch (s)', () => { switch (s) { case e: return 'e'; case s: return 's'; default: return 'none'; } });
show('eval(s) === s', () => eval(s) === s);

const o = {};
show('o[s] = 1', () => (o[s] = 1));
show('o[s]', () => o[s]);
show('s in o', () => s in o);
show('e in o', () => e in o);
show('o.hasOwnProperty(s)', () => o.hasOwnProperty(s));
show('Object.hasOwn(o, s)', () => Object.hasOwn(o, s));
show('propertyIsEnumerable(s)', () => Object.prototype.propertyIsEnumerable.call(o, s));
show('Object.keys(o)', () => Object.keys(o));
show('Object.getOwnPropertyNames(o)', () => Object.getOwnPropertyNames(o));
show('Object.getOwnPropertySymbols(o).length', () => Object.getOwnPropertySymbols(o).length);
show('getOwnPropertySymbols(o)[0] === s', () => Object.getOwnPropertySymbols(o)[0] === s);
show('Reflect.ownKeys(o).map(String)', () => Reflect.ownKeys(o).map(String));
show('getOwnPropertyDescriptor(o, s)', () => JSON.stringify(Object.getOwnPropertyDescriptor(o, s)));
show('delete o[s]', () => delete o[s]);
show('s in o (after delete)', () => s in o);
show('defineProperty(o, s, ...)[s]', () => Object.defineProperty(o, s, { value: 2, enumerable: false })[s]);
show('propertyIsEnumerable(s) (defined)', () => Object.prototype.propertyIsEnumerable.call(o, s));
show('Reflect.has(o, s)', () => Reflect.has(o, s));
show('Reflect.get(o, s)', () => Reflect.get(o, s));
show('Reflect.set({}, s, 3)', () => Reflect.set({}, s, 3));
show('Reflect.deleteProperty(o, s)', () => Reflect.deleteProperty(o, s));
show('({ [s]: 4 })[s]', () => ({ [s]: 4 })[s]);
show('({ [s]() { return 5; } })[s]()', () => ({ [s]() { return 5; } })[s]());
show('({ [s]() {} })[s].name', () => ({ [s]() {} })[s].name);
show('({ get [s]() { return 6; } })[s]', () => ({ get [s]() { return 6; } })[s]);
show('setter [s]', () => { let v; const x = { set [s](a) { v = a; } }; x[s] = 7; return v; });
show('class { [s]() }', () => { class C { [s]() { return 8; } } return new C()[s](); });
show('class { static [s] = 9 }', () => { class C { static [s] = 9; } return C[s]; });
show('class { [s] = 10 }', () => { class C { [s] = 10; } return new C()[s]; });
show('Object.assign({}, { [s]: 11 })[s]', () => Object.assign({}, { [s]: 11 })[s]);
show('({ ...{ [s]: 12 } })[s]', () => ({ ...{ [s]: 12 } })[s]);
show('[1][s]', () => [1][s]);
show("'str'[s]", () => 'str'[s]);
show('(1)[s]', () => (1)[s]);
show('function f() {}; f[s] = 13', () => { function f() {} f[s] = 13; return f[s]; });
show('frozen o[s]', () => Object.freeze({ [s]: 14 })[s]);

show("Symbol.for('k') === Symbol.for('k')", () => Symbol.for('k') === Symbol.for('k'));
show("Symbol.for('k').description", () => Symbol.for('k').description);
show("Symbol.keyFor(Symbol.for('k'))", () => Symbol.keyFor(Symbol.for('k')));
show('Symbol.keyFor(s)', () => Symbol.keyFor(s));
show('Symbol.keyFor(Symbol.iterator)', () => Symbol.keyFor(Symbol.iterator));
show('Symbol.for()', () => Symbol.for());
show('Symbol.keyFor(Symbol.for())', () => Symbol.keyFor(Symbol.for()));
show('Symbol.for(1) === Symbol.for("1")', () => Symbol.for(1) === Symbol.for('1'));
show('String(Symbol.for("k"))', () => String(Symbol.for('k')));
show("({ [Symbol.for('k')]: 1 })[Symbol.for('k')]", () => ({ [Symbol.for('k')]: 1 })[Symbol.for('k')]);

show('String(Symbol.iterator)', () => String(Symbol.iterator));
show('Symbol.asyncIterator.description', () => Symbol.asyncIterator.description);
show('Symbol.hasInstance.toString()', () => Symbol.hasInstance.toString());
show('typeof [][Symbol.iterator]', () => typeof [][Symbol.iterator]);
show('[...{ *[Symbol.iterator]() { yield 1; yield 2; } }]', () => [...{ *[Symbol.iterator]() { yield 1; yield 2; } }]);
show('Symbol.toPrimitive hint', () => {
  const hints = [];
  const x = { [Symbol.toPrimitive](h) { hints.push(h); return 1; } };
  return `${x}` + (x + 1) + (x * 2) + hints.join();
});
show('Symbol.toStringTag', () => Object.prototype.toString.call({ [Symbol.toStringTag]: 'Tag' }));
show('Symbol.hasInstance', () => 1 instanceof class { static [Symbol.hasInstance](v) { return v === 1; } });
show('Symbol.iterator in []', () => Symbol.iterator in []);

show('JSON.stringify(s)', () => JSON.stringify(s));
show('JSON.stringify([s, e])', () => JSON.stringify([s, e]));
show('JSON.stringify({ a: s, [s]: 1, b: 2 })', () => JSON.stringify({ a: s, [s]: 1, b: 2 }));
show('JSON.stringify({ a: [s] })', () => JSON.stringify({ a: [s] }));
show('JSON.stringify({ k: 1 }, (k, v) => k ? s : v)', () => JSON.stringify({ k: 1 }, (k, v) => k ? s : v));
show('JSON.stringify(Symbol.iterator)', () => JSON.stringify(Symbol.iterator));
