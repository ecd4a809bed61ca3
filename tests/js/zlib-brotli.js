// zlib Brotli: brotliCompressSync/brotliDecompressSync round trips and bytes (system libbrotli,
// same output as Node's for these inputs), params (quality, mode, size hint), invalid params,
// Node's errors for corrupt and truncated input, the callback forms, stream pipeline and
// flush through createBrotliCompress/createBrotliDecompress (Node's output).
const z = require('zlib');
try { z.brotliDecompressSync(Buffer.from('garbage data')); } catch (e) { console.log(e.message, e.code, e.errno, Object.keys(e)); }
const c = z.brotliCompressSync('hello hello hello'); console.log(c.toString('hex'), z.brotliDecompressSync(c).toString());
console.log(z.brotliCompressSync('abc', { params: { [z.constants.BROTLI_PARAM_QUALITY]: 4 } }).toString('hex'));
try { z.brotliCompressSync('a', { params: { 99: 1 } }); } catch (e) { console.log(e.name, e.code, e.message); }
try { z.brotliCompressSync('a', { params: { 1: 'x' } }); } catch (e) { console.log(e.name, e.code, e.message); }
z.brotliCompress('async', (e, b) => z.brotliDecompress(b, (e2, o) => console.log(e, e2, o.toString())));
try { z.brotliDecompressSync(c.subarray(0, 5)); } catch (e) { console.log(e.message, e.code, e.errno); }
const big = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(2000));
const bc = z.brotliCompressSync(big, { params: { [z.constants.BROTLI_PARAM_MODE]: z.constants.BROTLI_MODE_TEXT, [z.constants.BROTLI_PARAM_SIZE_HINT]: big.length } });
console.log(big.length, bc.length, z.brotliDecompressSync(bc).equals(big));
const { pipeline, Readable, Writable } = require('stream');
const out = [];
pipeline(Readable.from([big.subarray(0, 30000), big.subarray(30000)]), z.createBrotliCompress(), z.createBrotliDecompress(), new Writable({ write(ch, e, cb) { out.push(ch); cb(); } }), (err) => {
  console.log('pipeline', err, Buffer.concat(out).equals(big), out.length > 0);
  const s = z.createBrotliCompress();
  const parts = [];
  s.on('data', (d) => parts.push(d));
  s.write('flushed part');
  s.flush(() => {
    console.log('flushed', parts.length > 0, z.brotliDecompressSync(Buffer.concat(parts), { finishFlush: z.constants.BROTLI_OPERATION_FLUSH }).toString());
    s.end();
  });
});
console.log(typeof z.BrotliCompress, new z.BrotliCompress() instanceof z.BrotliCompress, z.BrotliDecompress().constructor.name);
