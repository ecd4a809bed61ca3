// The seed's hello-world server, on loopback (bench/http.sh drives it with wrk). PORT
// from the environment; prints "listening PORT" once it accepts connections.
const http = require('http');
const server = http.createServer((req, res) => { res.writeHead(200); res.end('hi'); });
server.listen(+process.env.PORT || 0, '127.0.0.1', () => {
  console.log('listening', server.address().port);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
