// FileHandle.createReadStream/createWriteStream: streams over the handle's fd that
// close the handle when they finish, and 'close' on the handle.
var fs = require('fs');
var fsp = fs.promises;
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-filehandle-streams-'));
var src = path.join(dir, 'src');
var dst = path.join(dir, 'dst');
fs.writeFileSync(src, 'stream through a file handle');

fsp.open(src).then(function (h) {
  h.on('close', function () { console.log('read handle close event'); });
  var rs = h.createReadStream({ encoding: 'utf8', start: 7 });
  console.log('fd from handle', rs.fd === h.fd, rs.pending);
  var text = '';
  rs.on('data', function (c) { text += c; });
  rs.on('close', function () {
    console.log('read', JSON.stringify(text), 'handle fd', h.fd);
    fsp.open(dst, 'w').then(function (w) {
      var ws = w.createWriteStream();
      ws.write('one ');
      ws.end('two');
      ws.on('finish', function () { console.log('finish', ws.bytesWritten); });
      ws.on('close', function () {
        console.log('written', fs.readFileSync(dst, 'utf8'), 'handle fd', w.fd);
        fs.rmSync(dir, { recursive: true });
        console.log('cleaned', fs.existsSync(dir));
      });
    });
  });
});
