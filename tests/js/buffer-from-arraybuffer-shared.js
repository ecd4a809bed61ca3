// Buffer.from(arrayBuffer, byteOffset, length) shares the ArrayBuffer's memory.
var ab = new ArrayBuffer(8);
var whole = Buffer.from(ab);
var part = Buffer.from(ab, 2, 3);
part[0] = 0xaa;
whole[4] = 0xbb;
console.log(whole, part, part.length, part.byteOffset);
console.log(whole.buffer === ab, part.buffer === ab, new Uint8Array(ab)[2]);
console.log(Buffer.from(ab, 6).length, Buffer.from(ab, 8).length, Buffer.from(ab, 1, 0).length);
console.log(Buffer.from(ab, '2', '2'), Buffer.from(ab, NaN, 1), Buffer.from(ab, 1, -5).length);
function attempt(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
attempt(function () { Buffer.from(ab, 9); });
attempt(function () { Buffer.from(ab, 4, 5); });
attempt(function () { Buffer.from(ab, -1); });
var view = new Uint8Array(ab, 1, 2);
view[0] = 1;
console.log(whole[1], view.byteOffset, view.buffer === ab);
