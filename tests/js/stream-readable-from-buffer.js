// Readable.from(Buffer) and Readable.from(string) push the whole value as one chunk
// in objectMode (Node does not iterate them); from(array of Buffers) yields each
// Buffer; from(Uint8Array) iterates its bytes as numbers; objectMode: false turns
// string items into Buffers.
var stream = require('stream');

function collect(label, r, done) {
  var items = [];
  r.on('data', function (c) {
    items.push(Buffer.isBuffer(c) ? 'Buffer(' + c.toString() + ')' : typeof c + '(' + c + ')');
  });
  r.on('end', function () {
    console.log(label, 'objectMode', r.readableObjectMode, items.join(' '));
    if (done) done();
  });
}

var buf = Buffer.from('whole buffer');
var r1 = stream.Readable.from(buf);
var first;
r1.once('data', function (c) { first = c; });
collect('from(Buffer)', r1, function () { console.log('same Buffer object', first === buf); });
collect('from(string)', stream.Readable.from('a string'));
collect('from([Buffer, Buffer])', stream.Readable.from([Buffer.from('x'), Buffer.from('yz')]));
collect('from(Uint8Array)', stream.Readable.from(new Uint8Array([7, 8, 9])));
collect('from(Buffer, objectMode false)', stream.Readable.from(Buffer.from('bytes'), { objectMode: false }));
collect('from([strings], objectMode false)',
  stream.Readable.from(['ab', 'c\u20ac'], { objectMode: false }));

var r7 = stream.Readable.from(['\u20ac', 'x'], { objectMode: false });
r7.setEncoding('utf8');
collect('from with setEncoding', r7);

var r8 = stream.Readable.from(['one', 'two'], { objectMode: false });
r8.once('readable', function () {
  var all = [];
  var c;
  while ((c = r8.read()) !== null) all.push(c.length);
  console.log('read() lengths', all.join(','), 'hwm', r8.readableHighWaterMark);
});
