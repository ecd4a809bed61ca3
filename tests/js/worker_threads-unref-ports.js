// an unref'd worker does not keep the process alive; parentPort messages with addEventListener
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.addEventListener('message', (ev) => {
    parentPort.postMessage({ type: ev.type, data: ev.data, hasTarget: ev.target !== undefined });
  });
`, { eval: true });
w.once('message', (m) => {
  console.log('reply', JSON.stringify(m));
  w.unref();
  console.log('unref done; process should exit without waiting');
});
w.postMessage('ping');
process.on('exit', (c) => console.log('process exit', c));
