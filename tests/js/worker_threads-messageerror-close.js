// port close events on both sides, postMessage on a closed port, worker.postMessage after exit
const { MessageChannel, Worker } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const ev = [];
port2.on('message', (m) => ev.push('port2 message ' + m));
port2.on('close', () => {
  ev.push('port2 close');
  port1.postMessage('after close (dropped)');
  console.log(ev.join('; '));
  const w = new Worker('1', { eval: true });
  w.on('exit', (c) => {
    console.log('worker exit', c);
    w.postMessage('ignored');
    console.log('postMessage after exit did not throw');
  });
});
port1.on('close', () => ev.push('port1 close'));
port1.postMessage('one');
port1.postMessage('two');
setImmediate(() => port1.close());
