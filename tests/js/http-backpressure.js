// Responses larger than the kernel takes at once, to a client that pipelines requests
// and does not read for a while: every byte arrives, in order, each response's 'finish'
// comes only after its bytes are out and before the next one starts, and the server
// stops reading requests while a response is still queued (resumed when it is out).
'use strict';
const http = require('http');
const net = require('net');

const SIZE = 4 << 20;
const order = [];
const server = http.createServer((req, res) => {
  const ch = req.url.slice(1);
  order.push('request ' + ch);
  res.on('finish', () => order.push('finish ' + ch));
  if (ch === 'h') res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end(ch.repeat(SIZE));
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const chunks = [];
  let total = 0;
  c.on('data', (d) => { chunks.push(d); total += d.length; });
  c.on('end', () => {
    // each response: its head (without the Date) and whether its body is SIZE bytes of
    // its letter (Buffer methods: the check stays cheap in an interpreter)
    const buf = Buffer.concat(chunks);
    const heads = [];
    let pos = 0;
    while ((pos = buf.indexOf('HTTP/1.1 200 OK\r\n', pos)) !== -1) {
      const bodyStart = buf.indexOf('\r\n\r\n', pos) + 4;
      heads.push([pos, bodyStart]);
      pos = bodyStart;
    }
    for (let i = 0; i < heads.length; i++) {
      const head = buf.toString('latin1', heads[i][0], heads[i][1]).replace(/\r\nDate: [^\r]*/, '');
      let body = buf.subarray(heads[i][1], i + 1 < heads.length ? heads[i + 1][0] : buf.length);
      if (/chunked/.test(head)) {
        const sizeEnd = body.indexOf('\r\n') + 2;
        console.log('chunk size', body.toString('latin1', 0, sizeEnd - 2) === SIZE.toString(16),
          'terminator', body.subarray(body.length - 7).toString() === '\r\n0\r\n\r\n');
        body = body.subarray(sizeEnd, body.length - 7);
      }
      const ch = String.fromCharCode(body[0]);
      console.log(JSON.stringify(head), ch, Buffer.alloc(SIZE, ch).equals(body));
    }
    console.log(order.join(', '));
    server.close(() => console.log('closed'));
  });
  c.pause();
  c.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /h HTTP/1.1\r\nHost: x\r\n\r\nGET /c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  setTimeout(() => {
    // nothing read yet: 16 MiB cannot all be in the kernel's buffers
    console.log('while the client does not read:', order.filter((e) => e.startsWith('request')).join(', '),
      order.includes('finish c'));
    c.resume();
  }, 300);
});
