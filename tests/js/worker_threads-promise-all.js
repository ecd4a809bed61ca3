// run many workers concurrently with a promise wrapper; collect ordered results and exit codes
const { Worker } = require('worker_threads');
const src = `
  const { parentPort, workerData } = require('worker_threads');
  let s = 0;
  for (let i = 1; i <= workerData.n; i++) s += i * i;
  parentPort.postMessage({ n: workerData.n, s });
`;
function run(n) {
  return new Promise((resolve, reject) => {
    const w = new Worker(src, { eval: true, workerData: { n } });
    let result;
    w.once('message', (m) => { result = m; });
    w.once('error', reject);
    w.once('exit', (code) => resolve({ ...result, code }));
  });
}
(async () => {
  const out = await Promise.all([10, 100, 1000, 5, 50].map(run));
  for (const r of out) console.log(`n=${r.n} sumsq=${r.s} code=${r.code}`);
  const settled = await Promise.allSettled([run(3), new Promise((_, rej) => {
    const w = new Worker('throw new Error("bad worker")', { eval: true });
    w.on('error', rej);
  })]);
  console.log(settled.map((s) => s.status + ':' + (s.value ? s.value.s : s.reason.message)));
})();
