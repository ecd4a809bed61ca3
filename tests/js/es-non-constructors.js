// Arrows, methods, getters and setters, and async functions have no 'prototype' and
// `new` on them throws V8's TypeError naming the callee; functions and classes construct
function msg(f) { try { const r = f(); return 'ok ' + typeof r; } catch (e) { return `${e.constructor.name}: ${e.message}`; } }
function has(f) { return `${'prototype' in f} ${f.hasOwnProperty('prototype')} ${f.prototype} [${Object.getOwnPropertyNames(f)}]`; }

const arrow = (x) => x * 2;
const arrowBlock = () => { return 1; };
const asyncArrow = async () => 1;
async function af() {}
const afe = async function () {};
function plain() {}
const obj = {
  m() { return this; },
  async am() {},
  get g() { return 1; },
  set s(v) {},
  get both() { return 1; }, set both(v) {},
  f: function () {},
  a: () => 1,
  ['c' + 'k']() {},
  'str key'() {},
  5() {},
};
class K {
  constructor() { this.v = 1; }
  m() {}
  static s() {}
  async am() {}
  get g() { return 1; }
  set g(v) {}
  static get sg() { return 1; }
  field = () => 1;
  static sfield = () => 2;
}
const getter = Object.getOwnPropertyDescriptor(obj, 'g').get;
const setter = Object.getOwnPropertyDescriptor(obj, 's').set;
const kget = Object.getOwnPropertyDescriptor(K.prototype, 'g');

console.log('1.1 arrow', has(arrow), has(arrowBlock));
console.log('1.2 async', has(asyncArrow), has(af), has(afe));
console.log('1.3 method', has(obj.m), has(obj.am), has(obj.ck), has(obj['str key']), has(obj[5]));
console.log('1.4 accessors', has(getter), has(setter), has(kget.get), has(kget.set), has(Object.getOwnPropertyDescriptor(K, 'sg').get));
console.log('1.5 class members', has(K.prototype.m), has(K.s), has(K.prototype.am), has(new K().field), has(K.sfield));
console.log('1.6 constructors keep it', 'prototype' in plain, 'prototype' in obj.f, 'prototype' in K, K.prototype.constructor === K, plain.prototype.constructor === plain);
console.log('1.7 arrow in property', has(obj.a));

console.log('2.1', msg(() => new arrow()));
console.log('2.2', msg(() => new arrowBlock(1, 2)));
console.log('2.3', msg(() => new asyncArrow()));
console.log('2.4', msg(() => new af()));
console.log('2.5', msg(() => new afe()));
console.log('2.6', msg(() => new obj.m()));
console.log('2.7', msg(() => new obj['m']()));
console.log('2.8', msg(() => new obj.am()));
console.log('2.9', msg(() => new obj.ck()));
console.log('2.10', msg(() => new obj[5]()));
console.log('2.11', msg(() => new obj.a()));
console.log('2.12', msg(() => new getter()));
console.log('2.13', msg(() => new setter()));
console.log('2.14', msg(() => new (Object.getOwnPropertyDescriptor(obj, 'g').get)()));
console.log('2.15', msg(() => new K.prototype.m()));
console.log('2.16', msg(() => new K.s()));
console.log('2.17', msg(() => new kget.get()));
console.log('2.18', msg(() => new (new K().field)()));
console.log('2.19', msg(() => new K.sfield()));
console.log('2.20', msg(() => new (() => {})()));
console.log('2.21', msg(() => new (async () => {})()));
console.log('2.22', msg(() => new (async function () {})()));
console.log('2.23', msg(() => new ({ m() {} }).m()));
console.log('2.24', msg(() => new (0, obj.m)()));
console.log('2.25', msg(() => new (obj.m)()));
const list = [arrow, obj.m];
console.log('2.26', msg(() => new list[0]()), msg(() => new list[1]));
console.log('2.27', msg(() => new plain()), msg(() => new obj.f()), msg(() => new K()));
console.log('2.28', msg(() => K()), msg(() => K.call({})));

// `this` of an arrow is the enclosing function's; so is the callee text
function Outer() {
  this.arrowProp = () => 1;
  const tryNew = () => new this.arrowProp();
  console.log('3.1', msg(tryNew));
  console.log('3.2', msg(() => new this.missing()));
  console.log('3.3', msg(() => this.missing()));
}
new Outer();
const nested = { inner: { deep: { fn: () => 1 } } };
console.log('3.4', msg(() => new nested.inner.deep.fn()));
console.log('3.5', msg(() => new nested.inner['deep'].fn()));

// calling still works, and `this`/arguments are unchanged
console.log('4.1', arrow(21), obj.m() === obj, typeof af().then, getter.call(null), obj.g);
console.log('4.2', [1, 2].map((x) => x + 1), K.prototype.m.call(null), new K().v);
console.log('4.3', arrow.name, obj.m.name, getter.name, setter.name, af.name, K.s.name, obj.ck.name);
console.log('4.4', arrow.length, obj.m.length, setter.length, (async (a, b) => {}).length);

// a "use strict" directive of a method or arrow body still makes it strict
const strictObj = {
  m() { 'use strict'; return this; },
  sloppy() { return typeof this; },
  a: () => { 'use strict'; return (function () { return this; })(); },
};
console.log('5.1', strictObj.m.call(undefined), strictObj.sloppy.call(undefined), strictObj.a());
