// messages posted before 'online' are queued; worker replies in order; postMessage errors
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => {
    if (m === 'bye') { parentPort.close(); return; }
    parentPort.postMessage(m * 2);
  });
`, { eval: true });
for (let i = 1; i <= 5; i++) w.postMessage(i);
w.postMessage('bye');
const got = [];
w.on('online', () => got.push('online'));
w.on('message', (m) => got.push(m));
w.on('exit', (code) => {
  console.log(got.join(' '), 'exit', code);
  try { w.postMessage(() => {}); } catch (e) { console.log(e.name, e.message); }
  try { structuredClone(Symbol('s')); } catch (e) { console.log(e.name, e.message); }
  const o = structuredClone({ d: new Date(0), m: new Map([[1, 2]]) });
  console.log(o.d instanceof Date, o.m.get(1));
});
