// awaits around timers and immediates: each resumption runs in the microtask
// checkpoint after the callback that settled the promise.
const log = [];
const p = (x) => log.push(x);
const sleep = (ms, v) => new Promise((r) => setTimeout(() => { p('timer ' + ms); r(v); }, ms));
const immediate = (v) => new Promise((r) => setImmediate(() => { p('immediate ' + v); r(v); }));
async function main() {
  p('main start');
  const a = await sleep(5, 'a');
  p('after sleep ' + a);
  process.nextTick(() => p('tick after sleep'));
  const b = await immediate('b');
  p('after immediate ' + b);
  setTimeout(() => p('timeout 0 scheduled in main'), 0);
  await sleep(10, 'c');
  p('main end');
  return log;
}
main().then((l) => console.log(l.join('\n')));
