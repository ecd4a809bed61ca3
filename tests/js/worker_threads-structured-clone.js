// structured clone of rich values through a worker round trip
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const cyc = { name: 'root' }; cyc.self = cyc;
  const err = new RangeError('bad range'); err.code = 'E_RANGE';
  const data = {
    map: new Map([[1, 'one'], ['k', { v: 2 }]]),
    set: new Set([1, 'a', 3]),
    date: new Date(86400000),
    re: /ab+c/gi,
    buf: Buffer.from('hi'),
    u8: new Uint8Array([1, 2, 3]),
    cyc,
    err,
    big: 12345678901234567890n,
    nested: [undefined, null, NaN, -0, Infinity],
  };
  const w = new Worker(__filename, { workerData: data });
  w.on('message', (m) => {
    console.log('map', m.map instanceof Map, [...m.map.entries()]);
    console.log('set', m.set instanceof Set, [...m.set]);
    console.log('date', m.date instanceof Date, m.date.toISOString());
    console.log('re', m.re instanceof RegExp, m.re.source, m.re.flags);
    console.log('buf', Buffer.isBuffer(m.buf), m.buf.constructor.name, Array.from(m.buf));
    console.log('u8', m.u8 instanceof Uint8Array, Array.from(m.u8));
    console.log('cyc', m.cyc.self === m.cyc, m.cyc.name);
    console.log('err', m.err instanceof RangeError, m.err.name, m.err.message, m.err.code);
    console.log('big', typeof m.big, String(m.big));
    console.log('nested', m.nested.length, m.nested[0], m.nested[1], m.nested[2], Object.is(m.nested[3], -0), m.nested[4]);
    console.log('worker saw', m.sawMap, m.sawCyc);
  });
  w.on('exit', (code) => console.log('exit', code));
} else {
  const d = workerData;
  d.sawMap = d.map.get('k').v;
  d.sawCyc = d.cyc.self === d.cyc;
  parentPort.postMessage(d);
}
