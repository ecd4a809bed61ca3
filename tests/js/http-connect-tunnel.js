// a CONNECT proxy: 'connect' event on the server, tunnelled bytes to a target server
const http = require('http');
const net = require('net');
const target = net.createServer((s) => s.on('data', (d) => s.end('target saw ' + d)));
const proxy = http.createServer();
proxy.on('connect', (req, clientSocket, head) => {
  console.log('proxy connect', req.method, req.url.replace(/:\d+$/, ':PORT'));
  const [host, port] = req.url.split(':');
  const upstream = net.connect(+port, host, () => {
    clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) upstream.write(head);
    upstream.pipe(clientSocket);
    clientSocket.pipe(upstream);
  });
});
target.listen(0, '127.0.0.1', () => proxy.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: proxy.address().port, method: 'CONNECT',
    path: '127.0.0.1:' + target.address().port });
  req.on('connect', (res, socket) => {
    console.log('client connect', res.statusCode, res.statusMessage);
    socket.write('ping');
    let got = '';
    socket.on('data', (d) => got += d);
    socket.on('end', () => {
      console.log('through tunnel:', got);
      socket.destroy();
      proxy.close();
      target.close();
    });
  });
  req.end();
}));
