'use strict';
// internal/promise — ES2015 Promise for an ES5 engine, plus the microtask queue.
//
// Module wrapper: function (exports, require, module, binding).
//
// Ordering follows the spec jobs as V8 runs them (Node 20 is the reference):
//  - a reaction job per (settled promise, then() call), run in registration order;
//  - resolving a promise with a thenable queues a PromiseResolveThenableJob that calls
//    thenable.then in a later microtask, so `resolve(nativePromise)` costs two extra
//    ticks; like V8, when the thenable is a plain native promise whose `then` is the
//    original one, the job links the two promises directly (no throwaway promise);
//  - finally() goes through PromiseResolve(C, onFinally()) and .then(thunk), as specified;
//  - rejection tracking calls the reject callback like V8's PromiseRejectCallback:
//    0 kPromiseRejectWithNoHandler, 1 kPromiseHandlerAddedAfterReject,
//    2 kPromiseRejectAfterResolved, 3 kPromiseResolveAfterResolved.
//
// A promise's state lives in one non-enumerable own property (KEY) holding a record;
// `promiseState(p)` reads it for inspection.
//
// The microtask queue is a flat array with a head index. Each entry is a reaction
// (promise reaction job), a thenable job, or a plain function (queueMicrotask).

var trace = (binding && binding.trace) || { enabled: false, callback: null };
var weakKept = (binding && binding.weakKept) || [];

var KEY = '__leakscopePromise';  // (spelled out literally in hot paths)
var STATE_NAMES = ['pending', 'fulfilled', 'rejected'];

var kPromiseRejectWithNoHandler = 0;
var kPromiseHandlerAddedAfterReject = 1;
var kPromiseRejectAfterResolved = 2;
var kPromiseResolveAfterResolved = 3;

var defineProperty = Object.defineProperty;
var getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
var getPrototypeOf = Object.getPrototypeOf;
var objectToString = Object.prototype.toString;
var hasOwnProperty = Object.prototype.hasOwnProperty;
var isArray = Array.isArray;
var fnToString = Function.prototype.toString;

// Reused descriptor for the hidden state slot (value swapped in per promise).
var RECORD_DESC = { value: null, writable: false, enumerable: false, configurable: false };

var rejectCallback = null;
var onMicrotaskError = function (err) { throw err; };

// ---------------------------------------------------------------------------
// Records
//
// The hot paths are written for mujs: state constants are literals (0 pending,
// 1 fulfilled, 2 rejected), `void 0` stands for undefined (a global lookup otherwise),
// try/catch lives in tiny helpers (a catch clause makes mujs allocate a scope object
// for every call of the function containing it), and module-level names are looked
// up as rarely as possible (each lookup walks scope objects by name). Records and
// reactions are object literals: cheaper than constructors in mujs.
//
// Promise record: p = the promise object, s = state, v = value or reason,
// rh/rt = first/last pending reaction, h = [[PromiseIsHandled]] (V8: has_handler),
// t = tag slot for internal/tasks (unhandled-rejection info; absent until set).
//
// Reaction (one then() registration), queued as a job once the promise settles with
// k = 1 (fulfilled) or 2 (rejected) and the argument in a: f/r = handlers (function or
// undefined), d = record of a native derived promise or null, c = foreign capability
// {promise, resolve, reject} or null, n = next pending reaction of the same promise.
//
// Thenable job (PromiseResolveThenableJob): k = 3, rec, x = thenable, then.

function attachRecord(p) {
  var rec = { p: p, s: 0, v: void 0, rh: null, rt: null, h: false };
  RECORD_DESC.value = rec;
  defineProperty(p, '__leakscopePromise', RECORD_DESC);
  RECORD_DESC.value = null;
  return rec;
}

function getRecord(x) {
  if (x === null || (typeof x !== 'object' && typeof x !== 'function')) return void 0;
  var rec = x.__leakscopePromise;
  if (rec === void 0 || rec.p !== x) return void 0;
  return rec;
}

function isPromise(x) {
  return getRecord(x) !== void 0;
}

// ---------------------------------------------------------------------------
// Microtask queue

var queue = [];
// a named root in heap snapshots (runtime.h, RT_HEAP_HOLDERS)
if (binding) binding.heap.holder('microtask queue', enqueue, 'queue');
var qhead = 0;
var draining = false;

// Result marker of the try helpers below; the exception is left in `thrown`.
var THROWN = {};
var thrown;

function enqueue(job) {
  queue.push(job);
}

function hasMicrotasks() {
  return qhead < queue.length;
}

function callWith(fn, arg) {
  try {
    return fn(arg);
  } catch (e) {
    thrown = e;
    return THROWN;
  }
}

function callRaw(fn) {
  try {
    fn();
  } catch (e) {
    onMicrotaskError(e);
  }
}

function getThen(x) {
  try {
    return x.then;
  } catch (e) {
    thrown = e;
    return THROWN;
  }
}

function takeThrown() {
  var e = thrown;
  thrown = void 0;
  return e;
}

function runJob(job) {
  if (typeof job === 'function') callRaw(job);
  else if (job.k === 3) runThenableJob(job);
  else runReaction(job);
}

function runJobTraced(job) {
  var cb = trace.callback;
  cb('microtask', 1);
  try {
    runJob(job);
  } finally {
    cb('microtask', 0);
  }
}

// Drains the queue completely, including jobs queued while draining. Re-entrant
// calls (from inside a job) return immediately, like V8's microtask checkpoint.
function runMicrotasks() {
  if (draining) return;
  draining = true;
  var q = queue;
  var h = qhead;
  var tr = trace;
  var job;
  try {
    while (h < q.length) {
      job = q[h];
      q[h++] = void 0;
      if (h === q.length) {
        q.length = 0;
        h = 0;
      } else if (h >= 4096 && h * 2 >= q.length) {
        q = queue = q.slice(h);
        h = 0;
      }
      if (tr.enabled) runJobTraced(job);
      else if (typeof job === 'function') callRaw(job);
      else if (job.k === 3) runThenableJob(job);
      else runReaction(job);
    }
  } finally {
    qhead = h;
    draining = false;
    // the end of a job: what new WeakRef() and deref() kept alive may go (mujs patch 0100)
    if (weakKept.length !== 0) weakKept.length = 0;
  }
}

// ---------------------------------------------------------------------------
// Core operations

function fulfillRecord(rec, value) {
  var re = rec.rh;
  rec.s = 1;
  rec.v = value;
  if (re === null) return;
  rec.rh = rec.rt = null;
  var q = queue;
  do {
    re.k = 1;
    re.a = value;
    q.push(re);
    re = re.n;
  } while (re !== null);
}

function rejectRecord(rec, reason) {
  var re = rec.rh;
  rec.s = 2;
  rec.v = reason;
  if (!rec.h && rejectCallback !== null)
    rejectCallback(0, rec.p, reason);   // kPromiseRejectWithNoHandler
  if (re === null) return;
  rec.rh = rec.rt = null;
  var q = queue;
  do {
    re.k = 2;
    re.a = reason;
    q.push(re);
    re = re.n;
  } while (re !== null);
}

// The body of a promise resolve function, once its alreadyResolved check passed.
function resolveRecord(rec, x) {
  if (x === null || (typeof x !== 'object' && typeof x !== 'function')) {
    fulfillRecord(rec, x);
    return;
  }
  if (x === rec.p) {
    rejectRecord(rec, new TypeError('Chaining cycle detected for promise #<Promise>'));
    return;
  }
  var then = getThen(x);
  if (then === THROWN) {
    rejectRecord(rec, takeThrown());
    return;
  }
  if (typeof then !== 'function') {
    fulfillRecord(rec, x);
    return;
  }
  queue.push({ k: 3, rec: rec, x: x, then: then });
}

function reportAfterResolved(type, rec, value) {
  if (rejectCallback !== null) rejectCallback(type, rec.p, value);
}

// PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability)
// AsyncLocalStorage's context (internal/async_context): a reaction runs in the frame
// current when then()/await subscribed it, once a storage has been used
var asyncState = require('internal/async_context').state;

function performThen(rec, onFulfilled, onRejected, derived, capability) {
  var re = {
    f: typeof onFulfilled === 'function' ? onFulfilled : void 0,
    r: typeof onRejected === 'function' ? onRejected : void 0,
    d: derived,
    c: capability,
    n: null
  };
  if (asyncState.on) re.x = asyncState.frame;
  var s = rec.s;
  if (s === 0) {
    if (rec.rt === null) rec.rh = re;
    else rec.rt.n = re;
    rec.rt = re;
  } else {
    if (s === 2 && !rec.h && rejectCallback !== null)
      rejectCallback(1, rec.p, rec.v);   // kPromiseHandlerAddedAfterReject
    re.k = s;
    re.a = rec.v;
    queue.push(re);
  }
  rec.h = true;
}

function settleCapability(c, rejected, value) {
  try {
    if (rejected) c.reject(value);
    else c.resolve(value);
  } catch (e) {
    onMicrotaskError(e);
  }
}

// PromiseReactionJob
function runReaction(re) {
  if (asyncState.on) {
    var prev = asyncState.frame;
    asyncState.frame = re.x;
    try {
      runReactionIn(re);
    } finally {
      asyncState.frame = prev;
    }
    return;
  }
  runReactionIn(re);
}

function runReactionIn(re) {
  var arg = re.a;
  var rejected = re.k === 2;
  var handler = rejected ? re.r : re.f;
  var d = re.d;
  re.a = void 0;
  if (handler !== void 0) {
    arg = callWith(handler, arg);
    if (arg === THROWN) {
      arg = takeThrown();
      rejected = true;
    } else {
      rejected = false;
    }
  }
  if (d !== null) {
    if (rejected) rejectRecord(d, arg);
    else if (arg === null || (typeof arg !== 'object' && typeof arg !== 'function')) fulfillRecord(d, arg);
    else resolveRecord(d, arg);
  } else if (re.c !== null) {
    settleCapability(re.c, rejected, arg);
  }
}

// PromiseResolveThenableJob
function runThenableJob(job) {
  var rec = job.rec;
  var x = job.x;
  var then = job.then;
  job.rec = job.x = job.then = null;
  var xrec;
  if (then === nativeThen && (xrec = getRecord(x)) !== void 0 && x.constructor === Promise) {
    // V8's fast path: link the promises directly, same observable ordering.
    performThen(xrec, void 0, void 0, rec, null);
    return;
  }
  callThenable(rec, x, then);
}

function callThenable(rec, x, then) {
  var done = false;
  try {
    then.call(x, function (value) {
      if (done) { reportAfterResolved(3, rec, value); return; }
      done = true;
      resolveRecord(rec, value);
    }, function (reason) {
      if (done) { reportAfterResolved(2, rec, reason); return; }
      done = true;
      rejectRecord(rec, reason);
    });
  } catch (e) {
    if (done) { reportAfterResolved(2, rec, e); return; }
    done = true;
    rejectRecord(rec, e);
  }
}

// ---------------------------------------------------------------------------
// V8-style value rendering for messages (Object::NoSideEffectsToString)

function getDataProperty(o, name) {
  var d;
  while (o !== null && o !== undefined) {
    d = getOwnPropertyDescriptor(o, name);
    if (d !== undefined) return hasOwnProperty.call(d, 'value') ? d.value : undefined;
    o = getPrototypeOf(o);
  }
  return undefined;
}

function errorToStringNoSideEffects(o) {
  var name = getDataProperty(o, 'name');
  var msg = getDataProperty(o, 'message');
  name = name === undefined ? 'Error' : (typeof name === 'string' ? name : String(name));
  msg = msg === undefined ? '' : (typeof msg === 'string' ? msg : String(msg));
  if (name === '') return msg;
  if (msg === '') return name;
  return name + ': ' + msg;
}

function noSideEffectsToString(v) {
  var t = typeof v;
  if (t === 'string') return v;
  if (v === null || (t !== 'object' && t !== 'function')) {
    try { return String(v); } catch (e) { return t; }
  }
  if (t === 'function') {
    try { return fnToString.call(v); } catch (e) { return 'function'; }
  }
  var toStr = getDataProperty(v, 'toString');
  if (objectToString.call(v) === '[object Error]' || toStr === Error.prototype.toString)
    return errorToStringNoSideEffects(v);
  if (toStr === Object.prototype.toString) {
    var ctor = getDataProperty(v, 'constructor');
    if (typeof ctor === 'function') {
      var name = getDataProperty(ctor, 'name');
      if (name === undefined) name = require('internal/errors').functionName(ctor);
      if (typeof name === 'string' && name !== '') return '#<' + name + '>';
    }
  }
  return objectToString.call(v);
}

// ---------------------------------------------------------------------------
// Errors

function captureStack(self, ctor) {
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(self, ctor);
    return;
  }
  var e = new Error();
  var names = ['stack', 'stackTrace'];
  for (var i = 0; i < names.length; i++) {
    var d = getOwnPropertyDescriptor(e, names[i]);
    if (d !== undefined) {
      d.enumerable = false;
      defineProperty(self, names[i], d);
    }
  }
}

function AggregateError(errors, message) {	// (errors, message, options): length 2
  var options = arguments[2];
  if (!(this instanceof AggregateError)) return new AggregateError(errors, message, options);
  // an Error object (Object.prototype.toString says [object Error]) with this's prototype
  // (a subclass's too)
  var self = new Error();
  Object.setPrototypeOf(self, getPrototypeOf(this));
  delete self.stackTrace;	// captureStack gives the caller's (the uncaught header reads it)
  if (message !== undefined)
    defineProperty(self, 'message', { value: String(message), writable: true, enumerable: false, configurable: true });
  captureStack(self, AggregateError);	// after the message: the stack's first line shows it
  if (options !== null && typeof options === 'object' && 'cause' in options)
    defineProperty(self, 'cause', { value: options.cause, writable: true, enumerable: false, configurable: true });
  var list = [];
  iterate(errors, function (e) { list.push(e); });
  defineProperty(self, 'errors', { value: list, writable: true, enumerable: false, configurable: true });
  return self;
}
AggregateError.prototype = Object.create(Error.prototype, {
  constructor: { value: AggregateError, writable: true, enumerable: false, configurable: true },
  name: { value: 'AggregateError', writable: true, enumerable: false, configurable: true },
  message: { value: '', writable: true, enumerable: false, configurable: true }
});

function notIterable(v) {
  var t = typeof v, what;
  if (v === undefined) what = 'undefined';
  else if (v === null) what = 'object null';
  else if (t === 'number' || t === 'boolean') what = t + ' ' + String(v);
  else what = t;
  return new TypeError(what + ' is not iterable (cannot read property Symbol(Symbol.iterator))');
}

// Calls fn(value) for each element of an iterable: arrays, array-likes, strings
// (by code point), objects with Symbol.iterator (if Symbol exists), iterators (next()).
function iterate(it, fn) {
  var i, n, c, step, iterator;
  if (isArray(it)) {
    for (i = 0; i < it.length; i++) fn(it[i]);
    return;
  }
  if (typeof it === 'string') {
    n = it.length;
    for (i = 0; i < n; i++) {
      c = it.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n) {
        c = it.charCodeAt(i + 1);
        if (c >= 0xDC00 && c <= 0xDFFF) {
          fn(it.substr(i, 2));
          i++;
          continue;
        }
      }
      fn(it.charAt(i));
    }
    return;
  }
  if (it === null || typeof it !== 'object') throw notIterable(it);
  var sym = typeof Symbol === 'function' ? Symbol.iterator : undefined;
  if (sym !== undefined && typeof it[sym] === 'function') iterator = it[sym]();
  else if (typeof it.next === 'function') iterator = it;
  else if (typeof it.length === 'number') {
    for (i = 0; i < it.length; i++) fn(it[i]);
    return;
  } else {
    throw notIterable(it);
  }
  if (iterator === null || typeof iterator !== 'object')
    throw new TypeError('Result of the Symbol.iterator method is not an object');
  for (;;) {
    step = iterator.next();
    if (step === null || typeof step !== 'object')
      throw new TypeError('Iterator result ' + noSideEffectsToString(step) + ' is not an object');
    if (step.done) return;
    try {
      fn(step.value);
    } catch (e) {
      if (typeof iterator['return'] === 'function') {
        try { iterator['return'](); } catch (e2) { /* the original error wins */ }
      }
      throw e;
    }
  }
}

// ---------------------------------------------------------------------------
// Promise

function Promise(executor) {
  // Also accepts ES5-style subclassing: Promise.call(this, executor) from a
  // constructor whose prototype inherits from Promise.prototype.
  if (!(this instanceof Promise) || hasOwnProperty.call(this, KEY))
    throw new TypeError("Promise constructor cannot be invoked without 'new'");
  if (typeof executor !== 'function')
    throw new TypeError('Promise resolver ' + noSideEffectsToString(executor) + ' is not a function');
  var rec = attachRecord(this);
  var done = false;
  try {
    executor(function (value) {
      if (done) { reportAfterResolved(kPromiseResolveAfterResolved, rec, value); return; }
      done = true;
      resolveRecord(rec, value);
    }, function (reason) {
      if (done) { reportAfterResolved(kPromiseRejectAfterResolved, rec, reason); return; }
      done = true;
      rejectRecord(rec, reason);
    });
  } catch (e) {
    if (done) { reportAfterResolved(kPromiseRejectAfterResolved, rec, e); return; }
    done = true;
    rejectRecord(rec, e);
  }
}

// Internal constructor for promises created by the runtime itself (no executor).
function NativePromise() {
  RECORD_DESC.value = { p: this, s: 0, v: void 0, rh: null, rt: null, h: false };
  defineProperty(this, '__leakscopePromise', RECORD_DESC);
  RECORD_DESC.value = null;
}
NativePromise.prototype = Promise.prototype;

function newPromise() {
  return new NativePromise();
}

// SpeciesConstructor(O, %Promise%) without Symbol.species: a constructor function is
// its own species (as Promise[@@species] returns `this`).
function speciesConstructor(o) {
  var C = o.constructor;
  if (C === undefined) return Promise;
  if (typeof C === 'function') {
    if (typeof Symbol === 'function' && Symbol.species !== undefined) {
      var S = C[Symbol.species];
      if (S === undefined || S === null) return Promise;
      if (typeof S !== 'function') throw new TypeError('object.constructor[Symbol.species] is not a constructor');
      return S;
    }
    return C;
  }
  if (C === null || typeof C !== 'object')
    throw new TypeError('The .constructor property is not an object');
  return Promise;
}

// NewPromiseCapability(C)
function newCapability(C) {
  if (typeof C !== 'function')
    throw new TypeError(noSideEffectsToString(C) + ' is not a constructor');
  var cap = { promise: undefined, resolve: undefined, reject: undefined };
  var promise = new C(function (resolve, reject) {
    if (cap.resolve !== undefined || cap.reject !== undefined)
      throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
    cap.resolve = resolve;
    cap.reject = reject;
  });
  if (typeof cap.resolve !== 'function' || typeof cap.reject !== 'function')
    throw new TypeError('Promise resolve or reject function is not callable');
  cap.promise = promise;
  return cap;
}

// A capability for %Promise% whose functions behave like the spec's resolving functions.
function nativeCapability() {
  var p = new NativePromise();
  var rec = p[KEY];
  var done = false;
  return {
    promise: p,
    resolve: function (value) {
      if (done) { reportAfterResolved(kPromiseResolveAfterResolved, rec, value); return; }
      done = true;
      resolveRecord(rec, value);
    },
    reject: function (reason) {
      if (done) { reportAfterResolved(kPromiseRejectAfterResolved, rec, reason); return; }
      done = true;
      rejectRecord(rec, reason);
    }
  };
}

function capabilityFor(C) {
  return C === Promise ? nativeCapability() : newCapability(C);
}

// PromiseResolve(C, x)
function promiseResolve(C, x) {
  if (getRecord(x) !== undefined && x.constructor === C) return x;
  if (C === Promise) {
    var p = new NativePromise();
    resolveRecord(p[KEY], x);
    return p;
  }
  var cap = newCapability(C);
  cap.resolve(x);
  return cap.promise;
}

function nativeThen(onFulfilled, onRejected) {
  var self = this;
  var rec;
  if (self === null || (typeof self !== 'object' && typeof self !== 'function') ||
      (rec = self.__leakscopePromise) === void 0 || rec.p !== self)
    throw new TypeError('Method Promise.prototype.then called on incompatible receiver ' +
                        noSideEffectsToString(self));
  var C = self.constructor;
  var result;
  if (C === Promise || C === void 0 || (C = speciesConstructor(self)) === Promise) {
    result = new NativePromise();
    performThen(rec, onFulfilled, onRejected, result.__leakscopePromise, null);
    return result;
  }
  var cap = newCapability(C);
  performThen(rec, onFulfilled, onRejected, null, cap);
  return cap.promise;
}

function isObject(x) {
  return x !== null && (typeof x === 'object' || typeof x === 'function');
}

defineProperty(Promise.prototype, 'then', {
  value: nativeThen, writable: true, enumerable: false, configurable: true
});

defineProperty(Promise.prototype, 'catch', {
  value: function (onRejected) {
    return this.then(undefined, onRejected);
  },
  writable: true, enumerable: false, configurable: true
});

defineProperty(Promise.prototype, 'finally', {
  value: function (onFinally) {
    var promise = this;
    if (!isObject(promise))
      throw new TypeError('Method Promise.prototype.finally called on incompatible receiver ' +
                          noSideEffectsToString(promise));
    var C = speciesConstructor(promise);
    var thenFinally, catchFinally;
    if (typeof onFinally !== 'function') {
      thenFinally = catchFinally = onFinally;
    } else {
      thenFinally = function (value) {
        var result = onFinally();
        return promiseResolve(C, result).then(function () { return value; });
      };
      catchFinally = function (reason) {
        var result = onFinally();
        return promiseResolve(C, result).then(function () { throw reason; });
      };
    }
    return promise.then(thenFinally, catchFinally);
  },
  writable: true, enumerable: false, configurable: true
});

defineProperty(Promise.prototype, 'constructor', {
  value: Promise, writable: true, enumerable: false, configurable: true
});

// Engines with Symbol: Promise[@@species] returns `this`, and the toStringTag.
if (typeof Symbol === 'function') {
  if (typeof Symbol.species === 'symbol') {
    defineProperty(Promise, Symbol.species, {
      get: function () { return this; }, enumerable: false, configurable: true
    });
  }
  if (typeof Symbol.toStringTag === 'symbol') {
    defineProperty(Promise.prototype, Symbol.toStringTag, {
      value: 'Promise', writable: false, enumerable: false, configurable: true
    });
  }
}

function staticMethod(name, fn) {
  defineProperty(Promise, name, { value: fn, writable: true, enumerable: false, configurable: true });
}

function requireObjectThis(C, what) {
  if (!isObject(C)) throw new TypeError(what + ' called on non-object');
}

staticMethod('resolve', function resolve(x) {
  requireObjectThis(this, 'PromiseResolve');
  return promiseResolve(this, x);
});

staticMethod('reject', function reject(r) {
  var C = this;
  requireObjectThis(C, 'PromiseReject');
  if (C === Promise) {
    var p = new NativePromise();
    rejectRecord(p[KEY], r);
    return p;
  }
  var cap = newCapability(C);
  cap.reject(r);
  return cap.promise;
});

function getPromiseResolve(C) {
  var fn = C.resolve;
  if (typeof fn !== 'function')
    throw new TypeError('Promise resolve or reject function is not callable');
  return fn;
}

// Invoke(next, 'then', f, r), with V8's shortcut for plain native promises: no
// throwaway derived promise (not observable).
function subscribe(next, onFulfilled, onRejected) {
  var rec = getRecord(next);
  if (rec !== undefined && next.then === nativeThen && next.constructor === Promise) {
    performThen(rec, onFulfilled, onRejected, null, null);
    return;
  }
  next.then(onFulfilled, onRejected);
}

function resolveNext(C, resolveFn, value) {
  if (resolveFn === promiseStaticResolve) return promiseResolve(C, value);
  return resolveFn.call(C, value);
}

var promiseStaticResolve = Promise.resolve;

// The shape Promise.all, allSettled and any share (the spec's Perform* algorithms): one
// result slot per element, filled by per-element functions that act once between them
// ([[AlreadyCalled]]), and a `remaining` count that starts at 1 so the result settles
// only after iteration has ended. `handlers(fill, cap)` returns the [onFulfilled,
// onRejected] pair to subscribe for one element; fill(x, map) stores map(x) in its slot.
function combine(C, iterable, handlers, finish) {
  var cap = capabilityFor(C);
  try {
    var resolveFn = getPromiseResolve(C);
    var results = [];
    var remaining = 1;
    iterate(iterable, function (value) {
      var i = results.length;
      var called = false;
      results.push(undefined);
      var next = resolveNext(C, resolveFn, value);
      remaining++;
      var h = handlers(function fill(x, map) {
        if (called) return;
        called = true;
        results[i] = map(x);
        if (--remaining === 0) finish(cap, results);
      }, cap);
      subscribe(next, h[0], h[1]);
    });
    if (--remaining === 0) finish(cap, results);
  } catch (e) {
    cap.reject(e);
  }
  return cap.promise;
}

function same(x) { return x; }
function fulfilledRecord(x) { return { status: 'fulfilled', value: x }; }
function rejectedRecord(x) { return { status: 'rejected', reason: x }; }
function resolveWith(cap, results) { cap.resolve(results); }

staticMethod('all', function all(iterable) {
  return combine(this, iterable, function (fill, cap) {
    return [function (x) { fill(x, same); }, cap.reject];
  }, resolveWith);
});

staticMethod('allSettled', function allSettled(iterable) {
  return combine(this, iterable, function (fill) {
    return [function (x) { fill(x, fulfilledRecord); }, function (x) { fill(x, rejectedRecord); }];
  }, resolveWith);
});

staticMethod('any', function any(iterable) {
  return combine(this, iterable, function (fill, cap) {
    return [cap.resolve, function (x) { fill(x, same); }];
  }, function (cap, errors) {
    cap.reject(new AggregateError(errors, 'All promises were rejected'));
  });
});

staticMethod('race', function race(iterable) {
  var C = this;
  var cap = capabilityFor(C);
  try {
    var resolveFn = getPromiseResolve(C);
    iterate(iterable, function (value) {
      subscribe(resolveNext(C, resolveFn, value), cap.resolve, cap.reject);
    });
  } catch (e) {
    cap.reject(e);
  }
  return cap.promise;
});

// ---------------------------------------------------------------------------
// Runtime-facing helpers

// await-style subscription: PromiseResolve(%Promise%, value) then a reaction with no
// derived promise (one tick for a native promise, as V8's await).
function performAwait(value, onFulfilled, onRejected) {
  var p = promiseResolve(Promise, value);
  performThen(p[KEY], onFulfilled, onRejected, null, null);
}

function resolvePromise(p, value) {
  var rec = getRecord(p);
  if (rec !== undefined && rec.s === 0) resolveRecord(rec, value);
}

function rejectPromise(p, reason) {
  var rec = getRecord(p);
  if (rec !== undefined && rec.s === 0) rejectRecord(rec, reason);
}

function promiseState(p) {
  var rec = getRecord(p);
  if (rec === undefined) return undefined;
  return { state: STATE_NAMES[rec.s], value: rec.v };
}

function getPromiseTag(p) {
  var rec = getRecord(p);
  return rec === undefined || !hasOwnProperty.call(rec, 't') ? undefined : rec.t;
}

function setPromiseTag(p, value) {
  var rec = getRecord(p);
  if (rec !== undefined) rec.t = value;
}

function markHandled(p) {
  var rec = getRecord(p);
  if (rec !== undefined) rec.h = true;
}

function setPromiseRejectCallback(fn) {
  rejectCallback = typeof fn === 'function' ? fn : null;
}

function setMicrotaskErrorHandler(fn) {
  onMicrotaskError = typeof fn === 'function' ? fn : function (err) { throw err; };
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function')
    throw require('internal/errors').invalidArgType('callback', 'function', callback);
  enqueue(callback);
}

// its methods are not constructors and have no 'prototype', as V8's (mujs patch 0122)
if (binding) {
  binding.nonConstructors(Promise);
  binding.nonConstructors(Promise.prototype);
}

exports.Promise = Promise;
exports.AggregateError = AggregateError;
exports.runMicrotasks = runMicrotasks;
exports.queueMicrotask = queueMicrotask;
exports.enqueueMicrotask = enqueue;
exports.hasMicrotasks = hasMicrotasks;
exports.setPromiseRejectCallback = setPromiseRejectCallback;
exports.setMicrotaskErrorHandler = setMicrotaskErrorHandler;
exports.promiseState = promiseState;
exports.isPromise = isPromise;
exports.newPromise = newPromise;
exports.resolvePromise = resolvePromise;
exports.rejectPromise = rejectPromise;
exports.performAwait = performAwait;
exports.markHandled = markHandled;
exports.getPromiseTag = getPromiseTag;
exports.setPromiseTag = setPromiseTag;
exports.noSideEffectsToString = noSideEffectsToString;
exports.captureStack = captureStack;
exports.kPromiseRejectWithNoHandler = kPromiseRejectWithNoHandler;
exports.kPromiseHandlerAddedAfterReject = kPromiseHandlerAddedAfterReject;
exports.kPromiseRejectAfterResolved = kPromiseRejectAfterResolved;
exports.kPromiseResolveAfterResolved = kPromiseResolveAfterResolved;

// Down-leveled async functions and generators (internal/generator, which es2015.js loads
// outside the module system) reach these through the binding.
if (binding) binding.promiseInternals = exports;

// The tick machinery (loaded first, by process) learns about promises only now: an app
// that never touches a Promise never compiles this file.
require('internal/tasks')._attachPromises(exports);
