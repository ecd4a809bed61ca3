// maxSockets: 1 queues requests; agent.requests/sockets/freeSockets bookkeeping; getName
const http = require('http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const order = [];
const server = http.createServer((req, res) => {
  order.push('server ' + req.url);
  setTimeout(() => res.end(req.url), 5);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  console.log('name', agent.getName({ host: '127.0.0.1', port }).replace(String(port), 'PORT'));
  let done = 0;
  for (const p of ['/1', '/2', '/3']) {
    http.get({ host: '127.0.0.1', port, path: p, agent }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (d) => order.push('client ' + d));
      res.on('end', () => {
        if (++done === 3) {
          setImmediate(() => {
            const key = Object.keys(agent.freeSockets)[0];
            console.log(order.join(', '));
            console.log('free sockets', key === agent.getName({ host: '127.0.0.1', port }), agent.freeSockets[key].length);
            console.log('requests', Object.keys(agent.requests).length);
            agent.destroy();
            server.close();
          });
        }
      });
    });
  }
  const name = agent.getName({ host: '127.0.0.1', port });
  console.log('queued', agent.requests[name].length, 'sockets', agent.sockets[name].length);
});
