class Stack extends Array {
  peek() { return this[this.length - 1]; }
  static get [Symbol.species]() { return Array; }
}
const s = new Stack(); s.push(1, 2, 3);
console.log(s.length, s.peek(), s instanceof Stack, Array.isArray(s), s);
class MyArr extends Array { sum() { return this.reduce((a, b) => a + b, 0); } }
const ma = MyArr.from([1, 2, 3]);
console.log(ma.sum(), ma instanceof MyArr, ma.filter((x) => x > 1) instanceof MyArr, ma.filter((x) => x > 1).sum(), MyArr.of(4, 5).sum());
class DefaultMap extends Map {
  constructor(def, entries) { super(entries); this.def = def; }
  get(k) { return this.has(k) ? super.get(k) : this.def(); }
}
const dm = new DefaultMap(() => 0, [['a', 1]]);
console.log(dm.get('a'), dm.get('zz'), dm.size, dm instanceof Map, [...dm.keys()]);
class TrackedSet extends Set { add(v) { console.log('adding', v); return super.add(v); } }
const ts = new TrackedSet([1, 2]);
ts.add(3);
console.log(ts.size, [...ts]);
class ValidationError extends Error {
  constructor(field, ...rest) { super(`invalid ${field}`, ...rest); this.name = 'ValidationError'; this.field = field; }
}
class RequiredError extends ValidationError { constructor(f) { super(f, { cause: 'missing' }); this.name = 'RequiredError'; } }
const re = new RequiredError('email');
console.log(re.message, re.field, re.cause, re instanceof ValidationError, re instanceof Error, re.name, `${re}`);
console.log(Object.prototype.toString.call(re), re.constructor.name, Object.getPrototypeOf(RequiredError) === ValidationError);
try { throw re; } catch (e) { console.log(e instanceof RequiredError ? 'caught required' : 'other'); }
class Emitter extends require('events') { fire() { this.emit('x', 42); } }
const em = new Emitter(); em.on('x', (v) => console.log('event', v)); em.fire();
class P2 extends Promise {}
P2.resolve(1).then((v) => console.log('P2', v));
class Str extends String { shout() { return this.toUpperCase() + '!'; } }
console.log(new Str('hi').shout(), new Str('abc').length);
class Num extends Number { double() { return this * 2; } }
console.log(new Num(21).double());
class RegEx extends RegExp { test(s) { return super.test(s.trim()); } }
console.log(new RegEx('^a$').test('  a '));
class D extends Date { year() { return this.getUTCFullYear(); } }
console.log(new D(0).year(), new D(0) instanceof Date);
class Fn extends Function {}
console.log(typeof Fn);
class Obj extends Object { constructor() { super(); this.x = 1; } }
console.log(new Obj().x, new Obj() instanceof Obj);
class Nul extends null {}
console.log(typeof Nul, Object.getPrototypeOf(Nul.prototype));
const Mixin = (B) => class extends B { mixed() { return 'mixed ' + super.base(); } };
class Base { base() { return 'base'; } }
class Final extends Mixin(Base) {}
console.log(new Final().mixed(), Final.name, Object.getPrototypeOf(Final).name);
class Statics { static count = 0; static inc() { return ++this.count; } }
class SubStatics extends Statics {}
console.log(Statics.inc(), SubStatics.inc(), Statics.count, SubStatics.count, Object.hasOwn(SubStatics, 'count'));
class Acc { static #n = 0; static get n() { return Acc.#n; } static set n(v) { Acc.#n = v * 2; } }
Acc.n = 5; console.log(Acc.n);
console.log(typeof class {}, String(class A { m() {} }).slice(0, 9));
