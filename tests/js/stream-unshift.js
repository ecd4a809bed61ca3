// unshift() puts data back at the front of the read buffer.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.setEncoding('utf8');
r.push('world');
var first = r.read(2);
console.log('read', first, 'left', r.readableLength);
r.unshift('hello ' + first);
console.log('after unshift length', r.readableLength);
console.log('read all', r.read());
r.push(null);
r.on('end', function () {
  console.log('end');
  r.unshift('late');
});
r.on('error', function (e) { console.log('error', e.code, e.message); });
r.on('close', function () { console.log('close'); });
r.resume();

var o = new stream.Readable({ objectMode: true, read: function () {} });
o.push(2);
o.push(3);
o.unshift(1);
var v;
var got = [];
while ((v = o.read()) !== null) got.push(v);
console.log('object order', got.join(','));
