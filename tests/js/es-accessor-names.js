// A getter's and a setter's name is 'get <key>' / 'set <key>' (classes and object
// literals, plain, computed, numeric, string and symbol keys), as V8 names them
const d = (o, k) => Object.getOwnPropertyDescriptor(o, k);
const sy = Symbol('desc'), anon = Symbol();

class C {
  get x() { return 1; }
  set x(v) {}
  static get sx() { return 1; }
  static set sx(v) {}
  get [Symbol.iterator]() { return 1; }
  set ['a' + 'b'](v) {}
  get [sy]() { return 1; }
  set [anon](v) {}
  get 7() { return 1; }
  get 'q r'() { return 1; }
  m() {}
  static sm() {}
  ['c' + 'm']() {}
}
console.log('1.1 class plain', d(C.prototype, 'x').get.name, '|', d(C.prototype, 'x').set.name);
console.log('1.2 class static', d(C, 'sx').get.name, '|', d(C, 'sx').set.name);
console.log('1.3 class computed', d(C.prototype, Symbol.iterator).get.name, '|', d(C.prototype, 'ab').set.name);
console.log('1.4 class symbol', d(C.prototype, sy).get.name, '|', JSON.stringify(d(C.prototype, anon).set.name));
console.log('1.5 class number/string', d(C.prototype, 7).get.name, '|', d(C.prototype, 'q r').get.name);
console.log('1.6 class methods', C.prototype.m.name, C.sm.name, C.prototype.cm.name);

const o = {
  get a() { return 1; },
  set a(v) {},
  b() {},
  ['c' + 1]() {},
  get [Symbol.iterator]() { return 1; },
  set ['x' + 1](v) {},
  get 5() { return 1; },
  get 'q r'() { return 1; },
  get [sy]() { return 1; },
  set [anon](v) {},
};
console.log('2.1 literal plain', d(o, 'a').get.name, '|', d(o, 'a').set.name, '|', o.b.name, o.c1.name);
console.log('2.2 literal computed', d(o, Symbol.iterator).get.name, '|', d(o, 'x1').set.name);
console.log('2.3 literal number/string', d(o, 5).get.name, '|', d(o, 'q r').get.name);
console.log('2.4 literal symbol', d(o, sy).get.name, '|', JSON.stringify(d(o, anon).set.name));

// a getter and a setter added separately keep their own names
const p = { get [sy]() { return 1; } };
Object.defineProperty(p, 'late', { get: function () {}, configurable: true });
console.log('3.1 defineProperty keeps', JSON.stringify(d(p, 'late').get.name));
class D extends C { get x() { return super.x + 1; } }
console.log('3.2 subclass', d(D.prototype, 'x').get.name, new D().x);
console.log('3.3 name descriptor', JSON.stringify(d(d(C.prototype, 'x').get, 'name')));
