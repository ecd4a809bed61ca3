class Counter {
  #count = 0;
  static #instances = 0;
  #secret() { return 'secret ' + this.#count; }
  get #double() { return this.#count * 2; }
  set #value(v) { this.#count = v; }
  static { Counter.#instances = 100; }
  constructor() { Counter.#instances++; }
  inc() { this.#count++; return this; }
  reveal() { return [this.#secret(), this.#double]; }
  setTo(v) { this.#value = v; return this.#count; }
  static count() { return Counter.#instances; }
  static isCounter(o) { return #count in o; }
  static #priv() { return 'static private'; }
  static callPriv() { return Counter.#priv(); }
}
const c = new Counter().inc().inc();
console.log(c.reveal(), c.setTo(10), Counter.count(), Counter.isCounter(c), Counter.isCounter({}));
console.log(Counter.callPriv());
console.log(Object.keys(c), JSON.stringify(c));
class Point {
  static origin = new Point(0, 0);
  x; y = 5;
  constructor(x, y) { this.x = x; if (y !== undefined) this.y = y; }
  toString() { return `(${this.x}, ${this.y})`; }
  static from({ x = 1, y = 2 } = {}) { return new this(x, y); }
}
console.log(String(Point.origin), String(Point.from({ x: 3 })), String(Point.from()), new Point(7));
class Temp {
  static #c = 0;
  static next() { return ++Temp.#c; }
  static accessor = 3;
}
console.log(Temp.next(), Temp.next(), Temp.accessor);
class Base { constructor() { this.kind = new.target.name; } static create() { return new this(); } }
class Derived extends Base {}
console.log(new Base().kind, new Derived().kind, Derived.create().kind);
function F() { return new.target === undefined ? 'call' : 'new'; }
console.log(F(), new F() instanceof F);
class Acc {
  #v = 1;
  get v() { return this.#v; }
  set v(x) { if (x < 0) throw new RangeError('negative'); this.#v = x; }
  static get desc() { return 'static getter'; }
}
const a = new Acc(); a.v = 5;
console.log(a.v, Acc.desc, Object.getOwnPropertyNames(Acc.prototype));
try { a.v = -1; } catch (e) { console.log(e.name, e.message); }
console.log(typeof Acc, Acc.name, Acc.length, class {}.name, (class Named {}).name);
const Anon = class {};
console.log(Anon.name);
class WithFieldsThis { a = 1; b = this.a + 1; c = () => this.b; }
console.log(new WithFieldsThis().c(), new WithFieldsThis());
class Chain { #x = 0; add(n) { this.#x += n; return this; } get x() { return this.#x; } }
console.log(new Chain().add(1).add(2).x);
