// maxRequestsPerSocket closes the keep-alive connection after N requests
const http = require('http');
const server = http.createServer((req, res) => res.end(req.url));
server.maxRequestsPerSocket = 2;
let conns = 0;
server.on('connection', () => conns++);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
server.listen(0, '127.0.0.1', async () => {
  for (let i = 1; i <= 4; i++) {
    await new Promise((resolve) => {
      http.get({ host: '127.0.0.1', port: server.address().port, path: '/r' + i, agent }, (res) => {
        let s = '';
        res.on('data', (d) => s += d);
        res.on('end', () => { console.log(s, 'connection:', res.headers.connection); setImmediate(resolve); });
      });
    });
  }
  console.log('connections', conns);
  agent.destroy();
  server.close();
});
