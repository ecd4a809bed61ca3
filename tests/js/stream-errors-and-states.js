// stream error states: a failing write's callback/'error'/'close' order, destroy(err) on a
// Readable, objectMode Transform, stream/promises finished, 'readable' reads, pipeline after a
// source is destroyed (ERR_STREAM_PREMATURE_CLOSE), writable highWaterMark and needDrain.
const { Readable, Writable, Transform, PassThrough, pipeline, finished } = require('stream');
const { finished: fin } = require('stream/promises');
const events = [];
const w = new Writable({ write(c, e, cb) { cb(new Error('bad write')); } });
['error', 'close', 'finish'].forEach((n) => w.on(n, (x) => events.push(n + (x ? ':' + x.message : ''))));
w.write('x', (err) => events.push('write cb ' + (err && err.message)));
setTimeout(() => {
  console.log(events, w.destroyed, w.writable, w.errored && w.errored.message, w.writableFinished);
  const r = new Readable({ read() {} });
  r.destroy(new Error('rd'));
  r.on('error', (e) => console.log('r error', e.message));
  r.on('close', () => console.log('r close', r.readableAborted, r.destroyed));
  const t = new Transform({ objectMode: true, transform(o, e, cb) { cb(null, { ...o, seen: true }); } });
  t.on('data', (d) => console.log('data', d));
  t.write({ id: 1 }); t.end({ id: 2 });
  t.on('end', () => console.log('t end'));
  fin(t).then(() => console.log('finished promise'));
  const p = new PassThrough();
  p.end('abc');
  p.on('readable', function () { let c; while ((c = this.read()) !== null) console.log('readable got', c.toString()); });
  p.on('end', () => console.log('p end'));
  const src = new Readable({ read() {} });
  const dst = new Writable({ write(c, e, cb) { console.log('dst', c.toString()); cb(); } });
  pipeline(src, dst, (err) => console.log('pipeline ended', err && err.code, err && err.message));
  src.push('one');
  const big = new Writable({ highWaterMark: 2, write(c, e, cb) { setTimeout(cb, 1); } });
  console.log(big.write('abc'), big.writableLength, big.writableHighWaterMark, big.writableNeedDrain);
  // src is destroyed once big has drained (it was a 5 ms timer racing big's 1 ms one:
  // a machine busy for 4 ms between the two setTimeout calls swapped them, in Node too)
  big.once('drain', () => { console.log('drain'); src.destroy(); });
  const rr = Readable.from([1, 2, 3], { objectMode: true });
  console.log(rr.readableObjectMode, rr.readableHighWaterMark, new Readable().readableHighWaterMark, new Writable().writableHighWaterMark);
  finished(rr, (err) => console.log('rr finished', err));
  rr.resume();
}, 5);
