// for await over Readable streams (Symbol.asyncIterator, iterator(options)): chunks, encodings,
// break destroying the stream, errors thrown into the loop, and the ticks of next().
const { Readable, PassThrough } = require('stream');
const fs = require('fs');
const log = (...a) => console.log(...a);
async function main() {
  // 1. fs read stream with for await
  let n = 0;
  for await (const chunk of fs.createReadStream(__filename, { highWaterMark: 64 })) n += chunk.length;
  log('bytes', n === fs.statSync(__filename).size);
  // 2. encoding
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  r.push('a'); r.push('b'); setTimeout(() => { r.push('c'); r.push(null); }, 5);
  for await (const s of r) log('chunk', JSON.stringify(s));
  // 3. break destroys
  const r2 = Readable.from([1, 2, 3, 4]);
  for await (const v of r2) { log('v', v); if (v === 2) break; }
  log('destroyed after break', r2.destroyed);
  // 4. error
  const r3 = new Readable({ read() { this.destroy(new Error('boom')); } });
  try { for await (const v of r3) log('never', v); } catch (e) { log('caught', e.message); }
  // 5. iterator({destroyOnReturn:false})
  const r4 = Readable.from(['x', 'y', 'z']);
  for await (const v of r4.iterator({ destroyOnReturn: false })) { log('it', v); break; }
  log('r4 destroyed', r4.destroyed);
  for await (const v of r4) log('rest', v);
  // 6. ticks interleaving
  const p = new PassThrough();
  p.write('1'); p.write('2'); p.end();
  const it = p[Symbol.asyncIterator]();
  const order = [];
  const a = it.next().then(x => order.push('n1 ' + x.value));
  Promise.resolve().then(() => order.push('p1')).then(() => order.push('p2')).then(() => order.push('p3'));
  await a;
  log(order.join(','));
  log(typeof it.return, typeof it.throw, it.stream === p);
}
main().then(() => log('done'));
