// listen() argument forms and their errors
const net = require('net');
const tries = [
  [{ port: 0, host: '127.0.0.1' }],
  [0, '127.0.0.1', 10],
  [{ port: -1 }],
  [{ port: 'abc' }],
  [{ host: '127.0.0.1' }],
  [{}],
  [{ port: 0, host: '127.0.0.1', backlog: 5, exclusive: true }],
];
(async () => {
  for (const args of tries) {
    await new Promise((resolve) => {
      const s = net.createServer();
      try {
        s.listen(...args, () => {
          const a = s.address();
          console.log(JSON.stringify(args), 'listening', a.address, a.family, a.port > 0);
          s.close(resolve);
        });
      } catch (e) {
        console.log(JSON.stringify(args), 'threw', e.code, e.message);
        resolve();
      }
    });
  }
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    try { s.listen(0); } catch (e) { console.log('twice', e.code, e.message); }
    s.close();
  });
})();
