// chunkSize bounds every output chunk; bytesWritten counts input consumed; the output
// of the sync and stream forms is the same.
var zlib = require('zlib');
var parts = [];
for (var i = 0; i < 400; i++) parts.push(String(i * 7 % 131));
var text = Buffer.from(parts.join('-'));
var gz = zlib.gzipSync(text);
var u = zlib.createGunzip({ chunkSize: 64 });
var max = 0;
var total = 0;
var allBuffers = true;
u.on('data', function (c) {
  if (c.length > max) max = c.length;
  total += c.length;
  if (!Buffer.isBuffer(c)) allBuffers = false;
});
u.on('end', function () {
  console.log('max chunk <= 64', max <= 64, 'total', total, 'buffers', allBuffers);
  console.log('bytesWritten', u.bytesWritten === gz.length);
  var d = zlib.createDeflate({ chunkSize: 128 });
  var out = [];
  d.on('data', function (c) { out.push(c); });
  d.on('end', function () {
    var s = Buffer.concat(out);
    console.log('same as sync', s.equals(zlib.deflateSync(text, { chunkSize: 128 })),
      s.equals(zlib.deflateSync(text)));
    console.log('bytesWritten', d.bytesWritten === text.length);
  });
  d.write(text.slice(0, 100));
  d.end(text.slice(100));
});
u.end(gz);
// sync forms with a tiny chunkSize
console.log('sync tiny chunks', zlib.inflateSync(zlib.deflateSync(text), { chunkSize: 64 }).equals(text));
