// highWaterMark defaults and validation.
var stream = require('stream');

console.log('default bytes', stream.getDefaultHighWaterMark(false));
console.log('default objects', stream.getDefaultHighWaterMark(true));
console.log('readable', new stream.Readable().readableHighWaterMark);
console.log('readable objectMode', new stream.Readable({ objectMode: true }).readableHighWaterMark);
console.log('writable', new stream.Writable().writableHighWaterMark);
console.log('writable objectMode', new stream.Writable({ objectMode: true }).writableHighWaterMark);
var d = new stream.Duplex({ readableHighWaterMark: 10, writableHighWaterMark: 20 });
console.log('duplex', d.readableHighWaterMark, d.writableHighWaterMark);
var d2 = new stream.Duplex({ highWaterMark: 5, readableHighWaterMark: 10 });
console.log('duplex hwm wins', d2.readableHighWaterMark, d2.writableHighWaterMark);
var t = new stream.Transform({ readableHighWaterMark: 0 });
console.log('transform rhwm 0', t.readableHighWaterMark, t.writableHighWaterMark);
console.log('zero', new stream.Readable({ highWaterMark: 0 }).readableHighWaterMark);
console.log('fraction floored?', new stream.Writable({ highWaterMark: 3 }).writableHighWaterMark);

function tryMake(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
tryMake('negative', function () { new stream.Readable({ highWaterMark: -1 }); });
tryMake('NaN', function () { new stream.Writable({ highWaterMark: NaN }); });
tryMake('string', function () { new stream.Readable({ highWaterMark: 'big' }); });
tryMake('float', function () { new stream.Readable({ highWaterMark: 1.5 }); });
tryMake('duplex key', function () { new stream.Duplex({ readableHighWaterMark: -3 }); });
tryMake('bad encoding', function () { new stream.Readable({ encoding: 'nope' }); });
tryMake('bad default encoding', function () { new stream.Writable({ defaultEncoding: 'nope' }); });

stream.setDefaultHighWaterMark(false, 1024);
console.log('after set', new stream.Readable().readableHighWaterMark, stream.getDefaultHighWaterMark(false));
stream.setDefaultHighWaterMark(true, 4);
console.log('after set obj', new stream.Writable({ objectMode: true }).writableHighWaterMark);
tryMake('set invalid', function () { stream.setDefaultHighWaterMark(false, -1); });
stream.setDefaultHighWaterMark(false, 16384);
stream.setDefaultHighWaterMark(true, 16);

// read(n) larger than hwm raises it to the next power of two.
var r = new stream.Readable({ highWaterMark: 4, read: function () {} });
r.read(100);
console.log('raised hwm', r.readableHighWaterMark);
