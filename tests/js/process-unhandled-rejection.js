// 'unhandledRejection' receives (reason, promise) for each unhandled rejection; the process then goes on.
var p1, p2;
process.on('unhandledRejection', function (reason, promise) {
  if (reason instanceof Error) console.log('reason error', reason.message, promise === p1);
  else console.log('reason', reason, promise === p2);
});
p1 = Promise.reject(new Error('bad'));
p2 = new Promise(function (resolve, reject) { reject(42); });
Promise.reject('handled').catch(function (r) { console.log('caught', r); });
setTimeout(function () { console.log('timer after'); }, 1);
process.on('exit', function (code) { console.log('exit', code); });
