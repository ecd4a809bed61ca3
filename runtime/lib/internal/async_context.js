// internal/async_context — the context AsyncLocalStorage reads, carried across the
// asynchronous steps the runtime schedules in JS: promise reactions and await
// (internal/promise), timers and immediates (internal/timers), process.nextTick and
// queueMicrotask, fs callbacks (fs.js). Off until the first AsyncLocalStorage is used:
// then each step records the frame current when it was scheduled and runs under it.
//
// A frame is a Map from AsyncLocalStorage to its store, never changed once current
// (run() and enterWith() make a new one). Not carried: callbacks of net/http/child
// process events (they run in whatever frame is current, the top-level one normally).
'use strict';

var state = { on: false, frame: undefined };
exports.state = state;

// fn.apply(thisArg, args) with `frame` current, the previous one restored after
function runIn(frame, fn, thisArg, args) {
  var prev = state.frame;
  state.frame = frame;
  try {
    return fn.apply(thisArg, args);
  } finally {
    state.frame = prev;
  }
}
exports.runIn = runIn;

// fn, bound to the current frame when there is one to carry
function bind(fn) {
  if (!state.on || state.frame === undefined)
    return fn;
  var frame = state.frame;
  return function () {
    return runIn(frame, fn, this, arguments);
  };
}
exports.bind = bind;

// Turns carrying on: wraps process.nextTick and queueMicrotask (the others check
// state.on themselves).
exports.enable = function enable() {
  if (state.on)
    return;
  state.on = true;
  var nativeNextTick = process.nextTick;
  var nextTick = function nextTick(callback) {
    if (typeof callback !== 'function' || state.frame === undefined)
      return nativeNextTick.apply(process, arguments);
    var args = Array.prototype.slice.call(arguments);
    args[0] = bind(callback);
    return nativeNextTick.apply(process, args);
  };
  Object.defineProperty(nextTick, 'length', { value: 1, configurable: true });
  process.nextTick = nextTick;
  var nativeQueueMicrotask = global.queueMicrotask;
  var queueMicrotask = function queueMicrotask(callback) {
    if (typeof callback !== 'function')
      return nativeQueueMicrotask(callback);
    return nativeQueueMicrotask(bind(callback));
  };
  Object.defineProperty(global, 'queueMicrotask', {
    value: queueMicrotask, writable: true, configurable: true, enumerable: true
  });
};
