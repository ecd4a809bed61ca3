// b[i] reads and writes: ToNumber modulo 256, out-of-range indices ignored, length
// and byte properties read-only.
var b = Buffer.alloc(4);
b[0] = 300;
b[1] = -1;
b[2] = 1.9;
b[3] = '7';
b[4] = 9;
b[-1] = 3;
b[1.5] = 4;
console.log(b, b[4], b[-1], b[1.5], b.length, b['1'], b[NaN]);
b[0] = NaN;
b[1] = Infinity;
b[2] = { valueOf: function () { return 513; } };
b[3] = true;
console.log(b, b[0] + b[2]);
b.length = 10;
b.byteLength = 10;
console.log(b.length, b.byteLength, b.byteOffset, 0 in b, 4 in b, '-1' in b);
var sum = 0;
for (var i = 0; i < b.length; i++) sum += b[i];
console.log(sum, Buffer.from('abc')[1], new Uint8Array([5, 6])[1]);
