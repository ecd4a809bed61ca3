// process.stdin.unref() before reading: the pipe handle no longer keeps the loop alive,
// so the process exits without waiting for input; ref() restores it.
var stdin = process.stdin;
console.log('unref returns stdin:', stdin.unref() === stdin);
stdin.on('data', function (d) { console.log('data (wrong: unref)', String(d)); });
process.on('exit', function () { console.log('exit, data never came'); });
