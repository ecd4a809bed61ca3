// deflateSync/inflateSync (zlib format) and deflateRawSync/inflateRawSync (no header):
// round trips, the 2-byte zlib header and Adler-32 trailer, and Node's bytes for short
// inputs.
var zlib = require('zlib');

['hello world', 'abcabcabcabcabcabcabcabc', ''].forEach(function (s) {
  var d = zlib.deflateSync(s);
  var r = zlib.deflateRawSync(s);
  console.log(JSON.stringify(s));
  console.log('  deflate', d.toString('hex'), zlib.inflateSync(d).toString() === s);
  console.log('  header', d[0].toString(16), d[1].toString(16), ((d[0] << 8) | d[1]) % 31);
  console.log('  raw    ', r.toString('hex'), zlib.inflateRawSync(r).toString() === s);
  console.log('  raw is deflate minus header and trailer',
    r.equals(d.slice(2, d.length - 4)));
});
var bin = Buffer.alloc(1000);
for (var i = 0; i < bin.length; i++) bin[i] = (i * 31) & 0xff;
console.log(zlib.inflateSync(zlib.deflateSync(bin)).equals(bin));
console.log(zlib.inflateRawSync(zlib.deflateRawSync(bin)).equals(bin));
