// An 'error' with no listener is thrown as an uncaught exception (exit code 1);
// 'close' never runs because the process dies first.
var stream = require('stream');

var r = new stream.Readable({ read: function () {} });
r.on('close', function () { console.log('close'); });
process.on('exit', function (code) { console.log('exit', code); });
console.log('destroying');
r.destroy(new Error('nobody listens'));
process.nextTick(function () { console.log('tick before error'); });
