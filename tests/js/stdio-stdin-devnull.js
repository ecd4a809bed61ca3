// With stdin on /dev/null (a character device) process.stdin is an fs ReadStream that
// ends at once when read; without a reader the process exits as usual.
var stdin = process.stdin;
console.log('constructor:', stdin.constructor.name, 'fd:', stdin.fd);
var data = 0;
stdin.on('data', function () { data++; });
stdin.on('end', function () { console.log('end, data events:', data); });
process.on('exit', function () { console.log('exit'); });
