// a worker starting its own worker; threadIds are distinct; messages relayed up
const { Worker, isMainThread, parentPort, threadId, workerData } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename, { workerData: { depth: 1 } });
  const seen = [];
  w.on('message', (m) => seen.push(m));
  w.on('exit', (c) => {
    console.log('exit', c);
    console.log(seen.map((m) => `depth=${m.depth} tidPositive=${m.tid > 0} distinct=${m.tid !== m.parentTid}`).join('\n'));
  });
} else {
  const { depth } = workerData;
  if (depth < 2) {
    const inner = new Worker(__filename, { workerData: { depth: depth + 1, parentTid: threadId } });
    inner.on('message', (m) => parentPort.postMessage(m));
    inner.on('exit', () => parentPort.postMessage({ depth, tid: threadId, parentTid: 0 }));
  } else {
    parentPort.postMessage({ depth, tid: threadId, parentTid: workerData.parentTid });
  }
}
