// 1xx informational responses: writeEarlyHints -> 'information' on the client
const http = require('http');
const server = http.createServer((req, res) => {
  try { res.writeEarlyHints({ link: 'bad' }); } catch (e) { console.log(e.code, e.message); }
  try { res.writeEarlyHints(5); } catch (e) { console.log(e.code, e.message); }
  if (req.url === '/many') {
    res.writeEarlyHints({ link: ['</a.css>; rel=preload', '</b.js>; rel=preload; as=script'], 'x-extra': '1' });
  } else {
    res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' });
  }
  res.end('done ' + req.url);
});
function get(path) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path });
    req.on('information', (info) => {
      console.log('information', info.statusCode, info.statusMessage, info.headers, info.httpVersion);
    });
    req.on('response', (res) => {
      let s = '';
      res.on('data', (d) => s += d);
      res.on('end', () => { console.log('response', res.statusCode, s); resolve(); });
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  await get('/one');
  await get('/many');
  server.close();
});
