// Buffer.byteLength for strings in each encoding and for views and ArrayBuffers.
var strings = ['', 'abc', 'h\u00e9llo', '\u20ac', '\ud83d\ude00', '\ud800', 'aGVsbG8=', 'aGVsbG8', 'abcd==', '0a1', '===='];
['utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex', undefined, 'bogus'].forEach(function (enc) {
  console.log(enc, strings.map(function (s) { return Buffer.byteLength(s, enc); }).join(' '));
});
console.log(Buffer.byteLength(Buffer.alloc(7)), Buffer.byteLength(new Uint8Array(3)),
  Buffer.byteLength(new ArrayBuffer(9)), Buffer.byteLength(Buffer.alloc(10).subarray(2, 5)));
try {
  Buffer.byteLength(12);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
