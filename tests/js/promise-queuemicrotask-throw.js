// A throwing queueMicrotask callback is an uncaught exception; the queue keeps draining.
process.on('uncaughtException', function (e) { console.log('caught', e.message); });
queueMicrotask(function () { console.log('m1'); throw new Error('q'); });
queueMicrotask(function () { console.log('m2'); });
Promise.resolve().then(function () { console.log('p1'); });
