// Buffer.copyBytesFrom and Buffer.of make new memory from views and values.
var u = new Uint8Array([1, 2, 3, 4]);
var c = Buffer.copyBytesFrom(u, 1, 2);
c[0] = 9;
console.log(c, u, Buffer.copyBytesFrom(u), Buffer.copyBytesFrom(u, 3), Buffer.copyBytesFrom(u, 5).length, Buffer.copyBytesFrom(u, 0, 10));
console.log(Buffer.of(), Buffer.of(1, 256, -1, '3'), Buffer.of(7) instanceof Buffer);
['x', [1]].forEach(function (v) {
  try { Buffer.copyBytesFrom(v); } catch (e) { console.log(e.name, e.code, e.message); }
});
try { Buffer.copyBytesFrom(u, -1); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.copyBytesFrom(u, 0, 1.5); } catch (e) { console.log(e.name, e.code, e.message); }
