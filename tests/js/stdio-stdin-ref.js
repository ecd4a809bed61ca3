// process.stdin.unref() then ref(): the handle keeps the loop alive again, so the input
// is read to its end.
var stdin = process.stdin;
stdin.unref();
console.log('ref returns stdin:', stdin.ref() === stdin);
stdin.setEncoding('utf8');
stdin.on('data', function (d) { console.log('data', JSON.stringify(d)); });
stdin.on('end', function () { console.log('end'); });
