// streams as scripts use them: for await over Readable.from, pipeline (promise and callback)
// with Transform flush and Writable final, errors in a transform and a write, objectMode,
// backpressure events, setEncoding, Duplex, destroy with an error, filter/map/toArray.
const { Readable, Writable, Transform, pipeline, PassThrough, Duplex, finished } = require('stream');
const { pipeline: pp } = require('stream/promises');
(async () => {
  const r = Readable.from(['a', 'b', 'c']);
  const got = [];
  for await (const x of r) got.push(x);
  console.log(got, r.readableEnded, r.destroyed);
  const upper = new Transform({
    transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
    flush(cb) { this.push('!FLUSH'); cb(); },
  });
  const out = [];
  const sink = new Writable({
    write(chunk, enc, cb) { out.push(chunk.toString()); cb(); },
    final(cb) { console.log('final called', out); cb(); },
  });
  sink.on('finish', () => console.log('finish'));
  sink.on('close', () => console.log('sink close'));
  await pp(Readable.from(['x', 'y']), upper, sink);
  console.log('pipeline done');
  const bad = new Transform({ transform(c, e, cb) { cb(new Error('transform failed')); } });
  pipeline(Readable.from(['1']), bad, new PassThrough(), (err) => {
    console.log('pipeline cb', err && err.message);
  });
  await new Promise((r) => setTimeout(r, 10));
  try { await pp(Readable.from([1]), new Writable({ objectMode: true, write(c, e, cb) { cb(new Error('write fail')); } })); } catch (e) { console.log('pp rejected', e.message); }
  const om = new Readable({ objectMode: true, read() {} });
  om.push({ a: 1 }); om.push([2]); om.push(null);
  om.on('data', (d) => console.log('obj', d));
  await new Promise((r) => om.on('end', r));
  const ev = [];
  const w = new Writable({ highWaterMark: 3, write(c, e, cb) { setImmediate(cb); } });
  ['drain', 'finish', 'close', 'prefinish'].forEach((n) => w.on(n, () => ev.push(n)));
  console.log(w.write('abcd'), w.writableLength, w.writableNeedDrain);
  w.end('e');
  await new Promise((r) => w.on('close', r));
  console.log(ev);
  const rs = new Readable({ read() {} });
  rs.push('hello '); rs.push('world'); rs.push(null);
  rs.setEncoding('utf8');
  let all = '';
  rs.on('data', (d) => { all += d; });
  rs.on('end', () => console.log('end', all));
  rs.on('close', () => console.log('rs close'));
  const d = new Duplex({ read() { this.push('r'); this.push(null); }, write(c, e, cb) { console.log('duplex got', c.toString()); cb(); } });
  d.on('data', (c) => console.log('duplex data', c.toString()));
  d.end('w');
  finished(d, (err) => console.log('finished duplex', err));
  const er = new Readable({ read() { this.destroy(new Error('read boom')); } });
  er.on('error', (e) => console.log('error event', e.message));
  er.on('close', () => console.log('er close', er.destroyed, er.errored && er.errored.message));
  er.resume();
  const arr = await Readable.from([1, 2, 3, 4]).filter((x) => x % 2 === 0).map((x) => x * 10).toArray();
  console.log(arr);
})();
