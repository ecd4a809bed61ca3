// params(level, strategy) switches compression settings mid-stream (after a flush);
// reset() starts a fresh stream on the same handle; close() ends the handle.
var zlib = require('zlib');
var d = zlib.createDeflate({ level: 1 });
var out = [];
d.on('data', function (c) { out.push(c); });
d.write('first at level one; ');
d.params(9, zlib.constants.Z_FILTERED, function () {
  console.log('params applied', d._level, d._strategy);
  d.end('then at level nine');
});
d.on('end', function () {
  console.log('round trip', zlib.inflateSync(Buffer.concat(out)).toString());
  // params with the same values calls back on the next tick
  var d2 = zlib.createDeflate({ level: 3 });
  d2.params(3, 0, function () {
    console.log('same params called back');
    resetTest();
  });
});

function resetTest() {
  var inf = zlib.createInflate();
  var got = [];
  inf.on('data', function (c) { got.push(c); });
  inf.write(zlib.deflateSync('first stream'), function () {
    console.log('first', Buffer.concat(got).toString());
    got = [];
    inf.reset();
    inf.write(zlib.deflateSync('second stream'), function () {
      console.log('after reset', Buffer.concat(got).toString());
      inf.close(function () {
        console.log('closed', inf._closed, inf.destroyed);
        try {
          inf.reset();
        } catch (e) {
          console.log('reset after close:', e.message);
        }
      });
    });
  });
}
