// clean-emitter-subclass-off.js — an EventEmitter subclass (a Downloader) that callers
// subscribe to per request, with the listener removed in the request's own completion
// path (off() once the download it waited for finished).
'use strict';

const EventEmitter = require('events');

class Downloader extends EventEmitter {
  constructor() {
    super();
    this.setMaxListeners(0);
    this.done = 0;
  }
  finish(id) {
    this.done++;
    this.emit('progress', { id: id, pct: 100 });
  }
}

const downloader = new Downloader();
let next = 0;

function fetchFile(n) {
  const req = { id: n, file: 'asset-' + n + '.bin', seen: [] };
  function onProgress(ev) {
    if (ev.id !== req.id) return;
    req.seen.push(ev.pct);
    downloader.off('progress', onProgress);
  }
  downloader.on('progress', onProgress);
  return req;
}

function setup() {}

function action() {
  const batch = [];
  for (let i = 0; i < 100; i++) batch.push(fetchFile(next++));
  for (const r of batch) downloader.finish(r.id);
}

function teardown() {
  downloader.removeAllListeners();
}

module.exports = { setup, action, teardown };
