// A handler added after 'unhandledRejection' was emitted triggers 'rejectionHandled'.
var p = Promise.reject('late');
process.on('unhandledRejection', function (reason, promise) {
  console.log('unhandledRejection', reason);
  setTimeout(function () {
    promise.catch(function (r) { console.log('caught', r); });
  }, 1);
});
process.on('rejectionHandled', function (promise) {
  console.log('rejectionHandled', String(promise === p));
});
