// resourceLimits as seen from both sides; a worker that runs out of its heap limit
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { resourceLimits, parentPort } = require('worker_threads');
  parentPort.postMessage(resourceLimits);
`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 32, stackSizeMb: 4 } });
w.on('message', (m) => console.log('inside', m.maxOldGenerationSizeMb, m.stackSizeMb, m.codeRangeSizeMb, Object.keys(m)));
w.on('exit', (c) => {
  console.log('exit', c, 'outside after exit', w.resourceLimits);
  const hog = new Worker(`
    const keep = [];
    for (;;) keep.push(new Array(10000).fill('x'.repeat(20)));
  `, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 8 } });
  hog.on('error', (e) => console.log('hog error', e.code, e.message));
  hog.on('exit', (code) => console.log('hog exit', code));
});
