// clean-keepalive-agent.js (clean) — an HTTP client with a keep-alive agent (at most 4
// sockets, reused) calls a JSON service on loopback in bursts of 8 concurrent requests
// for the time given in argv; the sockets and the parsed bodies are reused or dropped.
// Snapshotted by --snapshot-interval=400.
'use strict';

const http = require('http');

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

const server = http.createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ path: req.url, items: [1, 2, 3] }));
});

function getJSON(port, path) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve(JSON.parse(body)));
    }).on('error', reject);
  });
}

async function main() {
  const ms = Number(process.argv[2] || 3000);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const end = Date.now() + ms;
  let total = 0;
  for (let n = 0; Date.now() < end; n++) {
    const burst = await Promise.all(Array.from({ length: 8 }, (_, i) => getJSON(port, `/items/${n}/${i}`)));
    total += burst.length;
  }
  agent.destroy();
  server.close();
  console.log('requests', total > 0);
}

main();
