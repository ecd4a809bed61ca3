// Reflect: apply, construct (with newTarget), defineProperty, deleteProperty, get/set
// with a receiver, getOwnPropertyDescriptor, getPrototypeOf/setPrototypeOf, has,
// isExtensible/preventExtensions, ownKeys.
const log = console.log;
function tryIt(label, f) {
  try { log(label, f()); } catch (e) { log(label, e.constructor.name + ': ' + e.message); }
}

log('typeof', typeof Reflect, Object.keys(Reflect), Object.getOwnPropertyNames(Reflect).sort().join());
log('apply', Reflect.apply(Math.max, null, [1, 5, 3]), Reflect.apply(function () { return this.x; }, { x: 7 }, []));
tryIt('apply non-function', () => Reflect.apply(1, null, []));
tryIt('apply bad args', () => Reflect.apply(Math.max, null, 1));

function Point(x, y) { this.x = x; this.y = y; }
const p = Reflect.construct(Point, [1, 2]);
log('construct', p instanceof Point, p.x, p.y);
function Other() {}
const q = Reflect.construct(Point, [3, 4], Other);
log('construct newTarget', q instanceof Other, q instanceof Point, q.x);
const d = Reflect.construct(Date, [2020, 0, 1]);
log('construct Date', d instanceof Date, d.getFullYear());
class Base { constructor(v) { this.v = v; } }
log('construct class', Reflect.construct(Base, [9]).v);
tryIt('construct non-constructor', () => Reflect.construct(1, []));

const o = {};
log('defineProperty', Reflect.defineProperty(o, 'a', { value: 1 }), o.a, Object.keys(o));
log('defineProperty fails', Reflect.defineProperty(Object.freeze({}), 'a', { value: 1 }));
tryIt('defineProperty non-object', () => Reflect.defineProperty(1, 'a', {}));
log('deleteProperty', Reflect.deleteProperty({ a: 1 }, 'a'), Reflect.deleteProperty(Object.freeze({ a: 1 }), 'a'));

const withGetter = { get g() { return this.tag; }, tag: 'own' };
log('get', Reflect.get({ a: 1 }, 'a'), Reflect.get(withGetter, 'g'), Reflect.get(withGetter, 'g', { tag: 'receiver' }), Reflect.get([5, 6], 1));
let seen;
const withSetter = { set s(v) { seen = [this.name, v]; }, name: 'target' };
log('set', Reflect.set(withSetter, 's', 1, { name: 'recv' }), seen);
const target = { x: 1 };
log('set plain', Reflect.set(target, 'x', 2), target.x, Reflect.set(Object.freeze({ y: 1 }), 'y', 2));
const recv = {};
log('set receiver', Reflect.set({}, 'z', 3, recv), recv.z);

log('getOwnPropertyDescriptor', Reflect.getOwnPropertyDescriptor({ a: 1 }, 'a'), Reflect.getOwnPropertyDescriptor({}, 'a'));
log('prototypes', Reflect.getPrototypeOf([]) === Array.prototype, Reflect.setPrototypeOf({}, null), Reflect.setPrototypeOf(Object.preventExtensions({}), {}));
log('has', Reflect.has({ a: 1 }, 'a'), Reflect.has({}, 'toString'), Reflect.has([], 'length'));
const ext = {};
log('extensible', Reflect.isExtensible(ext), Reflect.preventExtensions(ext), Reflect.isExtensible(ext));
log('ownKeys', Reflect.ownKeys({ b: 1, a: 2, 1: 3 }), Reflect.ownKeys([1]));
tryIt('ownKeys non-object', () => Reflect.ownKeys('x'));
tryIt('getPrototypeOf non-object', () => Reflect.getPrototypeOf(1));
log('lengths', ['apply', 'construct', 'defineProperty', 'get', 'set', 'has', 'ownKeys'].map(f => Reflect[f].length));
