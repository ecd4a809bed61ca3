// Writing to a pipe whose reader has gone fails with EPIPE (SIGPIPE is ignored, as in
// Node): the write callback and an 'error' event get "write EPIPE" a tick later, and
// console.log on the broken stdout neither throws nor crashes. (stdout here is such a
// pipe; what this test prints goes to stderr.)
var out = process.stdout;
var err = process.stderr;
var chunk = new Array(1025).join('x');
var writes = 0;
var failed = false;
var errors = 0;
out.on('error', function (e) {
  if (errors++ === 0) {
    err.write('error event: ' + e.message + ' code ' + e.code + ' errno ' + e.errno +
      ' syscall ' + e.syscall + ' keys ' + Object.keys(e).join(',') + '\n');
  }
});
function more() {
  // bounded: the pipe holds 64 KiB, this writes at most 4 MiB
  for (var i = 0; i < 64 && !failed && writes < 4096; i++) {
    writes++;
    out.write(chunk, function (e) {
      if (e && !failed) {
        failed = true;
        err.write('write callback: ' + e.code + '\n');
        setImmediate(afterFailure);
      }
    });
  }
  if (!failed && writes < 4096) setImmediate(more);
}
function afterFailure() {
  var threw = false;
  try {
    console.log('console.log to the broken pipe');
  } catch (e) {
    threw = true;
  }
  err.write('console.log threw: ' + threw + '\n');
}
more();
process.on('exit', function (code) {
  err.write('exit ' + code + ', failed ' + failed + ', error events seen ' + (errors > 0) + '\n');
});
