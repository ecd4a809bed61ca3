// pauseOnConnect servers, client allowHalfOpen, destroySoon, end() twice
const net = require('net');
const server = net.createServer({ pauseOnConnect: true }, (s) => {
  console.log('connection paused', s.isPaused());
  setTimeout(() => {
    let got = '';
    s.on('data', (d) => got += d);
    s.on('end', () => {
      console.log('server got', got);
      s.write('reply-1 ');
      s.end('reply-2');
      s.end();
    });
    s.resume();
  }, 20);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true }, () => {
    c.end('request');
  });
  let r = '';
  c.on('data', (d) => r += d);
  c.on('end', () => {
    console.log('client end, writable', c.writable, 'got', r);
    c.destroySoon();
  });
  c.on('close', () => { console.log('client close'); server.close(); });
});
