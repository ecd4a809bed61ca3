class Service {
  constructor() { this.name = 'svc'; this.calls = 0; }
  async fetch(id) { this.calls++; await null; return `${this.name}:${id}`; }
  async fetchAll(ids) { return Promise.all(ids.map(async (id) => this.fetch(id))); }
  static async create() { const s = new Service(); await s.fetch(0); return s; }
  get ready() { return (async () => this.calls > 0)(); }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function retry(fn, n) {
  for (let attempt = 1; ; attempt++) {
    try { return await fn(attempt); } catch (e) { if (attempt >= n) throw new Error(`gave up after ${attempt}: ${e.message}`); await sleep(1); }
  }
}
async function main() {
  const s = await Service.create();
  console.log(await s.fetchAll([1, 2]), s.calls, await s.ready);
  console.log(await retry(async (a) => { if (a < 3) throw new Error('fail ' + a); return 'ok at ' + a; }, 5));
  try { await retry(async () => { throw new Error('always'); }, 2); } catch (e) { console.log(e.message); }
  const results = [];
  const gates = [1, 2, 3].map(() => { let open; const p = new Promise((r) => { open = r; }); return { p, open }; });
  const done = Promise.all([3, 1, 2].map(async (n) => { await gates[n - 1].p; results.push(n); }));
  for (const g of gates) { g.open(); await sleep(1); }
  await done;
  console.log(results);
  const x = await (async () => { const { a, ...rest } = await Promise.resolve({ a: 1, b: 2, c: 3 }); return [a, rest]; })();
  console.log(x);
  const cond = (await Promise.resolve(true)) ? await Promise.resolve('yes') : 'no';
  console.log(cond, (await Promise.resolve(2)) ** (await Promise.resolve(3)), [await 1, await 2], { k: await 'v' });
  const obj = { v: 0 };
  obj.v += await Promise.resolve(5);
  obj['dyn' + (await 'amic')] = 1;
  console.log(obj);
  let total = 0;
  for (const p of [1, 2, 3].map((v) => Promise.resolve(v))) total += await p;
  console.log(total);
  const iter = (async function* () { let i = 0; while (i < 3) yield i++; })();
  console.log(await iter.next(), await iter.next());
  const thenable = { then(onF) { setTimeout(() => onF('late thenable'), 1); } };
  console.log(await thenable);
  async function thrower() { throw new TypeError('async throw'); }
  const p = thrower();
  console.log(p instanceof Promise);
  await p.catch((e) => console.log('caught', e.name, e.message));
  const timeout = (ms) => new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), ms));
  const t5 = timeout(5);
  console.log(await Promise.race([t5.catch(() => 'slow'), t5]).catch((e) => e.message));
  const arrowThis = { n: 'arrowThis', run() { return (async () => { await null; return this.n; })(); } };
  console.log(await arrowThis.run());
  async function withFinally() { try { await sleep(1); return 'from try'; } finally { console.log('finally in async'); } }
  console.log(await withFinally());
  async function nested() { async function inner() { await null; return 'inner'; } return (await inner()) + '+outer'; }
  console.log(await nested());
  const asyncFnArgs = async function (a, b = a + 1, ...rest) { return [a, b, rest, arguments.length]; };
  console.log(await asyncFnArgs(1), await asyncFnArgs(1, 5, 6, 7));
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  await new Promise((r) => setImmediate(r));
  console.log('end of main');
}
main().catch((e) => console.log('main failed', e));
