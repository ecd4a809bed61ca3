// A plain ES5 file (nothing for the down-leveler to lower): an object literal's getters
// and setters are not constructors and have no 'prototype'; function expressions are
// and have one, wherever they are stored
function msg(f) { try { var r = f(); return 'ok ' + typeof r; } catch (e) { return e.constructor.name + ': ' + e.message; } }
var o = {
  get g() { return 1; },
  set s(v) { this._s = v; },
  get both() { return this._b; }, set both(v) { this._b = v; },
  f: function () {},
  nested: { get deep() { return 2; } }
};
var g = Object.getOwnPropertyDescriptor(o, 'g').get;
var s = Object.getOwnPropertyDescriptor(o, 's').set;
var bd = Object.getOwnPropertyDescriptor(o, 'both');
var viaDefine = {};
Object.defineProperty(viaDefine, 'x', { get: function () { return 3; }, configurable: true });
var dg = Object.getOwnPropertyDescriptor(viaDefine, 'x').get;
console.log('1.1', 'prototype' in g, 'prototype' in s, 'prototype' in bd.get, 'prototype' in bd.set, g.prototype);
console.log('1.2', Object.getOwnPropertyNames(g), Object.getOwnPropertyNames(s));
console.log('1.3', 'prototype' in o.f, 'prototype' in dg, 'prototype' in Object.getOwnPropertyDescriptor(o.nested, 'deep').get);
console.log('2.1', msg(function () { return new g(); }));
console.log('2.2', msg(function () { return new s(1); }));
console.log('2.3', msg(function () { return new bd.get(); }));
console.log('2.4', msg(function () { return new (Object.getOwnPropertyDescriptor(o, 'both').set)(); }));
console.log('2.5', msg(function () { return new o.f(); }), msg(function () { return new dg(); }));
console.log('2.6', msg(function () { return new (g.bind(o))(); }), 'prototype' in g.bind(o));
console.log('3.1', o.g, (o.s = 5, o._s), (o.both = 6, o.both), o.nested.deep, g.call(null), g.name, s.name, s.length);
console.log('3.2', msg(function () { return ({}) instanceof g; }));
