// A lazy pipeline of generators: only the values needed are computed.
let computed = 0;
function* source() { for (let i = 1; ; i++) { computed++; yield i; } }
function* map(it, f) { for (const x of it) yield f(x); }
function* filter(it, pred) { for (const x of it) if (pred(x)) yield x; }
function* take(it, n) { if (n <= 0) return; for (const x of it) { yield x; if (--n <= 0) return; } }
function* chunk(it, size) {
  let buf = [];
  for (const x of it) {
    buf.push(x);
    if (buf.length === size) { yield buf; buf = []; }
  }
  if (buf.length) yield buf;
}
function* zip(...its) {
  const iters = its.map((i) => i[Symbol.iterator]());
  while (true) {
    const rs = iters.map((i) => i.next());
    if (rs.some((r) => r.done)) return;
    yield rs.map((r) => r.value);
  }
}
const squaresOfOdds = take(map(filter(source(), (x) => x % 2), (x) => x * x), 5);
console.log([...squaresOfOdds], 'computed', computed);
console.log([...chunk(take(source(), 7), 3)]);
console.log([...zip('abc', source(), [true, false])]);
const src = { a: 1, b: 2 };
const entries = Object.keys(src).map((k) => [k, src[k]]);
console.log([...map(entries, ([k, v]) => k + v)]);
