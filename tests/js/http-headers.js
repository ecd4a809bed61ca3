// Request headers as the server sees them (Node's duplicate rules, rawHeaders as sent),
// the response header API, and what the client receives.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log(req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor);
  console.log(req.headers);
  console.log(req.rawHeaders);
  console.log(req.headersDistinct['x-multi']);
  res.statusCode = 201;
  res.statusMessage = 'Made It';
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('X-List', ['a', 'b']);
  res.setHeader('Set-Cookie', ['c1=1', 'c2=2']);
  console.log(res.getHeader('content-type'), res.hasHeader('X-LIST'), res.hasHeader('nope'));
  console.log(res.getHeaderNames(), res.getHeaders());
  res.setHeader('X-Gone', 'soon');
  res.removeHeader('x-gone');
  console.log(res.getHeader('x-gone'), res.headersSent);
  try { res.setHeader('bad header', 'x'); } catch (e) { console.log(e.code, e.message); }
  try { res.setHeader('X-Bad', 'a\nb'); } catch (e) { console.log(e.code, e.message); }
  try { res.setHeader('X-Undef', undefined); } catch (e) { console.log(e.code, e.message); }
  res.end('ok');
  console.log('headersSent', res.headersSent);
  try { res.setHeader('X-Late', '1'); } catch (e) { console.log(e.code, e.message); }
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.write('GET /path?q=1 HTTP/1.1\r\nHost: example\r\nX-Multi: one\r\nx-multi: two\r\n' +
    'Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nCookie: k=1\r\nCookie: j=2\r\n' +
    'Content-Type: text/a\r\nContent-Type: text/b\r\nUser-Agent: first\r\nUser-Agent: second\r\n' +
    'Accept: x\r\nAccept: y\r\nDate: d1\r\nDate: d2\r\nConnection: close\r\n\r\n');
  let raw = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { raw += d; });
  c.on('end', () => {
    console.log(raw.replace(/Date: [^\r]*/, 'Date: <date>').split('\r\n'));
    server.close();
  });
});
