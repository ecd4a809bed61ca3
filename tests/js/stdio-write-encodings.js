// process.stdout.write takes strings in any Buffer encoding, Buffers and Uint8Arrays;
// U+0000 and lone surrogates are written as Node writes them (00, EF BF BD); other
// chunk types and unknown encodings throw synchronously.
var out = process.stdout;
out.write('utf8: h\u00e9llo \u65e5\u672c \ud83d\ude00\n');
out.write('68657820656e636f6465640a', 'hex');
out.write('YmFzZTY0IGVuY29kZWQK', 'base64');
out.write('latin1: caf\u00e9\n', 'latin1');
out.write(Buffer.from('a Buffer\n'));
out.write(new Uint8Array([85, 105, 110, 116, 56, 65, 114, 114, 97, 121, 10]));
out.write('nul:[\u0000] lone surrogate:[\ud800]\n');
out.write('UTF-8 spelled differently\n', 'UTF-8');
out.write('');
try {
  out.write(42);
} catch (e) {
  console.log('number:', e.name, e.code);
}
try {
  out.write({});
} catch (e) {
  console.log('object:', e.code);
}
try {
  out.write(null);
} catch (e) {
  console.log('null:', e.code);
}
try {
  out.write('x', 'no-such-encoding');
} catch (e) {
  console.log('encoding:', e.code, e.message);
}
out.setDefaultEncoding('hex');
out.write('64656661756c7420656e636f64696e67206865780a');
out.setDefaultEncoding('utf8');
out.write('back to utf8\n');
console.log('writableLength', out.writableLength);
