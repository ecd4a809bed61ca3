// Fixed-width integer reads and writes, LE and BE, signed and unsigned: bytes, the
// returned offset and the value read back (values are truncated; NaN writes 0).
var b = Buffer.alloc(8);
var methods = [['UInt8', 1], ['Int8', 1], ['UInt16LE', 2], ['UInt16BE', 2], ['Int16LE', 2], ['Int16BE', 2],
  ['UInt32LE', 4], ['UInt32BE', 4], ['Int32LE', 4], ['Int32BE', 4]];
var values = [0, 1, 127, -128, 255, -1, 0x1234, -0x1234, 0x7fffffff, -0x80000000, 0xffffffff, 1.9, -1.9, NaN, '42', null];
methods.forEach(function (m) {
  var row = [];
  values.forEach(function (v) {
    b.fill(0xee);
    try {
      var next = b['write' + m[0]](v, 1);
      row.push(next + ':' + b.toString('hex', 0, m[1] + 2) + '=' + b['read' + m[0]](1));
    } catch (e) {
      row.push(e.code);
    }
  });
  console.log(m[0], row.join(' '));
});
var aliases = ['readUint8', 'readUint16LE', 'readUint16BE', 'readUint32LE', 'readUint32BE', 'writeUint8',
  'writeUint16LE', 'writeUint16BE', 'writeUint32LE', 'writeUint32BE', 'readUintLE', 'readUintBE', 'writeUintLE', 'writeUintBE'];
console.log(aliases.every(function (n) { return Buffer.prototype[n] === Buffer.prototype[n.replace('Uint', 'UInt')]; }));
console.log(Buffer.from([1, 2, 3, 4]).readUInt32BE(), Buffer.from([1, 2, 3, 4]).readInt32LE(), new Uint8Array([0xff]).length);
console.log(Buffer.prototype.readUInt16LE.call(new Uint8Array([1, 2]), 0));
