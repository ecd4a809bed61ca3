// The callback forms compress/decompress a whole buffer and call back asynchronously
// (never before the calling code finishes), with (null, Buffer) or (err). The pairs run
// one after another: concurrent jobs on the threadpool may finish in any order.
var zlib = require('zlib');
var text = 'callback forms of every format';
var pairs = [['gzip', 'gunzip'], ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'],
  ['gzip', 'unzip'], ['deflate', 'unzip']];

function run(i) {
  if (i === pairs.length) {
    console.log('all done');
    noOptions();
    return;
  }
  var p = pairs[i];
  var sync = true;
  zlib[p[0]](text, function (err, packed) {
    if (err) throw err;
    console.log(i, p[0], 'async:', !sync, Buffer.isBuffer(packed),
      packed.equals(zlib[p[0] + 'Sync'](text)));
    zlib[p[1]](packed, { chunkSize: 64 }, function (err2, plain) {
      console.log(i, p[1], err2, plain.toString());
      run(i + 1);
    });
  });
  sync = false;
}
console.log('calls returned', zlib.gzip('x', function () {
  console.log('x zipped');
  run(0);
}));
try {
  zlib.gzip('x');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
// options may be omitted; a Buffer input is not modified
function noOptions() {
  var input = Buffer.from('keep me');
  zlib.deflate(input, function (err, res) {
    console.log('no options', err, zlib.inflateSync(res).toString(), input.toString());
  });
}
