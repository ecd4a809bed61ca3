// the classic echo server (socket.pipe(socket)) with several clients and events.once
const net = require('net');
const { once } = require('events');
const server = net.createServer((s) => s.pipe(s));
(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  const results = await Promise.all(['alpha', 'beta', 'gamma'].map(async (word) => {
    const c = net.connect(port, '127.0.0.1');
    await once(c, 'connect');
    c.end(word.repeat(3));
    let got = '';
    c.setEncoding('utf8');
    for await (const chunk of c) got += chunk;
    return got;
  }));
  console.log(results);
  server.close();
  await once(server, 'close');
  console.log('closed');
})();
