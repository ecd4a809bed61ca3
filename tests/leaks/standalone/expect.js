// expect.js — checks what `leakscope diff` says about one program of this folder against
// what the program is known to do (the table below). Run by leakscope itself:
//
//   leakscope expect.js NAME DIFF.json DIFF.txt PROGRAM.js
//
// A leaky program must have exactly one suspect, of the category given, whose path
// starts at a root (a module's top level, the global object, a runtime holder) and
// contains each text of `path` in that order, and whose sites include the line of each
// `sites` code (file:line, the file being the program's or the named helper's); for a
// listener, the event. The text report must show the same path and the first site's
// file:line. A clean program must have no suspect. Prints "ok ..." or "FAIL ..." lines
// and exits 1 on a failure.
'use strict';
const fs = require('fs');
const path = require('path');

const expect = {
  'http-handler-closures': { category: 'closure',
    path: ['module http-handler-closures.js → replayers[]', 'replay (http-handler-closures.js:15)'],
    sites: ['replayers.push(function replay(out) {', 'const body = JSON.stringify('] },
  'http-reload-listeners': { category: 'listener', event: 'reload',
    path: ["module http-reload-listeners.js → configEvents (EventEmitter) → 'reload' listeners",
      'rerender (http-reload-listeners.js:17)'],
    sites: ["configEvents.on('reload', function rerender(next) {"] },
  // snapshots on the runtime's clock: an interval may catch the client between
  // requests, so a trend (all intervals but one) is enough
  // the socket is the runtime's (held by its stream handle): the path starts there
  'http-keepalive-socket-listeners': { category: 'listener', event: 'close', root: /^\(Registry\)/,
    path: ["(Socket) → 'close' listeners → logDisconnect (http-keepalive-socket-listeners.js:12)"],
    sites: ["req.socket.on('close', function logDisconnect() {", 'const visit = { url: req.url'] },
  'http-request-cache': { category: 'cache', path: ['module http-request-cache.js → responseCache (Map)'],
    sites: ["return { id, url, html: '<ul>'"], trend: true },
  'net-feed-subscribers': { category: 'listener', event: 'price',
    path: ["module net-feed-subscribers.js → feed (PriceFeed) → 'price' listeners",
      'sendPrice (net-feed-subscribers.js:30)'],
    sites: ['feed.subscribe(function sendPrice(symbol, price) {', "this.on('price', onPrice);"] },
  'http-session-set': { category: 'cache', path: ['module http-session-set.js → activeSessions (Set)'],
    sites: ['const session = { id: ++nextId'] },
  // pending promises: each suspended audit() is queued as the mutex's waiter, whose
  // promise's reactions resume it
  'http-audit-mutex': { category: 'closure',
    path: ['module http-audit-mutex.js → auditLock (Mutex) → waiters[]', '→ promise → reactions[] → await → audit (http-audit-mutex.js:32)'],
    sites: ['const record = { method: req.method'] },
  // only the runtime's timer list holds the intervals
  'http-refresh-intervals': { category: 'closure',
    path: ['(timer lists)', 'refreshToken (http-refresh-intervals.js:13)'],
    sites: ['setInterval(function refreshToken() {', "const token = { user: req.url.slice(7)"] },
  // one string of a required module's state
  'http-access-log': { category: 'other', path: ['module access-log.js → pendingLog (string)'],
    sites: ['lib/access-log.js:pendingLog += new Date(0)'] },
  'batch-deep-chain': { category: 'cache',
    path: ['module batch-deep-chain.js → service (Service) → db (Database) → pool (Pool) → stats (Stats) → slowQueryLog[]'],
    sites: ['this.stats.slowQueryLog.push({ sql, ms'] },
  // a once() wrapper shows the function given to once(); an arrow's `this` is this
  'batch-job-shutdown-hooks': { category: 'listener', event: 'SIGTERM',
    path: ["process (EventEmitter) → 'SIGTERM' listeners → once closure (batch-job-shutdown-hooks.js:12) → scope.this (Job)"],
    sites: ["process.once('SIGTERM', () => this.abort());"] },
  // ES modules: their top level is a module like CommonJS's
  'esm-rate-limiter': { category: 'cache', path: ['module rate-store.mjs → windows (Map)'],
    sites: ['lib/rate-store.mjs:w = { client, windowId, count: 0'] },
  // the variables of a top level that defines no function (mujs: on the value stack)
  'script-top-level-loop': { category: 'cache', path: ['module script-top-level-loop.js → ordersById[]'],
    sites: ['ordersById[id] = { id: id'] },
  'clean-http-lru': null,
  'clean-snapshots-in-handlers': null,
  'clean-http-weakmap': null,
  'clean-http-startup-table': null,
  'clean-http-route-cache': null
};

const [name, jsonFile, textFile, program] = process.argv.slice(2);
const result = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
const text = fs.readFileSync(textFile, 'utf8');
let failed = 0;

function check(what, ok, detail) {
  console.log((ok ? 'ok ' : 'FAIL ') + name + ': ' + what + (ok || !detail ? '' : ' (' + detail + ')'));
  if (!ok) failed = 1;
}

// "code" in the program, or "lib/file.js:code" in a helper: that line as file:line
function siteOf(code) {
  let file = program;
  const m = /^([\w/.-]+\.m?js):(.*)$/.exec(code);
  if (m) {
    file = path.join(path.dirname(program), m[1]);
    code = m[2];
  }
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(code));
  if (i < 0) throw new Error(name + ': no line of ' + file + ' holds ' + code);
  return path.basename(file) + ':' + (i + 1);
}

const want = expect[name];
if (want === undefined) throw new Error('no expectation for ' + name);
const desc = result.leaks.map((l) => l.category + ' ' + l.path).join('; ');
check('at least two snapshots', Array.isArray(result.snapshots) && result.snapshots.length >= 2,
  JSON.stringify(result.snapshots));
if (want === null) {
  check('no suspects', result.leaks.length === 0, desc);
  check('the text report says so', text.includes('no suspects'), text);
} else {
  check('one suspect', result.leaks.length === 1, desc);
  const l = result.leaks[0] || {};
  check('category ' + want.category, l.category === want.category, l.category);
  const p = typeof l.path === 'string' ? l.path : '';
  check('the path starts at a root', (want.root ||
    /^(module \S+\.m?js|global\.|\((timers|timer lists)\)|process )/).test(p), p);
  let at = 0;
  for (const part of want.path) {
    const i = p.indexOf(part, at);
    check('path contains ' + part, i >= 0, p);
    if (i >= 0) at = i + part.length;
  }
  if (want.event) check("event '" + want.event + "'", l.event === want.event, l.event);
  const sites = (l.sites || []).map((s) => path.basename(s.file) + ':' + s.line);
  const wanted = want.sites.map(siteOf);
  wanted.forEach((s, i) => check('site ' + s + ' (' + want.sites[i] + ')', sites.includes(s), sites.join(', ')));
  check('the first site is the JSON site', l.site && typeof l.site === 'object' ?
    path.basename(l.site.file) + ':' + l.site.line === sites[0] : String(l.site).includes(sites[0] || '?'),
    JSON.stringify(l.site));
  check('the text report shows the path', text.includes(p), text);
  check('the text report shows ' + wanted[0], text.includes(wanted[0]), text);
  check(want.trend ? 'a growing trend' : 'growth in every interval',
    (want.trend || l.monotonic === true) && l.growth_bytes > 0, JSON.stringify(l.per_snapshot));
}
process.exitCode = failed;
