// the server sees a client that goes away in the middle of a request body
const http = require('http');
const server = http.createServer((req, res) => {
  const ev = [];
  let n = 0;
  req.on('data', (d) => { n += d.length; if (n >= 5) req.socket.emit('bytes-seen'); });
  req.on('aborted', () => ev.push('aborted'));
  req.on('error', (e) => ev.push('error ' + e.code + ' ' + e.message));
  req.on('end', () => ev.push('end'));
  req.on('close', () => {
    ev.push('close');
    console.log(ev.join(', '), 'complete', req.complete, 'bytes', n, 'aborted flag', req.aborted);
    server.close();
  });
  req.socket.once('bytes-seen', () => client.destroy());
});
let client;
server.listen(0, '127.0.0.1', () => {
  client = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST', headers: { 'Content-Length': 100 } });
  client.on('error', (e) => console.log('client error', e.code));
  client.write('hello');
});
