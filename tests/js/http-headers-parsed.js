// The request head's fields as a server and a client receive them: names lower-cased,
// Node's duplicate rules (set-cookie an array, cookie joined with '; ', the single-valued
// fields keep the first, the rest joined with ', '), names that are Object.prototype's,
// joinDuplicateHeaders, maxHeadersCount, the HTTP version string (1.0 and 1.1), and the
// same rules for a response's head on the client side.
const http = require('http');
const net = require('net');

const heads = [
  'GET /a HTTP/1.1\r\nHost: h\r\nHOST: h2\r\nX-A: 1\r\nx-a: 2\r\nX-a: 3\r\n' +
    'Set-Cookie: s1\r\nSET-COOKIE: s2\r\nset-cookie: s3\r\nCookie: c1\r\ncookie: c2\r\n' +
    'User-Agent: u1\r\nUser-Agent: u2\r\nContent-Type: t1\r\ncontent-type: t2\r\n' +
    'Authorization: a1\r\nAuthorization: a2\r\nReferer: r1\r\nReferer: r2\r\n' +
    'Constructor: k1\r\nToString: k2\r\nhasOwnProperty: k3\r\nX-Empty:\r\nX-Empty: e2\r\n' +
    'Accept: */*\r\nACCEPT: text/html\r\nConnection: keep-alive\r\n\r\n',
  'GET /b HTTP/1.0\r\nHost: h\r\nX-Mixed-CASE: v\r\n\r\n',
  'GET /c HTTP/1.1\r\nHost: h\r\n\r\n'
];

function show(label, msg) {
  console.log(label, msg.httpVersion, msg.httpVersionMajor, msg.httpVersionMinor);
  console.log(JSON.stringify(msg.headers));
  console.log(Object.keys(msg.headers).join(','));
  console.log(JSON.stringify(msg.rawHeaders));
  console.log(Object.getPrototypeOf(msg.headers) === Object.prototype,
    msg.headers.hasOwnProperty === Object.prototype.hasOwnProperty);
}

function serve(options, list, done) {
  const server = http.createServer(options, (req, res) => {
    show(req.url, req);
    res.end('ok');
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let got = '';
    let i = 0;
    const send = () => c.write(list[i++]);
    c.on('connect', send);
    c.setEncoding('latin1');
    c.on('data', (d) => {
      got += d;
      const n = got.split('\r\n\r\nok').length - 1;
      if (n === i) {
        if (i < list.length && !/Connection: close/.test(got)) send();
        else { c.end(); server.close(done); }
      }
    });
  });
}

function client(done) {
  const server = net.createServer((s) => {
    s.once('data', () => {
      s.end('HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nX-Dup: 1\r\n' +
        'x-dup: 2\r\nContent-Type: one\r\nContent-Type: two\r\nLocation: l1\r\n' +
        'Location: l2\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi');
    });
  });
  server.listen(0, '127.0.0.1', () => {
    http.get({ host: '127.0.0.1', port: server.address().port, path: '/' }, (res) => {
      show('client', res);
      res.resume();
      res.on('end', () => server.close(done));
    });
  });
}

serve({}, heads, () => {
  console.log('-- joinDuplicateHeaders');
  serve({ joinDuplicateHeaders: true }, [heads[0]], () => {
    console.log('-- maxHeadersCount 3');
    const server = http.createServer((req, res) => { show(req.url, req); res.end('ok'); });
    server.maxHeadersCount = 3;
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.write(heads[0]));
      c.on('data', () => { c.end(); server.close(() => client(() => console.log('done'))); });
    });
  });
});
