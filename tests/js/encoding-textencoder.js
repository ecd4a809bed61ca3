// TextEncoder: UTF-8 bytes in a Uint8Array (not a Buffer), U+FFFD for unpaired
// surrogates, encodeInto writing whole characters only.
function list(u) { var o = []; for (var i = 0; i < u.length; i++) o.push(u[i]); return o.join(','); }
var te = new TextEncoder();
console.log(te.encoding);
var b = te.encode('héllo €😀');
console.log(list(b), b.length, b instanceof Uint8Array, Buffer.isBuffer(b), b.constructor.name);
console.log(te.encode().length, te.encode('').length, list(te.encode(123)));
console.log(list(te.encode('\ud800x')), list(te.encode('a\udc00')));
var u = new Uint8Array(10);
console.log(JSON.stringify(te.encodeInto('a€😀', u)), list(u));
var small = new Uint8Array(3);
console.log(JSON.stringify(te.encodeInto('a€', small)), list(small));
var four = new Uint8Array(4);
console.log(JSON.stringify(te.encodeInto('ab😀', four)), list(four));
console.log(te);
