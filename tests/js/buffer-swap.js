// swap16/32/64 reverse byte order in place (small and large buffers) and reject sizes
// that are not a multiple.
var b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
console.log(b.swap16().toString('hex'), b.swap32().toString('hex'), b.swap64().toString('hex'));
console.log(b.swap16() === b);
var big = Buffer.alloc(400);
for (var i = 0; i < big.length; i++) big[i] = i & 255;
console.log(big.swap16().toString('hex', 0, 8), big.swap32().toString('hex', 392), big.swap64().toString('hex', 0, 16));
var whole = Buffer.alloc(6);
whole.set([1, 2, 3, 4, 5, 6]);
var view = whole.subarray(1, 5);
console.log(view.swap32().toString('hex'), whole.toString('hex'));
['swap16', 'swap32', 'swap64'].forEach(function (m) {
  try {
    Buffer.alloc(7)[m]();
  } catch (e) {
    console.log(m, e.name, e.code, e.message);
  }
});
