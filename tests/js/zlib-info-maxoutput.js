// options.info returns { buffer, engine }; maxOutputLength caps the output with
// ERR_BUFFER_TOO_LARGE, in the sync and the callback forms.
var zlib = require('zlib');
var big = Buffer.alloc(100000, 'a');
var gz = zlib.gzipSync(big);
var res = zlib.gunzipSync(gz, { info: true });
console.log(Object.keys(res).join(','), res.buffer.length, res.engine instanceof zlib.Gunzip,
  res.engine.bytesWritten === gz.length, res.engine._closed);
try {
  zlib.gunzipSync(gz, { maxOutputLength: 1000 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log('exact limit ok', zlib.gunzipSync(gz, { maxOutputLength: 100000 }).length);
zlib.gunzip(gz, { maxOutputLength: 50000 }, function (err, out) {
  console.log('callback:', err.name, err.code, err.message, out);
  zlib.deflate('info please', { info: true }, function (err2, r) {
    console.log('callback info', err2, Object.keys(r).join(','), r.engine instanceof zlib.Deflate,
      zlib.inflateSync(r.buffer).toString());
  });
});
