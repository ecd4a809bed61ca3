// The common entry point: an async IIFE at the top of a script, its errors caught.
(async () => {
  console.log('start');
  const values = [];
  for (const ms of [3, 1, 2]) {
    values.push(await new Promise((r) => setTimeout(() => r(ms), ms)));
  }
  console.log('sequential', values);
  const parallel = await Promise.all([3, 1, 2].map((ms) => new Promise((r) => setTimeout(() => r(ms), ms))));
  console.log('parallel', parallel);
  throw new Error('handled at the top');
})().catch((e) => {
  console.log('caught:', e.message);
}).finally(() => console.log('finally'));
(async function named() {
  console.log('second iife, sync part');
})();
console.log('after the iifes');
