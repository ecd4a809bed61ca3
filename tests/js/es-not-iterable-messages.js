// V8's "... is not iterable" TypeErrors: named after the expression for references,
// calls and literals; typed for values it cannot name; call spreads differ
const o = { a: 5, n: null, s: {} }; const n = 5;
function f() { return 5; } const arr = [{}];
function msg(t) { try { t(); return 'no error'; } catch (e) { return e.constructor.name + ': ' + e.message; } }
const tries = [
  () => { const [a] = o; }, () => { const [a] = {}; }, () => [...o], () => { for (const x of o); },
  () => { for (const x of n); }, () => new Map(o), () => { const [a] = undefined; },
  () => { let u; for (const x of u); }, () => Math.max(...o), () => { const [a] = o.missing; },
  () => new Set(5), () => { for (const x of o.a); }, () => { for (const x of o.s); },
  () => { for (const x of o.n); }, () => [...o.s], () => { const [a] = f(); },
  () => { for (const x of arr[0]); }, () => { for (const x of { a: 1 }); }, () => { for (const x of 5); },
  () => [...o['s']], () => { for (const x of o.s.t); }, () => { const [q] = o.s; },
  () => { const [q] = 1 + 2; }, () => { for (const x of true); }, () => { function g([a]) {} g(o); },
  () => { const g = ([a]) => 1; g(5); }, () => { for (const x of {}); }, () => { const [a] = { b: 1 }; },
  () => { let a; [a] = o; }, () => { const [[x]] = [null]; },
];
for (const t of tries) console.log(msg(t));
function g() {}
const vals = [undefined, null, 5, true, {}, function h() {}, Symbol('s'), 1.5, -0];
for (const v of vals) console.log('call', msg(() => g(...v)));
for (const v of vals) console.log('param', msg(() => { const p = ([a]) => a; p(v); }));
for (const v of vals) console.log('set', msg(() => new Set(v).size));
for (const v of vals) console.log('arr', msg(() => [...{ a: v }.a]));
function* gen() { for (const x of o.s) yield x; }
console.log('gen', msg(() => [...gen()]));
async function af() { for (const x of o.n) await x; }
af().catch((e) => console.log('async', e.message));
