// buf.fill(value, offset, end, encoding): ranges, multi-byte patterns, encodings given in
// any position, numbers modulo 256, and Node's errors.
var b = Buffer.alloc(10);
console.log(b.fill('ab').toString(), b.fill(0).fill('xyz', 2, 7).toString('hex'));
console.log(b.fill('\u20ac').toString('hex'), b.fill('\u00e9', 'latin1').toString('hex'), b.fill('e9', 'hex').toString('hex'));
console.log(b.fill('ab', 4, 'ucs2').toString('hex'), b.fill('YWJj', 0, 5, 'base64').toString('hex'));
console.log(b.fill(65, 1, 3).toString('hex'), b.fill(-2).toString('hex'), b.fill(300, 9).toString('hex'), b.fill(1.99).toString('hex'));
console.log(b.fill(Buffer.from([1, 2, 3]), 1).toString('hex'), b.fill(new Uint8Array([7]), 8).toString('hex'));
console.log(b.fill('a', 5, 5).toString('hex'), b.fill('b', 7, 3).toString('hex'), b.fill('').toString('hex'));
console.log(b.fill(true).toString('hex'), b.fill({}).toString('hex'), b.fill('abc', 10).toString('hex'));
console.log(b.fill('x') === b);
function attempt(f) {
  try { console.log(f().toString('hex')); } catch (e) { console.log(e.name, e.code, e.message); }
}
attempt(function () { return b.fill('a', -1); });
attempt(function () { return b.fill('a', 0, 11); });
attempt(function () { return b.fill('a', 1.5); });
attempt(function () { return b.fill('a', '1'); });
attempt(function () { return b.fill('a', 0, 10, 'bogus'); });
attempt(function () { return b.fill('a', 0, 10, 7); });
attempt(function () { return b.fill('zz', 'hex'); });
attempt(function () { return b.fill(Buffer.alloc(0)); });
