// Generator methods (`*m() {}`) of object literals and classes have a 'prototype' of
// their own like generator functions, and are not constructors
function msg(f) { try { return 'ok ' + String(f()); } catch (e) { return `${e.constructor.name}: ${e.message}`; } }
const GP = Object.getPrototypeOf((function* () {}).prototype);
const AGP = Object.getPrototypeOf((async function* () {}).prototype);
const key = 'dyn';
const o = {
  *m(x) { yield x; },
  async *am() { yield 1; },
  *[key]() { yield 'computed'; },
  *'quoted key'() { yield 'q'; },
  *uses() { yield super.toString === Object.prototype.toString; },
};
console.log('1.1', Object.getPrototypeOf(o.m()) === o.m.prototype, o.m() instanceof o.m, Object.getPrototypeOf(o.m.prototype) === GP);
console.log('1.2', Object.getPrototypeOf(o.am()) === o.am.prototype, Object.getPrototypeOf(o.am.prototype) === AGP);
console.log('1.3', Object.getPrototypeOf(o.dyn()) === o.dyn.prototype, o.dyn.name, [...o.dyn()]);
console.log('1.4', Object.getPrototypeOf(o['quoted key']()) === o['quoted key'].prototype, o['quoted key'].name);
console.log('1.5', [...o.uses()], Object.getPrototypeOf(o.uses()) === o.uses.prototype);
console.log('1.6', Object.getOwnPropertyNames(o.m), Object.getOwnPropertyNames(o.m.prototype));
console.log('2.1', msg(() => new o.m()));
console.log('2.2', msg(() => new o.am()));
console.log('2.3', msg(() => new o[key]()));
console.log('2.4', msg(() => new o['quoted key']()));

class C {
  *items() { yield* [this.a, this.b]; }
  static *count(n) { for (let i = 0; i < n; i++) yield i; }
  async *stream() { yield 'chunk'; }
  *[Symbol.iterator]() { yield 'it'; }
  constructor() { this.a = 1; this.b = 2; }
}
class D extends C { *items() { yield* super.items(); yield 3; } }
const c = new C(), d = new D();
console.log('3.1', Object.getPrototypeOf(c.items()) === C.prototype.items.prototype, c.items() instanceof C.prototype.items, [...c.items()]);
console.log('3.2', Object.getPrototypeOf(C.count(2)) === C.count.prototype, [...C.count(3)]);
console.log('3.3', Object.getPrototypeOf(c.stream()) === C.prototype.stream.prototype);
console.log('3.4', [...c], Object.getPrototypeOf(c[Symbol.iterator]()) === C.prototype[Symbol.iterator].prototype);
console.log('3.5', [...d.items()], Object.getPrototypeOf(d.items()) === D.prototype.items.prototype, D.prototype.items.prototype !== C.prototype.items.prototype);
C.prototype.items.prototype.sum = function () { let s = 0; for (const v of this) s += v; return s; };
console.log('3.6', c.items().sum(), typeof d.items().sum);
console.log('3.7', Object.getOwnPropertyNames(C.prototype.items), Object.getOwnPropertyNames(C.prototype.items.prototype));
console.log('4.1', msg(() => new c.items()));
console.log('4.2', msg(() => new C.count()));
console.log('4.3', msg(() => new C.prototype.stream()));
console.log('4.4', msg(() => new c[Symbol.iterator]()));
console.log('4.5', msg(() => new d.items()));
console.log('4.6', typeof new C(), msg(() => C()));
