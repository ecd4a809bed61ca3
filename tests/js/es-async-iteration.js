const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
async function* countdown(n) {
  try {
    while (n > 0) { await sleep(1); yield n--; }
    return 'liftoff';
  } finally {
    console.log('countdown cleanup at', n);
  }
}
async function main() {
  for await (const v of countdown(3)) console.log('tick', v);
  for await (const v of countdown(5)) { if (v === 4) break; console.log('early', v); }
  for await (const v of [sleep(3, 'a'), 'b', Promise.resolve('c')]) console.log('arr', v);
  const it = countdown(2);
  console.log(await it.next(), await it.return('stopped'), await it.next());
  const custom = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next: async () => (i < 3 ? { value: i++, done: false } : { done: true }),
        return: async () => { console.log('custom return'); return { done: true }; },
      };
    },
  };
  for await (const v of custom) { if (v === 1) break; console.log('custom', v); }
  try {
    for await (const v of custom) { throw new Error('thrown in for await ' + v); }
  } catch (e) { console.log(e.message); }
  async function* inner() { yield 'i1'; yield 'i2'; }
  async function* outer() { yield 'o0'; yield* inner(); yield* ['s1', 's2']; }
  const all = [];
  for await (const v of outer()) all.push(v);
  console.log(all);
  const ag = countdown(1);
  console.log(Object.prototype.toString.call(ag), typeof ag[Symbol.asyncIterator], ag[Symbol.asyncIterator]() === ag);
  // concurrent next() calls are queued
  async function* slow() { yield await sleep(5, 'first'); yield 'second'; }
  const s = slow();
  const [x, y, z] = await Promise.all([s.next(), s.next(), s.next()]);
  console.log(x, y, z);
  async function* failing() { yield 1; throw new Error('gen failed'); }
  try { for await (const v of failing()) console.log('got', v); } catch (e) { console.log('caught', e.message); }
  const rejecting = [Promise.resolve(1), Promise.reject(new Error('rejected elem'))];
  try { for await (const v of rejecting) console.log('r', v); } catch (e) { console.log('caught', e.message); }
  const results = [];
  for await (const [k, v] of new Map([['a', sleep(1, 1)]])) results.push([k, v instanceof Promise]);
  console.log(results);
}
main().then(() => console.log('done'));
