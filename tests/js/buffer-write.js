// buf.write(string[, offset[, length]][, encoding]): every argument form, bytes written,
// and characters that do not fit are not written in part.
var b = Buffer.alloc(10);
console.log(b.write('h\u00e9llo'), b.toString('hex'));
b.fill(0);
console.log(b.write('abc', 8), b.write('xyz', 2, 1), b.write('6162', 'hex'), b.write('6162', 4, 'hex'), b.toString('hex'));
b.fill(0);
console.log(b.write('abcd', 1, 2, 'latin1'), b.write('ab', 5, 'ucs2'), b.write('YWJj', 7, 3, 'base64'), b.toString('hex'));
b.fill(0);
console.log(b.write('\u20ac\u20ac\u20ac\u20ac', 1), b.toString('hex'), b.write('\u20ac', 9), b.write('a', 10));
b.fill(0);
console.log(b.write('\ud83d\ude00', 7), b.toString('hex'), b.write('abc', 9, 'ucs2'), b.write('\ud83d\ude00', 6, 'ucs2'), b.toString('hex'));
console.log(b.write('', 3), b.write('zz', 'hex'), b.write('a', 0, 0), b.write('abcdef', 8, 100 - 90));
function attempt(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
attempt(function () { return b.write(5); });
attempt(function () { return b.write('a', 11); });
attempt(function () { return b.write('a', -1); });
attempt(function () { return b.write('a', 1.5); });
attempt(function () { return b.write('a', 0, 11); });
attempt(function () { return b.write('a', 'bogus'); });
attempt(function () { return b.write('a', 0, 1, 'bogus'); });
