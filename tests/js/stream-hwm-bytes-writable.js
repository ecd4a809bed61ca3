// write() returns false exactly when the buffered bytes reach highWaterMark: string
// chunks count their UTF-8 (or given encoding's) bytes, not their characters.
var stream = require('stream');

function run(label, hwm, chunks, opts) {
  var o = { highWaterMark: hwm, write: function (c, e, cb) { setImmediate(cb); } };
  if (opts) for (var k in opts) o[k] = opts[k];
  var w = new stream.Writable(o);
  var res = [];
  for (var i = 0; i < chunks.length; i++) {
    var c = chunks[i];
    var r = Array.isArray(c) ? w.write(c[0], c[1]) : w.write(c);
    res.push((r ? 'T' : 'F') + w.writableLength);
  }
  console.log(label, res.join(' '), 'needDrain', w.writableNeedDrain);
  w.on('drain', function () { console.log(label, 'drain, length', w.writableLength); });
}

// '€' is 3 bytes: 5 of them reach 15 >= 10 after the 4th.
run('euro strings', 10, ['\u20ac', '\u20ac', '\u20ac', '\u20ac', '\u20ac']);
run('ascii strings', 10, ['ab', 'cd', 'ef', 'gh', 'ij', 'kl']);
run('emoji', 8, ['\ud83d\ude00', '\ud83d\ude00', 'x']);
run('buffers', 8, [Buffer.alloc(3), Buffer.alloc(3), Buffer.alloc(1), Buffer.alloc(1)]);
run('hex strings', 4, [['aabb', 'hex'], ['cc', 'hex'], ['dd', 'hex']]);
run('utf16le', 6, [['ab', 'utf16le'], ['c', 'utf16le'], ['d', 'latin1']]);
run('uint8array', 5, [new Uint8Array(2), new Uint8Array(2), new Uint8Array(2)]);
// decodeStrings: false keeps strings, whose length is counted in characters.
run('no decode', 10, ['\u20ac\u20ac\u20ac', '\u20ac\u20ac\u20ac', '\u20ac\u20ac\u20ac', '\u20ac'],
  { decodeStrings: false });
// The default highWaterMark is 16384 bytes.
var w = new stream.Writable({ write: function (c, e, cb) { setImmediate(cb); } });
var big = new Array(4097).join('\u20ac'); // 4096 chars, 12288 bytes
console.log('default hwm', w.writableHighWaterMark, w.write(big), w.writableLength,
  w.write(big), w.writableLength);
