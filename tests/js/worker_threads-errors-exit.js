// errors thrown in a worker, process.exit in a worker, exit codes
const { Worker } = require('worker_threads');
function run(src) {
  return new Promise((resolve) => {
    const w = new Worker(src, { eval: true });
    const ev = [];
    w.on('online', () => ev.push('online'));
    w.on('error', (e) => ev.push(`error ${e.constructor.name} ${e.message}`));
    w.on('exit', (code) => { ev.push('exit ' + code); console.log(ev.join(' | ')); resolve(); });
  });
}
(async () => {
  await run('throw new TypeError("kaput")');
  await run('process.exit(3)');
  await run('process.exitCode = 4');
  await run('Promise.reject(new Error("unhandled in worker"))');
  await run('setTimeout(() => { throw new Error("later") }, 10)');
  await run('const x = 1');
})();
