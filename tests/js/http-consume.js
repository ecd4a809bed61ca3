// The server's parser reads the connection itself (no 'data' events in between, as
// Node's consume()): what must still hold — a head split over several reads, a large
// body read with backpressure (the reader pauses, the socket stops reading, all bytes
// arrive), bytesRead, an 'upgrade' with the bytes after the head and the socket's later
// data, a head that never ends cut by headersTimeout with a 408, and input that is not
// HTTP answered with a 400.
'use strict';
const http = require('http');
const net = require('net');

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function exchange(port, pieces, gap) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { got += d; });
    c.on('close', () => resolve(got.replace(/\r\nDate: [^\r]*/g, '')));
    c.on('error', () => {});
    (async () => {
      for (const p of pieces) {
        c.write(p);
        if (gap) await wait(gap);
      }
    })();
  });
}

const BIG = 1 << 20;
const server = http.createServer({ headersTimeout: 500, requestTimeout: 1000,
  connectionsCheckingInterval: 100 }, (req, res) => {
  if (req.url === '/big') {
    let got = 0;
    let pauses = 0;
    req.on('data', (d) => {
      got += d.length;
      if (pauses < 3) {
        pauses++;
        req.pause();
        setTimeout(() => req.resume(), 30);
      }
    });
    req.on('end', () => {
      console.log('big body', got === BIG, 'paused', pauses);
      console.log('bytesRead covers it', req.socket.bytesRead > BIG);
      res.end('got ' + got);
    });
    return;
  }
  res.end(req.method + ' ' + req.url + ' ' + JSON.stringify(req.headers));
});

server.on('upgrade', (req, socket, head) => {
  console.log('upgrade', req.headers.upgrade, JSON.stringify(head.toString()));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', (d) => {
    socket.write('echo:' + d);
    if (String(d).includes('bye')) socket.end();
  });
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  // a head in three reads
  console.log(JSON.stringify(await exchange(port,
    ['GET /split HT', 'TP/1.1\r\nHost: x\r\nX-Long: ', 'abc\r\nConnection: close\r\n\r\n'], 50)));

  // a 1 MiB body, read with pauses
  const body = 'x'.repeat(BIG);
  console.log(JSON.stringify(await exchange(port,
    [`POST /big HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: ${BIG}\r\n\r\n`, body])));

  // upgrade: the bytes after the head go to 'upgrade', later ones (sent once the 101
  // is back) to the socket
  console.log(JSON.stringify(await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => {
      if (!got.includes('\r\n\r\n') && (got + d).includes('\r\n\r\n')) c.write('bye');
      got += d;
    });
    c.on('close', () => resolve(got));
    c.write('GET /up HTTP/1.1\r\nHost: x\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nfirst');
  })));

  // not HTTP: 400
  console.log(JSON.stringify(await exchange(port, ['NOT HTTP AT ALL\r\n\r\n'])));

  // a head that never ends: 408 once headersTimeout has passed
  const start = Date.now();
  console.log(JSON.stringify(await exchange(port, ['GET /slow HTTP/1.1\r\nHost: x\r\n'])));
  console.log('cut after headersTimeout', Date.now() - start >= 500);
  server.close(() => console.log('closed'));
});
