'use strict';
// Generator, async and async generator functions print with their kind, as V8's do,
// and util.types tells them apart, whatever syntax made them.
const util = require('util');

console.log(usedBeforeItsDeclaration);
async function usedBeforeItsDeclaration() {}

async function f() { await null; return 1; }
function* g() { yield 1; }
async function* h() { yield 1; }
function plain() {}
const arrow = async () => 1;
const expr = async function () {};
const named = async function inner() {};
const genExpr = function* () {};
const o = {
  async m() {},
  *n() {},
  async *p() {},
  q: async (x) => x,
  r() {},
};
class C {
  async m() {}
  static *s() {}
  async *t() {}
}

console.log(f, g, h, plain);
console.log(arrow, expr, named, genExpr);
console.log(o);
console.log([f, g, h, async () => {}, function* () {}]);
console.log(C.prototype.m, C.s, C.prototype.t);
console.log({ nested: { f, g } });
console.log(Object.prototype.toString.call(f), Object.prototype.toString.call(g),
  Object.prototype.toString.call(h), Object.prototype.toString.call(plain));
console.log(typeof f, f.name, g.name, h.name, arrow.name, expr.name, o.m.name, o.q.name);

for (const fn of [f, g, h, plain, arrow, o.m, o.n, o.p, C.s, async () => {}]) {
  console.log(fn.name || '(anonymous)', util.types.isAsyncFunction(fn), util.types.isGeneratorFunction(fn));
}
console.log(util.types.isAsyncFunction({}), util.types.isGeneratorFunction(1));

function outer() {
  return inner;
  async function* inner() {}
}
console.log(outer());
{
  function* inBlock() {}
  console.log(inBlock);
}
async function withNested() {
  await null;
  return deep;
  async function deep() {}
}
withNested().then((d) => console.log(d, util.types.isAsyncFunction(d)));
console.log(util.inspect(f, { colors: false }), String(util.format('%O', g)));
f().then((v) => console.log('f resolved', v));
console.log([...g()], h().next() instanceof Promise);
