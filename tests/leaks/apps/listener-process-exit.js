// listener-process-exit.js — each opened temp file registers a process 'exit' handler to
// delete it, and the handler is never removed when the file is closed normally: the
// process object's 'exit' listener list grows by one closure per request.
'use strict';

let opened = 0;

function openTemp(req) {
  const file = { name: '/tmp/app-' + req.id + '.part', owner: req.user, chunks: [req.id, 0, 0, 0] };
  process.on('exit', function removeTempFile() {
    file.chunks.length = 0;
  });
  opened++;
  return file;
}

function setup() {}

function action() {
  for (let i = 0; i < 100; i++) openTemp({ id: opened, user: 'user-' + (opened % 17) });
}

function teardown() {
  process.listeners('exit').forEach((f) => {
    if (f.name === 'removeTempFile') process.removeListener('exit', f);
  });
}

module.exports = { setup, action, teardown };
