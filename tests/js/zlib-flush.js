// flush(): Z_FULL_FLUSH by default, or the given kind; the output so far then
// decompresses on its own (with finishFlush: Z_SYNC_FLUSH on the reading side, which
// also lets a truncated stream be read without an error).
var zlib = require('zlib');
var gz = zlib.createGzip();
var got = [];
gz.on('data', function (c) { got.push(c); });
gz.write('part one, ');
gz.flush(function () {
  var sofar = Buffer.concat(got);
  console.log('after full flush ends with sync marker',
    sofar.slice(sofar.length - 4).toString('hex'));
  console.log('partial read', zlib.gunzipSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  gz.write('part two');
  gz.flush(zlib.constants.Z_SYNC_FLUSH, function () {
    var more = Buffer.concat(got);
    console.log('partial read 2', zlib.gunzipSync(more, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
    try {
      zlib.gunzipSync(more);
    } catch (e) {
      console.log('without finishFlush:', e.message, e.code);
    }
    gz.end();
  });
});
gz.on('end', function () {
  console.log('whole', zlib.gunzipSync(Buffer.concat(got)).toString());
  // flush after the end: the callback still runs
  gz.flush(function () { console.log('flush after end called back'); });
  syncFlushOption();
});

// options.flush applies to every write: each chunk's output is readable at once
function syncFlushOption() {
  var d = zlib.createDeflate({ flush: zlib.constants.Z_SYNC_FLUSH });
  var out = [];
  d.on('data', function (c) { out.push(c); });
  d.write('streamed ', function () {
    console.log('sync flush per write', zlib.inflateSync(Buffer.concat(out),
      { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
    d.end('text');
  });
  d.on('end', function () {
    console.log('final', zlib.inflateSync(Buffer.concat(out)).toString());
  });
}
