// cache-buffers.js — an upload handler copies each incoming chunk into a Buffer and
// appends it to receivedChunks, meant to be concatenated "when the upload ends"; the
// end never comes for streamed uploads, so the Buffers accumulate.
'use strict';

const receivedChunks = [];
let seq = 0;

function onData(chunk) {
  receivedChunks.push(Buffer.from(chunk));
}

function setup() {}

function action() {
  for (let i = 0; i < 100; i++) {
    const n = seq++;
    onData('chunk ' + n + ' ' + new Array(9).join('abcdefghijklmnopqrstuvwxyz'));
  }
}

function teardown() {
  receivedChunks.length = 0;
}

module.exports = { setup, action, teardown };
