// Empty input: compressors still write a complete (header + empty block + trailer)
// stream, decompressing that gives an empty Buffer, and an empty stream works.
var zlib = require('zlib');
['gzipSync', 'deflateSync', 'deflateRawSync'].forEach(function (fn) {
  var e1 = zlib[fn]('');
  var e2 = zlib[fn](Buffer.alloc(0));
  console.log(fn, e1.toString('hex'), e1.equals(e2));
});
console.log(zlib.gunzipSync(zlib.gzipSync('')).length, Buffer.isBuffer(zlib.gunzipSync(zlib.gzipSync(''))));
console.log(zlib.inflateSync(zlib.deflateSync('')).length);
console.log(zlib.inflateRawSync(zlib.deflateRawSync('')).length);
console.log(zlib.unzipSync(zlib.gzipSync('')).length);
zlib.gzip('', function (err, res) {
  console.log('gzip cb', err, res.toString('hex'));
  zlib.gunzip(res, function (err2, res2) {
    console.log('gunzip cb', err2, res2.length, Buffer.isBuffer(res2));
    emptyStream();
  });
});

// a stream ended without any write
function emptyStream() {
  var gz = zlib.createGzip();
  var chunks = [];
  gz.on('data', function (c) { chunks.push(c); });
  gz.on('end', function () {
    console.log('empty stream', Buffer.concat(chunks).toString('hex'));
    var gu = zlib.createGunzip();
    var n = 0;
    gu.on('data', function (c) { n += c.length; });
    gu.on('end', function () { console.log('empty gunzip stream', n); });
    gu.end(Buffer.concat(chunks));
  });
  gz.end();
}
