// read(n) on Buffer chunks: a slice of the first chunk, the whole first chunk, or a new
// Buffer joined across chunk boundaries; read() joins everything; unshift() puts bytes
// back in front; string pushes are stored as their bytes.
var stream = require('stream');

var r = new stream.Readable({ highWaterMark: 100, read: function () {} });
var a = Buffer.from('abc');
r.push(a);
r.push('d\u20ac');
r.push(Buffer.from('fg'));
console.log('length', r.readableLength);
var x = r.read(2);
console.log('read(2)', x.toString(), Buffer.isBuffer(x), 'left', r.readableLength);
x[0] = 0x41;
console.log('slice shares the pushed Buffer', a.toString());
console.log('read(1) whole rest of first', r.read(1).toString(), r.readableLength);
var y = r.read(3);
console.log('read(3) spans the boundary', y.toString('hex'), r.readableLength);
console.log('read(9) more than buffered', r.read(9), r.readableLength);
var z = r.read(2);
console.log('read(2) joins', z.toString('hex'), r.readableLength);
r.push(Buffer.from('hi'));
r.push(Buffer.from('jk'));
r.push(Buffer.from('l'));
var all = r.read();
console.log('read() joins all', all.toString(), all.length, r.readableLength);
console.log('read() when empty', r.read());

r.push(Buffer.from('mn'));
r.unshift(Buffer.from('UV'));
r.unshift('\u00e9', 'latin1');
console.log('after unshift', r.readableLength, r.read().toString('hex'));

r.push(Buffer.from('op'));
r.push(null);
console.log('read(5) after end gives the rest', r.read(5).toString(), r.readableLength);
r.on('end', function () { console.log('end'); });
r.resume();

// unshift() a string on a stream with an encoding: stored decoded.
var r2 = new stream.Readable({ encoding: 'hex', read: function () {} });
r2.push(Buffer.from([0xab]));
r2.unshift('\u00ff', 'latin1');
console.log('unshift with encoding', JSON.stringify(r2.read()), r2.readableLength);
