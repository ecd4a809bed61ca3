// gunzip decodes concatenated gzip members as one stream (like gzip -d), allows zero
// padding after the last member, and reports garbage after it.
var zlib = require('zlib');
var a = zlib.gzipSync('first member, ');
var b = zlib.gzipSync('second member, ');
var c = zlib.gzipSync('third member');
var all = Buffer.concat([a, b, c]);
console.log('sync', zlib.gunzipSync(all).toString());
console.log('unzip', zlib.unzipSync(all).toString());
console.log('padded', zlib.gunzipSync(Buffer.concat([a, b, Buffer.alloc(10)])).toString());
try {
  zlib.gunzipSync(Buffer.concat([a, Buffer.from('trailing garbage')]));
} catch (e) {
  console.log('garbage after member:', e.message, e.errno, e.code);
}
// inflate (zlib format) stops after its stream and ignores what follows
console.log('inflate stops', zlib.inflateSync(Buffer.concat([zlib.deflateSync('one'), zlib.deflateSync('two')])).toString());
zlib.gunzip(all, function (err, res) {
  console.log('callback', err, res.toString());
  // a stream fed member boundaries in odd places
  var g = zlib.createGunzip();
  var out = [];
  g.on('data', function (d) { out.push(d); });
  g.on('end', function () { console.log('stream', Buffer.concat(out).toString()); });
  var cut = [0, 5, a.length - 3, a.length + 2, a.length + b.length, all.length];
  for (var i = 0; i + 1 < cut.length; i++) g.write(all.slice(cut[i], cut[i + 1]));
  g.end();
});
