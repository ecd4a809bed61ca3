// Built-in functions that are not constructors (Math.*, prototype methods, parseInt,
// Promise.resolve, Map.prototype.get, ...) throw V8's TypeError on `new`, directly,
// bound and through Reflect.construct, and have no 'prototype'; the built-in
// constructors still construct
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', typeof r); } catch (e) { console.log(label, `${e.constructor.name}: ${e.message}`); }
}
t('1.1', () => new Math.max());
t('1.2', () => new Array.prototype.map());
t('1.3', () => new parseInt('1'));
t('1.4', () => new Object.keys({}));
t('1.5', () => new Math.trunc(1));
t('1.6', () => new JSON.parse('1'));
t('1.7', () => new Date.now());
t('1.8', () => new Date.prototype.getTime());
t('1.9', () => new String.prototype.at(0));
t('1.10', () => new Promise.resolve(1));
t('1.11', () => new Promise.prototype.then());
t('1.12', () => new Map.prototype.get());
t('1.13', () => new Set.prototype.add());
t('1.14', () => new Reflect.ownKeys({}));
t('1.15', () => new Proxy.revocable({}, {}));
t('1.16', () => new Symbol.for('x'));
t('1.17', () => new Uint8Array.from([]));
t('1.18', () => new ArrayBuffer.isView());
t('1.19', () => new DataView.prototype.getInt8(0));
t('1.20', () => new BigInt.asIntN(8, 1n));
t('1.21', () => new console.log());
t('1.22', () => new Error.captureStackTrace({}));
t('1.23', () => new isNaN(1));
t('1.24', () => new encodeURIComponent('a'));
const f = Math.max;
t('1.25', () => new f());

// Symbol and BigInt are functions that refuse `new` with their own message
t('2.1', () => new Symbol());
t('2.2', () => new BigInt(1));

// bound, Reflect.construct, spread new, extends
t('3.1', () => new (Math.max.bind(null))());
t('3.2', () => Reflect.construct(Math.max, []));
t('3.3', () => Reflect.construct(Object, [], Math.max));
const args = [1];
t('3.4', () => new Math.abs(...args));
t('3.5', () => { class X extends Math.max {} return X; });
t('3.6', () => new (class { m() {} }).prototype.m());

// no 'prototype', and own properties as in V8
const pr = (x) => `${typeof x.prototype} ${Object.prototype.hasOwnProperty.call(x, 'prototype')}`;
console.log('4.1', pr(Math.max), pr(parseInt), pr(Array.prototype.map), pr(Promise.resolve), pr(Map.prototype.set));
console.log('4.2', pr(Reflect.apply), pr(Math.max.bind(null)), pr(Symbol.for), pr(console.log), pr(Proxy));
console.log('4.3', Object.getOwnPropertyNames(Math.max).sort(), Object.getOwnPropertyNames(parseInt).sort());
console.log('4.4', Math.max.name, parseInt.name, Proxy.name, Proxy.length);

// still callable as functions
console.log('5.1', Math.max(1, 2), parseInt('12'), [1, 2].map((x) => x * 2), Reflect.ownKeys({ a: 1 }),
  new Map([[1, 2]]).get(1), Symbol.for('k') === Symbol.for('k'), Uint8Array.from([1, 2]).length);
Promise.resolve(5).then((v) => console.log('5.2', v));

// the built-in constructors construct
const ctors = { Object, Function, Array, String, Number, Boolean, Date, RegExp, Error, TypeError, RangeError,
  Map, Set, WeakMap, WeakSet, ArrayBuffer, Uint8Array, Float64Array, DataView, WeakRef, FinalizationRegistry };
const made = [];
for (const [n, C] of Object.entries(ctors)) {
  let a = [];
  if (n === 'DataView') a = [new ArrayBuffer(4)];
  if (n === 'WeakRef') a = [{}];
  if (n === 'FinalizationRegistry') a = [() => {}];
  try { made.push(n + ':' + typeof new C(...a)); } catch (e) { made.push(n + ':' + e.message); }
}
console.log('6.1', made.join(' '));
t('6.2', () => new Promise(() => {}));
t('6.3', () => new Proxy({}, {}));
t('6.4', () => Proxy({}, {}));
t('6.5', () => Reflect.construct(Proxy, [{}, {}]));
t('6.6', () => Reflect.construct(Map, []) instanceof Map);
class MyMap extends Map {}
t('6.7', () => new MyMap([[1, 2]]).get(1));
