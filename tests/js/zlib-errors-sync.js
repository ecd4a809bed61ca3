// Sync decompression errors: Node's messages, errno and code, as own enumerable
// properties of a plain Error; the engine is closed afterwards.
var zlib = require('zlib');
function show(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, '|', e.name, '|', e.message, '|', e.errno, '|', e.code, '|',
      Object.keys(e).join(','), e instanceof Error, String(e));
  }
}
var good = zlib.gzipSync('some data to damage');
show('garbage', function () { zlib.gunzipSync('garbage'); });
show('garbage buffer', function () { zlib.gunzipSync(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])); });
show('truncated', function () { zlib.gunzipSync(good.slice(0, good.length - 6)); });
show('empty gunzip', function () { zlib.gunzipSync(Buffer.alloc(0)); });
show('empty inflate', function () { zlib.inflateSync(''); });
show('empty inflateRaw', function () { zlib.inflateRawSync(''); });
var bad = Buffer.from(good);
bad[bad.length - 5] ^= 0xff; // CRC
show('bad crc', function () { zlib.gunzipSync(bad); });
var badLen = Buffer.from(good);
badLen[badLen.length - 1] ^= 0x01; // ISIZE
show('bad length', function () { zlib.gunzipSync(badLen); });
var d = zlib.deflateSync('adler');
d[d.length - 1] ^= 1;
show('bad adler', function () { zlib.inflateSync(d); });
show('bad block type', function () { zlib.inflateRawSync(Buffer.from([0x07, 0x00])); });
show('bad method', function () { zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 0x07, 0, 0, 0, 0, 0, 0, 3])); });
show('bad zlib header', function () { zlib.inflateSync(Buffer.from([0x78, 0x00, 1, 2])); });
show('distance too far', function () { zlib.inflateRawSync(Buffer.from([0x63, 0x00, 0x02, 0x00])); });
show('not a buffer', function () { zlib.gzipSync(123); });
show('object', function () { zlib.deflateSync({}); });
show('null', function () { zlib.inflateSync(null); });
