// With an 'uncaughtException' listener, a throw is reported to it (error, origin) and the loop goes on.
process.on('uncaughtException', function (err, origin) {
  console.log('caught', err instanceof Error, err.message, origin);
});
process.on('exit', function (code) { console.log('exit', code); });
setTimeout(function () {
  console.log('timer 1');
  throw new Error('from timer');
}, 1);
setTimeout(function () { console.log('timer 2 still runs'); }, 5);
console.log('main');
throw new Error('from main');
