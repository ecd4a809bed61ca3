// createReadStream(big).pipe(createWriteStream(out)): 'finish' on the writer, then the
// copy matches; pipe() returns the destination; both streams close.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-stream-pipe-'));
var big = path.join(dir, 'big');
var out = path.join(dir, 'out');
var block = Buffer.alloc(4093);
for (var i = 0; i < block.length; i++) block[i] = (i * 31 + 7) % 256;
var blocks = [];
for (var j = 0; j < 800; j++) blocks.push(block);
fs.writeFileSync(big, Buffer.concat(blocks));

var order = [];
var rs = fs.createReadStream(big);
var ws = fs.createWriteStream(out);
var ret = rs.pipe(ws);
console.log('pipe returns dest', ret === ws);
rs.on('end', function () { order.push('read end'); });
rs.on('close', function () { order.push('read close'); });
ws.on('finish', function () {
  order.push('finish');
  var a = fs.readFileSync(big);
  var b = fs.readFileSync(out);
  console.log('sizes', a.length, b.length, 'equal', a.equals(b), 'bytesWritten', ws.bytesWritten);
});
ws.on('close', function () {
  order.push('write close');
  setImmediate(function () {
    console.log(order.filter(function (e) { return e !== 'read close'; }).join(', '),
      '| read closed', rs.destroyed);
    fs.rmSync(dir, { recursive: true });
    console.log('cleaned', fs.existsSync(dir));
  });
});
