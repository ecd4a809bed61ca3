// run-scenario.js — run one leak-corpus app (a memlab-style scenario module) and take
// heap snapshots at fixed checkpoints. Runs unchanged under Node 20 and under leakscope.
//
//   node run-scenario.js [options] APP.js
//   leakscope run-scenario.js [options] APP.js
//
// The scenario exports setup(), action() and teardown(); setup() and action() may return
// a promise (each step runs after the previous one settled). The run is:
//
//   setup(); action() x WARMUP; checkpoint 1 "baseline";
//   action() x ITERATIONS; checkpoint 2 "target"; ... action() x ITERATIONS;
//   checkpoint K "final"; teardown(); then the event loop must drain by itself.
//
// memlab's find-leaks reads checkpoints 1-3 as baseline/target/final: objects allocated
// between baseline and target and still alive at final.
//
// Options:
//   --warmup N        actions before the first checkpoint (default 2)
//   --iterations N    actions between two checkpoints (default 3)
//   --snapshots K     number of checkpoints, >= 2 (default 3)
//   --mode M          what a checkpoint does:
//                     auto       leakscope's require('leakscope').snapshot(label) when this
//                                runtime has it, else v8 when --out is given, else heap
//                     leakscope  require('leakscope').snapshot(label) (issue 5); exits 77
//                                with the reason when the runtime has no snapshot API
//                     v8         require('v8').writeHeapSnapshot(OUT/sN.heapsnapshot)
//                     heap       a full GC, then process.memoryUsage().heapUsed and
//                                .arrayBuffers (no files), and under V8 dataHeapUsed: the
//                                heap less its code spaces;
//                                needs global.gc (node --expose-gc) or leakscope's gc()
//                     none       nothing (just runs the app: a smoke test)
//   --out DIR         where v8 mode writes s1.heapsnapshot ... sK.heapsnapshot
//   --json            print the summary as one JSON line on stdout (default: text)
//
// Exit: 0 when the app ran, its teardown returned and the loop drained; 1 when the app
// threw or a promise rejected; 2 on bad usage; 3 when the event loop was still busy 10 s
// after teardown (the app left a handle open); 77 when the asked-for mode is unavailable.
'use strict';

var path = require('path');
var fs = require('fs');

function usage(msg) {
  if (msg) process.stderr.write('run-scenario: ' + msg + '\n');
  process.stderr.write('usage: run-scenario.js [--warmup N] [--iterations N] [--snapshots K]' +
    ' [--mode auto|leakscope|v8|heap|none] [--out DIR] [--json] APP.js\n');
  process.exit(2);
}

function parseArgs(argv) {
  var o = { warmup: 2, iterations: 3, snapshots: 3, mode: 'auto', out: null, json: false, app: null };
  for (var i = 0; i < argv.length; i++) {
    var a = argv[i], v = null, eq = a.indexOf('=');
    if (a.slice(0, 2) === '--' && eq > 0) { v = a.slice(eq + 1); a = a.slice(0, eq); }
    var num = function () {
      var s = v !== null ? v : argv[++i];
      if (s === undefined || !/^[0-9]+$/.test(s)) usage(a + ' needs a whole number');
      return parseInt(s, 10);
    };
    var str = function () {
      var s = v !== null ? v : argv[++i];
      if (s === undefined) usage(a + ' needs a value');
      return s;
    };
    if (a === '--warmup') o.warmup = num();
    else if (a === '--iterations') o.iterations = num();
    else if (a === '--snapshots') o.snapshots = num();
    else if (a === '--mode') o.mode = str();
    else if (a === '--out') o.out = str();
    else if (a === '--json') o.json = true;
    else if (a === '-h' || a === '--help') usage();
    else if (a.charAt(0) === '-') usage('unknown option ' + a);
    else if (o.app === null) o.app = a;
    else usage('one app at a time');
  }
  if (o.app === null) usage('no app given');
  if (o.snapshots < 2) usage('--snapshots must be at least 2');
  if (o.iterations < 1) usage('--iterations must be at least 1');
  if (['auto', 'leakscope', 'v8', 'heap', 'none'].indexOf(o.mode) < 0) usage('bad --mode ' + o.mode);
  return o;
}

// Which runtime this is, and leakscope's snapshot API if it has one.
function runtimeName() {
  if (process.versions && process.versions.leakscope) return 'leakscope ' + process.versions.leakscope;
  return 'node ' + process.version;
}

function leakscopeApi() {
  if (!(process.versions && process.versions.leakscope)) return null;
  try {
    return require('leakscope');
  } catch (e) {
    return null;
  }
}

function fullGc(ls) {
  if (ls && typeof ls.gc === 'function') { ls.gc(); return true; }
  if (typeof global.gc === 'function') { global.gc(); global.gc(); return true; }
  return false;
}

// V8 only: the heap without its code spaces. JIT code comes and goes in 256 KiB pages
// whatever the app does, which drowns small growth in heapUsed; the data spaces do not.
function dataHeapUsed() {
  var v8;
  try { v8 = require('v8'); } catch (e) { return null; }
  if (typeof v8.getHeapSpaceStatistics !== 'function') return null;
  var sum = 0;
  v8.getHeapSpaceStatistics().forEach(function (sp) {
    if (!/code/.test(sp.space_name)) sum += sp.space_used_size;
  });
  return sum;
}

function labelOf(i, k) {
  if (i === 0) return 'baseline';
  if (i === k - 1) return 'final';
  if (i === 1) return 'target';
  return 'step-' + (i + 1);
}

function main() {
  var o = parseArgs(process.argv.slice(2));
  var ls = leakscopeApi();
  var mode = o.mode;
  if (mode === 'auto') {
    if (ls && typeof ls.snapshot === 'function') mode = 'leakscope';
    else if (o.out) mode = 'v8';
    else mode = 'heap';
  }
  if (mode === 'leakscope' && !(ls && typeof ls.snapshot === 'function')) {
    process.stderr.write('run-scenario: ' + runtimeName() + ' has no require(\'leakscope\')' +
      '.snapshot(label) (heap snapshots, issue 5); nothing to measure with --mode leakscope\n');
    process.exit(77);
  }
  var v8 = null;
  if (mode === 'v8') {
    try { v8 = require('v8'); } catch (e) { v8 = null; }
    if (!v8 || typeof v8.writeHeapSnapshot !== 'function') {
      process.stderr.write('run-scenario: ' + runtimeName() + ' has no v8.writeHeapSnapshot\n');
      process.exit(77);
    }
    if (!o.out) usage('--mode v8 needs --out DIR');
    if (!fs.existsSync(o.out)) fs.mkdirSync(o.out, { recursive: true });
  }
  if (mode === 'heap' && !fullGc(ls)) {
    process.stderr.write('run-scenario: --mode heap needs a collector to call: run node with ' +
      '--expose-gc\n');
    process.exit(77);
  }

  var appPath = path.resolve(o.app);
  var app = require(appPath);
  ['setup', 'action', 'teardown'].forEach(function (f) {
    if (typeof app[f] !== 'function') {
      process.stderr.write('run-scenario: ' + o.app + ' does not export ' + f + '()\n');
      process.exit(2);
    }
  });

  var summary = {
    app: path.basename(appPath),
    runtime: runtimeName(),
    mode: mode,
    warmup: o.warmup,
    iterations: o.iterations,
    checkpoints: []
  };
  var actions = 0;

  // Every record the driver keeps is made before the first checkpoint, with all its
  // fields, so that the driver itself allocates nothing that lives from one checkpoint
  // to the next (a detector would rightly report a growing list of checkpoints).
  for (var k = 0; k < o.snapshots; k++) {
    summary.checkpoints.push({ label: labelOf(k, o.snapshots), actions: 0, ms: 0,
      // a flat string: V8 flattens a concatenated one where writeHeapSnapshot reads it,
      // which would allocate a new string after the first checkpoint
      file: mode === 'v8' ? JSON.parse(JSON.stringify(path.join(o.out, 's' + (k + 1) + '.heapsnapshot'))) : undefined,
      id: undefined, heapUsed: undefined, arrayBuffers: undefined, dataHeapUsed: undefined });
  }

  function checkpoint(i) {
    var c = summary.checkpoints[i];
    c.actions = actions;
    var t0 = Date.now();
    if (mode === 'leakscope') {
      c.id = ls.snapshot(c.label);
    } else if (mode === 'v8') {
      v8.writeHeapSnapshot(c.file);
    } else if (mode === 'heap') {
      fullGc(ls);
      var m = process.memoryUsage();
      c.heapUsed = m.heapUsed;
      c.arrayBuffers = m.arrayBuffers || undefined;
      var d = dataHeapUsed();
      c.dataHeapUsed = d === null ? undefined : d;
    }
    c.ms = (Date.now() - t0) | 0;     // a small integer: no boxed number is kept
  }

  // Runs action() n times, one after another (after the promise of the previous one
  // settled, when it returns one), then done(err) from a fresh stack: a loop, not a
  // recursion, so that no stack frame (which a heap walker sees as a root) outlives its
  // action.
  function runActions(n, done) {
    function loop() {
      while (n > 0) {
        var r;
        try {
          r = app.action();
        } catch (e) {
          return done(e);
        }
        actions++;
        n--;
        if (r && typeof r.then === 'function') {
          r.then(loop, done);
          return;
        }
      }
      setImmediate(function () { done(null); });
    }
    loop();
  }

  function fail(e) {
    process.stderr.write('run-scenario: ' + summary.app + ' failed after ' + actions +
      ' actions: ' + (e && e.stack ? e.stack : String(e)) + '\n');
    process.exit(1);
  }

  function finish() {
    try {
      app.teardown();
    } catch (e) {
      return fail(e);
    }
    if (o.json) {
      process.stdout.write(JSON.stringify(summary) + '\n');
    } else {
      process.stdout.write(summary.app + ' under ' + summary.runtime + ', mode ' + mode + '\n');
      summary.checkpoints.forEach(function (c) {
        var what = c.id !== undefined ? 'snapshot ' + c.id : c.file ? c.file :
          c.heapUsed !== undefined ? 'heapUsed ' + c.heapUsed +
          (c.dataHeapUsed !== undefined ? ', without code ' + c.dataHeapUsed : '') : '-';
        process.stdout.write('  ' + c.label + ' after ' + c.actions + ' actions: ' + what +
          ' (' + c.ms + ' ms)\n');
      });
    }
    // The app must leave nothing running: this timer does not keep the loop alive, so it
    // only fires when something else still does.
    var guard = setTimeout(function () {
      process.stderr.write('run-scenario: ' + summary.app + ' left the event loop busy ' +
        '10 s after teardown()\n');
      process.exit(3);
    }, 10000);
    if (guard && typeof guard.unref === 'function') guard.unref();
  }

  var i = 0, s;
  try {
    s = app.setup();
  } catch (e) {
    return fail(e);
  }
  function next(err) {
    if (err) return fail(err);
    checkpoint(i);
    i++;
    if (i === o.snapshots) return finish();
    runActions(o.iterations, next);
  }
  if (s && typeof s.then === 'function') {
    s.then(function () { runActions(o.warmup, next); }, fail);
  } else {
    runActions(o.warmup, next);
  }
}

main();
