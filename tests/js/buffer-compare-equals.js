// Buffer.compare, buf.compare with ranges, buf.equals; sorting with Buffer.compare.
var a = Buffer.from('abc'), b = Buffer.from('abd'), c = Buffer.from('ab');
console.log(Buffer.compare(a, b), Buffer.compare(b, a), Buffer.compare(a, c), Buffer.compare(c, a), Buffer.compare(a, a));
console.log(a.compare(b), a.compare(b, 0, 2), a.compare(b, 0, 2, 0, 2), a.compare(b, 2, 3, 2, 3));
console.log(a.compare(b, 1, 1), a.compare(b, 0, 3, 3, 3), a.compare(b, 3, 3, 3, 3), a.compare(new Uint8Array([97, 98, 99])));
console.log(a.equals(Buffer.from('abc')), a.equals(b), a.equals(c), a.equals(new Uint8Array([97, 98, 99])), Buffer.alloc(0).equals(Buffer.alloc(0)));
var list = [Buffer.from('b'), Buffer.from('a'), Buffer.from('ab'), Buffer.from(''), Buffer.from([255]), Buffer.from([0])];
console.log(list.sort(Buffer.compare).map(function (x) { return x.toString('hex') || '-'; }).join(' '));
function attempt(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
attempt(function () { return Buffer.compare(a, 'abc'); });
attempt(function () { return Buffer.compare([], a); });
attempt(function () { return a.compare('x'); });
attempt(function () { return a.compare(b, -1); });
attempt(function () { return a.compare(b, 0, 4); });
attempt(function () { return a.compare(b, 0, 3, 0, 4); });
attempt(function () { return a.compare(b, 0.5); });
attempt(function () { return a.compare(b, '0'); });
attempt(function () { return a.equals('abc'); });
