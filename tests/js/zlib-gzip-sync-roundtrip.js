// gzipSync/gunzipSync: strings (UTF-8) and Buffers round-trip, output is a Buffer, and
// a short input compresses to the same bytes as Node's zlib.
var zlib = require('zlib');

var inputs = ['hello world', '', 'héllo wörld — ünïcödé ✓ 😀',
  Buffer.from([0, 1, 2, 3, 255, 254, 253]), 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'];
inputs.forEach(function (input, i) {
  var gz = zlib.gzipSync(input);
  var back = zlib.gunzipSync(gz);
  var expect = typeof input === 'string' ? Buffer.from(input) : input;
  console.log(i, Buffer.isBuffer(gz), Buffer.isBuffer(back), gz.length, back.equals(expect));
  console.log('  hex', gz.toString('hex'));
  console.log('  magic', gz[0].toString(16), gz[1].toString(16), 'method', gz[2], 'os', gz[9]);
});
console.log(zlib.gunzipSync(zlib.gzipSync('héllo')).toString());
// Uint8Array and ArrayBuffer inputs
var u = new Uint8Array([104, 105]);
console.log(zlib.gunzipSync(zlib.gzipSync(u)).toString());
var ab = new ArrayBuffer(3);
console.log(zlib.gunzipSync(zlib.gzipSync(ab)).toString('hex'));
