// terminate a busy worker, terminate resolves with exit code, threadId
const { Worker, threadId } = require('worker_threads');
console.log('main threadId', threadId);
const w = new Worker(`
  const { parentPort, threadId } = require('worker_threads');
  parentPort.postMessage({ started: true, tid: typeof threadId });
  setInterval(() => {}, 1000);
`, { eval: true });
console.log('worker threadId > 0', w.threadId > 0);
w.on('message', async (m) => {
  console.log('message', JSON.stringify(m));
  const code = await w.terminate();
  console.log('terminate resolved', code);
});
w.on('exit', (code) => {
  console.log('exit', code, 'threadId after exit', w.threadId);
});
