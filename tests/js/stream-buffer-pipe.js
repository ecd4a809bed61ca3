// Buffer chunks through pipe(): a Readable of Buffers and strings piped through a
// Transform (which sees Buffers) and a PassThrough into a Writable; the bytes arrive
// unchanged and in order, multi-byte characters included.
var stream = require('stream');

var parts = [Buffer.from('caf'), Buffer.from([0xc3]), Buffer.from([0xa9, 0x20]), '\u20ac5 ',
  new Uint8Array([0xf0, 0x9f]), Buffer.from([0x98, 0x80])];
var i = 0;
var src = new stream.Readable({
  read: function () {
    if (i < parts.length) this.push(parts[i++]);
    else this.push(null);
  }
});

var seen = [];
var count = new stream.Transform({
  transform: function (chunk, enc, cb) {
    seen.push((Buffer.isBuffer(chunk) ? 'B' : typeof chunk) + chunk.length + enc);
    cb(null, chunk);
  }
});

var got = [];
var sink = new stream.Writable({
  write: function (chunk, enc, cb) {
    got.push(chunk);
    cb();
  }
});

src.pipe(count).pipe(new stream.PassThrough()).pipe(sink);
sink.on('finish', function () {
  var all = Buffer.concat(got);
  console.log('transform saw', seen.join(' '));
  console.log('sink chunks', got.length, 'all Buffers', got.every(Buffer.isBuffer));
  console.log('bytes', all.length, all.toString('hex'));
  console.log('text', all.toString() === 'caf\u00e9 \u20ac5 \ud83d\ude00');
});

// A Transform whose output is decoded: setEncoding on the readable side.
var t = new stream.PassThrough();
t.setEncoding('utf8');
var texts = [];
t.on('data', function (s) { texts.push(JSON.stringify(s)); });
t.on('end', function () { console.log('decoded', texts.join(' ')); });
var euro = Buffer.from('\u20ac\u20ac');
t.write(euro.subarray(0, 2));
t.write(euro.subarray(2, 4));
t.end(euro.subarray(4));
