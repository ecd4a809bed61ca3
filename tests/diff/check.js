// check.js — checks one `leakscope gate --json` / `diff --json` result against what the
// app of the same name is known to do (the table below). Run by leakscope itself.
//
//   leakscope check.js NAME RESULT.json APP.js
//
// Each expectation: the category of the one suspect, text its path must contain, and
// code whose line (found in APP.js) must be among its sites. Clean apps: no suspect.
// Prints "ok ..." lines, or "FAIL ..." lines and exits 1.
'use strict';
var fs = require('fs');

var expect = {
  'listener-ticker': { category: 'listener', path: ["ticker (EventEmitter) → 'tick' listeners"],
    sites: ["ticker.on('tick'"], event: 'tick' },
  'global-request-log': { category: 'global', path: ['global.requestLog[]'],
    sites: ['const entry = {'] },
  'closure-retry-queue': { category: 'closure', path: ['module closure-retry-queue.js → retries[]'],
    sites: ['retries.push(function retryJob'] },
  'cache-sessions': { category: 'cache', path: ['module cache-sessions.js → sessions (Map)'],
    sites: ['const session = {'] },
  'other-growing-string': { category: 'other',
    path: ['module other-growing-string.js → trace (string)'], sites: ["trace += 'step '"] },
  // a pending promise's reactions read as DevTools shows them, not as the runtime's
  // hidden promise record (__leakscopePromise → rh → n → f)
  'closure-pending-promise': { category: 'closure',
    path: ['module closure-pending-promise.js → dbReady (Promise) → reactions[] → closure (closure-pending-promise.js:8)'],
    sites: ['dbReady.then('] },
  'closure-await': { category: 'closure',
    path: ['module closure-await.js → ready (Promise) → reactions[] → await → handle (closure-await.js:7)'],
    sites: ['async function handle'] },
  // action() returns a promise: the gate waits for it (the cached responses are made
  // in the timer's callback, after the action's first await)
  'cache-async-action': { category: 'cache', path: ['module cache-async-action.js → responses (Map)'],
    sites: ['setTimeout(() => resolve({ id'] },
  'clean-bounded': null
};

var name = process.argv[2], result = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
var lines = fs.readFileSync(process.argv[4], 'utf8').split('\n');
var failed = 0;

function check(what, ok, detail) {
  if (ok) {
    console.log('ok ' + name + ': ' + what);
  } else {
    console.log('FAIL ' + name + ': ' + what + (detail ? ' (' + detail + ')' : ''));
    failed = 1;
  }
}

function lineOf(code) {
  for (var i = 0; i < lines.length; i++)
    if (lines[i].indexOf(code) >= 0) return i + 1;
  throw new Error(name + ': no line holds ' + code);
}

var base = process.argv[4].replace(/^.*\//, '');
var want = expect[name];
if (want === undefined) throw new Error('no expectation for ' + name);
check('version 1', result.version === 1);
check('snapshots listed', Array.isArray(result.snapshots) && result.snapshots.length >= 2);
if (want === null) {
  check('no suspects', result.leaks.length === 0,
    result.leaks.map(function (l) { return l.category + ' ' + l.path; }).join('; '));
} else {
  check('one suspect', result.leaks.length === 1,
    result.leaks.map(function (l) { return l.category + ' ' + l.path; }).join('; '));
  var l = result.leaks[0] || {};
  check('category ' + want.category, l.category === want.category, l.category);
  want.path.forEach(function (p) {
    check('path contains ' + p, typeof l.path === 'string' && l.path.indexOf(p) >= 0, l.path);
  });
  var sites = (l.sites || []).map(function (s) {
    return s.file.replace(/^.*\//, '') + ':' + s.line;
  });
  want.sites.forEach(function (code) {
    var at = base + ':' + lineOf(code);
    check('site ' + at + ' (' + code + ')', sites.indexOf(at) >= 0, sites.join(', '));
  });
  if (want.event) {
    check('event ' + want.event, l.event === want.event, l.event);
    // the registrations counted are those between the first and the last snapshot
    // (as many as the list grew by), not the warm-up's too
    var reg = (l.sites || []).filter(function (s) { return s.kind === 'listener'; })[0];
    check('listener registrations in the span = growth (' + l.growth_count + ')',
      reg && reg.count === l.growth_count, reg && reg.count);
  }
  check('run', typeof result.run === 'number' && result.run >= 1, result.run);
  check('site is the first of sites', l.site === (l.sites && l.sites[0] ?
    l.sites[0].file.replace(/^.*\//, '') + ':' + l.sites[0].line : null), l.site);
  check('per_snapshot counts and bytes grow', Array.isArray(l.per_snapshot) &&
    l.per_snapshot.every(function (p, i, a) {
      return i === 0 || (p.count > a[i - 1].count && p.retained_bytes > a[i - 1].retained_bytes);
    }), JSON.stringify(l.per_snapshot));
  check('grew in every interval', l.monotonic === true);
  check('growth counted', l.growth_bytes > 0 && l.retained_bytes >= l.growth_bytes &&
    l.per_snapshot.length === result.snapshots.length);
  check('score', l.score > 0.99 && l.score <= 1);
  check('gate verdict', result.gate === undefined || (result.gate.passed === false &&
    l.failed === true));
}
process.exitCode = failed;
