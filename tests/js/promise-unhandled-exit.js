// An unhandled rejection with no handlers at all ends the process (exit code 1) after the tick.
console.log('before');
Promise.reject(new Error('fatal'));
process.nextTick(function () { console.log('tick'); });
setTimeout(function () { console.log('never'); }, 1);
process.on('exit', function (code) { console.log('exit', code); });
