// buffer.isUtf8 and buffer.isAscii on Buffers, Uint8Arrays and ArrayBuffers; invalid
// input types throw ERR_INVALID_ARG_TYPE.
var buffer = require('buffer');
var samples = [[], [0x41], [0xc3, 0xa9], [0xc3], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x8f, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80], [0xe0, 0x80, 0x80], [0xff], [0x7f, 0x80]];
samples.forEach(function (bytes) {
  var b = Buffer.from(bytes);
  console.log(b.toString('hex') || '-', buffer.isUtf8(b), buffer.isAscii(b), buffer.isUtf8(new Uint8Array(bytes)), buffer.isUtf8(new Uint8Array(bytes).buffer));
});
['x', null, [1]].forEach(function (v) {
  try {
    buffer.isUtf8(v);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
});
