// Without an 'unhandledRejection' listener the rejection becomes an uncaught exception.
process.on('uncaughtException', function (err, origin) {
  console.log('uncaught:', origin, err.name, err.code);
  console.log(err.message);
});
Promise.reject(42);
Promise.reject(new Error('real error'));
process.nextTick(function () { console.log('tick runs first'); });
