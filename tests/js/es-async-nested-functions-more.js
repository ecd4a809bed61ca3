async function a(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    function label(x) { return 'item' + x; }
    await null;
    out.push(label(i));
  }
  switch (n) { case 2: function sw() { return 'sw'; } out.push(sw()); }
  return out.concat(helper());
  function helper() { return ['helper', typeof label]; }
}
a(2).then(console.log);
function* g() {
  let total = 0;
  function add(x) { total += x; return total; }
  for (const v of [1, 2, 3]) yield add(v);
  if (total > 5) { function big() { return 'big ' + total; } yield big(); }
  try { function t() { throw new Error('t'); } t(); } catch (e) { function c() { return 'caught ' + e.message; } yield c(); }
}
console.log([...g()]);
async function* ag() {
  function wrap(v) { return { v }; }
  for await (const x of [Promise.resolve(1), 2]) yield wrap(x);
  function unused() {}
}
(async () => { for await (const w of ag()) console.log(w); })();
const o = {
  async m() { return inner(); async function inner() { await null; return 'nested async decl'; } },
  *g() { function* sub() { yield 'sub'; } yield* sub(); },
};
o.m().then(console.log);
console.log([...o.g()]);
async function recursive(n) { function dec(x) { return x - 1; } return n <= 0 ? 'done' : recursive(dec(n)); }
recursive(3).then(console.log);
async function args() { function count() { return arguments.length; } return [count(1, 2), arguments.length, this === undefined]; }
args(9).then(console.log);
async function shadow() { var f = 1; function f() {} return typeof f; }
shadow().then(console.log);
async function closure() { const fns = []; for (let i = 0; i < 3; i++) { function mk() { return () => i; } fns.push(mk()); await null; } return fns.map((f) => f()); }
closure().then(console.log);
