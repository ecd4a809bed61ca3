// write callbacks, end callback, 'drain' with a paused reader, setEncoding on both sides
const net = require('net');
const server = net.createServer((s) => {
  s.pause();
  setTimeout(() => {
    let total = 0;
    s.on('data', (d) => { total += d.length; });
    s.on('end', () => { console.log('server received', total); s.end(); });
    s.resume();
  }, 30);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let writes = 0, falses = 0, cbs = 0;
    function pump() {
      while (writes < 64) {
        writes++;
        const ok = c.write(chunk, () => cbs++);
        if (!ok) { falses++; c.once('drain', pump); return; }
      }
      c.end(() => console.log('end callback; callbacks', cbs, 'writes', writes, 'saw backpressure', falses > 0));
    }
    pump();
  });
  c.on('close', () => server.close(() => console.log('closed')));
  c.resume();
});
