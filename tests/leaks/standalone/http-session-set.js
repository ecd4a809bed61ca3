// http-session-set.js — logged-in sessions are tracked in a Set of session objects for
// an admin page; /logout marks the session closed but never deletes it from the Set.
// Run with --snapshot-at-exit; the app also snapshots itself after each round.
'use strict';

const http = require('http');
const leakscope = require('leakscope');

const activeSessions = new Set();
let nextId = 0;

const server = http.createServer((req, res) => {
  if (req.url === '/login') {
    const session = { id: ++nextId, user: 'user' + (nextId % 50), roles: ['reader'], closed: false };
    activeSessions.add(session);
    res.end(String(session.id));
  } else if (req.url.startsWith('/logout/')) {
    const id = Number(req.url.slice(8));
    for (const s of activeSessions) if (s.id === id) s.closed = true;
    res.end('bye');
  } else {
    res.statusCode = 404;
    res.end();
  }
});

function get(port, path) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve(text));
    }).on('error', reject);
  });
}

async function main() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < 40; i++) {
      const id = await get(port, '/login');
      await get(port, '/logout/' + id);
    }
    leakscope.snapshot('round-' + round);
  }
  for (let i = 0; i < 40; i++) await get(port, '/logout/' + (await get(port, '/login')));
  server.close();
}

main();
