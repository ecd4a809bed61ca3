const sleep = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
async function main() {
  console.log(await Promise.all([1, sleep(5, 'slow'), Promise.resolve('p')]));
  console.log(await Promise.all([]), await Promise.allSettled([]));
  try { await Promise.all([sleep(1, 'x'), sleep(2, 'all failed', true)]); } catch (e) { console.log('all:', e.message); }
  const settled = await Promise.allSettled([sleep(1, 'ok'), sleep(2, 'bad', true), 3]);
  console.log(settled.map((r) => r.status + ':' + (r.value ?? r.reason.message)));
  console.log(settled[1].reason instanceof Error, Object.keys(settled[0]), Object.keys(settled[1]));
  const firstOk = sleep(2, 'first ok');
  console.log(await Promise.any([firstOk.then(() => sleep(1, 'later')), sleep(1, 'e1', true), firstOk]));
  try { await Promise.any([sleep(1, 'a', true), Promise.reject(new TypeError('b'))]); } catch (e) {
    console.log(e.constructor.name, e.name, e.message, e.errors.map((x) => x.message), e instanceof Error);
  }
  try { await Promise.any([]); } catch (e) { console.log(e.name, e.message, e.errors); }
  const fast = sleep(1, 'fast');
  console.log(await Promise.race([fast.then(() => sleep(1, 'slow')), fast]));
  const failing = sleep(1, 'race failed', true);
  try { await Promise.race([failing.catch(() => sleep(1, 'slow')), failing]); } catch (e) { console.log('race:', e.message); }
  const ae = new AggregateError([new Error('x'), 'y'], 'many');
  console.log(ae.message, ae.errors.length, ae.name, Object.prototype.toString.call(ae), String(ae));
  console.log(await Promise.all(new Set([1, Promise.resolve(2)])));
  console.log(await Promise.all('ab'));
  const thenable = { then(res) { res('thenable value'); } };
  console.log(await thenable, await Promise.resolve(thenable));
  const order = [];
  const p = Promise.resolve();
  p.then(() => order.push('then1')).then(() => order.push('then2'));
  queueMicrotask(() => order.push('micro'));
  process.nextTick(() => order.push('tick'));
  await null;
  order.push('after await');
  await sleep(1);
  console.log(order);
  const f = Promise.reject(new Error('handled later'));
  await sleep(1);
  f.catch((e) => console.log('late catch', e.message));
  console.log(await Promise.resolve(1).finally(() => 'ignored'));
  try { await Promise.reject(new Error('orig')).finally(() => { throw new Error('from finally'); }); } catch (e) { console.log(e.message); }
  const withResolvers = typeof Promise.withResolvers;
  console.log(withResolvers);
  class MyPromise extends Promise {}
  const mp = MyPromise.resolve(5);
  console.log(mp instanceof MyPromise, mp.then((x) => x) instanceof MyPromise, await mp);
}
main().then(() => console.log('done'));
process.on('unhandledRejection', (r) => console.log('unhandled', r.message));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
