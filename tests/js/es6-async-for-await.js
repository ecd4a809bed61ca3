// for await over an async iterator, an async generator, and sync iterables holding
// promises; ordering against a chain of promise reactions.
const log = [];
const p = (x) => log.push(x);
const custom = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next() { p('custom next ' + i); return Promise.resolve({ value: i, done: i++ >= 2 }); },
    };
  },
};
async function* gen() { yield 'g1'; await null; yield 'g2'; }
async function main() {
  for await (const v of custom) p('custom value ' + v);
  for await (const v of gen()) p('gen value ' + v);
  for await (const v of [Promise.resolve('s1'), 's2', new Promise((r) => setImmediate(() => r('s3')))]) p('sync value ' + v);
  for await (const [a, b] of [[1, 2], Promise.resolve([3, 4])]) p('destructured ' + (a + b));
  let total = 0;
  for await (total of [5, 6]);
  p('assignment target ' + total);
}
main().then(() => console.log(log.join('\n')));
let i = 0;
(function tick() { p('tick ' + i); if (++i < 12) Promise.resolve().then(tick); })();
