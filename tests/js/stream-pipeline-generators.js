// stream/promises pipeline with async generator stages and an async consumer, and the
// Readable iterator helpers (map/filter/reduce/forEach/take/drop/some/every/find/flatMap).
const { pipeline } = require('stream/promises');
const { Readable, Writable, Transform } = require('stream');
const fs = require('fs');
const os = require('os');
const path = require('path');
(async () => {
  const out = [];
  await pipeline(
    Readable.from(['a', 'b', 'c']),
    async function* (source) { for await (const chunk of source) yield chunk.toUpperCase(); },
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } })
  );
  console.log('gen pipeline', out);
  const tmp = path.join(os.tmpdir(), 'tc-s3-' + process.pid + '.txt');
  await pipeline(Readable.from(['line1\n', 'line2\n']), fs.createWriteStream(tmp));
  console.log('file', JSON.stringify(fs.readFileSync(tmp, 'utf8')));
  let total = 0;
  await pipeline(fs.createReadStream(tmp), async function (source) { for await (const c of source) total += c.length; });
  console.log('consumed', total);
  fs.unlinkSync(tmp);
  try {
    await pipeline(Readable.from([1, 2]), async function* (s) { for await (const x of s) { if (x === 2) throw new Error('gen boom'); yield String(x); } }, new Writable({ objectMode: true, write(c, e, cb) { cb(); } }));
  } catch (e) { console.log('pipeline error', e.message); }
  const r = Readable.from([1, 2, 3, 4]);
  if (r.map) {
    console.log(await r.map((x) => x * 2).filter((x) => x > 2).toArray());
    console.log(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0));
    await Readable.from(['x', 'y']).forEach((v) => console.log('forEach', v));
    console.log(await Readable.from([1, 2, 3, 4, 5]).take(2).toArray(), await Readable.from([1, 2, 3]).drop(1).toArray());
    console.log(await Readable.from([1, 2]).some((x) => x > 1), await Readable.from([1, 2]).every((x) => x > 1), await Readable.from([5, 6]).find((x) => x > 5));
    console.log(await Readable.from([1, 2]).flatMap((x) => [x, x]).toArray());
  } else console.log('no operators');
})();
