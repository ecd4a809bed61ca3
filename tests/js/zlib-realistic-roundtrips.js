// zlib as scripts use it: gzip/deflate/raw round trips, levels, the callback forms, errors for
// bad input (code, errno, message) and a gzip/gunzip stream pipeline; brotli is there
// (Node's output).
const zlib = require('zlib');
const input = Buffer.from('hello hello hello hello zlib '.repeat(20));
const gz = zlib.gzipSync(input);
console.log(gz.length < input.length, zlib.gunzipSync(gz).equals(input), gz[0], gz[1]);
const df = zlib.deflateSync(input, { level: 9 });
console.log(zlib.inflateSync(df).toString().slice(0, 12), df.toString('base64').slice(0, 20));
console.log(zlib.deflateRawSync('abc').toString('hex'), zlib.inflateRawSync(zlib.deflateRawSync('abc')).toString());
console.log(zlib.brotliCompressSync ? 'has brotli' : 'no brotli');
try { zlib.gunzipSync(Buffer.from('not gzip')); } catch (e) { console.log(e.code, e.errno, e.message); }
const { pipeline, Readable, Writable } = require('stream');
const chunks = [];
// the asynchronous forms one after another: each runs on the threadpool, so two in flight
// could complete in either order
zlib.gzip('async data', (err, buf) => {
  console.log(err, Buffer.isBuffer(buf));
  zlib.gunzip(buf, (e, out) => {
    console.log(e, out.toString());
    zlib.inflate(Buffer.from([1, 2, 3]), (e) => {
      console.log('inflate err', e.code, e.message);
      pipeline(Readable.from([Buffer.from('stream '), Buffer.from('data')]), zlib.createGzip(), zlib.createGunzip(), new Writable({ write(c, e, cb) { chunks.push(c); cb(); } }), (err) => console.log('pipeline', err, Buffer.concat(chunks).toString()));
    });
  });
});
