// TextDecoder('utf-8'): malformed input becomes U+FFFD per maximal subpart, fatal
// throws ERR_ENCODING_INVALID_ENCODED_DATA, the BOM is dropped unless ignoreBOM;
// input may be an ArrayBuffer, a Uint8Array or a Buffer.
function codes(s) { var o = []; for (var i = 0; i < s.length; i++) o.push(s.charCodeAt(i).toString(16)); return o.join(' '); }
var td = new TextDecoder();
console.log(td.encoding, td.fatal, td.ignoreBOM);
var cases = [
  [0x61, 0xe2, 0x82, 0xac],
  [0xef, 0xbb, 0xbf, 0x61],
  [0x61, 0xe2, 0x82],
  [0xed, 0xa0, 0x80, 0x41],
  [0xf0, 0x9f, 0x41, 0xc2],
  [0xc0, 0xaf, 0xff, 0xfe],
  [0xf4, 0x90, 0x80, 0x80],
  [0xef, 0xbf, 0xbd]
];
cases.forEach(function (c) {
  console.log(codes(td.decode(new Uint8Array(c))));
});
console.log(codes(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))));
var fatal = new TextDecoder('utf-8', { fatal: true });
console.log(fatal.fatal, codes(fatal.decode(new Uint8Array([0xef, 0xbf, 0xbd, 0x62]))));
[[0x61, 0xff], [0xe2, 0x82], [0xed, 0xa0, 0x80]].forEach(function (c) {
  try { fatal.decode(new Uint8Array(c)); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
});
console.log(td.decode(Buffer.from('buffer ok')), td.decode(new Uint8Array([104, 105]).buffer), JSON.stringify(td.decode()));
console.log(td.decode(Buffer.from('xhello').subarray(1)));
try { td.decode('abc'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(td);
