// unzip/unzipSync detect gzip or zlib format from the first bytes; raw deflate data
// is not either and fails with Node's error.
var zlib = require('zlib');
var text = 'unzip decides by the magic bytes';
console.log(zlib.unzipSync(zlib.gzipSync(text)).toString());
console.log(zlib.unzipSync(zlib.deflateSync(text)).toString());
try {
  zlib.unzipSync(zlib.deflateRawSync(text));
} catch (e) {
  console.log('raw:', e.message, e.errno, e.code);
}
try {
  zlib.unzipSync(Buffer.from([0x1f]));
} catch (e) {
  console.log('one byte:', e.message, e.errno, e.code);
}
zlib.unzip(zlib.gzipSync(text), function (err, res) {
  console.log('cb gzip', err, res.toString());
  zlib.unzip(zlib.deflateSync(text), function (err2, res2) {
    console.log('cb deflate', err2, res2.toString());
    bytewise();
  });
});
// gunzip refuses zlib data and inflate refuses gzip data
try { zlib.gunzipSync(zlib.deflateSync(text)); } catch (e) { console.log('gunzip(zlib):', e.message, e.code); }
try { zlib.inflateSync(zlib.gzipSync(text)); } catch (e) { console.log('inflate(gzip):', e.message, e.code); }
// a stream fed one byte at a time still detects the format
function bytewise() {
  var u = zlib.createUnzip();
  var out = [];
  u.on('data', function (c) { out.push(c); });
  u.on('end', function () { console.log('bytewise', Buffer.concat(out).toString()); });
  var gz = zlib.gzipSync(text);
  for (var i = 0; i < gz.length; i++) u.write(gz.slice(i, i + 1));
  u.end();
}
