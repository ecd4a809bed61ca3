// clean-process-listener-removed.js — each temp file registers a process 'exit' handler
// to delete it and removes that same handler when the file is closed normally.
'use strict';

let opened = 0;

function withTempFile(id, work) {
  const file = { name: '/tmp/app-' + id + '.part', chunks: [id, 0, 0] };
  const removeTempFile = function () {
    file.chunks.length = 0;
  };
  process.on('exit', removeTempFile);
  try {
    work(file);
  } finally {
    process.removeListener('exit', removeTempFile);
  }
}

function setup() {}

function action() {
  for (let i = 0; i < 100; i++) {
    withTempFile(opened++, (f) => f.chunks.push(f.name.length));
  }
}

function teardown() {}

module.exports = { setup, action, teardown };
