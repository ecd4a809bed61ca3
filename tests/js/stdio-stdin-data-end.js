// process.stdin over a pipe: Buffer chunks through 'data', then 'end' at EOF, then
// 'close' (false) once the pipe handle is closed; the process then exits by itself.
var stream = require('stream');
var stdin = process.stdin;
console.log('constructor:', stdin.constructor.name, 'Readable:', stdin instanceof stream.Readable);
console.log('fd:', stdin.fd, 'isTTY:', stdin.isTTY, 'readable:', stdin.readable,
  'writable:', stdin.writable);
console.log('readableFlowing:', stdin.readableFlowing,
  'readableHighWaterMark:', stdin.readableHighWaterMark);
var chunks = [];
var allBuffers = true;
stdin.on('data', function (chunk) {
  if (!Buffer.isBuffer(chunk)) allBuffers = false;
  chunks.push(chunk);
});
stdin.on('end', function () {
  var all = Buffer.concat(chunks);
  console.log('end: bytes', all.length, 'all Buffers', allBuffers);
  console.log('lines', all.toString().split('\n').length, 'first', JSON.stringify(all.toString().split('\n')[0]));
  console.log('readableEnded', stdin.readableEnded);
});
stdin.on('close', function (hadError) {
  console.log('close', hadError, 'destroyed', stdin.destroyed);
});
console.log('readableFlowing after on(data):', stdin.readableFlowing);
process.on('exit', function (code) { console.log('exit', code); });
