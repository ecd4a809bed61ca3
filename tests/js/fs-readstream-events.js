// createReadStream on a path: 'open' (fd) and 'ready' before the first 'data', Buffer
// chunks of highWaterMark bytes (64 KiB by default), then 'end' and 'close'; bytesRead,
// path, pending and the highWaterMark as the stream reports them.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-readstream-events-'));
var file = path.join(dir, 'data');
var content = Buffer.alloc(200000);
for (var i = 0; i < content.length; i++) content[i] = i % 251;
fs.writeFileSync(file, content);

var rs = fs.createReadStream(file);
var events = [];
console.log('pending', rs.pending, 'fd', rs.fd, 'path ok', rs.path === file,
  'hwm', rs.readableHighWaterMark, 'bytesRead', rs.bytesRead, rs instanceof fs.ReadStream,
  rs instanceof require('stream').Readable);
rs.on('open', function (fd) { events.push('open ' + typeof fd + ' ' + (fd === rs.fd) + ' pending ' + rs.pending); });
rs.on('ready', function () { events.push('ready'); });
var got = [];
rs.on('data', function (chunk) {
  got.push(chunk);
  events.push('data ' + Buffer.isBuffer(chunk) + ' ' + chunk.length + ' bytesRead ' + rs.bytesRead);
});
rs.on('end', function () { events.push('end'); });
rs.on('close', function () {
  events.push('close fd ' + rs.fd + ' destroyed ' + rs.destroyed);
  console.log(events.join('\n'));
  console.log('same bytes', Buffer.concat(got).equals(content));
  var small = fs.createReadStream(file, { highWaterMark: 70000, start: 1000 });
  var sizes = [];
  small.on('data', function (c) { sizes.push(c.length); });
  small.on('close', function () {
    console.log('hwm 70000 from 1000', sizes.join(), small.bytesRead);
    fs.rmSync(dir, { recursive: true });
    console.log('cleaned', fs.existsSync(dir));
  });
});
