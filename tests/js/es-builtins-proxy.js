// Proxy of objects and arrays: get, set, has, deleteProperty, ownKeys and
// getOwnPropertyDescriptor traps (for-in, Object.keys, JSON.stringify, hasOwnProperty),
// forwarding without traps, revocable proxies, function proxies (apply, construct).
'use strict';
const log = console.log;
function tryIt(label, f) {
  try { log(label, f()); } catch (e) { log(label, e.constructor.name + ': ' + e.message); }
}

log('typeof', typeof Proxy, Proxy.length, Proxy.name, 'prototype' in Proxy);
tryIt('call without new', () => Proxy({}, {}));
tryIt('non-object target', () => new Proxy(1, {}));

// a default-value object
const defaults = new Proxy({ a: 1 }, { get: (t, k) => (k in t ? t[k] : 'default:' + k) });
log('get', defaults.a, defaults.missing, defaults['x y']);

// logging every operation
const events = [];
const target = { x: 1, y: 2 };
const logged = new Proxy(target, {
  get(t, k, r) { events.push('get ' + String(k)); return Reflect.get(t, k, r); },
  set(t, k, v, r) { events.push('set ' + k + '=' + v); t[k] = v * 10; return true; },
  has(t, k) { events.push('has ' + k); return k in t; },
  deleteProperty(t, k) { events.push('delete ' + k); return delete t[k]; },
});
logged.z = 3;
log('set trap', target.z, logged.x, 'x' in logged, 'nope' in logged, delete logged.x, target.x);
log('events', events);

// transparent forwarding
const plain = { a: 1, nested: { b: 2 } };
const fwd = new Proxy(plain, {});
fwd.c = 3;
log('forward', fwd.a, fwd.nested.b, plain.c, Object.keys(fwd), JSON.stringify(fwd), 'a' in fwd, delete fwd.a, plain.a);

// ownKeys / getOwnPropertyDescriptor: hiding private keys
const secret = new Proxy({ _hidden: 1, shown: 2, also: 3 }, {
  ownKeys: t => Reflect.ownKeys(t).filter(k => k[0] !== '_'),
  has: (t, k) => k[0] !== '_' && k in t,
  get: (t, k) => (String(k)[0] === '_' ? undefined : t[k]),
});
const keys = [];
for (const k in secret) keys.push(k);
log('ownKeys', Object.keys(secret), keys, JSON.stringify(secret), '_hidden' in secret, secret._hidden);
log('getOwnPropertyNames', Object.getOwnPropertyNames(secret));
const described = new Proxy({}, {
  ownKeys: () => ['virt'],
  getOwnPropertyDescriptor: (t, k) => (k === 'virt' ? { value: 'v', enumerable: true, configurable: true } : undefined),
  get: (t, k) => (k === 'virt' ? 'v' : undefined),
});
log('virtual keys', Object.keys(described), Object.prototype.hasOwnProperty.call(described, 'virt'), Object.prototype.hasOwnProperty.call(described, 'other'), JSON.stringify(described));

// set returning false: TypeError in strict code
const readonly = new Proxy({}, { set: () => false });
tryIt('set falsish', () => { readonly.a = 1; return 'no error'; });

// validation proxy
const validated = new Proxy({}, {
  set(t, k, v) {
    if (k === 'age' && !Number.isInteger(v)) throw new TypeError('age must be an integer');
    t[k] = v;
    return true;
  },
});
validated.age = 30;
tryIt('validation', () => { validated.age = 'old'; });
log('validated', validated.age);

// arrays
const arr = new Proxy([1, 2, 3], {
  get: (t, k) => (k === 'length' ? t.length : typeof k === 'string' && /^\d+$/.test(k) ? t[k] * 2 : t[k]),
});
log('array proxy', arr[0], arr[2], arr.length, Object.prototype.toString.call(arr));

// revocable
const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
log('before revoke', proxy.a);
revoke();
tryIt('after revoke get', () => proxy.a);
tryIt('after revoke set', () => { proxy.a = 2; });

// function proxies
function sum(a, b) { return a + b; }
const traced = new Proxy(sum, {
  apply(t, thisArg, args) { return 'sum(' + args.join(',') + ')=' + t.apply(thisArg, args); },
});
log('apply trap', traced(2, 3), typeof traced, traced.name, traced.length);
class Thing { constructor(n) { this.n = n; } }
const made = new Proxy(Thing, { construct(t, args) { return new t(args[0] * 100); } });
log('construct trap', new made(2).n, new made(2) instanceof Thing);
const passthrough = new Proxy(sum, {});
log('function forward', passthrough(1, 1));

// a handler that closes over its proxy: nothing leaks it, it is a plain object graph
let selfRef = null;
selfRef = new Proxy({}, { get: (t, k) => (k === 'self' ? selfRef : undefined) });
log('self reference', selfRef.self === selfRef);
