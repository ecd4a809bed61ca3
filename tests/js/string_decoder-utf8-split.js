// StringDecoder('utf8') holds back the bytes of a character cut off at the end of a
// chunk and completes it on the next write(): '€' (3 bytes) and U+1F600 (4 bytes) split
// at every position, fed byte by byte, with lastNeed/lastTotal/lastChar along the way.
var StringDecoder = require('string_decoder').StringDecoder;

function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16));
  return '[' + out.join(' ') + ']';
}

function splitAll(label, str) {
  var buf = Buffer.from('a' + str + 'b');
  for (var cut = 1; cut < buf.length; cut++) {
    var d = new StringDecoder('utf8');
    var first = d.write(buf.subarray(0, cut));
    var need = d.lastNeed, total = d.lastTotal;
    var second = d.write(buf.subarray(cut));
    var rest = d.end();
    console.log(label, 'cut', cut, codes(first), 'need', need, 'total', total,
      codes(second), codes(rest), (first + second + rest) === 'a' + str + 'b');
  }
}
splitAll('euro', '\u20ac');
splitAll('grin', '\ud83d\ude00');
splitAll('e-acute', '\u00e9');

// Byte by byte.
var d = new StringDecoder();
var bytes = Buffer.from('\u20ac\ud83d\ude00x');
var parts = [];
for (var i = 0; i < bytes.length; i++) {
  var s = d.write(bytes.subarray(i, i + 1));
  parts.push(codes(s) + ':' + d.lastNeed + '/' + d.lastTotal + ':' +
    d.lastChar.subarray(0, d.lastTotal - d.lastNeed).toString('hex'));
}
console.log(parts.join(' '));
console.log('lastChar is a 4-byte Buffer', Buffer.isBuffer(d.lastChar), d.lastChar.length);
console.log('end after complete', JSON.stringify(d.end()));

// end(buf) writes buf first; an incomplete character at end() is one U+FFFD.
var d2 = new StringDecoder('utf8');
console.log('end(buf)', codes(d2.end(Buffer.from([0x61, 0xe2, 0x82]))));
console.log('reusable after end', codes(d2.write(Buffer.from([0xac]))), codes(d2.end()));
