// StringDecoder('utf16le'): an odd trailing byte and a trailing high surrogate are held
// back until the next write(); end() drops a single odd byte and returns a held lone
// surrogate.
var StringDecoder = require('string_decoder').StringDecoder;

function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16));
  return '[' + out.join(' ') + ']';
}

var text = 'a\u20ac\ud83d\ude00z';
var buf = Buffer.from(text, 'utf16le');
console.log('bytes', buf.toString('hex'));
for (var cut = 0; cut <= buf.length; cut++) {
  var d = new StringDecoder('ucs2');
  var a = d.write(buf.subarray(0, cut));
  var need = d.lastNeed, total = d.lastTotal;
  var b = d.write(buf.subarray(cut));
  var c = d.end();
  console.log('cut', cut, codes(a), need + '/' + total, codes(b), codes(c), a + b + c === text);
}

var d1 = new StringDecoder('utf-16le');
console.log('encoding', d1.encoding);
var parts = [];
for (var i = 0; i < buf.length; i++) {
  parts.push(codes(d1.write(buf.subarray(i, i + 1))) + d1.lastNeed + '/' + d1.lastTotal);
}
console.log('byte by byte', parts.join(' '));

var d2 = new StringDecoder('utf16le');
console.log('odd byte', codes(d2.write(Buffer.from([0x61, 0x00, 0x62]))), d2.lastNeed, d2.lastTotal);
console.log('end drops it', JSON.stringify(d2.end()));

var d3 = new StringDecoder('utf16le');
console.log('high surrogate held', codes(d3.write(Buffer.from([0x61, 0x00, 0x3d, 0xd8]))));
console.log('end returns it', codes(d3.end()));

var d4 = new StringDecoder('utf16le');
d4.write(Buffer.from([0x3d, 0xd8]));
console.log('high then non-low', codes(d4.write(Buffer.from([0x41, 0x00, 0x42, 0x00]))), codes(d4.end()));

var d5 = new StringDecoder('utf16le');
console.log('lone low', codes(d5.write(Buffer.from([0x00, 0xde, 0x41, 0x00]))));
console.log('three bytes held at end', codes(d5.write(Buffer.from([0x3d, 0xd8, 0x00]))),
  d5.lastNeed, d5.lastTotal, codes(d5.end()));
