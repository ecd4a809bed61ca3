// What the http server's fast paths must keep as Node has it: the bytes of end() in
// every form (one write of head, body and chunked terminator; the general path for
// Buffers, other encodings, HEAD, 204, after write()), a request's Readable state seen
// at any time (in 'finish', in the response's 'close', long after; 'end'/'close'
// listeners), a body read late, pipelined requests answered in order over one
// connection, and a keep-alive timeout that still closes an idle connection after the
// timer was re-armed by several requests but never one busy with a slow request. Raw responses are printed without the Date.
'use strict';
const http = require('http');
const net = require('net');

function raw(port, text) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { got += d; });
    c.on('end', () => resolve(got.replace(/\r\nDate: [^\r]*/g, '')));
    c.write(text);
  });
}

const state = (req) => [req.readable, req.readableEnded, req.destroyed, req.readableFlowing,
  req.complete, req.isPaused(), req.readableLength, req.closed].join(' ');

// checks made 100 ms later, awaited before the next request (an order no stall changes)
const pending = [];
const later = (fn) => pending.push(new Promise((resolve) => {
  setTimeout(() => { fn(); resolve(); }, 100);
}));

const handlers = {
  '/plain': (req, res) => res.end('hi'),
  '/head-chunked': (req, res) => { res.writeHead(200); res.end('hi'); },
  '/empty': (req, res) => { res.writeHead(200); res.end(); },
  '/empty-string': (req, res) => res.end(''),
  '/utf8': (req, res) => res.end('h\u00e9llo \u20ac'),
  '/latin1': (req, res) => res.end('h\u00e9', 'latin1'),
  '/buffer': (req, res) => res.end(Buffer.from('buf')),
  '/write-end': (req, res) => { res.write('a'); res.end('b'); },
  '/headers': (req, res) => {
    res.setHeader('X-A', '1');
    res.writeHead(201, { 'Content-Type': 'text/plain' });
    res.end('made', () => console.log('end callback'));
  },
  '/204': (req, res) => { res.statusCode = 204; res.end('ignored'); },
  '/reason': (req, res) => {
    try {
      res.writeHead(200, 'Bad\nReason');
    } catch (e) {
      console.log(e.code, e.message);
    }
    res.on('finish', () => console.log('in finish: socket detached', res.socket === null));
    res.writeHead(299, 'Fine Thanks');
    res.end('r');
  },
  '/len': (req, res) => { res.setHeader('Content-Length', 3); res.end('abc'); },
  '/state-later': (req, res) => {
    res.end('x');
    later(() => console.log('later:', state(req)));
  },
  '/state-finish': (req, res) => {
    res.on('finish', () => console.log('finish:', state(req)));
    res.on('close', () => console.log('res close:', state(req)));
    res.end('x');
    later(() => console.log('after finish:', state(req)));
  },
  '/listeners': (req, res) => {
    req.on('end', () => console.log('req end', req.complete));
    req.on('close', () => console.log('req close', req.destroyed));
    res.end('x');
  },
  '/late-body': (req, res) => {
    setTimeout(() => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (d) => { body += d; });
      req.on('end', () => { console.log('late body:', body); res.end(body.length + ''); });
    }, 100);
  },
};

const server = http.createServer((req, res) => {
  console.log('request', req.method, req.url);
  if (req.url === '/ka-slow') {
    // longer than keepAliveTimeout: the keep-alive timer is off while a request is served
    setTimeout(() => res.end('slow'), 1800);
    return;
  }
  (handlers[req.url] || ((q, s) => s.end(q.method + ' ' + q.url)))(req, res);
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const get = (path, method) =>
    `${method || 'GET'} ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`;
  for (const path of Object.keys(handlers)) {
    if (path === '/late-body') continue;
    console.log(JSON.stringify(await raw(port, get(path))));
    await Promise.all(pending.splice(0));
  }
  console.log(JSON.stringify(await raw(port, get('/plain', 'HEAD'))));
  console.log(JSON.stringify(await raw(port,
    'POST /late-body HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 11\r\n\r\nhello world')));
  // three requests in one write, answered in order on one connection
  console.log(JSON.stringify(await raw(port,
    'GET /p1 HTTP/1.1\r\nHost: x\r\n\r\nGET /p2 HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /p3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')));

  // keep-alive: the timer is cleared and re-armed by each request, then closes the
  // idle connection
  server.keepAliveTimeout = 1500;
  const c = net.connect(port, '127.0.0.1');
  c.setEncoding('latin1');
  let got = '';
  let n = 0;
  let start = 0;
  const next = () => c.write(`GET /ka${n === 1 ? '-slow' : n} HTTP/1.1\r\nHost: x\r\n\r\n`);
  c.on('data', (d) => {
    got += d;
    const m = /(GET \/ka\d|slow)$/.exec(got);
    if (!m) return;
    console.log(JSON.stringify(got.replace(/\r\nDate: [^\r]*/g, '')));
    got = '';
    if (++n < 3) next();
    else start = Date.now();
  });
  c.on('end', () => {
    console.log('idle connection closed by the server', Date.now() - start >= 1000);
    c.end();
    server.close(() => console.log('server closed'));
  });
  next();
});
