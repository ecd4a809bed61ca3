// BigInts through structuredClone and a worker's postMessage: kept as BigInts, inside
// objects, arrays and Maps too.
const { Worker } = require('worker_threads');
const v = { a: 2n ** 70n, list: [1n, -2n, 0n], m: new Map([[3n, 4n]]) };
const c = structuredClone(v);
console.log(c, typeof c.a, c.a === v.a, structuredClone(-5n));
const w = new Worker("require('worker_threads').parentPort.on('message', (m) => { require('worker_threads').parentPort.postMessage({ twice: m.n * 2n, type: typeof m.n }); process.exit(0); });", { eval: true });
w.on('message', (m) => console.log('from worker', m));
w.postMessage({ n: 12345678901234567890n });
