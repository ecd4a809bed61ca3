// An error thrown inside an 'uncaughtException' handler is fatal: exit code 7, no more callbacks.
process.on('uncaughtException', function (err) {
  console.log('handler', err.message);
  throw new Error('from handler');
});
process.on('exit', function (code) { console.log('exit', code); });
setTimeout(function () { console.log('never'); }, 1);
console.log('main');
throw new Error('first');
