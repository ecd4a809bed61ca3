// http-reload-listeners.js — every request subscribes to the long-lived config emitter
// ("re-render if the config reloads") and never unsubscribes. Run with
// --snapshot-signal: the client in the same process sends the runtime SIGUSR2 after
// each round of requests, as an operator would with kill -USR2, once the round's
// connections are closed (what is in flight differs from one signal to the next).
'use strict';

const http = require('http');
const EventEmitter = require('events');

const configEvents = new EventEmitter();
configEvents.setMaxListeners(0);
let config = { theme: 'dark', version: 1 };

const server = http.createServer((req, res) => {
  const view = { url: req.url, theme: config.theme, rendered: '<main>' + req.url + '</main>' };
  configEvents.on('reload', function rerender(next) {
    view.theme = next.theme;
  });
  res.end(view.rendered);
});

function get(port, path) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      res.resume();
      res.on('end', resolve);
    }).on('error', reject);
  });
}

async function main() {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < 50; i++) await get(port, '/page/' + round + '/' + i);
    while (await new Promise((resolve) => server.getConnections((err, n) => resolve(err ? 0 : n))))
      await new Promise((resolve) => setTimeout(resolve, 5));
    process.kill(process.pid, 'SIGUSR2');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  config = { theme: 'light', version: 2 };
  server.close();
}

main();
