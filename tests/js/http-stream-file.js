// serve a file with a stream pipe; client pipes the response through a Transform via pipeline
const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline, Transform, Writable } = require('stream');
const file = path.join(os.tmpdir(), 'ls-http-stream-' + process.pid + '.txt');
fs.writeFileSync(file, Array.from({ length: 2000 }, (_, i) => `line ${i}`).join('\n') + '\n');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  const rs = fs.createReadStream(file);
  rs.pipe(res);
  res.on('finish', () => console.log('server finish'));
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    let lines = 0, bytes = 0;
    const upper = new Transform({ transform(chunk, enc, cb) { bytes += chunk.length; cb(null, chunk.toString().toUpperCase()); } });
    let last = '';
    const sink = new Writable({ write(chunk, enc, cb) { const s = last + chunk; lines += s.split('\n').length - 1; last = s.slice(s.lastIndexOf('\n') + 1); cb(); } });
    pipeline(res, upper, sink, (err) => {
      console.log('pipeline done', err, 'lines', lines, 'bytes', bytes, 'te', res.headers['transfer-encoding']);
      fs.unlinkSync(file);
      server.close();
    });
  });
});
