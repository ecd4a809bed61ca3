// The deprecated Buffer() constructor, with and without new (its DEP0005 warning goes to
// stderr): numbers allocate zero-filled memory, other values go to Buffer.from.
console.log(Buffer(3), new Buffer(2), Buffer('abc'), new Buffer('6869', 'hex'), Buffer([1, 2]), new Buffer(new ArrayBuffer(2)));
console.log(Buffer(2) instanceof Buffer, Buffer.prototype.constructor === Buffer, typeof Buffer.from);
try {
  Buffer(4, 'utf8');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
