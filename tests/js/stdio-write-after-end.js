// Writing to process.stdout after end(): the write's callback and an 'error' event get
// ERR_STREAM_WRITE_AFTER_END (a tick later). console.log's own write after end is lost
// without an exception, and stdout stays usable afterwards (Node undestroys it).
var fs = require('fs');
var out = process.stdout;
function log(s) { fs.writeSync(1, s + '\n'); }
out.on('error', function (e) {
  log('error event: ' + e.name + ' [' + e.code + '] ' + e.message);
});
out.on('close', function () { log('close event'); });
out.end('ended\n');
var ret = out.write('too late\n', function (e) {
  log('write callback: ' + (e && e.code));
});
log('write after end returned ' + ret);
var threw = false;
try {
  console.log('console.log after end');
} catch (e) {
  threw = true;
}
log('console.log threw: ' + threw);
setTimeout(function () {
  log('later: destroyed ' + out.destroyed + ' writableEnded ' + out.writableEnded);
  out.write('write works again\n', function (e) { log('callback ' + e); });
}, 5);
