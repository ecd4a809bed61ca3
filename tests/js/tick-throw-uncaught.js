// A throwing tick is an uncaught exception; the remaining ticks run at the next callback.
process.on('uncaughtException', function (e) { console.log('caught', e.message); });
process.nextTick(function () { console.log('t1'); throw new Error('x'); });
process.nextTick(function () { console.log('t2'); });
Promise.resolve().then(function () { console.log('p1'); });
setImmediate(function () { console.log('immediate'); });
