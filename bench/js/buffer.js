// Buffer workload: 1 MiB string <-> Buffer conversions (UTF-8, hex, base64), byte
// indexing, number reads/writes, small allocations, subarrays and concat.
var MiB = 1024 * 1024;
var text = new Array(MiB / 4 + 1).join('ab\u00e9');
var big, i, x = 0;
for (i = 0; i < 10; i++) {
  big = Buffer.from(text);
  x += big.toString().length;
}
x += Buffer.from(big.toString('hex'), 'hex').length + Buffer.from(big.toString('base64'), 'base64').length;
var bytes = Buffer.alloc(256 * 1024);
for (i = 0; i < bytes.length; i++) bytes[i] = i & 255;
for (i = 0; i < bytes.length; i++) x += bytes[i];
for (i = 0; i + 4 <= bytes.length; i += 4) bytes.writeUInt32LE(i, i);
for (i = 0; i + 4 <= bytes.length; i += 4) x += bytes.readUInt32LE(i);
var parts = [];
for (i = 0; i < 50000; i++) {
  var small = Buffer.alloc(64);
  small[0] = i & 255;
  parts.push(bytes.subarray(i, i + 16));
}
x += Buffer.concat(parts).length;
if (x < 0) console.log(x);
