// Capturing output the way test runners do: a replaced process.stdout.write receives
// console.log's lines, and a replaced _write receives what write() is given (the fast
// direct write to fd 1 must not bypass either).
var out = process.stdout;
var realWrite = out.write;
var captured = [];
out.write('before capture\n');
out.write = function (chunk, encoding, cb) {
  captured.push(String(chunk));
  return true;
};
console.log('from console.log');
out.write('from write\n');
out.write = realWrite;
console.log('captured by write:', JSON.stringify(captured));

var seen = [];
out._write = function (chunk, encoding, cb) {
  seen.push(typeof chunk + ':' + String(chunk).trim() + ':' + encoding);
  cb();
};
out.write('one\n');
out.write('two\n');
console.log('three');
out.write(Buffer.from('four\n'));
delete out._write;
console.log('captured by _write:', JSON.stringify(seen));
console.log('own _write after delete:', Object.prototype.hasOwnProperty.call(out, '_write'));
