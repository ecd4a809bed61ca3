// stdout on /dev/full (a character device: Node's SyncWriteStream) fails every write
// with ENOSPC as fs errors read; write() still returns, the callback gets the error,
// 'error' follows, and console.log swallows it. (What this test prints goes to stderr.)
var out = process.stdout;
var err = process.stderr;
err.write('constructor ' + out.constructor.name + ' _type ' + out._type + '\n');
out.on('error', function (e) {
  err.write('error event: ' + e.message + ' | code ' + e.code + ' errno ' + e.errno +
    ' syscall ' + e.syscall + '\n');
});
var ret = out.write('lost\n', function (e) {
  err.write('write callback: ' + (e && e.code) + '\n');
});
err.write('write returned ' + ret + '\n');
console.log('console.log to /dev/full');
err.write('console.log did not throw\n');
process.nextTick(function () { err.write('tick\n'); });
setImmediate(function () {
  err.write('immediate: destroyed ' + out.destroyed + ' writable ' + out.writable + '\n');
});
