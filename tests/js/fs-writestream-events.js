// createWriteStream: 'open' and 'ready', write callbacks, bytesWritten, 'finish' then
// 'close'; string chunks with encodings and defaultEncoding; the 'a' flag appends and
// `start` with 'r+' writes in place.
var fs = require('fs');
var path = require('path');
var os = require('os');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leakscope-fs-writestream-events-'));
var file = path.join(dir, 'out');

var ws = fs.createWriteStream(file);
var events = [];
console.log('pending', ws.pending, 'path ok', ws.path === file, 'hwm', ws.writableHighWaterMark,
  ws instanceof fs.WriteStream, ws instanceof require('stream').Writable);
ws.on('open', function (fd) { events.push('open ' + typeof fd + ' pending ' + ws.pending); });
ws.on('ready', function () { events.push('ready'); });
ws.on('finish', function () { events.push('finish bytesWritten ' + ws.bytesWritten); });
ws.on('close', function () {
  events.push('close fd ' + ws.fd);
  console.log(events.join('\n'));
  console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
  appendAndStart();
});
console.log('write returns', ws.write('hello ', function (err) { events.push('cb1 ' + err); }));
ws.write(Buffer.from('buffer '), function (err) { events.push('cb2 ' + err); });
ws.write('c3a9', 'hex');
ws.end(' end', function () { events.push('end cb'); });
events.push('sync done bytesWritten ' + ws.bytesWritten);

function appendAndStart() {
  var a = fs.createWriteStream(file, { flags: 'a', defaultEncoding: 'base64' });
  a.write('IQ==');
  a.end();
  a.on('close', function () {
    console.log('append', JSON.stringify(fs.readFileSync(file, 'utf8')), a.bytesWritten);
    var s = fs.createWriteStream(file, { flags: 'r+', start: 2 });
    s.write('XY');
    s.end('Z', function () {
      console.log('start 2', JSON.stringify(fs.readFileSync(file, 'utf8')), s.bytesWritten, s.pos);
      var e = fs.createWriteStream(path.join(dir, 'enc'), { encoding: 'utf16le' });
      e.end('hi', function () {
        console.log('utf16le', fs.readFileSync(path.join(dir, 'enc')).toString('hex'));
        fs.rmSync(dir, { recursive: true });
        console.log('cleaned', fs.existsSync(dir));
      });
    });
  });
}
