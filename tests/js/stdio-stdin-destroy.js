// Destroying a piped process.stdin that was never read: 'close' (false) comes once the
// handle is closed, in the close phase after the immediates; no 'end', no error.
var stdin = process.stdin;
stdin.on('close', function (hadError) { console.log('close', hadError); });
stdin.on('end', function () { console.log('end (wrong)'); });
stdin.on('error', function (e) { console.log('error (wrong)', e.message); });
stdin.destroy();
console.log('destroyed', stdin.destroyed, 'readable', stdin.readable);
setImmediate(function () { console.log('immediate'); });
process.nextTick(function () { console.log('tick'); });
process.on('exit', function () { console.log('exit'); });
