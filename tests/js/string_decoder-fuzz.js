// Differential fuzz of StringDecoder: pseudo-random byte strings (biased towards UTF-8
// lead/continuation bytes and UTF-16 surrogate halves) cut into random chunks, decoded
// with every encoding; each write()'s code units, lastChar, lastNeed and lastTotal
// and end()'s result must equal Node's.
var StringDecoder = require('string_decoder').StringDecoder;

var seed = 12345;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
var pool = [0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4,
  0xf5, 0xff, 0x82, 0xac, 0x9f, 0xa0, 0x90, 0x8f, 0xd8, 0xdc, 0x3d, 0x00, 0xde];
function codes(s) {
  var o = [];
  for (var i = 0; i < s.length; i++) o.push(s.charCodeAt(i).toString(16));
  return o.join(' ');
}
var encs = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii'];
var hash = 0;
var lines = 0;
for (var t = 0; t < 1400; t++) {
  var enc = encs[t % encs.length];
  var n = rnd(12);
  var bytes = [];
  for (var i = 0; i < n; i++) bytes.push(rnd(3) === 0 ? rnd(256) : pool[rnd(pool.length)]);
  var d = new StringDecoder(enc);
  var res = [];
  var at = 0;
  while (at < n) {
    var k = 1 + rnd(4);
    res.push(codes(d.write(Buffer.from(bytes.slice(at, at + k)))) + '|' +
      d.lastChar.toString('hex') + d.lastNeed + '/' + d.lastTotal);
    at += k;
  }
  res.push('end:' + codes(d.end()));
  var line = enc + ' ' + bytes.join(',') + ' => ' + res.join(' ; ');
  // Print a sample; fold every line into the hash.
  if (t % 100 === 0) console.log(line);
  for (var j = 0; j < line.length; j++) hash = (hash * 31 + line.charCodeAt(j)) | 0;
  lines++;
}
console.log('cases', lines, 'hash', (hash >>> 0).toString(16));
