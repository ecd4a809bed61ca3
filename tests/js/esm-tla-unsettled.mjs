// A top-level await that never settles: the process exits when nothing is left to do,
// with exit code 13, after the 'exit' listeners (which see process.exitCode 13).
process.on('exit', function (code) { console.log('exit', code, process.exitCode); });
console.log('waiting forever');
await new Promise(function () {});
console.log('never printed');
