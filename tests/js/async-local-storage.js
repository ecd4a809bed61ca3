// AsyncLocalStorage (async_hooks): the store follows await, promise reactions, timers,
// immediates, nextTick, queueMicrotask, fs callbacks and fs.promises; nested run, exit,
// enterWith, bind, snapshot, AsyncResource. (One request at a time: the order of two
// concurrent ones' I/O is not fixed in Node either.)
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const fs = require('fs');
const als = new AsyncLocalStorage();
const log = (msg) => console.log(`[${als.getStore()?.id ?? '-'}] ${msg}`);
async function handle(id) {
  log('start ' + id);
  await null;
  log('after await ' + id);
  await new Promise((r) => setTimeout(r, 2));
  log('after timer ' + id);
  process.nextTick(() => log('tick ' + id));
  queueMicrotask(() => log('microtask ' + id));
  Promise.resolve().then(() => log('then ' + id));
  await new Promise((r) => setImmediate(() => { log('immediate ' + id); r(); }));
  await new Promise((r) => fs.readFile(__filename, () => { log('readFile ' + id); r(); }));
  await new Promise((r) => fs.stat(__filename, () => { log('stat ' + id); r(); }));
  const data = await fs.promises.readFile(__filename, 'utf8');
  log('promises.readFile ' + id + ' ' + (data.length > 0));
  return id;
}
async function main() {
  log('top');
  const p = als.run({ id: 1 }, () => handle(1));
  log('after run');
  console.log('returned', await p);
  await als.run({ id: 2 }, () => handle(2));
  log('after both');
  await als.run({ id: 'outer' }, () => {
    als.run({ id: 'inner' }, () => log('nested'));
    log('back to outer');
    als.exit(() => log('exited'));
    const bound = AsyncLocalStorage.bind(() => log('bound'));
    const res = new AsyncResource('X');
    return new Promise((resolve) => setTimeout(() => {
      bound();
      res.runInAsyncScope(() => log('resource scope'));
      const snap = AsyncLocalStorage.snapshot();
      als.run({ id: 'other' }, () => snap(() => log('snapshot')));
      resolve();
    }, 5));
  });
  log('end');
  const other = new AsyncLocalStorage();
  other.enterWith({ id: 'entered' });
  console.log(other.getStore(), als.getStore());
  console.log(als.run(5, (a, b) => a + b + als.getStore(), 1, 2));
  setTimeout(() => console.log('timer after enterWith', other.getStore()), 1);
}
main();
