// Non-constructors reached other ways than `new f()`: bound, spread arguments,
// Reflect.construct, extends, instanceof
function msg(f) { try { const r = f(); return 'ok ' + typeof r; } catch (e) { return `${e.constructor.name}: ${e.message}`; } }
// a function's source text (how V8 names a value in some messages) spelled <source>
function msgText(f, fn) { return msg(f).split(String(fn)).join('<source>'); }
const arrow = (a, b) => [a, b];
const obj = { m(a) { return a; }, get g() { return 1; } };
async function af() {}
function Plain(a) { this.a = a; }

// bind
const bArrow = arrow.bind(null, 1);
const bMethod = obj.m.bind(obj);
const bPlain = Plain.bind(null, 7);
console.log('1.1', 'prototype' in bArrow, 'prototype' in bMethod, 'prototype' in af.bind(null));
console.log('1.2', bArrow(2), bMethod(3), bArrow.name, bMethod.name, bArrow.length);
console.log('1.3', msg(() => new bArrow()));
console.log('1.4', msg(() => new bMethod()));
console.log('1.5', msg(() => new (arrow.bind(null))()));
console.log('1.6', msg(() => new (af.bind(null))()));
console.log('1.7', msg(() => new (bArrow.bind(null))()));
console.log('1.8', new bPlain().a, new bPlain() instanceof Plain);
const bMax = Math.max.bind(null, 3);
console.log('1.9', bMax(5), bMax(1));

// new with spread arguments
const args = [1, 2];
console.log('2.1', msg(() => new arrow(...args)));
console.log('2.2', msg(() => new obj.m(...args)));
console.log('2.3', msg(() => new af(...args)));
console.log('2.4', new Plain(...args).a, msg(() => new Plain(...args)));
const notFn = 5;
console.log('2.5', msg(() => new notFn(...args)));
console.log('2.6', msg(() => new obj.missing(...args)));

// Reflect.construct
console.log('3.1', msgText(() => Reflect.construct(arrow, []), arrow));
console.log('3.2', msgText(() => Reflect.construct(obj.m, [1]), obj.m));
console.log('3.3', msgText(() => Reflect.construct(Plain, [], arrow), arrow));
console.log('3.4', Reflect.construct(Plain, [4]).a, msg(() => Reflect.construct(Plain, [], Plain)));
console.log('3.5', msgText(() => Reflect.construct(af, []), af));

// extends
console.log('4.1', msgText(() => { class X extends arrow {} return X; }, arrow));
console.log('4.2', msgText(() => { class X extends obj.m {} return X; }, obj.m));
console.log('4.3', msgText(() => { class X extends af {} return X; }, af));
console.log('4.4', msg(() => { class X extends Plain {} return new X(3).a; }), msg(() => { class X extends null {} return X; }));

// instanceof: a function without 'prototype'
console.log('5.1', msg(() => ({}) instanceof arrow));
console.log('5.2', msg(() => [] instanceof obj.m));
console.log('5.3', msg(() => 1 instanceof arrow), msg(() => null instanceof af));
console.log('5.4', msg(() => ({}) instanceof bArrow));

// a function without 'prototype' can get one: still not a constructor
arrow.prototype = { p: 1 };
console.log('6.1', 'prototype' in arrow, msg(() => new arrow()), ({}) instanceof arrow, Object.create(arrow.prototype) instanceof arrow);
