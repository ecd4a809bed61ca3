// Duplex.from(): streams, arrays, promises and { readable, writable } pairs.
var stream = require('stream');

var d1 = stream.Duplex.from(['x', 'y']);
var got = [];
d1.on('data', function (v) { got.push(v); });
d1.on('end', function () { console.log('from array', got.join(','), d1.writable); });

var p = new stream.PassThrough();
console.log('duplex passes through', stream.Duplex.from(p) === p);

var d2 = stream.Duplex.from(Promise.resolve('resolved value'));
d2.on('data', function (v) { console.log('from promise', v); });
d2.on('end', function () { console.log('promise end'); });

var written = [];
var d3 = stream.Duplex.from({
  readable: stream.Readable.from(['r1', 'r2']),
  writable: new stream.Writable({
    objectMode: true,
    write: function (c, e, cb) { written.push(c); cb(); }
  })
});
d3.on('data', function (v) { console.log('pair data', v); });
d3.end('w1', function () { console.log('pair written', written.join(',')); });

try {
  stream.Duplex.from(42);
} catch (e) {
  console.log(e.code);
}
