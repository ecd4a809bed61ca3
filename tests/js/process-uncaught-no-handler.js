// Without a handler, an uncaught exception ends the process with code 1; 'exit' listeners see 1.
process.on('exit', function (code) { console.log('exit', code, process.exitCode); });
setTimeout(function () { console.log('never'); }, 2000);
console.log('main');
setImmediate(function () {
  console.log('immediate');
  throw new TypeError('boom');
});
setImmediate(function () { console.log('second immediate never'); });
