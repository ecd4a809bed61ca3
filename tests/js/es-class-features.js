class Shape {
  static #registry = new Map();
  static register(name, cls) { Shape.#registry.set(name, cls); }
  static create(name, ...args) { const C = Shape.#registry.get(name); if (!C) throw new Error(`unknown shape ${name}`); return new C(...args); }
  static {
    this.defaultColor = 'black';
  }
  #id;
  static #nextId = 1;
  constructor() { if (new.target === Shape) throw new TypeError('abstract'); this.#id = Shape.#nextId++; }
  get id() { return this.#id; }
  area() { throw new Error('not implemented'); }
  toString() { return `${this.constructor.name}#${this.#id}(${this.area().toFixed(2)})`; }
  static isShape(x) { return #id in x; }
}
class Circle extends Shape {
  #r;
  constructor(r) { super(); this.#r = r; }
  area() { return Math.PI * this.#r ** 2; }
  get radius() { return this.#r; }
  set radius(v) { if (v <= 0) throw new RangeError('radius must be positive'); this.#r = v; }
}
class Square extends Shape {
  constructor(s) { super(); this.s = s; }
  area() { return this.s ** 2; }
  static { Shape.register('square', this); }
}
Shape.register('circle', Circle);
const shapes = [Shape.create('circle', 1), Shape.create('square', 2), new Circle(0.5)];
console.log(shapes.map(String), shapes.map((s) => s.id), Shape.defaultColor, Circle.defaultColor);
try { new Shape(); } catch (e) { console.log(e.name, e.message); }
try { Shape.create('hexagon'); } catch (e) { console.log(e.message); }
try { shapes[0].radius = -1; } catch (e) { console.log(e.name, e.message); }
console.log(Shape.isShape(shapes[1]), Shape.isShape({}), shapes[0] instanceof Shape, Object.keys(shapes[1]), JSON.stringify(shapes));
console.log(Object.getOwnPropertyNames(Circle.prototype), typeof Circle, Circle.name, Circle.length, Object.getPrototypeOf(Circle) === Shape);
class Counter {
  count = 0;
  increment = () => { this.count++; return this; };
  static instances = [];
  constructor() { Counter.instances.push(this); }
}
const c1 = new Counter(); const inc = c1.increment; inc(); inc();
console.log(c1.count, Counter.instances.length, Object.keys(c1));
class Base { greet() { return 'base'; } static who() { return 'Base static'; } }
class Derived extends Base {
  greet() { return `derived+${super.greet()}`; }
  static who() { return `Derived static+${super.who()}`; }
  arrowSuper = () => super.greet();
}
console.log(new Derived().greet(), Derived.who(), new Derived().arrowSuper());
const Cls = class Inner { static self() { return Inner.name; } };
console.log(Cls.self(), Cls.name);
class Getters { static get x() { return 'static get'; } get [Symbol.toStringTag]() { return 'GetTag'; } }
console.log(Getters.x, Object.prototype.toString.call(new Getters()));
class WithDefaults { constructor({ a = 1, b = 2 } = {}) { Object.assign(this, { a, b }); } }
console.log(new WithDefaults(), new WithDefaults({ b: 5 }));
try { class A { constructor() { this.x; } } class B extends A { constructor() { this.y = 1; super(); } } new B(); } catch (e) { console.log(e.name, e.message); }
try { const C2 = class {}; C2(); } catch (e) { console.log(e.name, e.message); }
class A { constructor(x) { this.x = x; } }
class B extends A { constructor() { const f = () => this; try { f(); } catch (e) { console.log('arrow before super:', e.name); } super(1); console.log(f().x, this.x); } }
new B();
class C extends A { constructor() { if (false) super(); } }
try { new C(); } catch (e) { console.log(e.name, e.message); }
class D extends A { constructor() { return { custom: true }; } }
console.log(new D());
class E extends A { constructor() { super(2); return; } }
console.log(new E().x);
class F extends A { field = this.x + 1; constructor() { super(5); } }
console.log(new F().field);
class G extends A { constructor(...args) { super(...args); for (let i = 0; i < 2; i++) { const g = () => this.x + i; console.log(g()); } } }
new G(10);
