// A client that sends half a body and resets the connection: the server's request gets
// 'aborted' and 'close' (no crash, no unhandled error), and the server goes on serving.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  let got = 0;
  req.on('data', (d) => {
    got += d.length;
    if (req.url === '/upload' && got >= 1000 && !req.reported) {
      req.reported = true;
      console.log('server got part of the body');
      client.resetAndDestroy();
    }
  });
  req.on('aborted', () => console.log('server: request aborted', req.aborted, req.complete));
  req.on('close', () => {
    console.log('server: request close', req.url);
    if (req.url === '/upload') {
      http.get({ host: '127.0.0.1', port: server.address().port, path: '/next' }, (r) => {
        r.setEncoding('utf8');
        r.on('data', (d) => console.log('next request got', d));
        r.on('end', () => server.close(() => console.log('server closed')));
      });
    }
  });
  req.on('end', () => res.end('fine'));
  res.on('close', () => console.log('server: response close', req.url, res.writableFinished));
});
let client;
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1', () => {
    client.write('POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n');
    client.write(Buffer.alloc(2000, 'a'));
  });
  client.on('error', () => {});
});
