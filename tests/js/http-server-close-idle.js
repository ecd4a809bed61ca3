// server.close() with an idle keep-alive connection: Node 20 closes idle ones
const http = require('http');
const agent = new http.Agent({ keepAlive: true });
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res) => {
    res.resume();
    res.on('end', () => {
      setImmediate(() => {
        const s = Object.values(agent.freeSockets)[0][0];
        s.on('close', () => console.log('client free socket closed'));
        server.close(() => {
          console.log('server closed');
          agent.destroy();
        });
      });
    });
  });
});
