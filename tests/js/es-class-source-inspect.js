// classes print as classes: String(C) is the class's source, console.log(C) is [class C]
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  toString() { return `(${this.x}, ${this.y})`; }
}
class Point3 extends Point {
  z = 0;
  static origin = new Point3(0, 0);
}
const Anon = class {};
console.log(Point, Point3, Anon, class {}, class Named {});
console.log(String(Point));
console.log(Point3.toString());
console.log(`${class { m() { return "quote \" and \\ backslash"; } }}`);
console.log({ Point, nested: { Point3 } }, [Point]);
console.log(new Point(1, 2), String(new Point(1, 2)), Point3.origin);
console.log(typeof Point, Point.name, Point3.name, Anon.name, (class {}).name, Object.getOwnPropertyNames(Point));
const registry = { models: [class User {}, class Post extends Point {}] };
console.log(registry);
function plain() {}
console.log(plain, String(plain).startsWith('function plain('), [() => {}]);
class WithStatic {
  static #count = 0;
  static inc() { return ++WithStatic.#count; }
}
console.log(WithStatic, WithStatic.inc(), WithStatic.inc());
const mixin = Base => class extends Base { mixed() { return true; } };
const Mixed = mixin(Point);
console.log(Mixed, new Mixed(1, 1).mixed(), Object.getPrototypeOf(Mixed) === Point);
