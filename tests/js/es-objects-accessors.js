const temp = {
  _c: 25,
  get f() { return this._c * 9 / 5 + 32; },
  set f(v) { this._c = (v - 32) * 5 / 9; },
  get ['comp' + 'uted']() { return 'computed getter'; },
  [`tpl${1}`]: 'template key',
  'quoted key': 1, 42: 'num', [Symbol.toStringTag]: 'Temp',
  method() { return 'method'; }, async am() { return 'async method'; }, *gm() { yield 'gen method'; },
  arrow: () => 'arrow',
  shorthandFn: function () { return 'fn expr'; },
};
temp.f = 212;
console.log(temp._c, temp.f, temp.computed, temp.tpl1, temp['quoted key'], temp[42], String(temp));
console.log(temp.method.name, temp.am.name, temp.gm.name, temp.arrow.name, temp.shorthandFn.name, Object.getOwnPropertyDescriptor(temp, 'f').get.name);
console.log(Object.keys(temp));
temp.am().then((v) => console.log(v));
console.log([...temp.gm()]);
const x = 1, y = 2;
const short = { x, y, ['x' + y]: x + y };
console.log(short);
const dup = { a: 1, a: 2 };
console.log(dup);
class Temperature {
  static #count = 0;
  #celsius = 0;
  constructor(c) { this.#celsius = c; Temperature.#count++; }
  get fahrenheit() { return this.#celsius * 1.8 + 32; }
  set fahrenheit(f) { this.#celsius = (f - 32) / 1.8; }
  static get count() { return Temperature.#count; }
  toJSON() { return { c: this.#celsius }; }
}
const t = new Temperature(100);
t.fahrenheit = 32;
console.log(t.fahrenheit, Temperature.count, JSON.stringify(t), Object.keys(t), t);
const o2 = Object.defineProperty({}, 'ro', { value: 1, enumerable: true });
o2.ro = 2;
console.log(o2.ro, (() => { 'use strict'; try { o2.ro = 3; } catch (e) { return e.message; } })());
const onlyGet = { get g() { return 1; } };
console.log((() => { 'use strict'; try { onlyGet.g = 2; } catch (e) { return e.message; } })());
const sealed = Object.seal({ s: 1 });
console.log((() => { 'use strict'; try { sealed.n = 1; } catch (e) { return e.message; } })());
console.log((() => { 'use strict'; try { delete sealed.s; } catch (e) { return e.message; } })());
const frozenArr = Object.freeze([1]);
console.log((() => { 'use strict'; try { frozenArr.push(2); } catch (e) { return e.message; } })());
const inherits = Object.create({ get inh() { return 'inherited getter ' + this.own; } });
inherits.own = 'own';
console.log(inherits.inh);
const counterObj = { count: 0, increment() { this.count++; return this; } };
console.log(counterObj.increment().increment().count);
const spreadGetter = { ...{ get g() { return 'evaluated'; } } };
console.log(Object.getOwnPropertyDescriptor(spreadGetter, 'g'));
console.log(Object.entries({ b: 1, a: 2, 1: 'x', 0: 'y' }), JSON.stringify({ z: 1, [Symbol('s')]: 2, u: undefined }));
const protoLit = { __proto__: { hello() { return 'from proto'; } }, own: 1 };
console.log(protoLit.hello(), Object.keys(protoLit), { ['__proto__']: 1 }.__proto__ === 1);
