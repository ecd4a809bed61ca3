// Responses ended in one write, as the client's bytes show them (Date lines left out):
// chunked bodies of several sizes (the chunk size line around 4 KiB, multi-byte UTF-8,
// empty), with trailers, Content-Length bodies after an implicit head, status lines for
// alternating codes, a custom message, and http.STATUS_CODES changed between responses.
const http = require('http');
const net = require('net');

const cases = [
  (res) => { res.writeHead(200); res.end('hi'); },
  (res) => { res.writeHead(200); res.end(''); },
  (res) => { res.writeHead(200); res.end(); },
  (res) => { res.writeHead(200); res.end('\u00e9t\u00e9'); },
  (res) => { res.writeHead(200); res.end('x'.repeat(4095)); },
  (res) => { res.writeHead(200); res.end('y'.repeat(4096)); },
  (res) => { res.writeHead(200); res.end('\u20ac'.repeat(1500)); },
  (res) => { res.writeHead(404); res.end('nf'); },
  (res) => { res.writeHead(200); res.end('ok'); },
  (res) => { res.writeHead(200, 'Fine'); res.end('f'); },
  (res) => { http.STATUS_CODES[200] = 'Changed'; res.writeHead(200); res.end('c'); },
  (res) => { http.STATUS_CODES[200] = 'OK'; res.writeHead(200); res.end('o'); },
  (res) => { res.writeHead(201); res.addTrailers({ 'X-T': 'v' }); res.end('abc'); },
  (res) => { res.statusCode = 202; res.end('implicit \u00e9'); },
  (res) => { res.end('x'.repeat(5000)); },
];

let i = 0;
const server = http.createServer((req, res) => cases[i++](res));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  let sent = 0;
  const send = () => { sent++; c.write('GET /' + sent + ' HTTP/1.1\r\nHost: h\r\n\r\n'); };
  c.setEncoding('latin1');
  c.on('connect', send);
  c.on('data', (d) => {
    got += d;
    // a response is complete at its chunked terminator or after its Content-Length body
    for (;;) {
      const h = got.indexOf('\r\n\r\n');
      if (h < 0) return;
      const head = got.slice(0, h);
      let end;
      const m = /Content-Length: (\d+)/.exec(head);
      if (m) end = h + 4 + +m[1];
      else {
        const t = got.indexOf('\r\n0\r\n', h - 2);
        if (t < 0) return;
        const e = got.indexOf('\r\n\r\n', t + 3);
        if (e < 0) return;
        end = e + 4;
      }
      if (got.length < end) return;
      const text = got.slice(0, end).replace(/\r\nDate: [^\r]*/, '');
      console.log(JSON.stringify(text.length > 300 ? text.slice(0, 150) + '...' + text.slice(-60) : text), end);
      got = got.slice(end);
      if (sent < cases.length) send();
      else { c.end(); server.close(() => console.log('done')); }
    }
  });
});
