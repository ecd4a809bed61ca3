// unpipe(dest), unpipe() of all, 'unpipe' events, flowing after unpipe.
var stream = require('stream');

var src = new stream.Readable({ objectMode: true, read: function () {} });
function sink(name) {
  var w = new stream.Writable({
    objectMode: true,
    write: function (c, e, cb) { console.log(name, 'got', c); cb(); }
  });
  w.on('pipe', function () { console.log(name, 'pipe'); });
  w.on('unpipe', function () { console.log(name, 'unpipe'); });
  w.on('finish', function () { console.log(name, 'finish'); });
  return w;
}
var a = sink('a');
var b = sink('b');
src.pipe(a);
src.pipe(b);
console.log('pipes', src._readableState.pipes.length, 'flowing', src.readableFlowing);
src.push(1);
setImmediate(function () {
  src.unpipe(a);
  console.log('after unpipe a: pipes', src._readableState.pipes.length, 'flowing', src.readableFlowing);
  src.push(2);
  setImmediate(function () {
    src.unpipe();
    console.log('after unpipe all: flowing', src.readableFlowing);
    src.push(3);
    src.unpipe(b);
    setImmediate(function () {
      console.log('buffered', src.readableLength);
      src.pipe(a);
      src.push(null);
    });
  });
});
