// readUIntLE/BE, readIntLE/BE, writeUIntLE/BE, writeIntLE/BE for byteLength 1 to 6.
var b = Buffer.alloc(10);
var values = [0, 1, -1, 0x7f, 0x80, 0x123456789a, -0x123456789a, Math.pow(2, 47) - 1, -Math.pow(2, 47), 1.5, -2.5];
[1, 2, 3, 4, 5, 6].forEach(function (n) {
  values.forEach(function (v) {
    var row = [n, v];
    ['UIntLE', 'UIntBE', 'IntLE', 'IntBE'].forEach(function (m) {
      b.fill(0);
      try {
        var next = b['write' + m](v, 2, n);
        row.push(m + ' ' + next + ' ' + b.toString('hex', 0, n + 3) + ' ' + b['read' + m](2, n));
      } catch (e) {
        row.push(m + ' ' + e.code);
      }
    });
    console.log(row.join(' | '));
  });
});
var bytes = Buffer.from([0x80, 1, 2, 3, 4, 0xff]);
console.log(bytes.readUIntBE(0, 6), bytes.readIntBE(0, 6), bytes.readUIntLE(0, 6), bytes.readIntLE(0, 6), bytes.readIntBE(0, 3), bytes.readUIntLE(3, 3));
