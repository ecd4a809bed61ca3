// Errors: a refused connection on the request, input that is not HTTP (400 and
// 'clientError'), bad status codes and header misuse.
const http = require('http');
const net = require('net');
const tmp = net.createServer();
tmp.listen(0, '127.0.0.1', () => {
  const port = tmp.address().port;
  tmp.close(() => {
    const req = http.get({ host: '127.0.0.1', port, path: '/' });
    req.on('error', (e) => {
      console.log('request error', e.code, e.syscall, e.address, e.port === port, e.message === `connect ECONNREFUSED 127.0.0.1:${port}`);
      step2();
    });
    req.on('close', () => console.log('request close'));
  });
});
function step2() {
  const server = http.createServer((req, res) => {
    try { res.writeHead(99); } catch (e) { console.log(e.code, e.name, e.message); }
    try { res.writeHead(1000); } catch (e) { console.log(e.code, e.message); }
    res.writeHead(200, 'Fine', { 'X-A': 'b' });
    try { res.writeHead(201); } catch (e) { console.log(e.code, e.message); }
    res.end();
    res.end(() => console.log('second end callback'));
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.end('THIS IS NOT HTTP\r\n\r\n');
    let out = '';
    c.on('data', (d) => { out += d; });
    c.on('close', () => {
      console.log('garbage got', JSON.stringify(out));
      server.once('clientError', (err, socket) => {
        console.log('clientError', err.code, typeof err.bytesParsed, err.message.startsWith('Parse Error'));
        socket.end('HTTP/1.1 400 Custom\r\n\r\n');
      });
      const c2 = net.connect(server.address().port, '127.0.0.1');
      c2.end('GET / HTTP/1.1\r\nBad Header Line\r\n\r\n');
      let out2 = '';
      c2.on('data', (d) => { out2 += d; });
      c2.on('close', () => {
        console.log('custom got', JSON.stringify(out2));
        http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
          console.log(res.statusCode, res.statusMessage, res.headers['x-a']);
          res.resume();
          res.on('end', () => server.close());
        });
      });
    });
  });
}
