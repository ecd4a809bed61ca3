// worker_threads: MessageChannel/MessagePort in one thread (start/close/'message'/
// 'close', onmessage, addEventListener), a port transferred to a worker (and one back
// inside workerData's transferList), messages queued before start() are delivered in
// order, an unref'd port lets the process end, worker.unref(), env and argv options.
const { Worker, MessageChannel, MessagePort, isMainThread, parentPort, workerData } =
  require('worker_threads');

if (isMainThread)
  step1();
else
  inWorker();

function step1() {
  const { port1, port2 } = new MessageChannel();
  console.log(port1 instanceof MessagePort, typeof port1.postMessage);
  port1.postMessage('queued 1');
  port1.postMessage({ queued: 2 });
  port2.on('message', (m) => {
    console.log('port2 got', m);
    if (m === 'last') port2.close();
  });
  port2.on('close', () => {
    console.log('port2 close');
    step2();
  });
  port1.on('close', () => console.log('port1 close'));
  setTimeout(() => port1.postMessage('last'), 10);
}

function step2() {
    const c = new MessageChannel();
    c.port1.onmessage = (ev) => {
      console.log('onmessage', ev.data, ev.target === c.port1);
      c.port1.onmessage = null;
      c.port1.close();
    };
    c.port2.postMessage('to onmessage');
    c.port1.on('close', step3);
}

// what arrives on three channels at once is printed sorted, once the worker is gone
const seen = [];

function step3() {
    const direct = new MessageChannel();
    const viaData = new MessageChannel();
    const w = new Worker(__filename, {
      workerData: { port: viaData.port2, tag: 'data' },
      transferList: [viaData.port2],
      env: { ONLY_THIS: 'yes' },
      argv: ['--flag', 3]
    });
    w.postMessage({ port: direct.port2 }, [direct.port2]);
    w.on('message', (m) => seen.push('worker says ' + m));
    direct.port1.on('message', (m) => {
      seen.push('direct port got ' + m);
      direct.port1.close();
    });
    viaData.port1.on('message', (m) => {
      seen.push('data port got ' + m);
      viaData.port1.close();
    });
    w.on('exit', (code) => {
      console.log(seen.sort().join('\n'));
      console.log('worker exit', code);
      step4();
    });
}

function step4() {
    const { port1: a } = new MessageChannel();
    a.on('message', () => {});
    a.unref();
    console.log('unref port: hasRef', a.hasRef());
    const w = new Worker('setInterval(() => {}, 1000)', { eval: true });
    w.unref();
    process.on('exit', (c) => console.log('main exit', c));
}

function inWorker() {
  parentPort.postMessage('env ' + JSON.stringify(process.env) + ' argv ' +
    JSON.stringify(process.argv.slice(2)));
  parentPort.postMessage('workerData port ' + (workerData.port instanceof MessagePort) +
    ' ' + workerData.tag);
  workerData.port.postMessage('hello through workerData');
  workerData.port.close();
  parentPort.once('message', (m) => {
    parentPort.postMessage('got a port ' + (m.port instanceof MessagePort));
    m.port.postMessage('hello through a transferred port');
    m.port.close();
  });
}
