// A generator function's 'prototype': its generator objects inherit from it, it inherits
// from %GeneratorPrototype%, and the function is not a constructor
const util = require('util');
function msg(f) { try { return 'ok ' + String(f()); } catch (e) { return `${e.constructor.name}: ${e.message}`; } }
// the message with a function's source text (how V8 names a value) spelled <source>
function msgText(f, fn) { return msg(f).split(String(fn)).join('<source>'); }
function desc(o, k) { const d = Object.getOwnPropertyDescriptor(o, k); return d ? `w${+!!d.writable} e${+!!d.enumerable} c${+!!d.configurable} ${typeof d.value}` : 'none'; }

function* g(a) { yield a; yield a + 1; }
const GP = Object.getPrototypeOf(g.prototype);
const GF = Object.getPrototypeOf(g);
console.log('1.1 proto of object', Object.getPrototypeOf(g()) === g.prototype);
console.log('1.2 instanceof', g() instanceof g, g(1) instanceof Object, ({}) instanceof g);
console.log('1.3 own prototype', g.hasOwnProperty('prototype'), desc(g, 'prototype'));
console.log('1.4 prototype names', Object.getOwnPropertyNames(g.prototype), 'constructor' in g.prototype && g.prototype.constructor === GF);
console.log('1.5 own constructor', g.prototype.hasOwnProperty('constructor'));
console.log('1.6 GeneratorPrototype names', Object.getOwnPropertyNames(GP));
console.log('1.7 next/return/throw', typeof GP.next, typeof GP.return, typeof GP.throw);
console.log('1.8 GP.constructor is GeneratorFunction.prototype', GP.constructor === GF, desc(GP, 'constructor'));
console.log('1.9 GeneratorFunction.prototype.prototype', GF.prototype === GP, desc(GF, 'prototype'));
console.log('1.10 GeneratorFunction name', GF.constructor.name, Object.getPrototypeOf(function* () {}).constructor.name);
console.log('1.11 shared GP', Object.getPrototypeOf((function* () {}).prototype) === GP);
console.log('1.12 iterator proto', typeof Object.getPrototypeOf(GP)[Symbol.iterator], Object.getOwnPropertyNames(Object.getPrototypeOf(GP)));
console.log('1.13 iterator proto chain', Object.getPrototypeOf(Object.getPrototypeOf(GP)) === Object.prototype);
const it = g(1);
console.log('1.14 iterator returns itself', it[Symbol.iterator]() === it);
console.log('1.15 tags', Object.prototype.toString.call(g()), Object.prototype.toString.call(g.prototype), Object.prototype.toString.call(GP), String(g()));
console.log('1.16 fresh prototypes', (function* () {}).prototype !== (function* () {}).prototype, g.prototype === g.prototype);

// methods added to the prototype are visible on the objects
g.prototype.first = function () { return 'first ' + this.next().value; };
console.log('2.1 method', g(5).first(), typeof g(5).first);
GP.extra = function () { return 'extra'; };
console.log('2.2 GeneratorPrototype method', g().extra(), (function* () {})().extra());
delete GP.extra;
console.log('2.3 spread still works', [...g(10)]);
console.log('2.4 own keys of object', Object.getOwnPropertyNames(g()), Object.keys(g()));

// reassigning 'prototype'
function* h() { yield 1; }
const proto = { tag: 'mine', next() { return { value: 'fake', done: true }; } };
h.prototype = proto;
console.log('3.1 object prototype', Object.getPrototypeOf(h()) === proto, h().tag, h().next().value);
h.prototype = 42;
console.log('3.2 non-object prototype', Object.getPrototypeOf(h()) === GP, h().next().value);
h.prototype = null;
console.log('3.3 null prototype', Object.getPrototypeOf(h()) === GP, [...h()]);

// not a constructor
console.log('4.1', msg(() => new g()));
console.log('4.2', msg(() => new g(1, 2)));
const ge = function* named() {};
console.log('4.3', msg(() => new ge()));
console.log('4.4', msg(() => new (function* () {})()));
const holder = { ge };
console.log('4.5', msg(() => new holder.ge()));
console.log('4.6', msg(() => new holder['ge']()));
console.log('4.7', msgText(() => Reflect.construct(g, []), g));
console.log('4.8', msg(() => new g(...[1, 2])));
console.log('4.9', msgText(() => { class X extends g {} return X; }, g));

// a generator declared inside a function: a new prototype per closure
function make() { function* inner() { yield 'in'; } return inner; }
const a = make(), b = make();
console.log('5.1 per closure', a.prototype !== b.prototype, Object.getPrototypeOf(a()) === a.prototype, Object.getPrototypeOf(b()) === b.prototype);
console.log('5.2 same GP', Object.getPrototypeOf(a.prototype) === GP && Object.getPrototypeOf(b.prototype) === GP);
// a generator whose body names itself or shadows its name
function* self(n) { if (n > 0) yield* self(n - 1); yield n; }
console.log('5.3 recursion', [...self(3)], Object.getPrototypeOf(self(0)) === self.prototype);
function* shadow() { var shadow = 1; yield shadow; }
console.log('5.4 shadowed name', Object.getPrototypeOf(shadow()) === shadow.prototype, [...shadow()]);
let later = function* () { yield 'x'; };
const early = later;
later = null;
console.log('5.5 binding reassigned', Object.getPrototypeOf(early()) === early.prototype, [...early()]);
function* params(x = 1, { y } = { y: 2 }, ...rest) { yield x + y + rest.length; }
console.log('5.6 parameters', [...params()], Object.getPrototypeOf(params()) === params.prototype);
console.log('5.7 call/apply/bind', Object.getPrototypeOf(g.call(null, 1)) === g.prototype,
  Object.getPrototypeOf(g.apply(null, [1])) === g.prototype, Object.getPrototypeOf(g.bind(null)(1)) === g.prototype);

// util
console.log('6.1', util.inspect(g.prototype), util.inspect(GP));
console.log('6.2', util.types.isGeneratorFunction(g), util.types.isGeneratorObject(g()), util.types.isGeneratorObject(g.prototype));
console.log('6.3', util.inspect(g), util.inspect(Object.getOwnPropertyNames(g)));
