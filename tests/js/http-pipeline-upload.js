// stream/promises pipeline: upload a generated stream, server hashes it, client awaits the reply
const http = require('http');
const crypto = require('crypto');
const { pipeline } = require('stream/promises');
const { Readable } = require('stream');
const { once } = require('events');
const server = http.createServer(async (req, res) => {
  const hash = crypto.createHash('sha256');
  let bytes = 0;
  for await (const chunk of req) { bytes += chunk.length; hash.update(chunk); }
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify({ bytes, sha256: hash.digest('hex').slice(0, 16) }));
});
(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST' });
  const responseP = once(req, 'response');
  function* gen() { for (let i = 0; i < 100; i++) yield Buffer.from(`chunk-${i};`); }
  await pipeline(Readable.from(gen()), req);
  const [res] = await responseP;
  res.setEncoding('utf8');
  let body = '';
  for await (const c of res) body += c;
  console.log(res.statusCode, JSON.parse(body));
  server.close();
})();
