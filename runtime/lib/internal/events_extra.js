// internal/events_extra — the rarely used statics of `events`: once, on (the async
// iterator), addAbortListener, getEventListeners and getMaxListeners, with their helpers.
//
// This file is the body of `function (exports, require, module, binding) { ... }`, in ES5
// for mujs. events.js installs a stub for each export on EventEmitter and loads this
// module on the first call of one, so start-up does not compile it. Behaviour follows
// Node 20's lib/events.js, as described at the top of events.js.
'use strict';

var EventEmitter = require('events');

var ObjectCreate = Object.create;
var ObjectDefineProperty = Object.defineProperty;
var ArraySlice = Array.prototype.slice;
var MAX_SAFE_INTEGER = 9007199254740991;

function defineHidden(obj, key, value) {
  ObjectDefineProperty(obj, key, {
    value: value, writable: true, enumerable: false, configurable: true
  });
}

// A Node error built by internal/errors (loaded only when one is thrown), its stack
// header naming the code as Node's does. kind: invalidArgType or outOfRange.
function nodeError(kind, a, b, c) {
  var errors = require('internal/errors');
  return errors.withCodeInStack(errors[kind](a, b, c));
}

function AbortError(message, options) {
  if (message === undefined) message = 'The operation was aborted';
  if (options !== undefined && typeof options !== 'object') {
    throw nodeError('invalidArgType', 'options', 'Object', options);
  }
  var err = new Error(message);
  if (options !== null && options !== undefined && 'cause' in options) {
    defineHidden(err, 'cause', options.cause);
  }
  err.code = 'ABORT_ERR';
  err.name = 'AbortError';
  return err;
}

function validateInteger(value, name, min, max) {
  if (typeof value !== 'number') throw nodeError('invalidArgType', name, 'number', value);
  if (!isFinite(value) || Math.floor(value) !== value) {
    throw nodeError('outOfRange', name, 'an integer', value);
  }
  if (value < min || value > max) {
    throw nodeError('outOfRange', name, '>= ' + min + ' && <= ' + max, value);
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw nodeError('invalidArgType', name, 'Function', value);
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw nodeError('invalidArgType', name, 'AbortSignal', signal);
  }
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  var et = require('internal/event_target');
  if (et.isEventTarget(emitterOrTarget)) return et.getListeners(emitterOrTarget, type);
  throw nodeError('invalidArgType', 'emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget !== null && emitterOrTarget !== undefined &&
      typeof emitterOrTarget.getMaxListeners === 'function') {
    if (emitterOrTarget._maxListeners === undefined) return EventEmitter.defaultMaxListeners;
    return emitterOrTarget._maxListeners;
  }
  var et = require('internal/event_target');
  if (et.isEventTarget(emitterOrTarget)) return et.getMaxListeners(emitterOrTarget);
  throw nodeError('invalidArgType', 'emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function symbolFor(name) {
  return typeof Symbol === 'function' ? Symbol[name] : undefined;
}

function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw nodeError('invalidArgType', 'signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  var removeEventListener;
  if (signal.aborted) {
    Promise.resolve().then(function () {
      listener();
    });
  } else {
    signal.addEventListener('abort', listener, { once: true });
    removeEventListener = function () {
      signal.removeEventListener('abort', listener);
    };
  }
  var disposable = ObjectCreate(null);
  var dispose = function () {
    if (removeEventListener !== undefined) removeEventListener();
  };
  var sym = symbolFor('dispose');
  if (sym !== undefined) disposable[sym] = dispose;
  return disposable;
}

function eventTargetAgnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw nodeError('invalidArgType', 'emitter', 'EventEmitter', emitter);
  }
}

function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags !== undefined && flags !== null && flags.once) {
      emitter.once(name, listener);
    } else {
      emitter.on(name, listener);
    }
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw nodeError('invalidArgType', 'emitter', 'EventEmitter', emitter);
  }
}

// events.once(emitter, name[, options]): Node's is an async function; the outer promise
// adopting the inner one reproduces its microtask timing.
function once(emitter, name) {
  var options = arguments[2];
  if (options === undefined) options = {};
  var signal;
  try {
    signal = options === null ? undefined : options.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal !== null && signal !== undefined && signal.aborted) {
      throw AbortError(undefined, { cause: signal.reason });
    }
  } catch (e) {
    return Promise.reject(e);
  }
  var inner = new Promise(function (resolve, reject) {
    var errorListener = function (err) {
      emitter.removeListener(name, resolver);
      if (signal !== null && signal !== undefined) {
        eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      }
      reject(err);
    };
    var resolver = function () {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal !== null && signal !== undefined) {
        eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      }
      resolve(ArraySlice.call(arguments));
    };
    var abortListener = function () {
      eventTargetAgnosticRemoveListener(emitter, name, resolver);
      eventTargetAgnosticRemoveListener(emitter, 'error', errorListener);
      reject(AbortError(undefined, { cause: signal === null || signal === undefined ?
                                                undefined : signal.reason }));
    };

    eventTargetAgnosticAddListener(emitter, name, resolver, { once: true });
    if (name !== 'error' && typeof emitter.once === 'function') {
      // EventTarget does not have `error` event semantics like Node EventEmitters;
      // listen to `error` events only on EventEmitters.
      emitter.once('error', errorListener);
    }
    if (signal !== null && signal !== undefined) {
      eventTargetAgnosticAddListener(signal, 'abort', abortListener, { once: true });
    }
  });
  return new Promise(function (resolve) {
    resolve(inner);
  });
}

function createIterResult(value, done) {
  return { value: value, done: done };
}

// A first-in first-out queue (Node uses internal/fixed_queue).
function Queue() {
  this.items = [];
  this.head = 0;
}
Queue.prototype.isEmpty = function () {
  return this.head === this.items.length;
};
Queue.prototype.push = function (v) {
  this.items.push(v);
};
Queue.prototype.shift = function () {
  var v = this.items[this.head];
  this.items[this.head] = undefined;
  this.head++;
  if (this.head === this.items.length) {
    this.items = [];
    this.head = 0;
  }
  return v;
};

// events.on(emitter, event[, options]): an async iterator of event argument arrays.
// It gets [Symbol.asyncIterator] only where the runtime has Symbol.asyncIterator.
function on(emitter, event) {
  var options = arguments[2];
  if (options === undefined) options = {};
  var signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal !== null && signal !== undefined && signal.aborted) {
    throw AbortError(undefined, { cause: signal.reason });
  }
  var highWatermark = options.highWaterMark;
  if (highWatermark === undefined || highWatermark === null) highWatermark = options.highWatermark;
  if (highWatermark === undefined || highWatermark === null) highWatermark = MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1, MAX_SAFE_INTEGER);
  var lowWatermark = options.lowWaterMark;
  if (lowWatermark === undefined || lowWatermark === null) lowWatermark = options.lowWatermark;
  if (lowWatermark === undefined || lowWatermark === null) lowWatermark = 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1, MAX_SAFE_INTEGER);

  var unconsumedEvents = new Queue();
  var unconsumedPromises = new Queue();
  var paused = false;
  var error = null;
  var finished = false;
  var size = 0;
  var abortListenerDisposable = null;
  var registered = [];

  var iterator = {
    next: function () {
      // First, we consume all unread events
      if (size) {
        var value = unconsumedEvents.shift();
        size--;
        if (paused && size < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(createIterResult(value, false));
      }

      // Then we error, if an error happened. This happens one time if at all, because
      // after 'error' we stop listening.
      if (error) {
        var p = Promise.reject(error);
        error = null;
        return p;
      }

      // If the iterator is finished, resolve to done
      if (finished) return closeHandler();

      // Wait until an event happens
      return new Promise(function (resolve, reject) {
        unconsumedPromises.push({ resolve: resolve, reject: reject });
      });
    },

    'return': function () {
      return closeHandler();
    },

    'throw': function (err) {
      if (!err || !(err instanceof Error)) {
        throw nodeError('invalidArgType', 'EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    }
  };
  var asyncIteratorSym = symbolFor('asyncIterator');
  if (asyncIteratorSym !== undefined) {
    iterator[asyncIteratorSym] = function () {
      return this;
    };
  }

  addListener(emitter, event, function () {
    return eventHandler(ArraySlice.call(arguments));
  });
  if (event !== 'error' && typeof emitter.on === 'function') {
    addListener(emitter, 'error', errorHandler);
  }
  var closeEvents = options.close;
  if (closeEvents && closeEvents.length) {
    for (var i = 0; i < closeEvents.length; i++) {
      addListener(emitter, closeEvents[i], closeHandler);
    }
  }

  if (signal) abortListenerDisposable = addAbortListener(signal, abortListener);

  return iterator;

  function addListener(target, name, handler) {
    eventTargetAgnosticAddListener(target, name, handler);
    registered.push([target, name, handler]);
  }

  function removeAll() {
    while (registered.length > 0) {
      var r = registered.pop();
      eventTargetAgnosticRemoveListener(r[0], r[1], r[2]);
    }
  }

  function abortListener() {
    errorHandler(AbortError(undefined, { cause: signal ? signal.reason : undefined }));
  }

  function eventHandler(value) {
    if (unconsumedPromises.isEmpty()) {
      size++;
      if (!paused && size > highWatermark) {
        paused = true;
        emitter.pause();
      }
      unconsumedEvents.push(value);
    } else {
      unconsumedPromises.shift().resolve(createIterResult(value, false));
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.isEmpty()) error = err;
    else unconsumedPromises.shift().reject(err);

    closeHandler();
  }

  function closeHandler() {
    if (abortListenerDisposable !== null) {
      var sym = symbolFor('dispose');
      if (sym !== undefined && abortListenerDisposable[sym]) abortListenerDisposable[sym]();
      abortListenerDisposable = null;
    }
    removeAll();
    finished = true;
    var doneResult = createIterResult(undefined, true);
    while (!unconsumedPromises.isEmpty()) {
      unconsumedPromises.shift().resolve(doneResult);
    }

    return Promise.resolve(doneResult);
  }
}

exports.once = once;
exports.on = on;
exports.addAbortListener = addAbortListener;
exports.getEventListeners = getEventListeners;
exports.getMaxListeners = getMaxListeners;
