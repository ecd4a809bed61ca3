// Classes across modules: exported classes, extends of an imported class, static
// members, and instanceof between modules.
import { Base, Derived, make } from './fixtures/esm/class-export/derived.mjs';
import Shape from './fixtures/esm/class-export/shape.mjs';
var d = new Derived('x');
console.log(d.describe(), d instanceof Base, make() instanceof Derived);
console.log(Derived.kind(), Base.count, new Shape(2).area());
console.log(typeof Shape, Shape.name);
