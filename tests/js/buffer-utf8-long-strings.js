// UTF-8 encoding and decoding of long strings mixing ASCII, NUL, 2-, 3- and 4-byte
// characters and lone surrogates: lengths, a checksum of the bytes, and round trips.
var pieces = ['plain ascii ', '\u0000', 'caf\u00e9 ', '\u20ac', '\ud83d\ude00', '\ud800', 'x\udc00y', '\u07ff\u0800\uffff'];
function build(n) {
  var s = '';
  for (var i = 0; i < n; i++) s += pieces[i % pieces.length] + (i % 7);
  return s;
}
function checksum(b) {
  var h = 0;
  for (var i = 0; i < b.length; i++) h = (h * 31 + b[i]) % 1000000007;
  return h;
}
[1, 10, 1000, 20000].forEach(function (n) {
  var s = build(n);
  var b = Buffer.from(s);
  var back = b.toString();
  console.log(n, s.length, b.length, Buffer.byteLength(s), checksum(b), back.length, Buffer.from(back).equals(b));
});
var ascii = new Array(100001).join('a');
console.log(Buffer.from(ascii).length, Buffer.from(ascii).toString() === ascii, checksum(Buffer.from(ascii + '\u00e9')));
