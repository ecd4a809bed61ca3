// worker console output goes to parent stdout; resourceLimits visible; receiveMessageOnPort
const { Worker, MessageChannel, receiveMessageOnPort } = require('worker_threads');
const w = new Worker(`
  const { resourceLimits, isMainThread } = require('worker_threads');
  console.log('in worker', isMainThread, typeof resourceLimits);
`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 64 } });
w.on('exit', (c) => {
  console.log('worker exit', c);
  const { port1, port2 } = new MessageChannel();
  port1.postMessage({ a: 1 });
  port1.postMessage({ b: 2 });
  console.log(receiveMessageOnPort(port2));
  console.log(receiveMessageOnPort(port2));
  console.log(receiveMessageOnPort(port2));
  port1.close();
});
