// for await over readline reading a net socket line stream
const net = require('net');
const readline = require('readline');
const server = net.createServer((s) => {
  s.write('one\ntwo\n');
  setTimeout(() => s.end('three\nfour'), 10);
});
server.listen(0, '127.0.0.1', async () => {
  const sock = net.connect(server.address().port, '127.0.0.1');
  const rl = readline.createInterface({ input: sock });
  const out = [];
  for await (const line of rl) out.push(line.toUpperCase());
  console.log(out);
  server.close(() => console.log('done'));
});
