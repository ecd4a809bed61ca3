// Subclassing with util.inherits and prototype methods (_read, _write, _transform).
var stream = require('stream');
var util = require('util');

function Counter(limit) {
  stream.Readable.call(this, { objectMode: true });
  this.n = 0;
  this.limit = limit;
}
util.inherits(Counter, stream.Readable);
Counter.prototype._read = function () {
  this.n++;
  if (this.n > this.limit) this.push(null);
  else this.push(this.n);
};

function Sum() {
  stream.Writable.call(this, { objectMode: true });
  this.total = 0;
}
util.inherits(Sum, stream.Writable);
Sum.prototype._write = function (chunk, enc, cb) {
  this.total += chunk;
  cb();
};

function Square() {
  if (!(this instanceof Square)) return new Square();
  stream.Transform.call(this, { objectMode: true });
}
util.inherits(Square, stream.Transform);
Square.prototype._transform = function (chunk, enc, cb) {
  cb(null, chunk * chunk);
};

var sum = new Sum();
new Counter(5).pipe(Square()).pipe(sum);
sum.on('finish', function () { console.log('sum of squares', sum.total); });
console.log('instanceof', sum instanceof stream.Writable, sum instanceof stream.Stream,
  sum instanceof require('events'));
console.log('constructor names', typeof Counter.super_, Counter.super_ === stream.Readable);
console.log('Readable() without new', stream.Readable({ read: function () {} }) instanceof stream.Readable);
console.log('Stream === stream.Stream', stream === stream.Stream);
console.log('statics', typeof stream.Readable.from, typeof stream.Duplex.from,
  typeof stream.Readable.ReadableState, typeof stream.Writable.WritableState);
