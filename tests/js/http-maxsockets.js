// An Agent with maxSockets 2: five concurrent requests never have more than two
// connections at the server; the queued ones go out as sockets free up.
const http = require('http');
let active = 0, maxActive = 0, connections = 0;
const server = http.createServer((req, res) => {
  active++;
  maxActive = Math.max(maxActive, active);
  setTimeout(() => { active--; res.end(req.url); }, 20);
});
server.on('connection', () => connections++);
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const results = [];
  let done = 0;
  for (let i = 0; i < 5; i++) {
    http.get({ host: '127.0.0.1', port: server.address().port, path: '/' + i, agent }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => {
        results[i] = b;
        if (++done === 5) {
          console.log(results, 'max concurrent', maxActive, 'connections', connections);
          console.log('pending in agent', Object.keys(agent.requests).length);
          agent.destroy();
          server.close(() => console.log('closed'));
        }
      });
    });
  }
  console.log('queued', Object.values(agent.requests).map((l) => l.length));
});
