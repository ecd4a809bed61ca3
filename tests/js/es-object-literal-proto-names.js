// object literals: `__proto__: v` sets the prototype; methods and anonymous functions
// under computed keys take their names from the keys (also in classes and fields)
const base = { inherited: true, hi() { return 'hi ' + this.n; } };
const o = {
  n: 'x',
  __proto__: base,
  ['k' + 1]() {},
  [Symbol.iterator]: function* () { yield 1; },
  arrow: () => 1,
  [`c${2}`]: () => 2,
  [Symbol('tag')]() {},
  async [`a${3}`]() {},
};
console.log(o.inherited, o.hi(), Object.keys(o), Object.getPrototypeOf(o) === base);
console.log(o.k1.name, o[Symbol.iterator].name, o.arrow.name, o.c2.name, o.a3.name, [...o]);
console.log(Object.getOwnPropertyNames(o), typeof o[Symbol.iterator]);

const bare = { __proto__: null, a: 1 };
console.log(Object.getPrototypeOf(bare), bare, 'toString' in bare);
const quoted = { '__proto__': base, n: 'q' };
console.log(quoted.hi(), Object.keys(quoted));
const computed = { ['__proto__']: 5 };
console.log(Object.keys(computed), Object.getPrototypeOf(computed) === Object.prototype);
const ignored = { __proto__: 42, x: 1 };
console.log(Object.getPrototypeOf(ignored) === Object.prototype, ignored);

// a literal used as a prototype chain: the usual "inheritance without classes"
const animal = { speak() { return `${this.name} makes a sound`; } };
const dog = { __proto__: animal, name: 'Rex', bark() { return this.speak() + ' (woof)'; } };
console.log(dog.bark(), animal.isPrototypeOf(dog), Object.keys(dog));

class K {
  static [`m${1}`]() {}
  ['x' + 'y']() {}
  fld = () => {};
  static sf = function () {};
  cls = class {};
  [Symbol.toPrimitive]() { return 1; }
}
const k = new K();
console.log(K.m1.name, k.xy.name, k.fld.name, K.sf.name, k.cls.name, k[Symbol.toPrimitive].name);
const named = { f: function inner() {}, [1 + 1]: function () {} };
console.log(named.f.name, named[2].name);
