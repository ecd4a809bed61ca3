class A { get v() { return 'A.v of ' + this.n; } set v(x) { this._v = x; } m() { return 'A.m ' + this.n; } static s() { return 'A.s ' + this.name; } }
class B extends A { constructor() { super(); this.n = 'b'; } get v() { return super.v + '!'; } set v(x) { super.v = x * 2; } m() { return super.m() + ' via B'; } static s() { return super.s() + ' via B'; }
  assign() { super.q = 5; return [this.q, A.prototype.q]; } compound() { this.c = 1; super.c += 10; return this.c; } }
const b = new B(); b.v = 4;
console.log(b.v, b._v, b.m(), B.s(), b.assign(), b.compound());
class P { hello() { return 'P:' + super.toString.call(this).slice(0, 8); } static h() { return typeof super.call; } }
console.log(new P().hello(), P.h());
const o = { toString() { return 'o ' + super.toString(); } };
console.log(String(o));
