// A throwing queueMicrotask inside a timer is reported before the next timer runs.
process.on('uncaughtException', function (e) { console.log('caught', e.message); });
setTimeout(function () {
  console.log('t1');
  queueMicrotask(function () { throw new Error('qm in timer'); });
}, 2);
setTimeout(function () { console.log('t2'); }, 2);
var s = Date.now(); while (Date.now() - s < 10) {}
