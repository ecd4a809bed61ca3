// http-keepalive-socket-listeners.js — each request adds a 'close' listener to its
// connection's socket to log when the client goes away; with keep-alive one socket
// carries every request of the client, so its listener list grows with the requests
// (Node warns: MaxListenersExceededWarning). Only the runtime holds the socket.
'use strict';

const http = require('http');
const leakscope = require('leakscope');

const server = http.createServer((req, res) => {
  const visit = { url: req.url, agent: req.headers['user-agent'] || '-', note: 'n'.repeat(100) };
  req.socket.on('close', function logDisconnect() {
    visit.closed = true;
  });
  res.end('ok');
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(port, path) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      res.resume();
      res.on('end', resolve);
    }).on('error', reject);
  });
}

async function main() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < 50; i++) await get(port, '/feed/' + round + '/' + i);
    leakscope.snapshot('round-' + round);
  }
  agent.destroy();
  server.close();
}

main();
