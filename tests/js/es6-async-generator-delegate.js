// yield* in an async generator: over another async generator (return value, forwarded
// return()), over sync iterables, and for await over the result.
const log = [];
const p = (x) => log.push(x);
async function* inner() {
  try {
    yield 'i1';
    yield 'i2';
    return 'inner result';
  } finally {
    p('inner finally');
  }
}
async function* outer() {
  const r = yield* inner();
  p('yield* gave ' + r);
  yield* ['s1', Promise.resolve('s2')];
  yield 'last';
}
async function main() {
  for await (const v of outer()) p('got ' + v);
  const it = outer();
  p(JSON.stringify(await it.next()));
  p(JSON.stringify(await it.return('stop')));
  p(JSON.stringify(await it.next()));
}
main().then(() => console.log(log.join('\n')));
let i = 0;
(function tick() { p('tick ' + i); if (++i < 20) Promise.resolve().then(tick); })();
