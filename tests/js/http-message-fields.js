// What a request and a response show of their fields and events while the server keeps
// their defaults off the instances (issue 8, item 7): the values a fresh message reads
// (status, keep-alive, version, url, method, flags), rawTrailers and trailers the same
// object on every read and each message its own, client the socket, fields assigned by
// the app kept; 'socket', 'prefinish', 'finish' and 'close' on a response for whoever
// listens, a ServerResponse subclass's own emit() seeing all of them, and an HTTP/1.0
// request without keep-alive answered and closed.
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

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

async function fields() {
  const seen = [];
  const server = http.createServer((req, res) => {
    seen.push(['req', req.method, req.url, req.httpVersion, req.httpVersionMajor,
      req.httpVersionMinor, req.complete, req.aborted, req.upgrade, req.statusCode,
      req.statusMessage, req.joinDuplicateHeaders].join(' '));
    seen.push('raw ' + JSON.stringify(req.rawHeaders) + ' ' + JSON.stringify(req.headers));
    const t1 = req.trailers, t2 = req.trailers, r1 = req.rawTrailers;
    seen.push('trailers ' + (t1 === t2) + ' ' + (r1 === req.rawTrailers) + ' ' +
      JSON.stringify(t1) + ' ' + JSON.stringify(r1) + ' client ' + (req.client === req.socket));
    t1.mine = req.url;
    r1.push(req.url);
    seen.push('kept ' + req.trailers.mine + ' ' + req.rawTrailers.join());
    req.complete = 'set';
    req.client = 'other';
    seen.push('assigned ' + req.complete + ' ' + req.client);
    seen.push(['res', res.statusCode, res.statusMessage, res.sendDate, res.finished,
      res.writableEnded, res.headersSent, res.shouldKeepAlive, res.chunkedEncoding,
      res.useChunkedEncodingByDefault, res.strictContentLength, res.destroyed,
      res.writable, res.writableLength, res.writableHighWaterMark].join(' '));
    res.statusCode = 201;
    res.sendDate = false;
    res.on('socket', () => seen.push('socket event'));
    res.on('prefinish', () => seen.push('prefinish ' + res.finished));
    res.on('finish', () => seen.push('finish ' + res.writableFinished));
    res.on('close', () => seen.push('close ' + res.destroyed));
    res.end(req.url);
    seen.push('after end ' + res.finished + ' ' + res.headersSent);
  });
  const port = await listen(server);
  const a = await raw(port, 'GET /one HTTP/1.1\r\nHost: x\r\nX-A: 1\r\nConnection: close\r\n\r\n');
  const b = await raw(port, 'GET /two HTTP/1.1\r\nHost: y\r\nConnection: close\r\n\r\n');
  const c = await raw(port, 'GET /old HTTP/1.0\r\n\r\n');
  await new Promise((resolve) => setTimeout(resolve, 50));
  seen.forEach((l) => console.log(l));
  console.log(JSON.stringify(a));
  console.log(JSON.stringify(b));
  console.log(JSON.stringify(c));
  server.close();
}

class Spy extends http.ServerResponse {
  emit(type, ...args) {
    if (type !== 'newListener') console.log('Spy emit', type, args.length);
    return super.emit(type, ...args);
  }
}

async function subclass() {
  const server = http.createServer({ ServerResponse: Spy }, (req, res) => {
    console.log('subclass', res instanceof Spy, res.statusCode, res.sendDate);
    res.writeHead(200, { 'Content-Length': 2 });
    res.end('ok');
  });
  const port = await listen(server);
  console.log(JSON.stringify(await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')));
  await new Promise((resolve) => setTimeout(resolve, 50));
  server.close();
}

fields().then(subclass);
