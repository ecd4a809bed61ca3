async function* source() { try { yield 1; yield 2; yield 3; } finally { console.log('source cleanup'); } }
async function* mapAsync(it, f) { for await (const x of it) yield f(x); }
async function* takeAsync(it, n) { if (n <= 0) return; for await (const x of it) { yield x; if (--n <= 0) return; } }
async function main() {
  for await (const v of takeAsync(mapAsync(source(), (x) => x * 10), 2)) console.log('v', v);
  const g = source();
  console.log(await g.next());
  console.log(await g.throw(new Error('injected')).catch((e) => 'throw rejected: ' + e.message));
  console.log(await g.next());
  async function* withReturnAwait() { try { yield 'a'; } finally { await new Promise((r) => setTimeout(r, 1)); console.log('async finally done'); } }
  const w = withReturnAwait(); await w.next();
  console.log(await w.return('R'));
  async function* yieldsPromise() { yield Promise.resolve('unwrapped'); yield* [Promise.resolve('from sync iterable')]; }
  for await (const v of yieldsPromise()) console.log(v);
  async function* rejects() { yield Promise.reject(new Error('yielded rejection')); }
  try { for await (const v of rejects()) console.log(v); } catch (e) { console.log('caught', e.message); }
  const syncIterOfPromises = { *[Symbol.iterator]() { try { yield Promise.resolve(1); yield Promise.resolve(2); } finally { console.log('sync closed'); } } };
  for await (const v of syncIterOfPromises) { console.log('sync', v); break; }
  console.log(typeof source.prototype, Object.prototype.toString.call(source()));
}
main().then(() => console.log('done'));
