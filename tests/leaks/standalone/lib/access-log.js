// access-log.js — helper of http-access-log.js: an access log buffered in one string of
// the module, "flushed later" (never).
'use strict';

let pendingLog = '';

function append(line) {
  pendingLog += new Date(0).toISOString() + ' ' + line + '\n';
}

function size() {
  return pendingLog.length;
}

module.exports = { append, size };
