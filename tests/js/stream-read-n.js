// read(n) across string chunks (size of a string chunk is its length), read() in
// flowing vs paused, readableLength bookkeeping.
var stream = require('stream');

var r = new stream.Readable({ highWaterMark: 100, read: function () {} });
r.push('aaa');
r.push('bbbb');
r.push('cc');
console.log('length', r.readableLength);
console.log('read(2)', String(r.read(2)), r.readableLength);
console.log('read(1)', String(r.read(1)), r.readableLength);
console.log('read(4)', String(r.read(4)), r.readableLength);
console.log('read(3) not enough', r.read(3), r.readableLength);
console.log('read(2)', String(r.read(2)), r.readableLength);
r.push('dd');
r.push('ee');
console.log('read() all', String(r.read()), r.readableLength);
r.push('last');
r.push(null);
console.log('read(10) after end', String(r.read(10)), r.readableLength);
console.log('read again', r.read());
r.on('end', function () { console.log('end'); });
console.log('read(\'2\') string arg', new stream.Readable({ read: function () {} }).read('2'));
