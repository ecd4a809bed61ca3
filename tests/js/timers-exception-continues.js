// A throwing timer is reported; the following timers of the same phase still run.
process.on('uncaughtException', function (e) { console.log('caught', e.message); });
setTimeout(function () { console.log('t1'); throw new Error('boom'); }, 5);
setTimeout(function () { console.log('t2'); }, 5);
setTimeout(function () { console.log('t3'); }, 5);
var s = Date.now();
while (Date.now() - s < 20) {}
