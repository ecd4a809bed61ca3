// windowBits 8..15 and memLevel 1..9 round-trip; an inflater with a smaller window
// than the stream's fails with Node's error; windowBits 0 takes it from the header.
var zlib = require('zlib');
var words = [];
for (var i = 0; i < 3000; i++) words.push('wb' + (i * 13 % 501));
var text = Buffer.from(words.join(' '));
var ok = true;
for (var wb = 8; wb <= 15; wb++) {
  for (var ml = 1; ml <= 9; ml += 4) {
    var d = zlib.deflateSync(text, { windowBits: wb, memLevel: ml });
    if (!zlib.inflateSync(d).equals(text)) ok = false;
    if (!zlib.inflateSync(d, { windowBits: 15 }).equals(text)) ok = false;
    var r = zlib.deflateRawSync(text, { windowBits: wb, memLevel: ml });
    if (!zlib.inflateRawSync(r, { windowBits: 15 }).equals(text)) ok = false;
    if (wb > 8) {
      var g = zlib.gzipSync(text, { windowBits: wb, memLevel: ml });
      if (!zlib.gunzipSync(g).equals(text)) ok = false;
    }
  }
}
console.log('all round trip', ok);
// the CINFO nibble of the zlib header records the window (deflate with 8 writes 9)
[8, 9, 12, 15].forEach(function (w) {
  console.log(w, zlib.deflateSync('x', { windowBits: w })[0].toString(16));
});
var big = zlib.deflateSync(text, { windowBits: 15 });
try {
  zlib.inflateSync(big, { windowBits: 9 });
} catch (e) {
  console.log('small window:', e.message, e.errno, e.code);
}
console.log('windowBits 0', zlib.inflateSync(big, { windowBits: 0 }).equals(text));
console.log('gunzip windowBits 0', zlib.gunzipSync(zlib.gzipSync(text), { windowBits: 0 }).equals(text));
