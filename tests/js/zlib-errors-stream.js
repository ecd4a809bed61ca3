// Stream decompression errors are emitted as 'error' with Node's message, errno and
// code; the stream is destroyed (no 'end', 'close' follows) and the callback forms
// receive the same error.
var zlib = require('zlib');

var g = zlib.createGunzip();
var events = [];
g.on('data', function () { events.push('data'); });
g.on('end', function () { events.push('end'); });
g.on('close', function () {
  events.push('close');
  console.log('events', events.join(' '), 'destroyed', g.destroyed, 'closed', g._closed);
  step2();
});
g.on('error', function (err) {
  events.push('error');
  console.log('error:', err.message, err.errno, err.code, Object.keys(err).join(','));
});
g.write(Buffer.from('definitely not gzip data'));

function step2() {
  // damage after the header (short input: the same compressed bytes as Node's zlib)
  var good = zlib.deflateSync('hello hello hello hello world');
  var bad = Buffer.from(good);
  for (var j = 4; j < 9; j++) bad[j] = 0xff;
  var inf = zlib.createInflate();
  inf.on('error', function (err) {
    console.log('inflate error:', err.message, err.errno, err.code);
    step3();
  });
  inf.resume();
  inf.end(bad);
}

function step3() {
  zlib.inflateRaw(Buffer.from([0xff, 0xff, 0xff]), function (err, res) {
    console.log('callback error:', err.message, err.errno, err.code, res);
    var truncated = zlib.gzipSync('truncated in the middle').slice(0, 15);
    zlib.gunzip(truncated, function (err2) {
      console.log('truncated:', err2.message, err2.errno, err2.code);
      step4();
    });
  });
}

function step4() {
  // an unhandled stream error reaches 'uncaughtException'
  process.once('uncaughtException', function (err) {
    console.log('uncaught:', err.message, err.code);
  });
  zlib.createInflate().end('bad');
}
