// worker_threads: postMessage both ways with structured clone — objects, arrays (holes,
// extra keys), Map, Set, Date, RegExp, Buffer/Uint8Array/ArrayBuffer copies, boxed
// primitives, NaN/-0/undefined, errors, nested and cyclic values; workerData the same;
// functions and symbols throw DataCloneError as Node's.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

function check(v) {
  if (v && v.self !== undefined)
    console.log('cyclic self:', v.self === v, v.list[0] === v.list[1]);
}

if (isMainThread) {
  const cyc = { name: 'cyc', list: [] };
  cyc.self = cyc;
  const shared = { s: 1 };
  cyc.list.push(shared, shared);
  const arr = [1, , 3];
  arr.extra = 'x';
  const values = [
    { a: 1, b: 'two', c: [true, null, undefined], d: { e: { f: 'deep' } } },
    arr,
    new Map([['k', { v: 1 }], [2, [3]]]),
    new Set([1, 'a', { o: 1 }]),
    new Date(86400000),
    /a+b/gi,
    Buffer.from('bytes'),
    new Uint8Array([1, 2, 3]),
    new ArrayBuffer(4),
    [NaN, -0, Infinity, -Infinity, 1e300],
    new Error('plain'),
    new TypeError('typed'),
    Object.assign(new RangeError('with cause'), {}),
    cyc,
    new Number(5), new String('s'), new Boolean(false),
    'a string', 42, null, undefined
  ];
  const w = new Worker(__filename, { workerData: { values: values.slice(0, 6), cyc } });
  let i = 0;
  w.on('message', (m) => {
    if (m === 'ready') {
      for (const v of values)
        w.postMessage(v);
      w.postMessage('done');
      return;
    }
    if (m === 'done') {
      console.log('main: all back');
      return;
    }
    if (m instanceof Error)
      console.log('main got back', i++, 'error', m.name, m.message, m.constructor.name,
        m.stack.split('\n')[0], Object.keys(m));
    else
      console.log('main got back', i++, m);
    check(m);
  });
  for (const bad of [function f() {}, { fn() {} }, Symbol('s'), [1, () => 2]]) {
    try {
      w.postMessage(bad);
    } catch (e) {
      console.log(e.name, e.code, e.message.endsWith(' could not be cloned.'), e instanceof Error);
    }
  }
  try {
    new Worker(__filename, { workerData: { f: function g() {} } });
  } catch (e) {
    console.log('workerData:', e.name, e.message.endsWith(' could not be cloned.'));
  }
  w.on('exit', (c) => console.log('exit', c));
  // the worker prints only once main's lines above are out: a worker's console.log
  // goes straight to fd 1 here (through main's loop in Node), and a worker thread that
  // started at once on a loaded machine printed before them
  w.postMessage('start');
} else {
  parentPort.once('message', (start) => {
    console.log('workerData', workerData.values);
    check(workerData.cyc);
    parentPort.on('message', (m) => {
      if (m === 'done') {
        parentPort.postMessage('done');
        parentPort.close();
        return;
      }
      parentPort.postMessage(m);
    });
    parentPort.postMessage('ready');
  });
}
