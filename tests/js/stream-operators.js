// Readable's iterator helpers on byte and object streams, async functions, early ends,
// errors and argument checks.
const { Readable } = require('stream');
const fs = require('fs');
(async () => {
  console.log(await Readable.from([1, 2, 3, 4, 5, 6]).filter(async (x) => x % 2 === 0).map(async (x) => x * 10).toArray());
  const bytes = await fs.createReadStream(__filename, { highWaterMark: 1024 }).map((b) => b.length).toArray();
  console.log(bytes.reduce((a, b) => a + b) === fs.statSync(__filename).size);
  console.log(await Readable.from(['a', 'b', 'c']).reduce((acc, s) => acc + s.toUpperCase(), '>'));
  console.log(await Readable.from([3, 4]).reduce((a, b) => a * b));
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { console.log(e.name, e.code, e.message); }
  try { Readable.from([1]).map(5); } catch (e) { console.log(e.name, e.code, e.message); }
  const src = Readable.from([1, 2, 3, 4, 5]);
  console.log(await src.take(2).toArray(), src.destroyed);
  console.log(await Readable.from([1, 2, 3]).drop(5).toArray(), await Readable.from([]).toArray());
  console.log(await Readable.from([{ id: 1 }, { id: 2 }]).find((o) => o.id === 2), await Readable.from([1]).find((x) => x > 5));
  console.log(await Readable.from([1, 2, 3]).flatMap(async (x) => Readable.from([x, -x])).toArray());
  const seen = [];
  await Readable.from(['p', 'q']).forEach(async (v) => { await new Promise((r) => setTimeout(r, 2)); seen.push(v); });
  console.log('forEach done', seen);
  try {
    await Readable.from([1, 2, 3]).map((x) => { if (x === 2) throw new Error('map boom'); return x; }).toArray();
  } catch (e) { console.log('caught', e.message); }
  console.log(typeof Readable.prototype.map, Object.keys(Readable.prototype).includes('map'), Readable.prototype.toArray.name);
})();
