// A Readable made from Buffers piped through createGzip() into a collecting Writable:
// the collected bytes are a gzip file that
// gunzips to the input. Chunks reaching the Writable are Buffers.
// (Writing the file to disk is zlib-seed-pipeline.js.)
var zlib = require('zlib');
var stream = require('stream');

var parts = [];
for (var i = 0; i < 500; i++)
  parts.push(Buffer.from('record ' + i + ': ' + (i * 2654435761 % 1000003) + '\n'));
var input = Buffer.concat(parts);
var k = 0;
var src = new stream.Readable({
  read: function () {
    this.push(k < parts.length ? parts[k++] : null);
  }
});
var chunks = [];
var allBuffers = true;
var sink = new stream.Writable({
  write: function (chunk, enc, cb) {
    if (!Buffer.isBuffer(chunk)) allBuffers = false;
    chunks.push(chunk);
    cb();
  }
});
var gz = zlib.createGzip();
console.log(gz instanceof zlib.Gzip, gz instanceof stream.Transform, typeof gz.pipe);
src.pipe(gz).pipe(sink);
sink.on('finish', function () {
  var back = Buffer.concat(chunks);
  console.log('buffers', allBuffers, 'input', input.length, 'gz smaller', back.length < input.length);
  console.log('magic', back[0], back[1]);
  console.log('round trip', zlib.gunzipSync(back).equals(input));
  console.log('bytesWritten', gz.bytesWritten === input.length);
});
