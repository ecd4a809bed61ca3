// Public instance and static fields, arrow-function fields bound to the instance.
class C {
  a = 1;
  b = this.a + 1;
  static s = 'static';
  handler = () => this.a;
  constructor() { this.c = this.b + 1; }
}
const c = new C();
console.log(c.a, c.b, c.c, C.s, c.handler.call(null));
console.log(Object.keys(c));
class D extends C { d = 'd'; }
console.log(new D().d, new D().a);
