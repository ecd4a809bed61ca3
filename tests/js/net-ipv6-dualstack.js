// listening on ::1 and on the unspecified address; connecting over IPv6 and IPv4
const net = require('net');
const s6 = net.createServer((sock) => {
  sock.end(`${sock.remoteFamily} ${sock.remoteAddress}`);
});
s6.listen(0, '::1', () => {
  const a = s6.address();
  console.log('v6 server', a.address, a.family);
  const c = net.connect(a.port, '::1');
  let got = '';
  c.on('data', (d) => got += d);
  c.on('close', () => {
    console.log('v6 client got', got);
    s6.close();
    const any = net.createServer((sock) => sock.end(sock.remoteAddress));
    any.listen(0, () => {
      const b = any.address();
      console.log('any server', b.address, b.family);
      const c4 = net.connect(b.port, '127.0.0.1');
      let g = '';
      c4.on('data', (d) => g += d);
      c4.on('close', () => { console.log('v4 client via dual stack got', g); any.close(); });
    });
  });
});
