// The keep-alive lines of a response head (cached by the server between responses):
// the default timeout, another keepAliveTimeout, maxRequestsPerSocket's max= and the
// Connection: close of the last request it allows, and a server whose settings change
// between connections; a request over maxRequestsPerSocket gets a 503 ('dropRequest'),
// one without Host a 400.
'use strict';
const http = require('http');
const net = require('net');

function pipelined(port, n) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { got += d; });
    c.on('close', () => resolve(got.replace(/\r\nDate: [^\r]*/g, '')));
    let text = '';
    for (let i = 0; i < n; i++)
      text += `GET /${i} HTTP/1.1\r\nHost: x\r\n${i === n - 1 ? 'Connection: close\r\n' : ''}\r\n`;
    c.write(text);
  });
}

const server = http.createServer((req, res) => res.end(req.url));
server.on('dropRequest', (req, socket) => console.log('dropRequest', req.url, socket.remotePort > 0));
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log(JSON.stringify(await pipelined(port, 2)));
  server.keepAliveTimeout = 2500;
  server.maxRequestsPerSocket = 2;
  console.log(JSON.stringify(await pipelined(port, 3)));
  server.maxRequestsPerSocket = 0;
  console.log(JSON.stringify(await pipelined(port, 2)));
  server.keepAliveTimeout = 0;
  console.log(JSON.stringify(await pipelined(port, 2)));
  console.log(JSON.stringify(await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { got += d; });
    c.on('close', () => resolve(got.replace(/\r\nDate: [^\r]*/g, '')));
    c.write('GET /nohost HTTP/1.1\r\n\r\n');
  })));
  server.close(() => console.log('closed'));
});
