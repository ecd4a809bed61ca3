// The seed's hello-world server, and what a client receives from it.
const http = require('http');
const server = http.createServer((req, res) => { res.writeHead(200); res.end('hi'); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get(`http://127.0.0.1:${port}/`, (res) => {
    console.log(res.statusCode, res.statusMessage, res.httpVersion);
    const h = Object.assign({}, res.headers);
    console.log(typeof h.date, h.date && h.date.endsWith(' GMT'));
    delete h.date;
    console.log(h);
    console.log(res.rawHeaders.filter((x, i) => i % 2 === 0));
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('body', JSON.stringify(body), res.complete);
      server.close(() => console.log('server closed'));
    });
  });
});
