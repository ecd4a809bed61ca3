// async function*: yield and await together; next() returns promises settled in order.
const log = [];
const p = (x) => log.push(x);
async function* ticker(n) {
  p('ticker starts');
  for (let i = 0; i < n; i++) {
    const got = yield i;
    p('ticker got ' + got);
    await null;
  }
  return 'ticker done';
}
async function main() {
  const it = ticker(2);
  p('created, not started');
  console.log(Object.prototype.toString.call(it.next), typeof it[Symbol.asyncIterator]);
  const r1 = await it.next('first');
  p(JSON.stringify(r1));
  const r2 = await it.next('second');
  p(JSON.stringify(r2));
  p(JSON.stringify(await it.next('third')));
  p(JSON.stringify(await it.next('fourth')));
  async function* awaitsYield() { yield Promise.resolve('yielded promise is awaited'); }
  for await (const v of awaitsYield()) p(v);
}
main().then(() => console.log(log.join('\n')));
let i = 0;
(function tick() { p('tick ' + i); if (++i < 16) Promise.resolve().then(tick); })();
