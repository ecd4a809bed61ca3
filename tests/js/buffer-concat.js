// Buffer.concat: order, totalLength truncating or zero-padding, Uint8Array members,
// empty lists, argument errors.
var a = Buffer.from('abc'), b = Buffer.from('de'), u = new Uint8Array([0x66]);
console.log(Buffer.concat([a, b, u]).toString(), Buffer.concat([a, b], 4).toString());
console.log(Buffer.concat([a, b], 8), Buffer.concat([]).length, Buffer.concat([], 5).length);
console.log(Buffer.concat([a]) !== a, Buffer.concat([a, b]) instanceof Buffer, Buffer.concat([a], 0).length);
var joined = Buffer.concat([a]);
joined[0] = 0x41;
console.log(a.toString(), joined.toString());
function attempt(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
attempt(function () { Buffer.concat('abc'); });
attempt(function () { Buffer.concat([a, 'x']); });
attempt(function () { Buffer.concat([a, [1]]); });
attempt(function () { Buffer.concat([a], -1); });
attempt(function () { Buffer.concat([a], 1.5); });
attempt(function () { Buffer.concat([a], '2'); });
