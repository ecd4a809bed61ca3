// Float and double reads and writes, LE and BE: rounding to float, infinities, NaN,
// negative zero, denormals, and values read from given bytes.
var b = Buffer.alloc(8);
var values = [0, -0, 1, -1.5, 0.1, Math.PI, 1e-40, 1e-46, 3.4028234663852886e38, 3.4028235677973366e38,
  3.5e38, -3.5e38, 1e300, Infinity, -Infinity, NaN, '2.5', null];
['FloatLE', 'FloatBE', 'DoubleLE', 'DoubleBE'].forEach(function (m) {
  var size = m.indexOf('Float') === 0 ? 4 : 8;
  values.forEach(function (v) {
    var next = b['write' + m](v, 8 - size);
    var back = b['read' + m](8 - size);
    console.log(m, String(v), next, b.toString('hex', 8 - size), 1 / back === -Infinity ? '-0' : String(back));
  });
});
var raw = Buffer.from([0, 0, 0xc0, 0x7f, 0, 0, 0x80, 0x7f, 0, 0, 0x80, 0xff, 1, 0, 0, 0]);
console.log(raw.readFloatLE(0), raw.readFloatLE(4), raw.readFloatLE(8), raw.readFloatLE(12), raw.readDoubleLE(0), raw.readDoubleBE(8));
