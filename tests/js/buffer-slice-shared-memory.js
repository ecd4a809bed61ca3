// slice and subarray return views sharing memory (negative and out-of-range indices);
// Uint8Array.prototype.slice copies.
var b = Buffer.alloc(8);
b.write('abcdefgh');
var s = b.slice(2, 5), t = b.subarray(-3), u = b.slice(-100, 100), e = b.slice(5, 2);
s[0] = 0x43;
t[2] = 0x48;
console.log(b.toString(), s.toString(), t.toString(), u.length, e.length);
console.log(s.byteOffset, t.byteOffset, s.buffer === b.buffer, t.buffer === s.buffer, s instanceof Buffer);
console.log(b.slice(1.7, 3.2).toString(), b.slice('2', '4').toString(), b.slice(null, 2).toString(), b.subarray(NaN, 2).toString());
console.log(b.slice(2).slice(1).toString(), b.subarray(2).subarray(-2).toString(), b.subarray(Infinity).length, b.subarray(-Infinity, 1).toString());
var big = Buffer.alloc(16);
var view = big.subarray(4, 8);
view.fill(1);
console.log(big);
var copy = Uint8Array.prototype.slice.call(b, 0, 2);
copy[0] = 0;
console.log(b[0], copy[0], copy instanceof Buffer, copy.length);
