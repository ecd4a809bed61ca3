// require('buffer') constants: kMaxLength, kStringMaxLength, constants (read-only),
// INSPECT_MAX_BYTES and its validation, SlowBuffer, and Buffer statics.
var buffer = require('buffer');
console.log(buffer.kMaxLength, buffer.kStringMaxLength, buffer.constants, buffer.INSPECT_MAX_BYTES);
console.log(buffer.Buffer === Buffer, buffer.constants.MAX_LENGTH === buffer.kMaxLength, Buffer.poolSize);
buffer.constants.MAX_LENGTH = 1;
console.log(buffer.constants.MAX_LENGTH, Object.keys(buffer.constants));
buffer.INSPECT_MAX_BYTES = 3;
console.log(buffer.INSPECT_MAX_BYTES, typeof buffer.SlowBuffer, typeof buffer.transcode, typeof buffer.isUtf8, typeof buffer.isAscii);
['x', -1].forEach(function (v) {
  try {
    buffer.INSPECT_MAX_BYTES = v;
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
});
var statics = ['from', 'copyBytesFrom', 'of', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'isBuffer', 'compare', 'isEncoding', 'concat', 'byteLength'];
console.log(statics.map(function (n) { return typeof Buffer[n]; }).join(' '));
