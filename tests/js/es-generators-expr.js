function* exprs() {
  const a = (yield 'first') + (yield 'second');
  console.log('sum', a);
  const obj = { k: yield 'obj', [yield 'key']: 'v' };
  console.log(obj);
  const arr = [yield 'a0', ...(yield 'spread')];
  console.log(arr);
  const call = Math.max(yield 'm1', yield 'm2');
  console.log('max', call);
  const cond = (yield 'test') ? yield 'then' : yield 'else';
  console.log('cond', cond);
  let s = '';
  for (let i = 0; i < 2; i++) s += yield `loop ${i}`;
  console.log('s', s);
  const t = `tpl ${yield 'tpl'} end`;
  console.log(t);
  try { yield 'try'; throw new Error('inner'); } catch (e) { console.log('caught', e.message, yield 'catch'); } finally { console.log('finally', yield 'finally'); }
  return yield 'last';
}
const g = exprs();
let r = g.next();
const feed = [1, 2, 'objv', 'dyn', 'x', [7, 8], 3, 9, true, 'T', 'L0', 'L1', 'T1', undefined, 'C', 'F', 'ret'];
let i = 0;
while (!r.done) { console.log('yielded', r.value); r = g.next(feed[i++]); }
console.log('result', r.value);
function* delegate() { const inner = yield* (function* () { const v = yield 'inner'; return v * 2; })(); yield 'inner returned ' + inner; }
const d = delegate(); console.log(d.next().value, d.next(21).value);
function* infinite() { let i = 0; while (true) { const cmd = yield i++; if (cmd === 'reset') i = 0; } }
const inf = infinite(); inf.next(); inf.next(); console.log(inf.next('reset').value, inf.next().value);
const gen = (function* () { yield 1; })();
console.log(typeof gen.next, gen[Symbol.iterator]() === gen, String(gen), Object.getPrototypeOf(function* () {}).constructor.name);
class Tree {
  constructor(v, ...kids) { this.v = v; this.kids = kids; }
  *[Symbol.iterator]() { yield this.v; for (const k of this.kids) yield* k; }
}
console.log([...new Tree(1, new Tree(2, new Tree(3)), new Tree(4))]);
function* take(n, it) { for (const v of it) { if (n-- <= 0) return; yield v; } }
function* naturals() { let n = 0; while (true) yield n++; }
console.log([...take(5, naturals())]);
const entries = Object.entries({ a: 1, b: 2 });
function* mapGen(f, it) { for (const x of it) yield f(x); }
console.log([...mapGen(([k, v]) => k + v, entries)]);
