// Piping into process.stdout: data interleaves with console.log in order, and
// stdout is not ended when the source ends.
var stream = require('stream');

var src = stream.Readable.from(['line one\n', 'line two\n', 'line three\n']);
src.on('end', function () {
  console.log('source ended; stdout writable', process.stdout.writable);
  process.stdout.write('direct write\n');
});
console.log('before pipe');
var ret = src.pipe(process.stdout);
console.log('pipe returned stdout', ret === process.stdout);
process.nextTick(function () { console.log('tick'); });
setImmediate(function () { console.log('immediate'); });

var t = new stream.Transform({
  transform: function (c, e, cb) { cb(null, '[' + String(c).trim() + ']\n'); }
});
t.pipe(process.stdout);
t.write('x');
t.end('y');
