// Readable.from(array), from(iterator with next()), from(string), with thenables.
var stream = require('stream');

var r = stream.Readable.from([1, 2, 3]);
console.log('objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark);
var got = [];
r.on('data', function (v) { got.push(v); });
r.on('end', function () { console.log('array', got.join(',')); });
r.on('close', function () { console.log('array close'); });

function counter(limit) {
  var i = 0;
  var it = {
    next: function () {
      i++;
      return i <= limit ? { value: 'v' + i, done: false } : { value: undefined, done: true };
    }
  };
  if (typeof Symbol === 'function') it[Symbol.iterator] = function () { return it; };
  return it;
}
var r2 = stream.Readable.from(counter(4));
var got2 = [];
r2.on('data', function (v) { got2.push(v); });
r2.on('end', function () { console.log('iterator', got2.join(',')); });

var r3 = stream.Readable.from('whole string');
r3.on('data', function (v) { console.log('string chunk', JSON.stringify(v)); });
r3.on('end', function () { console.log('string end'); });

var r4 = stream.Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')]);
var got4 = [];
r4.on('data', function (v) { got4.push(v); });
r4.on('end', function () { console.log('promises', got4.join(',')); });

var r5 = stream.Readable.from(['a', null, 'b']);
r5.on('data', function (v) { console.log('r5 data', v); });
r5.on('error', function (e) { console.log('r5 error', e.code, e.message); });

var r6 = stream.Readable.from(['x'], { objectMode: false });
console.log('r6 objectMode', r6.readableObjectMode);

try {
  stream.Readable.from(42);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
