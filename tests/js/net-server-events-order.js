// net server/client event order with end/finish/close
const net = require('net');
const log = [];
const server = net.createServer((sock) => {
  log.push('server connection ' + (sock.remoteAddress === '127.0.0.1'));
  sock.setEncoding('utf8');
  sock.on('data', (d) => {
    log.push('server data ' + d);
    sock.end('bye:' + d);
  });
  sock.on('end', () => log.push('server end'));
  sock.on('close', (hadError) => log.push('server close ' + hadError));
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.on('connect', () => {
    log.push('client connect');
    client.write('ping');
  });
  client.on('ready', () => log.push('client ready'));
  client.on('data', (d) => log.push('client data ' + d));
  client.on('end', () => { log.push('client end'); });
  client.on('finish', () => log.push('client finish'));
  client.on('close', (hadError) => {
    log.push('client close ' + hadError);
    server.close(() => {
      setImmediate(() => {
        // server-side log ordering relative to client is racy; print each side in order
        console.log(log.filter((l) => l.startsWith('client')).join('\n'));
        console.log(log.filter((l) => l.startsWith('server')).join('\n'));
      });
    });
  });
});
