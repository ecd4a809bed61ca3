function* grid(n) {
  outer: for (let i = 0; i < n; i++) {
    inner: for (let j = 0; j < n; j++) {
      if (j > i) continue outer;
      if (i === 3) break outer;
      yield `${i},${j}`;
    }
  }
  return 'grid done';
}
console.log([...grid(5)]);
async function scan(rows) {
  const out = [];
  rows: for (const row of rows) {
    for (const cell of row) {
      await null;
      if (cell < 0) continue rows;
      if (cell === 99) break rows;
      out.push(cell);
    }
  }
  return out;
}
scan([[1, 2], [-1, 5], [3, 99, 4], [7]]).then((r) => console.log('scan', r));
function* labelledBlock() {
  block: {
    yield 1;
    if (true) break block;
    yield 'never';
  }
  yield 2;
}
console.log([...labelledBlock()]);
function* withFinally() {
  try {
    for (let i = 0; ; i++) {
      try { yield i; } finally { console.log('inner finally', i); }
    }
  } finally {
    console.log('outer finally');
  }
}
for (const v of withFinally()) { if (v === 2) break; }
const it = withFinally();
it.next(); it.next();
console.log(it.return('early'), it.next());
function* thrower() { try { yield 1; yield 2; } catch (e) { yield 'caught ' + e; } yield 'after'; }
const t = thrower();
console.log(t.next(), t.throw('boom'), t.next(), t.next());
function* delegating() { const r = yield* inner(); yield 'inner returned ' + r; }
function* inner() { const x = yield 'first'; yield 'got ' + x; return 'R'; }
const d = delegating();
console.log(d.next(), d.next('X'), d.next(), d.next());
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
const f10 = []; for (const v of fib()) { if (f10.length === 10) break; f10.push(v); }
console.log(f10);
const gobj = { *[Symbol.iterator]() { yield* [1, 2]; yield* 'ab'; } };
console.log([...gobj], Array.from(gobj));
function* sw(x) { switch (x) { case 1: yield 'one'; case 2: yield 'two'; break; default: yield 'other'; } }
console.log([...sw(1)], [...sw(2)], [...sw(3)]);
function* wh() { let i = 0; do { yield i; } while (++i < 3); while (i < 6) { i++; if (i % 2) continue; yield i; } }
console.log([...wh()]);
const genFn = function* () {};
console.log(typeof genFn().next, genFn().toString(), Object.prototype.toString.call(genFn()));
const go = grid(2);
console.log(go[Symbol.iterator]() === go, go.next(), go.return(5), go.next());
