// internal/abort_controller — AbortController and AbortSignal as Node 20 has them
// (lib/internal/abort_controller.js), in ES5, on internal/event_target.
//
// signal.abort(reason): once only; the default reason is a DOMException AbortError
// ('This operation was aborted', code 20). The 'abort' event is trusted and reaches the
// listeners in registration order, onabort at the place it was first assigned; then
// the signals made by AbortSignal.any() from this one abort with the same reason.
// AbortSignal.timeout(ms) aborts with a TimeoutError DOMException from an unref'd timer,
// so a pending timeout never keeps the process alive.
//
// Lifetimes as Node's: a source signal holds the signals AbortSignal.any() made from it
// only through WeakRefs (a FinalizationRegistry drops a collected one from its sources'
// lists), except that a dependent with an 'abort' listener of its own (not a `signal`
// option's weak one) is kept until it aborts or loses its listeners (Node's
// gcPersistentSignals). A dependent that aborts is dropped from its sources' lists.
// Unlike Node, a timeout's timer holds its signal until it fires.
'use strict';

var errors = require('internal/errors');
var et = require('internal/event_target');
var EventTarget = et.EventTarget;
var Event = et.Event;
var DOMException = require('internal/domexception');

var kSignal = '__abortSignal';
var constructing = false;

function hide(obj, key, value) {
  Object.defineProperty(obj, key, {
    value: value, writable: true, enumerable: false, configurable: true
  });
}

function deeper(options) {
  var opts = {};
  for (var k in options)
    opts[k] = options[k];
  opts.depth = options.depth === null ? null : options.depth - 1;
  return opts;
}

function invalidThis(type) {
  return errors.makeNodeError(TypeError, 'ERR_INVALID_THIS',
    'Value of "this" must be of type ' + type);
}

function AbortSignal() {
  if (!constructing)
    throw errors.makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  EventTarget.call(this);
  hide(this, kSignal, {
    aborted: false,
    reason: undefined,
    onabort: null,		// the onabort wrapper listener, once assigned
    handler: null,		// what onabort holds
    dependents: null,	// WeakRefs to the signals made by any() from this one
    sources: null		// for a signal made by any(): its sources
  });
  et.targetState(this).watch = watchListeners;
}

// any()'s signals with 'abort' listeners, kept alive while they can still abort
var persistent = null;
function watchListeners(signal, type, count, weak) {
  if (type !== 'abort')
    return;
  var s = signal[kSignal];
  if (count === 0) {
    if (persistent !== null)
      persistent.delete(signal);
  } else if (count === 1 && !weak && !s.aborted && s.sources !== null && s.sources.length > 0) {
    if (persistent === null)
      persistent = new Set();
    persistent.add(signal);
  }
}

// Drops a collected dependent's WeakRef from its sources' lists.
var dependentRegistry = null;
function dropDependent(held) {
  for (var i = 0; i < held.sources.length; i++) {
    var d = held.sources[i][kSignal].dependents;
    var k = d === null ? -1 : d.indexOf(held.ref);
    if (k >= 0)
      d.splice(k, 1);
  }
}
AbortSignal.prototype = Object.create(EventTarget.prototype, {
  constructor: { value: AbortSignal, writable: true, configurable: true }
});

function newSignal() {
  constructing = true;
  try {
    return new AbortSignal();
  } finally {
    constructing = false;
  }
}

function st(self) {
  var s = self !== null && typeof self === 'object' ? self[kSignal] : undefined;
  if (s === undefined)
    throw invalidThis('AbortSignal');
  return s;
}

function isAbortSignal(obj) {
  return obj !== null && typeof obj === 'object' && obj[kSignal] !== undefined;
}

function defaultReason() {
  return new DOMException('This operation was aborted', 'AbortError');
}

function abortSignal(signal, reason) {
  var s = signal[kSignal];
  if (s.aborted)
    return;
  s.aborted = true;
  s.reason = reason;
  if (persistent !== null)
    persistent.delete(signal);
  if (s.sources !== null) {
    for (var i = 0; i < s.sources.length; i++) {
      var d = s.sources[i][kSignal].dependents;
      for (var k = 0; d !== null && k < d.length; k++) {
        if (d[k].deref() === signal) {
          d.splice(k, 1);
          break;
        }
      }
    }
    s.sources = null;
    if (dependentRegistry !== null)
      dependentRegistry.unregister(signal);
  }
  var event = new Event('abort');
  var es = et.eventState(event);
  es.trusted = true;
  et.dispatch(signal, et.targetState(signal), 'abort', event, es);
  var deps = s.dependents;
  s.dependents = null;
  if (deps !== null) {
    for (var j = 0; j < deps.length; j++) {
      var dep = deps[j].deref();
      if (dep !== undefined)
        abortSignal(dep, reason);
    }
  }
}

var P = AbortSignal.prototype;
Object.defineProperty(P, 'aborted', {
  get: function () { return st(this).aborted; }, enumerable: true, configurable: true
});
Object.defineProperty(P, 'reason', {
  get: function () { return st(this).reason; }, enumerable: true, configurable: true
});
Object.defineProperty(P, 'throwIfAborted', {
  value: function throwIfAborted() {
    var s = st(this);
    if (s.aborted)
      throw s.reason;
  },
  writable: true, enumerable: true, configurable: true
});
Object.defineProperty(P, 'onabort', {
  get: function () { return st(this).handler; },
  set: function (value) {
    var s = st(this);
    if (value === null || value === undefined ||
        (typeof value !== 'object' && typeof value !== 'function')) {
      if (s.onabort !== null && value === null) {
        this.removeEventListener('abort', s.onabort);
        s.onabort = null;
      }
      s.handler = value === undefined ? null : value;
      return;
    }
    s.handler = value;
    if (s.onabort === null) {
      var self = this;
      s.onabort = function (event) {
        var h = s.handler;
        if (typeof h === 'function')
          return h.call(self, event);
      };
      this.addEventListener('abort', s.onabort);
    }
  },
  enumerable: true, configurable: true
});
Object.defineProperty(P, 'nodejs.util.inspect.custom', {
  value: function (depth, options, inspect) {
    if (depth < 0)
      return '[AbortSignal]';
    return 'AbortSignal ' + inspect({ aborted: st(this).aborted }, deeper(options));
  },
  writable: true, enumerable: false, configurable: true
});

AbortSignal.abort = function abort(reason) {
  var signal = newSignal();
  var s = signal[kSignal];
  s.aborted = true;
  s.reason = reason === undefined ? defaultReason() : reason;
  return signal;
};

AbortSignal.timeout = function timeout(delay) {
  if (typeof delay !== 'number')
    throw errors.invalidArgType('delay', 'number', delay);
  if (Math.floor(delay) !== delay)
    throw errors.outOfRange('delay', 'an integer', delay);
  if (delay < 0 || delay > 4294967295)
    throw errors.outOfRange('delay', '>= 0 && <= 4294967295', delay);
  var signal = newSignal();
  var timer = require('internal/timers').setTimeout(function () {
    abortSignal(signal, new DOMException('The operation was aborted due to timeout',
      'TimeoutError'));
  }, delay);
  timer.unref();
  return signal;
};

AbortSignal.any = function any(signals) {
  if (!Array.isArray(signals))
    throw errors.invalidArgType('signals', 'Array', signals);
  var i;
  for (i = 0; i < signals.length; i++) {
    if (!isAbortSignal(signals[i]))
      throw errors.invalidArgType('signals[' + i + ']', 'AbortSignal', signals[i]);
  }
  var result = newSignal();
  var rs = result[kSignal];
  for (i = 0; i < signals.length; i++) {
    var s = signals[i][kSignal];
    if (s.aborted) {
      rs.aborted = true;
      rs.reason = s.reason;
      return result;
    }
  }
  // A signal made by any() is followed through its own sources, as in Node.
  var sources = [];
  for (i = 0; i < signals.length; i++) {
    var ss = signals[i][kSignal];
    var list = ss.sources !== null ? ss.sources : [signals[i]];
    for (var j = 0; j < list.length; j++) {
      if (sources.indexOf(list[j]) < 0)
        sources.push(list[j]);
    }
  }
  rs.sources = sources;
  var ref = new WeakRef(result);
  for (i = 0; i < sources.length; i++) {
    var src = sources[i][kSignal];
    if (src.dependents === null)
      src.dependents = [];
    src.dependents.push(ref);
  }
  if (dependentRegistry === null)
    dependentRegistry = new FinalizationRegistry(dropDependent);
  dependentRegistry.register(result, { sources: sources, ref: ref }, result);
  return result;
};

function AbortController() {
  hide(this, '__abortController', newSignal());
}

function signalOf(self) {
  var s = self !== null && typeof self === 'object' ? self.__abortController : undefined;
  if (s === undefined)
    throw invalidThis('AbortController');
  return s;
}

Object.defineProperty(AbortController.prototype, 'signal', {
  get: function () { return signalOf(this); }, enumerable: true, configurable: true
});
Object.defineProperty(AbortController.prototype, 'abort', {
  value: function abort(reason) {
    abortSignal(signalOf(this), reason === undefined ? defaultReason() : reason);
  },
  writable: true, enumerable: true, configurable: true
});
Object.defineProperty(AbortController.prototype, 'nodejs.util.inspect.custom', {
  value: function (depth, options, inspect) {
    if (depth < 0)
      return '[AbortController]';
    return 'AbortController ' + inspect({ signal: signalOf(this) }, deeper(options));
  },
  writable: true, enumerable: false, configurable: true
});

// Symbol.toStringTag of each class, as Node's ([object AbortController]): the Symbol shim's key
[AbortController, AbortSignal].forEach(function (C) {
  Object.defineProperty(C.prototype, '\x01Symbol(Symbol.toStringTag)', {
    value: C.name, writable: false, enumerable: false, configurable: true
  });
});
exports.AbortController = AbortController;
exports.AbortSignal = AbortSignal;
exports.isAbortSignal = isAbortSignal;
exports.abortSignal = abortSignal;
