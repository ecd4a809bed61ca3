// The seed's line: fs.createReadStream('bigfile.txt').pipe(zlib.createGzip())
// .pipe(fs.createWriteStream('bigfile.txt.gz')) on a 6 MiB text file; the .gz file
// gunzips back to the file (tests/zlib-gzip-t.sh also checks it with `gzip -t`).
var fs = require('fs');
var os = require('os');
var path = require('path');
var zlib = require('zlib');

var keep = process.argv[2]; // gzip-t.sh: keep the files in this folder
var dir = keep || fs.mkdtempSync(path.join(os.tmpdir(), 'zlib-seed-'));
var cwd = process.cwd();
process.chdir(dir);

var lines = [];
for (var i = 0; i < 2000; i++)
  lines.push('line ' + i + ': the quick brown fox jumps over the lazy dog ' + (i * 7919 % 10007));
var block = Buffer.from(lines.join('\n') + '\n');
var blocks = [];
var count = Math.ceil(6 * 1024 * 1024 / block.length);
for (var k = 0; k < count; k++) {
  var b = Buffer.from(block);
  b.write(String(100000 + k), 5);  // each block a little different
  blocks.push(b);
}
var input = Buffer.concat(blocks);
fs.writeFileSync('bigfile.txt', input);

var out = fs.createReadStream('bigfile.txt').pipe(zlib.createGzip()).pipe(fs.createWriteStream('bigfile.txt.gz'));

out.on('finish', function () {
  var gz = fs.readFileSync('bigfile.txt.gz');
  console.log('input MiB >= 6', input.length >= 6 * 1024 * 1024);
  console.log('gzip magic', gz[0] === 0x1f && gz[1] === 0x8b);
  console.log('smaller', gz.length < input.length / 4);
  console.log('trailer size', gz.readUInt32LE(gz.length - 4) === input.length);
  console.log('trailer crc', gz.readUInt32LE(gz.length - 8) === zlib.crc32(input));
  var back = zlib.gunzipSync(gz);
  console.log('gunzips to input', back.length === input.length && back.equals(input));
  // and back through streams to a file
  fs.createReadStream('bigfile.txt.gz').pipe(zlib.createGunzip())
    .pipe(fs.createWriteStream('bigfile.copy.txt'))
    .on('finish', function () {
      console.log('stream round trip', fs.readFileSync('bigfile.copy.txt').equals(input));
      fs.unlinkSync('bigfile.copy.txt');
      process.chdir(cwd);
      if (!keep) {
        fs.unlinkSync(path.join(dir, 'bigfile.txt'));
        fs.unlinkSync(path.join(dir, 'bigfile.txt.gz'));
        fs.rmdirSync(dir);
      }
    });
});
