// ES2015+ Object additions: assign, entries, values, fromEntries,
// getOwnPropertyDescriptors, is, hasOwn, setPrototypeOf and the __proto__ accessor.
const log = console.log;
function tryIt(label, f) {
  try { log(label, f()); } catch (e) { log(label, e.constructor.name + ': ' + e.message); }
}

// assign: own enumerable keys in order, getters read once, null/undefined sources skipped
const src = { b: 2, a: 1 };
Object.defineProperty(src, 'hidden', { value: 3, enumerable: false });
let reads = 0;
const getterSrc = { get g() { reads++; return 'got'; } };
const t = Object.assign({ z: 0 }, src, null, undefined, getterSrc, 'xy');
log('assign', t, reads, Object.keys(t));
log('assign returns target', Object.assign(t) === t);
tryIt('assign null target', () => Object.assign(null, {}));
log('assign to primitive', typeof Object.assign(1, { a: 1 }));
const frozen = Object.freeze({ a: 1 });
tryIt('assign frozen', () => { 'use strict'; return Object.assign(frozen, { a: 2 }); });

// entries / values: insertion order with integer keys first, strings spread
log('entries', Object.entries({ b: 1, 2: 'two', a: [3], 1: 'one' }));
log('values', Object.values({ b: 1, 2: 'two', a: [3], 1: 'one' }));
log('entries string', Object.entries('hi'), Object.values('hi'));
tryIt('entries undefined', () => Object.entries(undefined));
log('entries array', Object.entries(['x', 'y']));

// fromEntries: arrays, Maps, iterables, __proto__ as an own key
log('fromEntries', Object.fromEntries([['a', 1], ['b', 2], ['a', 3]]));
log('fromEntries map', Object.fromEntries(new Map([['k', 'v'], [1, 2]])));
const fe = Object.fromEntries([['__proto__', 1]]);
log('fromEntries __proto__', Object.keys(fe), Object.getPrototypeOf(fe) === Object.prototype);
log('fromEntries generator', Object.fromEntries((function* () { yield ['g', 1]; yield ['h', 2]; })()));
tryIt('fromEntries bad entry', () => Object.fromEntries([1]));
tryIt('fromEntries null', () => Object.fromEntries(null));
log('roundtrip', Object.fromEntries(Object.entries({ x: 1, y: 2 }).map(([k, v]) => [k, v * 10])));

// getOwnPropertyDescriptors, including arrays' and strings' built-in properties
const acc = { get a() { return 1; }, b: 2 };
const ds = Object.getOwnPropertyDescriptors(acc);
log('descriptors', Object.keys(ds), typeof ds.a.get, ds.a.set, ds.a.enumerable, ds.b);
log('array descriptors', Object.getOwnPropertyDescriptors(['q']));
log('string descriptor', Object.getOwnPropertyDescriptor('ab', 1), Object.getOwnPropertyDescriptor('ab', 'length'));
log('array length descriptor', Object.getOwnPropertyDescriptor([1, 2], 'length'));
const clone = Object.create(Object.getPrototypeOf(acc), Object.getOwnPropertyDescriptors(acc));
log('clone', clone.a, clone.b);

// is
log('is', Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is('a', 'a'), Object.is({}, {}));

// hasOwn
log('hasOwn', Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({ a: 1 }, 'toString'), Object.hasOwn([1], 'length'), Object.hasOwn([1], 0));
tryIt('hasOwn null', () => Object.hasOwn(null, 'a'));

// setPrototypeOf and __proto__
const proto = { hello() { return 'hi from proto'; } };
const o = Object.setPrototypeOf({}, proto);
log('setPrototypeOf', o.hello(), Object.getPrototypeOf(o) === proto, proto.isPrototypeOf(o));
log('setPrototypeOf null', Object.getPrototypeOf(Object.setPrototypeOf({}, null)));
log('setPrototypeOf primitive', Object.setPrototypeOf(1, null));
tryIt('setPrototypeOf cycle', () => { const a = {}, b = Object.create(a); return Object.setPrototypeOf(a, b); });
tryIt('setPrototypeOf non-extensible', () => Object.setPrototypeOf(Object.preventExtensions({}), {}));
tryIt('setPrototypeOf bad proto', () => Object.setPrototypeOf({}, 1));
tryIt('setPrototypeOf undefined', () => Object.setPrototypeOf(undefined, {}));
tryIt('Object.prototype immutable', () => Object.setPrototypeOf(Object.prototype, {}));
const p2 = {};
p2.__proto__ = proto;
log('__proto__ set', p2.hello(), p2.__proto__ === proto, Object.keys(p2));
log('__proto__ of array', [].__proto__ === Array.prototype);
log('__proto__ descriptor', typeof Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').get);
function Animal() {}
Animal.prototype.speak = function () { return 'generic'; };
function Dog() {}
Object.setPrototypeOf(Dog.prototype, Animal.prototype);
log('inheritance', new Dog().speak(), new Dog() instanceof Animal);

// none of this is enumerable
const names = [];
for (const k in {}) names.push(k);
log('for-in on {}', names, Object.keys(Object), Object.keys(Object.prototype));
log('names', Object.assign.name, Object.assign.length, Object.fromEntries.length, Object.setPrototypeOf.length, Object.is.length);
