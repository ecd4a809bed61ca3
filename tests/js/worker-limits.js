// worker_threads: resourceLimits.maxOldGenerationSizeMb ends only the worker that grows
// past it (ERR_WORKER_OUT_OF_MEMORY, then 'exit' 1) and the parent carries on;
// worker.resourceLimits and the worker's own resourceLimits; threadIds count up.
const { Worker, isMainThread, resourceLimits, threadId } = require('worker_threads');
console.log('main', isMainThread, threadId, resourceLimits);
const w = new Worker(`
  const { resourceLimits } = require('worker_threads');
  require('worker_threads').parentPort.postMessage(resourceLimits.maxOldGenerationSizeMb);
  const keep = [];
  for (;;) keep.push({ a: [1, 2, 3], s: 'x' + keep.length });
`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 32 } });
console.log('limits', w.resourceLimits.maxOldGenerationSizeMb, w.threadId);
w.on('message', (m) => console.log('worker limit', m));
w.on('error', (e) => console.log('error', e.code, e.message));
w.on('exit', (c) => {
  console.log('exit', c);
  const w2 = new Worker('1', { eval: true });
  console.log('next threadId', w2.threadId);
  w2.on('exit', (c2) => console.log('w2 exit', c2, 'parent still alive'));
});
