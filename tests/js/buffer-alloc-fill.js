// Buffer.alloc(size, fill, encoding): numbers, strings in encodings, Buffers, empty
// strings; allocUnsafe/allocUnsafeSlow sizes.
console.log(Buffer.alloc(5));
console.log(Buffer.alloc(5, 1), Buffer.alloc(5, 257), Buffer.alloc(5, -1), Buffer.alloc(3, 1.9));
console.log(Buffer.alloc(5, 'ab'), Buffer.alloc(5, 'ab', 'ucs2'), Buffer.alloc(5, 'YWI=', 'base64'));
console.log(Buffer.alloc(5, 'a1', 'hex'), Buffer.alloc(4, '\u00e9'), Buffer.alloc(4, '\u00e9', 'latin1'));
console.log(Buffer.alloc(5, ''), Buffer.alloc(5, Buffer.from([1, 2])), Buffer.alloc(5, new Uint8Array([3])));
console.log(Buffer.alloc(4, true), Buffer.alloc(4, {}), Buffer.alloc(0, 'x'), Buffer.alloc(2.9).length);
console.log(Buffer.allocUnsafe(7).length, Buffer.allocUnsafeSlow(9).length, Buffer.allocUnsafe(0).length);
function attempt(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
attempt(function () { Buffer.alloc(4, 'zz', 'hex'); });
attempt(function () { Buffer.alloc(4, 'ab', 'nope'); });
attempt(function () { Buffer.alloc(4, 'ab', 8); });
attempt(function () { Buffer.alloc(4, Buffer.alloc(0)); });
