// Ordering of write callbacks, 'drain', 'finish' and nextTicks for sync and async
// _write implementations.
var stream = require('stream');

function run(name, async, objectMode, next) {
  var w = new stream.Writable({
    highWaterMark: 2,
    objectMode: objectMode,
    write: function (chunk, enc, cb) {
      console.log(name, '_write', String(chunk));
      if (async) setImmediate(cb); else cb();
    }
  });
  w.on('drain', function () { console.log(name, 'drain'); });
  w.on('finish', function () { console.log(name, 'finish'); });
  w.on('close', function () { console.log(name, 'close'); next(); });
  console.log(name, 'write a ->', w.write('a', function () { console.log(name, 'cb a'); }));
  console.log(name, 'write b ->', w.write('b', function () { console.log(name, 'cb b'); }));
  console.log(name, 'write c ->', w.write('c'));
  process.nextTick(function () { console.log(name, 'tick'); });
  Promise.resolve().then(function () { console.log(name, 'microtask'); });
  w.end(function () { console.log(name, 'end cb'); });
}

run('sync', false, false, function () {
  run('async', true, false, function () {
    run('sync-obj', false, true, function () {
      console.log('all done');
    });
  });
});
