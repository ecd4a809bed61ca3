// a worker loading a file that requires a sibling module; results via workerData and messages
const { Worker } = require('worker_threads');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-wt-'));
fs.writeFileSync(path.join(dir, 'math.js'), 'exports.square = (x) => x * x;\nexports.name = __filename.endsWith("math.js");\n');
fs.writeFileSync(path.join(dir, 'worker.js'), `
const { parentPort, workerData, isMainThread } = require('worker_threads');
const math = require('./math');
parentPort.postMessage({ squares: workerData.nums.map(math.square), named: math.name, isMainThread,
  dirnameOk: __dirname === ${JSON.stringify(dir)} });
`);
const w = new Worker(path.join(dir, 'worker.js'), { workerData: { nums: [1, 2, 3, 12] } });
w.on('message', (m) => console.log(m));
w.on('error', (e) => console.log('error', e.message));
w.on('exit', (code) => {
  console.log('exit', code);
  fs.rmSync(dir, { recursive: true });
});
