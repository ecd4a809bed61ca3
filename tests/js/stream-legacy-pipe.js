// The legacy Stream base class and its pipe(): a hand-made emitter source.
var stream = require('stream');

var src = new stream.Stream();
src.readable = true;
var sink = new stream.Writable({
  decodeStrings: false,
  highWaterMark: 3,
  write: function (c, e, cb) { console.log('sink', c); setImmediate(cb); }
});
src.pause = function () { console.log('src.pause()'); };
src.resume = function () { console.log('src.resume()'); };
src.pipe(sink);
sink.on('finish', function () { console.log('finish'); });
src.emit('data', 'ab');
src.emit('data', 'cd');
src.emit('end');
console.log('listeners after end', src.listenerCount('data'), sink.listenerCount('drain'));
console.log('is EventEmitter', src instanceof require('events'));
console.log('eventNames', JSON.stringify(new stream.Readable().eventNames()));
