'use strict';
// Function.prototype.toString of functions the down-leveler rewrites: arrows, methods,
// accessors, async functions, generators, class members, default and rest parameters.
// V8 prints them as written.
const show = (label, f) => {
  console.log(`--- ${label}`);
  console.log(`${f}`);
};

show('arrow', (x, y) => x + y);
show('arrow one param', x => { return x; });
show('arrow no params', () => 42);
show('arrow multiline', (a,
  b) => {
  // comment inside
  return a * b;
});
show('async arrow', async (a) => a);
show('async arrow bare', async a => { await a; });
show('async function', async function af() { await 1; });
show('generator', function* g() { yield 1; });
show('generator spaced', function *  g2 () { yield* [1]; });
show('async generator', async function* ag() { yield 1; });
show('defaults', function (a = 1, { b, c } = {}, ...rest) { return [a, b, c, rest]; });
show('let inside', function () { let x = 1; const y = 2; return x + y; });

const o = {
  m() { return 1; },
  get g() { return 2; },
  set g(v) {},
  async am() {},
  *gm() {},
  async *agm() {},
  ['c' + 1](a) {},
  'str key'(b) { return b; },
  42() {},
  arrow: (z) => z,
  fn: function (w) { return w; },
  sup() { return super.toString; },
};
show('method', o.m);
const d = Object.getOwnPropertyDescriptor(o, 'g');
show('getter', d.get);
show('setter', d.set);
show('async method', o.am);
show('generator method', o.gm);
show('async generator method', o.agm);
show('computed method', o.c1);
show('string-keyed method', o['str key']);
show('numeric method', o[42]);
show('arrow property', o.arrow);
show('function property', o.fn);
show('method using super', o.sup);

class C {
  constructor(a) { this.a = a; }
  m(a) { return a; }
  static s() { return 's'; }
  get x() { return 1; }
  set x(v) {}
  static get sx() { return 2; }
  async am() {}
  *gm() {}
  static async *sag() {}
  ['comp' + 'uted']() {}
  field = () => this.a;
}
show('class method', C.prototype.m);
show('static method', C.s);
show('class getter', Object.getOwnPropertyDescriptor(C.prototype, 'x').get);
show('class setter', Object.getOwnPropertyDescriptor(C.prototype, 'x').set);
show('static getter', Object.getOwnPropertyDescriptor(C, 'sx').get);
show('async class method', C.prototype.am);
show('generator class method', C.prototype.gm);
show('static async generator', C.sag);
show('computed class method', C.prototype.computed);
show('field arrow', new C(5).field);
show('class', C);

// functions inside rewritten code: an ES5 function after an arrow on the same line,
// one in a generator, one in a template
const pair = [() => 1, function plain(p) { return p; }];
show('plain after arrow', pair[1]);
function* maker() {
  yield function made(q) { return q; };
  yield (r) => r;
}
const it = maker();
show('function from generator', it.next().value);
show('arrow from generator', it.next().value);
show('in template', `${(t) => t}`.length > 0 ? (t) => t : null);
async function outer() {
  const inner = async (v) => { await v; return v; };
  return inner;
}
outer().then((f) => show('arrow from async function', f));

// String(fn), '' + fn, fn.toString() agree
const f = (a) => a;
console.log(String(f) === f.toString(), '' + f === f.toString());
