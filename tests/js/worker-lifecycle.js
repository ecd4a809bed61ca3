// worker_threads: terminate() of a worker spinning in try/catch/finally, process.exit() in a
// worker ends only it (its exit handlers run), an uncaught exception and an unhandled
// rejection become the parent's 'error' then 'exit' 1; eval workers have require.
const { Worker } = require('worker_threads');
// spinning worker terminated
const w = new Worker('let i = 0; for (;;) { try { i++; } catch (e) {} finally { i-- } }', { eval: true });
w.on('online', async () => {
  console.log('online');
  const code = await w.terminate();
  console.log('terminate resolved', code);
});
w.on('exit', (c) => {
  console.log('exit', c);
  // process.exit in worker
  const w2 = new Worker(`process.on('exit', (c) => console.log('worker exit event', c)); setTimeout(() => console.log('never'), 1000); process.exit(7); console.log('not here')`, { eval: true });
  w2.on('exit', (c) => {
    console.log('w2 exit', c);
    const w3 = new Worker(`console.log(typeof require, __filename); throw new TypeError('boom')`, { eval: true });
    w3.on('error', (e) => console.log('w3 error', e instanceof TypeError, e.name, e.message));
    w3.on('exit', (c) => {
      console.log('w3 exit', c);
      const w4 = new Worker(`Promise.reject(new RangeError('rej'))`, { eval: true });
      w4.on('error', (e) => console.log('w4 error', e.name, e.message));
      w4.on('exit', (c) => console.log('w4 exit', c));
    });
  });
});
