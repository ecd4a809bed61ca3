// malformed requests: clientError on the server, 400 Bad Request on the raw socket
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end('ok'));
server.on('clientError', (err, socket) => {
  console.log('clientError', err.code, err.message.split(':')[0], typeof err.bytesParsed, JSON.stringify(err.rawPacket && err.rawPacket.toString().slice(0, 10)));
  socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('GARBAGE / HTTP/1.1\r\n\r\n'));
  let got = '';
  c.on('data', (d) => got += d);
  c.on('close', () => {
    console.log('raw response', JSON.stringify(got.split('\r\n')[0]));
    const server2 = http.createServer((req, res) => res.end('ok'));
    server2.listen(0, '127.0.0.1', () => {
      const c2 = net.connect(server2.address().port, '127.0.0.1', () => c2.write('GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'));
      let g2 = '';
      c2.on('data', (d) => g2 += d);
      c2.on('close', () => {
        console.log('default clientError response', JSON.stringify(g2));
        server.close();
        server2.close();
      });
    });
  });
});
