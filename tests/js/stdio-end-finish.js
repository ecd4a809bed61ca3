// process.stdout.end() finishes the stream ('finish', the end callback) but never closes
// fd 1: Node's stdout only pretends to be destroyed and stays usable through fs.
var fs = require('fs');
var out = process.stdout;
out.on('finish', function () {
  fs.writeSync(1, 'finish: writableEnded ' + out.writableEnded +
    ' writableFinished ' + out.writableFinished + '\n');
});
out.on('close', function () { fs.writeSync(1, 'close\n'); });
out.on('error', function (e) { fs.writeSync(1, 'error ' + e.code + '\n'); });
out.write('first\n');
var ret = out.end('last\n', function (e) { fs.writeSync(1, 'end callback ' + e + '\n'); });
fs.writeSync(1, 'end returned the stream: ' + (ret === out) + '\n');
fs.writeSync(1, 'after end: writableEnded ' + out.writableEnded + ' writable ' + out.writable +
  ' writableFinished ' + out.writableFinished + '\n');
process.nextTick(function () { fs.writeSync(1, 'tick\n'); });
setTimeout(function () {
  fs.writeSync(1, 'later: destroyed ' + out.destroyed + ' closed ' + out.closed + '\n');
  fs.writeSync(1, 'fd 1 still open\n');
}, 5);
