'use strict';
// internal/tasks — Node's lib/internal/process/task_queues.js + promises.js in ES5:
// the nextTick queue, processTicksAndRejections(), runNextTicks(), and unhandled
// rejection tracking in Node 20's default mode (`--unhandled-rejections=throw`).
//
// Module wrapper: function (exports, require, module, binding).
//
// Uncaught exceptions raised from here (a throwing tick, an unhandled rejection with no
// 'unhandledRejection' listener, a throwing queueMicrotask callback) go to
// binding.triggerUncaughtException(err, fromPromise) when the C side provides it (Node's
// triggerUncaughtException: handle synchronously, then return, or exit). Without it they
// are thrown out of processTicksAndRejections(); the C side reports them and calls
// processTicksAndRejections() again, which resumes where it stopped.

// internal/promise is loaded lazily (the first use of Promise or queueMicrotask) and
// then calls _attachPromises(); until it does there can be no microtasks.
var promises = null;
// the end of a microtask checkpoint is the end of a job: what new WeakRef() and deref()
// kept alive may go (mujs patch 0100; internal/promise's runMicrotasks does the same)
var weakKept = (binding && binding.weakKept) || [];
var runMicrotasks = function () { if (weakKept.length !== 0) weakKept.length = 0; };

var trace = (binding && binding.trace) || { enabled: false, callback: null };

// ---------------------------------------------------------------------------
// nextTick queue: flat pairs [callback, args] with a head index. process.nextTick is
// binding.ticks.nextTick (runtime/ticks.c), which appends to tickQueue; jsNextTick below
// is the same in JS, for a binding without it. A tick is scheduled (Node's
// tickInfo[kHasTickScheduled]) exactly when the queue holds one not yet started.

var tickQueue = [];
// a named root in heap snapshots (runtime.h, RT_HEAP_HOLDERS)
if (binding) binding.heap.holder('nextTick queue', processTicksAndRejections, 'tickQueue');
var tickHead = 0;
var rejectionToWarn = false;     // tickInfo[kHasRejectionToWarn]
var ticks = binding && binding.ticks;

function hasTickScheduled() {
  return tickHead < tickQueue.length;
}

function hasRejectionToWarn() {
  return rejectionToWarn;
}

function invalidCallback(callback) {
  throw require('internal/errors').invalidArgType('callback', 'function', callback);
}

function jsNextTick(callback) {
  if (typeof callback !== 'function')
    invalidCallback(callback);
  if (typeof process !== 'undefined' && process._exiting)
    return;
  var args;
  var n = arguments.length;
  if (n > 1) {
    args = [];
    for (var i = 1; i < n; i++) args.push(arguments[i]);
  }
  tickQueue.push(callback, args);
}

var nextTick = jsNextTick;
if (ticks) {
  ticks.setup(tickQueue, invalidCallback);
  nextTick = ticks.nextTick;
  Object.defineProperty(nextTick, 'length', { value: 1, writable: false, enumerable: false,
                                             configurable: true });
}

function runTickTraced(callback, args) {
  var cb = trace.callback;
  cb('tick', 1);
  try {
    if (args === undefined) callback();
    else callback.apply(undefined, args);
  } finally {
    cb('tick', 0);
  }
}

function processTicksAndRejections() {
  var q, h, callback, args;
  var tr = trace;
  do {
    q = tickQueue;
    h = tickHead;
    try {
      while (h < q.length) {
        callback = q[h];
        args = q[h + 1];
        q[h] = void 0;
        q[h + 1] = void 0;
        h += 2;
        if (h === q.length) {
          q.length = 0;
          h = 0;
        } else if (h >= 4096 && h * 2 >= q.length) {
          q = tickQueue = q.slice(h);
          h = 0;
          if (ticks) ticks.setup(q);
        }
        // A throwing tick propagates to the caller with the queue consistent; the
        // remaining ticks run at the next tick-processing point.
        if (tr.enabled) runTickTraced(callback, args);
        else if (args === void 0) callback();
        else if (args.length === 2) callback(args[0], args[1]);	// no apply(): this is
        else if (args.length === 1) callback(args[0]);	// undefined either way
        else callback.apply(void 0, args);
      }
    } finally {
      tickHead = h;
    }
    runMicrotasks();
  } while (tickHead < tickQueue.length || ((asyncHandledHead < asyncHandled.length ||
    pendingHead < pendingUnhandled.length) && processPromiseRejections()));
  rejectionToWarn = false;
}

// Used between timers and between immediates.
function runNextTicks() {
  if (tickHead >= tickQueue.length && !rejectionToWarn) runMicrotasks();
  if (tickHead >= tickQueue.length && !rejectionToWarn) return;
  processTicksAndRejections();
}

// ---------------------------------------------------------------------------
// Uncaught exceptions

function triggerUncaughtException(err, fromPromise) {
  if (binding && typeof binding.triggerUncaughtException === 'function') {
    binding.triggerUncaughtException(err, fromPromise);
    return;
  }
  throw err;
}


// ---------------------------------------------------------------------------
// Promise rejection tracking (lib/internal/process/promises.js, throw mode)

var pendingUnhandled = [];       // promises rejected without a handler, in order
var pendingHead = 0;
var asyncHandled = [];           // {promise, warning} handled after the warning
var asyncHandledHead = 0;
var lastPromiseId = 0;
var maybeUnhandledCount = 0;

function UnhandledRejectionInfo(reason, uid) {
  this.reason = reason;
  this.uid = uid;
  this.warned = false;
}

function promiseRejectHandler(type, promise, reason) {
  switch (type) {
    case 0: // kPromiseRejectWithNoHandler
      unhandledRejection(promise, reason);
      break;
    case 1: // kPromiseHandlerAddedAfterReject
      handledRejection(promise);
      break;
    case 2: // kPromiseRejectAfterResolved
      resolveError('reject', promise, reason);
      break;
    case 3: // kPromiseResolveAfterResolved
      resolveError('resolve', promise, reason);
      break;
  }
}

function resolveError(type, promise, reason) {
  if (typeof process === 'undefined' || typeof process.listenerCount !== 'function' ||
      process.listenerCount('multipleResolves') === 0)
    return;
  // Wrapped in a tick, otherwise the error could be caught by the executed promise.
  nextTick(function () {
    process.emit('multipleResolves', type, promise, reason);
  });
}

function unhandledRejection(promise, reason) {
  if (promises.getPromiseTag(promise) === undefined) maybeUnhandledCount++;
  promises.setPromiseTag(promise, new UnhandledRejectionInfo(reason, ++lastPromiseId));
  pendingUnhandled.push(promise);
  rejectionToWarn = true;
}

function handledRejection(promise) {
  var info = promises.getPromiseTag(promise);
  if (info !== undefined) {
    promises.setPromiseTag(promise, undefined);
    maybeUnhandledCount--;
    if (info.warned) {
      var warning = new Error('Promise rejection was handled asynchronously (rejection id: ' +
                              info.uid + ')');
      warning.name = 'PromiseRejectionHandledWarning';
      warning.id = info.uid;
      asyncHandled.push({ promise: promise, warning: warning });
      rejectionToWarn = true;
      return;
    }
  }
  if (maybeUnhandledCount === 0 && asyncHandledHead === asyncHandled.length)
    rejectionToWarn = false;
}

function isErrorLike(o) {
  return typeof o === 'object' && o !== null &&
    (Object.prototype.hasOwnProperty.call(o, 'stack') ||
     Object.prototype.hasOwnProperty.call(o, 'stackTrace'));
}

function UnhandledPromiseRejection(reason) {
  this.code = 'ERR_UNHANDLED_REJECTION';	// a class field in Node: before the rest
  Object.defineProperty(this, 'message', {
    value: 'This error originated either by ' +
      'throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch().' +
      ' The promise rejected with the reason "' + promises.noSideEffectsToString(reason) + '".',
    writable: true, enumerable: false, configurable: true
  });
  this.name = 'UnhandledPromiseRejection';
  // last: the stack's first line shows the name and message (V8 formats it lazily)
  promises.captureStack(this, UnhandledPromiseRejection);
}
UnhandledPromiseRejection.prototype = Object.create(Error.prototype, {
  constructor: { value: UnhandledPromiseRejection, writable: true, enumerable: false, configurable: true }
});

function emitWarning(warning) {
  if (typeof process !== 'undefined' && typeof process.emitWarning === 'function')
    process.emitWarning(warning);
}

// Returns true when it ran user code or queued something, so the caller's loop must
// drain ticks and microtasks again.
function processPromiseRejections() {
  var maybeScheduledTicksOrMicrotasks = asyncHandledHead < asyncHandled.length;
  var item, promise, info, handled;

  while (asyncHandledHead < asyncHandled.length) {
    item = asyncHandled[asyncHandledHead];
    asyncHandled[asyncHandledHead++] = undefined;
    if (asyncHandledHead === asyncHandled.length) {
      asyncHandled.length = 0;
      asyncHandledHead = 0;
    }
    if (!process.emit('rejectionHandled', item.promise))
      emitWarning(item.warning);
  }

  var len = pendingUnhandled.length - pendingHead;
  while (len-- > 0) {
    promise = pendingUnhandled[pendingHead];
    pendingUnhandled[pendingHead++] = undefined;
    if (pendingHead === pendingUnhandled.length) {
      pendingUnhandled.length = 0;
      pendingHead = 0;
    }
    info = promises.getPromiseTag(promise);
    if (info === undefined) continue;
    info.warned = true;
    maybeScheduledTicksOrMicrotasks = true;
    handled = process.emit('unhandledRejection', info.reason, promise);
    if (!handled) {
      triggerUncaughtException(isErrorLike(info.reason) ? info.reason :
                               new UnhandledPromiseRejection(info.reason), true);
    }
  }
  return maybeScheduledTicksOrMicrotasks || pendingHead < pendingUnhandled.length;
}

function attachPromises(p) {
  promises = p;
  runMicrotasks = p.runMicrotasks;
  p.setMicrotaskErrorHandler(function (err) {
    triggerUncaughtException(err, false);
  });
  p.setPromiseRejectCallback(promiseRejectHandler);
}
exports._attachPromises = attachPromises;

exports.nextTick = nextTick;
exports.processTicksAndRejections = processTicksAndRejections;
exports.runNextTicks = runNextTicks;
exports.hasTickScheduled = hasTickScheduled;
exports.hasRejectionToWarn = hasRejectionToWarn;
exports.processPromiseRejections = processPromiseRejections;
exports.runMicrotasks = function () { runMicrotasks(); };
exports.triggerUncaughtException = triggerUncaughtException;
exports.UnhandledPromiseRejection = UnhandledPromiseRejection;
