// MessageChannel between main and worker via transferList
const { Worker, MessageChannel, isMainThread, parentPort } = require('worker_threads');
// The local channel's round trip comes first and the worker starts after it: started
// together, a worker that ran at once on a loaded machine got its messages to port1
// before main's loop delivered the local one.
function startWorker() {
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(__filename);
  w.postMessage({ port: port2 }, [port2]);
  let n = 0;
  port1.on('message', (m) => {
    console.log('port1 got', JSON.stringify(m));
    if (++n === 3) { port1.close(); }
  });
  let exitCode;
  let port1Closed = false;
  const report = () => { if (port1Closed && exitCode !== undefined) console.log('port1 closed, worker exit', exitCode); };
  port1.on('close', () => { port1Closed = true; report(); });
  w.on('exit', (c) => { exitCode = c; report(); });
}
if (isMainThread) {
  // local channel, no worker
  const ch = new MessageChannel();
  ch.port2.once('message', (m) => { console.log('local', m); ch.port2.close(); startWorker(); });
  ch.port1.postMessage('local-hello');
} else {
  parentPort.once('message', ({ port }) => {
    for (let i = 0; i < 3; i++) port.postMessage({ i, sq: i * i });
    port.on('close', () => { parentPort.close(); });
  });
}
