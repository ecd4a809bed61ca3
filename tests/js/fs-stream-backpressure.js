// The seed's manual backpressure with real files: a multi-MiB source read in 64 KiB
// chunks, each write() to a 16 KiB-highWaterMark WriteStream returns false, the
// source pauses until 'drain'; the copy is identical.
// The file is a whole number of 64 KiB chunks. With a short last chunk the source reads
// on to end-of-file while paused, and whether its 'end' (so dest.end()) comes before the
// last write's 'drain' is a race between threadpool reads and writes, in Node too (1 run
// in 300 under load prints 87 drains): a full last chunk leaves nothing to read ahead.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-stream-backpressure-'));
var big = path.join(dir, 'bigfile.txt');
var copy = path.join(dir, 'copy.txt');
// Written a thousand lines at a time: one 5 MiB join is slow under AddressSanitizer.
var fd = fs.openSync(big, 'w');
for (var i = 0; i < 120000; i += 1000) {
  var lines = [];
  for (var k = i; k < i + 1000; k++)
    lines.push('line ' + k + ' of the big file, checksum ' + (k * 2654435761 % 4294967296) + '\n');
  fs.writeSync(fd, lines.join(''));
}
var tail = 65536 - fs.fstatSync(fd).size % 65536;
fs.writeSync(fd, Buffer.alloc(tail, '.'));
fs.closeSync(fd);
var size = fs.statSync(big).size;
console.log('size', size, 'MiB', Math.floor(size / 1048576));

var source = fs.createReadStream(big);
var dest = fs.createWriteStream(copy);
var pauses = 0;
var drains = 0;
var chunks = 0;
var maxBuffered = 0;

source.on('data', function (chunk) {
  chunks++;
  var canContinue = dest.write(chunk);
  maxBuffered = Math.max(maxBuffered, dest.writableLength);
  if (!canContinue) {
    pauses++;
    source.pause();
  }
});

dest.on('drain', function () {
  drains++;
  source.resume();
});

source.on('end', function () {
  dest.end();
});

dest.on('finish', function () {
  console.log('chunks', chunks, 'expected', Math.ceil(size / 65536));
  console.log('pauses', pauses, 'drains', drains, 'max buffered', maxBuffered);
  console.log('bytes', source.bytesRead, dest.bytesWritten);
});
dest.on('close', function () {
  console.log('identical', fs.readFileSync(copy).equals(fs.readFileSync(big)));
  fs.rmSync(dir, { recursive: true });
  console.log('cleaned', fs.existsSync(dir));
});
