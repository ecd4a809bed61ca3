// Astral characters and lone surrogates: UTF-8 encodes a pair as 4 bytes and a lone
// surrogate as EF BF BD; UTF-16LE keeps lone surrogates; decoding gives the pair back
// (shown as UTF-16 code units).
function units(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16));
  return out.join('.');
}
var strings = ['\ud83d\ude00', 'a\ud83d\ude00b', '\ud800', '\udc00', '\ud800\ud800', '\udc00\ud800', 'x\ud83dy'];
strings.forEach(function (s) {
  var u8 = Buffer.from(s), u16 = Buffer.from(s, 'utf16le');
  console.log(units(s), s.length, u8.toString('hex'), Buffer.byteLength(s), u16.toString('hex'),
    units(u8.toString()), units(u16.toString('utf16le')), Buffer.from(s, 'latin1').toString('hex'));
});
var smile = Buffer.from([0xf0, 0x9f, 0x98, 0x80]).toString();
console.log(smile.length, units(smile), Buffer.from(smile).toString('hex'), Buffer.from(smile + smile, 'ucs2').toString('hex'));
