// process.stdin redirected from a regular file is an fs ReadStream (64 KiB reads at
// the file position): 'data' and 'end', no 'close' (autoClose is off), bytesRead counts.
var stdin = process.stdin;
console.log('constructor:', stdin.constructor.name, 'fd:', stdin.fd, 'isTTY:', stdin.isTTY);
console.log('readableHighWaterMark:', stdin.readableHighWaterMark, 'bytesRead:', stdin.bytesRead);
var sizes = [];
stdin.on('data', function (chunk) { sizes.push(chunk.length); });
stdin.on('end', function () {
  console.log('end: chunk sizes', sizes.join(','), 'bytesRead', stdin.bytesRead);
  setImmediate(function () {
    console.log('destroyed', stdin.destroyed, 'closed', stdin.closed);
  });
});
stdin.on('close', function () { console.log('close (wrong: autoClose is off)'); });
process.on('exit', function () { console.log('exit'); });
