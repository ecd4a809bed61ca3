// A zlib handle's native memory (z_stream state and window) counts in
// process.memoryUsage().external while the handle lives and is given back by close().
// Node keeps it outside memoryUsage() (V8's external memory only), so the accounting is
// checked under leakscope only; the lines printed are the same. gc() (--expose-gc)
// collects the Buffers made meanwhile, which count in external too.
var zlib = require('zlib');
var ls = !!process.versions.leakscope;
function ext() {
  gc();
  return process.memoryUsage().external;
}
var base = ext();
var g = zlib.createGzip({ level: 9, memLevel: 9 });
g.write(Buffer.from('memory'), function () {
  var open = ext() - base;
  // deflate with windowBits 15 and memLevel 9 holds about 256 KiB + 128 KiB
  console.log('counted while open', ls ? open > 300 * 1024 : true);
  g.close(function () {
    var after = ext() - base;
    console.log('returned on close', ls ? open - after > 300 * 1024 : true);
    // many handles opened and closed do not accumulate
    var start = ext();
    for (var i = 0; i < 200; i++) zlib.deflateSync('x');
    console.log('sync handles returned', ls ? ext() - start < 1024 * 1024 : true);
    var inf = zlib.createInflate();
    inf.resume();
    // half a stream: inflate keeps its 32 KiB window until the end
    var z = zlib.deflateSync(Buffer.alloc(100000, 'w'));
    inf.write(z.slice(0, z.length >> 1), function () {
      var withInf = ext() - start;
      inf.close(function () {
        console.log('inflate window returned on close',
          ls ? withInf - (ext() - start) > 32 * 1024 : true);
        dropped();
      });
    });
  });
});

// streams dropped without close(): the collector's finalizer ends them
function dropped() {
  var before = ext();
  var left = 20;
  var peak = 0;
  var held = [];
  for (var i = 0; i < 20; i++) {
    held.push(zlib.createDeflate());
    held[i].write('never closed', function () {
      if (--left > 0) return;
      peak = ext() - before;
      held = null;
      setImmediate(function () {
        console.log('dropped streams counted', ls ? peak > 20 * 256 * 1024 : true);
        console.log('dropped streams freed by gc', ls ? ext() - before < peak / 10 : true);
      });
    });
  }
}
