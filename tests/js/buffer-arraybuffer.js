// ArrayBuffer: construction, byteLength, slice (a copy), isView, and views made with
// byteOffset and length (and V8's RangeErrors for bad ones).
var ab = new ArrayBuffer(8);
console.log(ab.byteLength, new ArrayBuffer().byteLength, new ArrayBuffer(2.7).byteLength, new ArrayBuffer('3').byteLength);
var v = new Uint8Array(ab, 2);
v[0] = 9;
var copy = ab.slice(1, 4);
new Uint8Array(copy)[1] = 7;
console.log(new Uint8Array(ab), new Uint8Array(copy), ab.slice(-2).byteLength, ab.slice(6, 2).byteLength, ab.slice().byteLength);
console.log(v.length, v.byteOffset, v.buffer === ab, new Uint8Array(ab, 3, 2).length, new Uint8Array(ab, 8).length);
console.log(ArrayBuffer.isView(v), ArrayBuffer.isView(ab), ArrayBuffer.isView(Buffer.alloc(1)), ArrayBuffer.isView([]));
console.log(Buffer.alloc(4).buffer.byteLength, Buffer.alloc(4).buffer instanceof ArrayBuffer, Object.prototype.toString.call(ab));
function attempt(f) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.message); }
}
attempt(function () { return new ArrayBuffer(-1); });
attempt(function () { return ArrayBuffer(1); });
attempt(function () { return new Uint8Array(ab, 9); });
attempt(function () { return new Uint8Array(ab, -1); });
attempt(function () { return new Uint8Array(ab, 4, 5); });
