// One source piped to a fast and a slow destination: the source waits for both drains.
var stream = require('stream');

var i = 0;
var src = new stream.Readable({
  highWaterMark: 4,
  objectMode: true,
  read: function () {
    i++;
    this.push(i > 30 ? null : i);
  }
});
function make(name, delay) {
  var count = 0;
  var w = new stream.Writable({
    objectMode: true,
    highWaterMark: 2,
    write: function (c, e, cb) {
      count++;
      if (delay === 0) cb();
      else if (delay === 1) setImmediate(cb);
      else setTimeout(cb, 1);
    }
  });
  var drains = 0;
  w.on('drain', function () { drains++; });
  w.on('finish', function () { console.log(name, 'finish', count, 'writes, drains', drains); });
  return w;
}
var fast = make('fast', 0);
var slow = make('slow', 1);
var slower = make('slower', 1);
var pauses = 0;
src.on('pause', function () { pauses++; });
src.pipe(fast);
src.pipe(slow);
src.pipe(slower);
src.on('end', function () { console.log('src end, pauses', pauses); });
