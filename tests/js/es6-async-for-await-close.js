// Leaving a for await early (break, return, throw) awaits the iterator's return();
// an async generator's finally runs then.
const log = [];
const p = (x) => log.push(x);
async function* numbers() {
  try {
    for (let i = 0; ; i++) yield i;
  } finally {
    p('numbers finally');
    await null;
    p('numbers finally after await');
  }
}
async function firstOver(n) {
  for await (const x of numbers()) if (x > n) return x;
}
async function main() {
  for await (const x of numbers()) {
    if (x === 2) break;
    p('loop ' + x);
  }
  p('after break');
  p('firstOver ' + await firstOver(3));
  try {
    for await (const x of numbers()) if (x === 1) throw new Error('inside');
  } catch (e) {
    p('caught ' + e.message);
  }
  const it = {
    [Symbol.asyncIterator]() { return this; },
    next() { return Promise.resolve({ value: 'v', done: false }); },
    return() { p('custom return called'); return Promise.resolve({ done: true }); },
  };
  for await (const v of it) break;
  p('done');
}
main().then(() => console.log(log.join('\n')));
