// Node's errors for bad offsets, values and byteLengths of the number methods.
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
var b = Buffer.alloc(4);
attempt('read offset 1', function () { return b.readUInt32LE(1); });
attempt('read offset -1', function () { return b.readUInt32LE(-1); });
attempt('read short', function () { return Buffer.alloc(2).readUInt32LE(0); });
attempt('read 1.5', function () { return b.readUInt8(1.5); });
attempt('read "1"', function () { return b.readUInt8('1'); });
attempt('read NaN', function () { return b.readInt16BE(NaN); });
attempt('read null', function () { return b.readInt8(null); });
attempt('read end', function () { return b.readUInt8(4); });
attempt('read double', function () { return b.readDoubleLE(0); });
attempt('write 256', function () { return b.writeUInt8(256); });
attempt('write -129', function () { return b.writeInt8(-129, 0); });
attempt('write 2^32', function () { return b.writeUInt32LE(Math.pow(2, 32)); });
attempt('write 2^31', function () { return b.writeInt32BE(Math.pow(2, 31)); });
attempt('write -1 u16', function () { return b.writeUInt16LE(-1); });
attempt('write offset 3', function () { return b.writeUInt16LE(1, 3); });
attempt('write offset "0"', function () { return b.writeUInt16LE(1, '0'); });
attempt('write u8 offset 4', function () { return b.writeUInt8(1, 4); });
attempt('write float short', function () { return Buffer.alloc(2).writeFloatLE(1); });
attempt('write double', function () { return b.writeDoubleBE(1); });
var c = Buffer.alloc(8);
attempt('uint48 range', function () { return c.writeUIntLE(Math.pow(2, 48), 0, 6); });
attempt('int48 range', function () { return c.writeIntLE(Math.pow(2, 47), 0, 6); });
attempt('int40 range', function () { return c.writeIntBE(-Math.pow(2, 39) - 1, 0, 5); });
attempt('byteLength 7', function () { return c.writeUIntLE(1, 0, 7); });
attempt('byteLength 0', function () { return c.readUIntBE(0, 0); });
attempt('byteLength 1.5', function () { return c.readIntBE(0, 1.5); });
attempt('byteLength missing', function () { return c.readUIntLE(0); });
attempt('offset missing', function () { return c.readUIntLE(); });
attempt('write offset missing', function () { return c.writeUIntLE(1, undefined, 2); });
attempt('var offset past end', function () { return c.readIntLE(4, 6); });
