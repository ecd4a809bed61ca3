// Compression levels -1..9 and strategies: every combination round-trips; level 0
// stores (output = input + fixed overhead); higher levels do not grow repetitive text;
// short inputs compress to the same bytes as in Node.
var zlib = require('zlib');
var lines = [];
for (var i = 0; i < 2000; i++) lines.push('entry ' + (i % 50) + ' status ok');
var text = Buffer.from(lines.join('\n'));
var sizes = {};
for (var level = -1; level <= 9; level++) {
  var ok = true;
  for (var strategy = 0; strategy <= 4; strategy++) {
    var c = zlib.deflateSync(text, { level: level, strategy: strategy });
    if (!zlib.inflateSync(c).equals(text)) ok = false;
    if (strategy === 0) sizes[level] = c.length;
  }
  console.log('level', level, 'round trips', ok);
}
console.log('level 0 stores', sizes[0] === text.length + 6 + 5 * Math.ceil(text.length / 65535));
console.log('level 0 largest', sizes[0] > sizes[1], 'level 9 <= level 1', sizes[9] <= sizes[1]);
console.log('default is 6', sizes[-1] === sizes[6]);
var short = 'short text, short text';
[0, 1, 6, 9].forEach(function (l) {
  console.log(l, zlib.gzipSync(short, { level: l }).toString('hex'));
  console.log(l, zlib.deflateRawSync(short, { level: l, strategy: zlib.constants.Z_FIXED }).toString('hex'));
});
console.log('huffman only', zlib.deflateSync('abababab', { strategy: zlib.constants.Z_HUFFMAN_ONLY }).toString('hex'));
console.log('rle', zlib.deflateSync('aaaaaaaabbbbbbbb', { strategy: zlib.constants.Z_RLE }).toString('hex'));
// streams take the same options
var gz = zlib.createGzip({ level: 9, memLevel: 9, windowBits: 15 });
var out = [];
gz.on('data', function (b) { out.push(b); });
gz.on('end', function () {
  console.log('stream level 9', zlib.gunzipSync(Buffer.concat(out)).equals(text));
});
gz.end(text);
