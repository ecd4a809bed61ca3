// 'unhandledRejection' fires after the tick and microtask queues drain, with the reason and promise.
var p;
process.on('unhandledRejection', function (reason, promise) {
  console.log('unhandledRejection', reason, String(promise === p));
});
p = Promise.reject('nope');
process.nextTick(function () { console.log('tick'); });
Promise.resolve().then(function () { console.log('micro'); });
setTimeout(function () { console.log('timeout'); }, 1);
