// Writable's decodeStrings (default true): string chunks reach _write() as Buffers in
// the given encoding, with the encoding 'buffer'; with decodeStrings false they stay
// strings with their encoding; objectMode never converts. writableLength counts the
// bytes of the Buffer (or the length of the kept string).
var stream = require('stream');

function show(label, chunk, enc) {
  console.log(label, Buffer.isBuffer(chunk) ? 'Buffer' : typeof chunk, enc,
    chunk.length, Buffer.isBuffer(chunk) ? chunk.toString('hex') : JSON.stringify(chunk));
}

var w = new stream.Writable({
  write: function (chunk, enc, cb) { show('default', chunk, enc); setImmediate(cb); }
});
function write(chunk, enc) {
  var ret = w.write(chunk, enc);
  console.log('write', JSON.stringify(String(chunk)), enc, '->', ret, 'writableLength', w.writableLength);
}
write('h\u00e9\u20ac');
write('414243', 'hex');
write('aGk=', 'base64');
write('\u00e9', 'latin1');
write('ab', 'utf16le');
write(Buffer.from('buf'));
write(new Uint8Array([1, 2, 3]));
write('');
w.end('last');

var w2 = new stream.Writable({
  decodeStrings: false,
  write: function (chunk, enc, cb) { show('keep', chunk, enc); setImmediate(cb); }
});
w2.write('h\u00e9\u20ac');
console.log('string length counted', w2.writableLength);
w2.write('414243', 'hex');
w2.write(Buffer.from('x'));
w2.end();

var w3 = new stream.Writable({
  defaultEncoding: 'hex',
  write: function (chunk, enc, cb) { show('defaultEncoding hex', chunk, enc); cb(); }
});
w3.write('cafe');
w3.setDefaultEncoding('base64');
w3.write('AAEC');

var w4 = new stream.Writable({
  objectMode: true,
  write: function (chunk, enc, cb) { show('objectMode', chunk, enc); cb(); }
});
w4.write('str');
w4.write('616263', 'hex');
w4.write(5);

var w5 = new stream.Writable({
  writev: function (chunks, cb) {
    console.log('writev', chunks.map(function (c) {
      return (Buffer.isBuffer(c.chunk) ? 'Buffer:' + c.chunk.toString() : c.chunk) + '/' + c.encoding;
    }).join(' '), 'allBuffers', chunks.allBuffers);
    cb();
  }
});
w5.cork();
w5.write('one');
w5.write('74776f', 'hex');
w5.write(Buffer.from('three'));
console.log('corked length', w5.writableLength);
w5.uncork();

var w6 = new stream.Writable({
  decodeStrings: false,
  writev: function (chunks, cb) {
    console.log('writev no decode', chunks.map(function (c) {
      return typeof c.chunk + '/' + c.encoding;
    }).join(' '), 'allBuffers', chunks.allBuffers);
    cb();
  }
});
w6.cork();
w6.write(Buffer.from('a'));
w6.write('b');
console.log('corked length no decode', w6.writableLength);
w6.uncork();
