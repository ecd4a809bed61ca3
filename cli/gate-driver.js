// gate-driver.js — the driver of `leakscope gate --scenario FILE` (embedded in the
// binary; the gate writes it beside its database and runs it in-process, recorded).
// ES5: it runs as is, and stays small.
//
//   gate-driver.js SCENARIO WARMUP ITERATIONS SNAPSHOTS
//
// The scenario is a memlab-style module: setup(), action() and teardown(), each may
// return a promise (the next step waits for it). The run: setup(); action() x WARMUP;
// snapshot "warm-up"; then (action() x ITERATIONS; snapshot) until SNAPSHOTS were taken
// ("middle"..., "final"); teardown(); then the loop must drain by itself.
//
// What a driver must not do (tests/leaks/README.md): keep anything allocated between
// two snapshots — every record is made before the first one, with all its fields — or
// run the actions by recursion (every stack frame is a root): actions run in a loop,
// and each snapshot is taken from a fresh stack after setImmediate.
//
// Exit: 0; 1 when the scenario threw or a promise rejected (the error on stderr); 2
// when it is not a scenario; 3 when the loop was still busy 10 s after teardown().
'use strict';

var ls = require('leakscope');
var path = require('path');

function die(code, msg) {
  process.stderr.write('leakscope gate: ' + msg + '\n');
  process.exit(code);
}

var file = path.resolve(process.argv[2]);
var warmup = parseInt(process.argv[3], 10);
var iterations = parseInt(process.argv[4], 10);
var total = parseInt(process.argv[5], 10);
var scenario;
try {
  scenario = require(file);
} catch (e) {
  die(1, file + ': ' + (e && e.stack ? e.stack : String(e)));
}
if (!scenario || typeof scenario.action !== 'function')
  die(2, file + ' is not a scenario: it must export action() (and may export setup() and' +
    ' teardown())');

// Labels and the step counter exist before the first snapshot.
var labels = [];
for (var k = 0; k < total; k++)
  labels.push(k === 0 ? 'warm-up' : k === total - 1 ? 'final' : 'middle-' + k);
var state = { taken: 0, actions: 0 };

function fail(e) {
  die(1, path.basename(file) + ' failed after ' + state.actions + ' actions: ' +
    (e && e.stack ? e.stack : String(e)));
}

function thenable(r) {
  return r !== null && (typeof r === 'object' || typeof r === 'function') &&
    typeof r.then === 'function';
}

// n actions one after another, then done() from a fresh stack.
function runActions(n, done) {
  function loop() {
    while (n > 0) {
      var r;
      try {
        r = scenario.action();
      } catch (e) {
        return fail(e);
      }
      n--;
      state.actions++;
      if (thenable(r)) {
        r.then(loop, fail);
        return;
      }
    }
    setImmediate(done);
  }
  loop();
}

function finish() {
  var r;
  try {
    r = typeof scenario.teardown === 'function' ? scenario.teardown() : undefined;
  } catch (e) {
    return fail(e);
  }
  var guard = setTimeout(function () {
    die(3, path.basename(file) + ' left the event loop busy 10 s after teardown()');
  }, 10000);
  guard.unref();
  if (thenable(r))
    r.then(null, fail);
}

function next() {
  ls.snapshot(labels[state.taken]);
  state.taken++;
  if (state.taken === total)
    return finish();
  runActions(iterations, next);
}

var s;
try {
  s = typeof scenario.setup === 'function' ? scenario.setup() : undefined;
} catch (e) {
  fail(e);
}
if (thenable(s))
  s.then(function () { runActions(warmup, next); }, fail);
else
  runActions(warmup, next);
