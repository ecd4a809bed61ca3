// Function declarations nested in async functions, generators, async generators,
// async arrows and methods: hoisted, in blocks, after statements, around awaits.
async function a1() { function g() { return 'a1'; } return g(); }
async function a2() { return k(); function k() { return 'a2'; } }
async function a3() {
  var x = 1;
  function g() { return 'a3:' + x; }
  await null;
  x = 2;
  function h() { return g() + ':h'; }
  return h();
}
async function a4() {
  await 0;
  { function inner() { return 'a4 block'; } console.log(inner()); }
  if (true) { function other() { return 'a4 if'; } console.log(other()); }
  return typeof inner;
}
async function a5(n) {
  function fact(k) { return k <= 1 ? 1 : k * fact(k - 1); }
  const r = [];
  for (let i = 0; i < n; i++) { await null; r.push(fact(i)); }
  return r;
}
async function a6() {
  try {
    function thrower() { throw new Error('boom'); }
    await null;
    thrower();
  } catch (e) {
    function describe(err) { return 'caught ' + err.message; }
    return describe(e);
  }
}
const arrow = async () => { function g() { return 'arrow'; } await 1; return g(); };
const arrow2 = async (x) => { return twice(x); function twice(y) { return y * 2; } };
const obj = {
  async m() { function g() { return 'obj.m'; } return g(); },
  async *ag() { function g(v) { return v + 1; } yield g(1); await null; yield g(2); },
  *sg() { yield help(); function help() { return 'obj.sg'; } }
};
class C {
  constructor() { this.v = 'C'; }
  async m() { const self = this; function g() { return self.v + '.m'; } await null; return g(); }
  static async s() { function g() { return 'C.s'; } return g(); }
  *gen() { function h(i) { return i * 10; } for (let i = 0; i < 3; i++) yield h(i); }
}
function* g1() { function h() { return 2; } yield h(); }
function* g2() { yield early(); yield early(); function early() { return 'early'; } }
function* g3() {
  let count = 0;
  function inc() { return ++count; }
  while (count < 3) yield inc();
  return 'done ' + count;
}
async function* ag1() { function h(x) { return x * 3; } for (const v of [1, 2]) { yield h(v); await null; } }

async function main() {
  console.log(await a1());
  console.log(await a2());
  console.log(await a3());
  console.log(await a4());
  console.log(await a5(5));
  console.log(await a6());
  console.log(await arrow());
  console.log(await arrow2(21));
  console.log(await obj.m());
  const out = [];
  for await (const v of obj.ag()) out.push(v);
  console.log(out);
  console.log([...obj.sg()]);
  console.log(await new C().m());
  console.log(await C.s());
  console.log([...new C().gen()]);
  console.log([...g1()]);
  console.log([...g2()]);
  const it = g3();
  console.log(it.next(), it.next(), it.next(), it.next());
  const out2 = [];
  for await (const v of ag1()) out2.push(v);
  console.log(out2);
  // the generators' nested functions are fresh per call
  function* pair() { function f() {} yield f; }
  const [f1] = pair(), [f2] = pair();
  console.log(f1 === f2, typeof f1, f1.name);
}
main().then(() => console.log('end'), (e) => console.log('failed', e));
