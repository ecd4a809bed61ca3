// expect.js — checks what `leakscope diff` says about one program of this folder against
// what the program is known to do (the table below). Run by leakscope itself:
//
//   leakscope expect.js NAME DIFF.json DIFF.txt PROGRAM.js
//
// A leaky program must have exactly one suspect (or, for a list, one per leak, each
// known by the start of its path), of the category given, whose path
// starts at a root (a module's top level, the global object, a runtime holder) and
// contains each text of `path` in that order, and whose sites include the line of each
// `sites` code (file:line, the file being the program's or the named helper's); for a
// listener, the event; with `run`, the report's first line names the run (a leak in a
// forked child or a worker thread). The text report must show the same path and the first site's
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
  // the sockets are the server's connections (also held by their stream handles)
  'http-keepalive-socket-listeners': { category: 'listener', event: 'close',
    path: ["module http-keepalive-socket-listeners.js → server (Server) → _httpConnections[] (Socket) → 'close' listeners → logDisconnect (http-keepalive-socket-listeners.js:12)"],
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
  // WeakRefs (mujs patch 0100): a Map of emptied WeakRefs grows, the targets are only
  // weakly held (a weak edge retains nothing); a WeakRef cache whose entries a
  // FinalizationRegistry deletes is clean
  'weakref-map-growing': { category: 'cache', root: /^module weakref-map-growing\.js → contexts \(Map\)/,
    path: ['module weakref-map-growing.js → contexts (Map)[] (WeakRef)'],
    sites: ['contexts.set(ctx.id, new WeakRef(ctx));'] },
  'clean-weakref-cache': null,
  'clean-weakref-cache-collected-mid-job': null,
  // the runtime's registry of built-in modules grows as the app first requires them
  'clean-lazy-builtin-modules': null,
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
  // apps written as a third party would (ES2015+ classes, async/await, arrows, private
  // fields), each with its ground truth here
  // the listener's scope holds `job`, the one variable it uses (as V8's context would;
  // mujs patch 0071), not the handler's `req`
  'jobs-emitter-subclass': { category: 'listener', event: 'progress',
    path: ["module jobs-emitter-subclass.js → runner (JobRunner) → 'progress' listeners",
      'closure (jobs-emitter-subclass.js:28) → scope.job'],
    sites: ["runner.on('progress', (id, pct) => {", 'const job = { id: req.url.slice(5)'] },
  // the memo lives in the scope of the function memoize() returned
  'memoize-prices': { category: 'closure',
    path: ['module memoize-prices.js → quote (memoize-prices.js:10) → scope.memo (Map)'],
    sites: ['const quote = memoize((symbol, qty, at) =>'] },
  'process-handler-per-request': { category: 'listener', event: 'uncaughtException',
    path: ["process (EventEmitter) → 'uncaughtException' listeners → respondWith500 (process-handler-per-request.js:11)"],
    sites: ["process.on('uncaughtException', function respondWith500(err) {", 'const ctx = { url: req.url'],
    trend: true },
  'promise-results-array': { category: 'cache', path: ['module promise-results-array.js → crawlResults[]'],
    sites: ['.then((html) => ({ url, length: html.length'] },
  'closure-captures-buffer': { category: 'closure',
    path: ['module closure-captures-buffer.js → undoStack[] → closure (closure-captures-buffer.js:14) → scope.data'],
    sites: ['undoStack.push(() => {', 'const data = Buffer.alloc(size, 1);'] },
  // only the timer list holds the expiry closures
  'session-timeouts': { category: 'closure',
    path: ['(timer lists)', '_onTimeout (session-timeouts.js:14) → scope.session'],
    sites: ['setTimeout(() => {', 'const session = { user, roles'] },
  // one pipe() adds 'error', 'close', 'finish' and 'unpipe' listeners: one suspect
  'pipe-into-shared-sink': { category: 'listener', event: 'error',
    path: ["module pipe-into-shared-sink.js → logSink (Writable) → 'error' listeners", '→ scope.src (PassThrough)'],
    sites: ['requestLog.pipe(logSink);'] },
  'chat-transcript-string': { category: 'other',
    path: ['module chat-transcript-string.js → lobby (ChatRoom) → transcript (string)'],
    sites: ['this.transcript += `[${user}]'] },
  // grows in every other interval only: a staircase
  'every-other-round': { category: 'cache', path: ['module every-other-round.js → histogramHistory[]'],
    sites: ['histogramHistory.push({ round, bucket: i'], trend: true },
  // 3 records a round under ~3000 rows of churn
  'slow-leak-big-churn': { category: 'cache', path: ['module slow-leak-big-churn.js → auditTrail[]'],
    sites: ['for (let k = 0; k < 3; k++) auditTrail.push('] },
  // a dictionary that grows in place (numbers under new keys): the line that made it
  'global-metrics-registry': { category: 'global', path: ['global.__appMetrics.counters'],
    sites: ['globalThis.__appMetrics ??= { counters: {} };'] },
  'class-static-instances': { category: 'cache',
    path: ['module class-static-instances.js → Connection (class-static-instances.js:10) → all[]'],
    sites: ["const c = new Connection('db-' + (i % 4));"] },
  'async-waiters-never-resolved': { category: 'closure',
    path: ['module async-waiters-never-resolved.js → configReady (Promise) → reactions[] → await → applyPersonalisation (async-waiters-never-resolved.js:14)'],
    sites: ['async function applyPersonalisation(req, res) {', 'const profile = { url: req.url'] },
  // sockets nobody ends: held by the runtime's open handles; made by the runtime's net
  // module for the app's net.connect() line
  'sockets-never-closed': { category: 'other', root: /^\(handles and requests\)/,
    path: ['(handles and requests)[] (StreamHandle) → owner (Socket)'],
    sites: ["const sock = net.connect(port, '127.0.0.1');"] },
  // the poller object is a module variable: named from there, not from its timer
  'poller-history': { category: 'cache', path: ['module poller-history.js → queuePoller (DepthPoller) → history[]'],
    sites: ['this.history.push({ at: this.history.length'] },
  'pubsub-map-of-sets': { category: 'closure',
    path: ['module pubsub-map-of-sets.js → channels (Map)[] (Set)[] → closure (pubsub-map-of-sets.js:26)'],
    sites: ["this.unsubscribe = subscribe('news', (m) =>"] },
  'logger-closure-history': { category: 'closure',
    path: ['module logger-closure-history.js → appLogger → log (logger-closure-history.js:12) → scope.lines[]'],
    sites: ['lines.push({ prefix, msg'] },
  // a private field's Map: the error path never finishes its request
  'tracker-private-map': { category: 'cache',
    path: ['module tracker-private-map.js → tracker (RequestTracker) → #inflight (Map)'],
    sites: ['this.#inflight.set(id, { url: req.url'], trend: true },
  'stalled-job-queue': { category: 'cache', path: ['module stalled-job-queue.js → jobQueue[]'],
    sites: ['jobQueue.push({ id, payload, attempts: 0 });'] },
  // the registry is a helper module's; the hooks are closures of the app's line
  'hooks-in-helper-module': { category: 'closure',
    path: ['module plugin-registry.js → hooks (Map)', 'closure (hooks-in-helper-module.js:17) → scope.this (Tenant)'],
    sites: ["registry.register('beforeSave', (doc) => {"] },
  // two independent leaks: two suspects
  'two-leaks': [
    { category: 'listener', event: 'config',
      path: ["module two-leaks.js → configBus (EventEmitter) → 'config' listeners → applyConfig (two-leaks.js:15)"],
      sites: ["configBus.on('config', function applyConfig(c) {"] },
    { category: 'cache', path: ['module two-leaks.js → bodiesById (Map)'],
      sites: ["bodiesById.set(id, { id, body: 'payload-' + id"] }],
  // a TCP server's Set of connections, never deleted from: the sockets are made by the
  // runtime's accept (no app frame), so no app line is required
  'connections-set': { category: 'cache', path: ['module connections-set.js → openConnections (Set)'], sites: [] },
  // second round of third-party-style programs (h5), ground truth written with them
  // an Express-style middleware stack that gets a closure per request
  'router-middleware-per-request': { category: 'closure',
    path: ['module router-middleware-per-request.js → app (MiniApp) → stack[]',
      'tagUser (router-middleware-per-request.js:'],
    sites: ['app.use(function tagUser(req2, res2, next) {', "const user = { name: new URL(req.url"] },
  // once() handlers for an event that is never emitted
  'once-event-never-fires': { category: 'listener', event: 'drained',
    path: ["module once-event-never-fires.js → queueBus (EventEmitter) → 'drained' listeners",
      'releaseLease (once-event-never-fires.js:'],
    sites: ["queueBus.once('drained', function releaseLease() {", 'const lease = { jobId: id'] },
  // fired Timeouts kept in an array: closures of one site held by an array
  'class-timer-handles': { category: 'closure',
    path: ['module class-timer-handles.js → reminders (ReminderService) → timers[]',
      '_onTimeout (class-timer-handles.js:'],
    sites: ['this.timers.push(setTimeout(() => {', 'const reminder = { user, text'] },
  'retry-keeps-failed': { category: 'cache',
    path: ['module retry-keeps-failed.js → outbound (WebhookQueue) → failed[]'],
    sites: ['this.failed.push({ item: job.item'] },
  // Function.prototype.bind results in a dictionary: closures of the bound target
  'bound-handler-registry': { category: 'closure',
    path: ['module bound-handler-registry.js → registry → handlers[] → bound onMessage (bound-handler-registry.js:'],
    sites: ['registry.add(auditPlugin.onMessage.bind(auditPlugin, session));',
      'const session = { tenant, user'] },
  // each closure holds the previous one: a chain from one module variable
  'immediate-callback-chain': { category: 'closure',
    path: ['module immediate-callback-chain.js → onFlushed (immediate-callback-chain.js:', 'scope.prev'],
    sites: ['  onFlushed = () => {', "write({ key: 'k' + round"] },
  'timestamp-key-cache': { category: 'cache', path: ['module timestamp-key-cache.js → reportCache (Map)'],
    sites: ['return { user, rows: [user.length'] },
  // a helper module's exported instance, shared through require's cache
  'singleton-module-state': { category: 'cache',
    path: ['metrics (Metrics) → series'],
    sites: ['lib/metrics-singleton.js:(this.series[name] ||'] },
  'matrix-rows': { category: 'cache', path: ['module matrix-rows.js → readings[]'],
    sites: ['const row = [];'] },
  // a plain object as a dictionary, a new key per request
  'stats-dictionary': { category: 'cache', path: ['module stats-dictionary.js → statsByUrl[]'],
    sites: ['const s = statsByUrl[req.url] ||'] },
  // the leak is in a child made by child_process.fork: the report is that child's run
  'forked-child-leak': { category: 'cache', path: ['module forked-child-leak.js → lookupAudit[]'],
    sites: ['lookupAudit.push({ key'], run: /\(fork of run \d+, pid \d+\)/ },
  // the leak is in a worker_threads worker that snapshots itself: the worker's run
  'worker-thread-cache': { category: 'cache', path: ['module worker-thread-cache.js → resized (Map)'],
    sites: ['if (!resized.has(job.id)) resized.set(job.id, {'],
    run: /\(worker thread \d+ of run \d+, pid \d+\)/ },
  // a listener per message on one long-lived socket
  'socket-listener-per-message': { category: 'listener', event: 'error',
    path: ["module socket-listener-per-message.js → upstream (Socket) → 'error' listeners → failForward (socket-listener-per-message.js:"],
    sites: ["upstream.on('error', function failForward(err) {", 'const pending = { msg'] },
  // a Map keyed by the request objects themselves: the Map holds them as keys
  'map-keyed-by-request': { category: 'cache', path: ['module map-keyed-by-request.js → timings (Map) → key (IncomingMessage)'],
    sites: ['timings.set(req, { start: Date.now()'] },
  // the client is a variable of the async main() running when the app snapshots
  // itself: its scope, named by the function; the Map of pending calls is a cache (the
  // executors of new Promise() that mujs keeps in the resolving functions' scope are
  // not the app's closures)
  'rpc-pending-error-path': { category: 'cache', root: /^\(Scope chain\) → main \(rpc-pending-error-path\.js:\d+\)/,
    path: ['main (rpc-pending-error-path.js:', 'scope.rpc (RpcClient) → pending (Map)'],
    sites: ['this.pending.set(id, { resolve, reject, method'] },
  // third round (h5): styles the folder lacked, ground truth written with each app
  // a static private field of a class; the path ends at the Map's items (the Spans),
  // not inside them
  'static-private-registry': { category: 'cache',
    path: ['module static-private-registry.js → Span (static-private-registry.js:', '→ #open (Map)[] (Span)'],
    sites: ["const span = new Span('processOrder'", 'this.#attributes = { ...attributes'] },
  // suspended generators, each keeping its rows (a generator is a function's
  // activation: a closure leak)
  'generator-cursors-kept': { category: 'closure',
    path: ['module generator-cursors-kept.js → openCursors[] (generator) → paginate (generator-cursors-kept.js:12) → scope.rows'],
    sites: ['rows.push({ term, rank: i'] },
  // the watchers array lives in the scope of the store's watch() method
  'proxy-observable-store': { category: 'closure',
    path: ['module proxy-observable-store.js → store → watch (proxy-observable-store.js:', '→ scope.watchers[] → closure (proxy-observable-store.js:34)'],
    sites: ['this.unwatch = store.watch((key, value) => {', 'this.model = { id, title:'] },
  'symbol-audit-http': { category: 'cache', path: ['module symbol-audit-http.js → app (App) → <symbol auditLog>[]'],
    sites: ['this[kAuditLog].push({ method: req.method'] },
  'closure-over-rendered-page': { category: 'closure',
    path: ['module closure-over-rendered-page.js → invalidators[]', '(closure-over-rendered-page.js:17) → scope.html'],
    sites: ["invalidators['page:' + id] = (reason) => {", "const html = layout.replace('{{title}}'"] },
  'bound-flushers': { category: 'closure',
    path: ['module bound-flushers.js → shipper (WriteBatcher) → pending[] → bound flushOne (bound-flushers.js:19)'],
    sites: ['this.pending.push(this.flushOne.bind(this, entry));', "shipper.add({ level: i % 5 ? 'info' : 'warn'"] },
  // a memo on a constructor's prototype, shared by every instance: named from the
  // constructor, not from the module variable that holds the last instance
  'prototype-shared-cache': { category: 'cache', path: ['module prototype-shared-cache.js → Tokenizer (prototype-shared-cache.js:10) → prototype → memo'],
    sites: ['return { word: word, index: i };', 'var list = this.source.split('] },
  // a setInterval callback pushes; the app snapshots every 25 samples
  'interval-health-samples': { category: 'cache', path: ['module interval-health-samples.js → healthSamples[]'],
    sites: ['healthSamples.push({ seq: healthSamples.length'] },
  // the Readables are the items; their stream state is not the path
  'readable-feeds-never-ended': { category: 'cache', root: /^module readable-feeds-never-ended\.js → liveFeeds\[\] \(Readable\)$/,
    path: ['module readable-feeds-never-ended.js → liveFeeds[] (Readable)'],
    sites: ['const feed = new Readable({ read() {} });', 'feed.pipe(client);'] },
  // a slow leak: one warning (with its stack) per round under 2,000 rows of churn
  'one-warning-per-round': { category: 'cache', root: /^module one-warning-per-round\.js → seenWarnings\[\]$/,
    path: ['module one-warning-per-round.js → seenWarnings[]'],
    sites: ['seenWarnings.push({ message, stack: new Error(message).stack'] },
  // a fast one: 3,000 postings a round into ten growing arrays of one Map
  'ledger-fast-growth': { category: 'cache', path: ['module ledger-fast-growth.js → ledger (Ledger) → history (Map)[]'],
    sites: ['this.history.get(account).push({ ref, amount, balance });'] },
  // the objects are made in a helper module, kept by the app
  'helper-module-factory': { category: 'cache', path: ['module helper-module-factory.js → unsentEvents[]'],
    sites: ['lib/event-factory.js:return { seq, kind, user, props'] },
  // all of the app's work runs from a queueMicrotask/setImmediate chain
  'microtask-chain-results': { category: 'cache', path: ['module microtask-chain-results.js → completed (Map)'],
    sites: ['return { id: job.id, output: job.input.map('] },
  'prepend-listener-per-job': { category: 'listener', event: 'drain',
    path: ["module prepend-listener-per-job.js → workQueue (WorkQueue) → 'drain' listeners → closure (prepend-listener-per-job.js:34) → scope.this (Job)"],
    sites: ["workQueue.prependListener('drain', (n) =>", "this.report = { id, steps: ['fetch'"] },
  // cleared Timeouts left in a Set (clearTimeout drops their callback, as Node's does,
  // so the bookings go; the Timeouts stay). The setTimeout call spans five lines: its
  // Timeouts are charged to the line where the call starts, as V8 does (mujs patch 0110)
  'reminder-timer-set': { category: 'cache', path: ['module reminder-timer-set.js → reminderTimers (Set)[] (Timeout)'],
    sites: ['const timer = setTimeout(() => {'] },
  // flat for four rounds, then waiters pile up: a late onset; what piles up is the
  // suspended handle() calls awaiting the waiters' promises (closures)
  'late-onset-waiters': { category: 'closure', path: ['module late-onset-waiters.js → pool (Pool) → waiting[]'],
    sites: ["const request = { id, path: '/report/' + id", 'return new Promise((resolve) => this.waiting.push({ request, resolve }));'],
    trend: true },
  'clean-ring-logger': null,
  'clean-retry-backoff': null,
  'clean-weakmap-fresh-keys': null,
  'clean-big-alloc-freed': null,
  'clean-server-heavy-churn': null,
  // every job chained on a promise that never settles: the chain is garbage (nothing
  // holds its pending head; Node's heap stays flat too), so no suspect
  'clean-promise-chain-stuck': null,
  'clean-cache-plateau': null,
  'clean-warmup-then-steady': null,
  'clean-sweeper-interval': null,
  'clean-buffer-pool': null,
  'clean-ttl-sweeper': null,
  'clean-keepalive-agent': null,
  'clean-lru-class': null,
  'clean-weakmap-metadata': null,
  'clean-big-constant': null,
  'clean-promise-pipeline': null,
  'clean-listeners-per-connection': null,
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
// a leak in a forked child or a worker thread: the report names that run
if (want && want.run) check('the report names the run ' + want.run, want.run.test(text.split('\n')[0]), text.split('\n')[0]);
check('at least two snapshots', Array.isArray(result.snapshots) && result.snapshots.length >= 2,
  JSON.stringify(result.snapshots));
if (want === null) {
  check('no suspects', result.leaks.length === 0, desc);
  check('the text report says so', text.includes('no suspects'), text);
} else {
  // one suspect, or (a list) one per leak, each found by the start of its path
  const wants = Array.isArray(want) ? want : [want];
  check(wants.length === 1 ? 'one suspect' : wants.length + ' suspects', result.leaks.length === wants.length, desc);
  wants.forEach((want) => {
    const l = (wants.length === 1 ? result.leaks[0] :
      result.leaks.find((x) => typeof x.path === 'string' && x.path.includes(want.path[0]))) || {};
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
    if (wanted.length) check('the first site is the JSON site', l.site && typeof l.site === 'object' ?
      path.basename(l.site.file) + ':' + l.site.line === sites[0] : String(l.site).includes(sites[0] || '?'),
      JSON.stringify(l.site));
    check('the text report shows the path', text.includes(p), text);
    if (wanted.length) check('the text report shows ' + wanted[0], text.includes(wanted[0]), text);
    check(want.trend ? 'a growing trend' : 'growth in every interval',
      (want.trend || l.monotonic === true) && l.growth_bytes > 0, JSON.stringify(l.per_snapshot));
  });
}
process.exitCode = failed;
