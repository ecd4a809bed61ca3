// a small task pool of workers computing results, ordered by task id
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (!isMainThread) {
  parentPort.on('message', ({ id, n }) => {
    let a = 0, b = 1;
    for (let i = 0; i < n; i++) [a, b] = [b, a + b];
    parentPort.postMessage({ id, n, fib: a });
  });
} else {
  const tasks = [10, 20, 30, 5, 15, 25].map((n, id) => ({ id, n }));
  const results = [];
  const workers = [new Worker(__filename), new Worker(__filename)];
  let next = 0, done = 0;
  function feed(w) {
    if (next < tasks.length) w.postMessage(tasks[next++]);
  }
  for (const w of workers) {
    w.on('message', (r) => {
      results[r.id] = r;
      done++;
      if (done === tasks.length) {
        for (const r of results) console.log(`fib(${r.n}) = ${r.fib}`);
        Promise.all(workers.map((x) => x.terminate())).then((codes) => console.log('codes', codes));
      } else feed(w);
    });
    feed(w);
  }
}
