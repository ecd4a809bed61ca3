// util.types and ArrayBuffer.isView/Buffer.isBuffer classify Buffers, Uint8Arrays and
// ArrayBuffers as Node does.
var types = require('util').types;
var values = { buffer: Buffer.from('x'), uint8array: new Uint8Array(2), arraybuffer: new ArrayBuffer(2),
  array: [1], object: { length: 1 }, string: 'x', nil: null };
var checks = ['isUint8Array', 'isTypedArray', 'isArrayBuffer', 'isAnyArrayBuffer', 'isArrayBufferView',
  'isSharedArrayBuffer', 'isDataView', 'isUint16Array'];
Object.keys(values).forEach(function (name) {
  var v = values[name];
  console.log(name, checks.map(function (c) { return c + '=' + types[c](v); }).join(' '),
    'isView=' + ArrayBuffer.isView(v), 'isBuffer=' + Buffer.isBuffer(v), require('util').isBuffer(v));
});
var b = values.buffer;
console.log(b instanceof Buffer, b instanceof Uint8Array, values.uint8array instanceof Buffer,
  Object.prototype.toString.call(b), Object.prototype.toString.call(values.arraybuffer), b.constructor.name);
