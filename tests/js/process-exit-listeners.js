// process.exit(code) runs every 'exit' listener once with the code, then stops: nothing after it runs.
process.on('exit', function (code) { console.log('first listener', code, process.exitCode); });
process.on('exit', function (code) { console.log('second listener', code); });
setTimeout(function () { console.log('timer never runs'); }, 0);
process.nextTick(function () { console.log('tick never runs'); });
console.log('before exit');
process.exit(3);
console.log('after exit');
