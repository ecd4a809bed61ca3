// Every create* stream pair, chained with stream.pipeline: compressor -> decompressor
// gives back the input, for inputs written as strings and as Buffers.
var zlib = require('zlib');
var stream = require('stream');

var pairs = [['createGzip', 'createGunzip'], ['createDeflate', 'createInflate'],
  ['createDeflateRaw', 'createInflateRaw'], ['createGzip', 'createUnzip'],
  ['createDeflate', 'createUnzip']];
var words = [];
for (var i = 0; i < 2000; i++) words.push('w' + (i % 97));
var text = words.join(' ');

function run(i) {
  if (i === pairs.length) {
    direct();
    return;
  }
  var p = pairs[i];
  var got = [];
  var src = new stream.Readable({ read: function () {} });
  var sink = new stream.Writable({
    write: function (c, e, cb) { got.push(c); cb(); }
  });
  stream.pipeline(src, zlib[p[0]](), zlib[p[1]](), sink, function (err) {
    var out = Buffer.concat(got).toString();
    console.log(p[0], '->', p[1], err, out.length, out === text);
    run(i + 1);
  });
  // half as strings, half as Buffers
  src.push(text.slice(0, 5000));
  src.push(Buffer.from(text.slice(5000)));
  src.push(null);
}
run(0);

// write()/end() directly, reading with 'data'
function direct() {
  var d = zlib.createDeflate();
  var inf = zlib.createInflate();
  d.pipe(inf);
  var s = '';
  inf.setEncoding('utf8');
  inf.on('data', function (c) { s += c; });
  inf.on('end', function () { console.log('direct', s); });
  d.write('direct ');
  d.write(Buffer.from('writes '));
  d.end('and end');
}
