// destructuring with values sent into a generator, default and rest parameters, and
// object/array patterns in declarations after yields.
function* g({ a, b = 'B' } = {}, ...more) {
  const [x, y = 'dy', ...zs] = yield [a, b, more.length];
  const { p, q: { r } = { r: 'dr' } } = yield [x, y, zs];
  let s, t;
  [s, t] = yield [p, r];
  ({ s, t = 'dt' } = yield [s, t]);
  return [s, t];
}
const it = g({ a: 1 }, 8, 9);
console.log(it.next().value);
console.log(it.next([10, undefined, 11, 12]).value);
console.log(it.next({ p: 'P' }).value);
console.log(it.next(['S', 'T']).value);
console.log(it.next({ s: 'S2' }));
function* swapper() {
  let a = 1, b = 2;
  [a, b] = [b, yield a + b];
  yield [a, b];
}
const sw = swapper();
console.log(sw.next().value, sw.next('sent').value);
