// buf.toString(encoding) for byte sequences, including invalid UTF-8 (U+FFFD per maximal
// subpart) and odd lengths in UTF-16; characters are shown as code units.
function units(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16));
  return out.join('.') || '-';
}
var samples = [[], [0], [0x41, 0x7f, 0x80, 0xff], [0xc3, 0xa9], [0xc3], [0xc3, 0x41],
  [0xe2, 0x82, 0xac], [0xe2, 0x82], [0xf0, 0x9f, 0x98, 0x80], [0xf0, 0x9f, 0x98],
  [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xfe, 0xff],
  [0x3d, 0xd8, 0x00, 0xde], [0x00, 0xd8, 0x41, 0x00], [0x41, 0x00, 0x42]];
var encodings = ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url'];
samples.forEach(function (bytes) {
  var b = Buffer.from(bytes);
  console.log(b.toString('hex') || '(empty)', encodings.map(function (e) {
    return e + '=' + (e === 'hex' || e.indexOf('base64') === 0 ? b.toString(e) || '-' : units(b.toString(e)));
  }).join(' '));
});
