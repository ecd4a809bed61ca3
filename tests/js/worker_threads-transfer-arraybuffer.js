// transferring an ArrayBuffer detaches it in the sender; a copy keeps it
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => {
    parentPort.postMessage({ len: m.ab.byteLength, first: new Uint8Array(m.ab)[0], u8: m.u8.length });
    parentPort.close();
  });
`, { eval: true });
const ab = new ArrayBuffer(8);
new Uint8Array(ab)[0] = 42;
const u8 = new Uint8Array([1, 2, 3]);
w.postMessage({ ab, u8 }, [ab]);
console.log('after transfer byteLength', ab.byteLength, 'copied u8 length', u8.length);
w.on('message', (m) => console.log('worker saw', m));
w.on('exit', (c) => console.log('exit', c));
