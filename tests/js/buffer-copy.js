// buf.copy(target, targetStart, sourceStart, sourceEnd): counts, clamping, overlap
// within one buffer, Uint8Array targets and Node's errors.
var src = Buffer.from('abcdef');
var dst = Buffer.alloc(8, '.');
console.log(src.copy(dst), dst.toString());
dst.fill('.');
console.log(src.copy(dst, 5), dst.toString(), src.copy(dst, 8), src.copy(dst, 0, 4), dst.toString());
dst.fill('.');
console.log(src.copy(dst, 1, 2, 4), dst.toString(), src.copy(dst, 0, 3, 100), dst.toString(), src.copy(dst, 0, 4, 2));
var overlap = Buffer.from('0123456789');
overlap.copy(overlap, 2, 0, 6);
console.log(overlap.toString());
overlap = Buffer.from('0123456789');
overlap.copy(overlap, 0, 3);
console.log(overlap.toString());
var u = new Uint8Array(3);
console.log(src.copy(u, 1), u, src.copy(dst, 1.5, '1'), dst.toString());
function attempt(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
attempt(function () { return src.copy('x'); });
attempt(function () { return src.copy(dst, -1); });
attempt(function () { return src.copy(dst, 0, -1); });
attempt(function () { return src.copy(dst, 0, 7); });
attempt(function () { return src.copy(dst, 0, 0, -1); });
