// events — Node's `events` module (EventEmitter), in ES5 for mujs.
//
// This file is the body of `function (exports, require, module, binding) { ... }`.
// Node 20's lib/events.js is the reference; behaviour (call order, return values,
// warnings, error names/codes/messages) follows it. Differences forced by ES5 (no Symbol):
//   - errorMonitor is the string key 'events.errorMonitor', captureRejectionSymbol the
//     string key 'nodejs.rejection'.
//   - Node's per-instance symbols kCapture/kShapeMode are non-enumerable string-keyed own
//     properties ('events.kCapture', 'events.kShapeMode'), created only when true (or when
//     they were true before), so an ordinary emitter has exactly _events, _eventsCount and
//     _maxListeners. util.inspect still shows both, as [Symbol(shapeMode)] and
//     [Symbol(kCapture)], for an emitter that went through init (internal/inspect).
//   - EventEmitterAsyncResource is not provided.
// `process` is a global looked up only when needed (process is itself an EventEmitter
// made from this module).
//
// Start-up compiles this file (process is an EventEmitter), so it holds only the
// EventEmitter class. Errors are built by internal/errors, required only where one is
// thrown or a leak warning is written. The rarely used statics (once, on,
// addAbortListener, getEventListeners, getMaxListeners) live in internal/events_extra:
// EventEmitter holds a stub for each, with its name and length, that loads that module.
//
// Storage is Node's: this._events (null-prototype object), one listener stored as the
// function itself, two or more as an array; this._eventsCount; this._maxListeners.
//
// Instrumentation: binding.listenerTrace is undefined or an object { enabled, record }.
// While `enabled` is true, every change to an emitter's listeners calls
//   record(op, emitter, eventName, countAfter, listener)
// op is 1 for an add and 0 for a remove; eventName is the name as the caller gave it
// (a property key: 1 and '1' are the same event; removeAllListeners() reports the key
// strings of _events); listener is the function stored in _events (for once() the
// wrapper, whose .listener is the user's function); countAfter is that event's listener
// count right after the change. An add is recorded after 'newListener' was emitted and
// before any MaxListenersExceededWarning; a remove before 'removeListener' is emitted.
// removeAllListeners records one remove per listener, last first within each event.
'use strict';

// Without a trace bus, a stand-in that is never enabled keeps each check to one test.
var trace = binding ? binding.listenerTrace : undefined;
if (trace === undefined || trace === null) trace = { enabled: false };

var kErrorMonitor = 'events.errorMonitor';
var kRejection = 'nodejs.rejection';
var kCapture = 'events.kCapture';
var kShapeMode = 'events.kShapeMode';

var defaultMaxListeners = 10;
var captureRejectionsDefault = false;
// the same for the http messages' inline EventEmitter.init (lib/_http_incoming.js,
// lib/_http_outgoing.js), which take the plain path only while it is false
if (binding) binding.eventsCaptureRejections = false;

var ObjectCreate = Object.create;
var ObjectDefineProperty = Object.defineProperty;
var ObjectGetPrototypeOf = Object.getPrototypeOf;
var ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
var ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
var ArraySlice = Array.prototype.slice;

// Reflect.ownKeys: string keys, then symbol keys where the runtime has symbols.
function ownKeys(obj) {
  var keys = ObjectGetOwnPropertyNames(obj);
  if (ObjectGetOwnPropertySymbols !== undefined) {
    var syms = ObjectGetOwnPropertySymbols(obj);
    if (syms.length > 0) keys = keys.concat(syms);
  }
  return keys;
}

// One descriptor for every call (an EventEmitter made with preset _events, as every
// Readable is, comes here once): no object per call. Its values are booleans.
var hiddenDesc = { value: false, writable: true, enumerable: false, configurable: true };
function defineHidden(obj, key, value) {
  hiddenDesc.value = value;
  ObjectDefineProperty(obj, key, hiddenDesc);
}

// ---------------------------------------------------------------------------------------
// Errors

// A Node error built by internal/errors (loaded only when one is thrown), its stack
// header naming the code as Node's does. kind: invalidArgType, outOfRange or
// unhandledError; a, b, c are its arguments.
function nodeError(kind, a, b, c) {
  var errors = require('internal/errors');
  return errors.withCodeInStack(errors[kind](a, b, c));
}

function validateNumber(value, name, min) {
  if (typeof value !== 'number') throw nodeError('invalidArgType', name, 'number', value);
  if (value < min || value !== value) throw nodeError('outOfRange', name, '>= ' + min, value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw nodeError('invalidArgType', name, 'boolean', value);
}

// ---------------------------------------------------------------------------------------
// EventEmitter

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
module.exports = EventEmitter;
// Stubs for internal/events_extra's functions, with their names and lengths. Plain data
// properties rather than self-replacing accessors, so that property descriptors and
// console.log(require('events')) show what they did before the split.
EventEmitter.addAbortListener = function addAbortListener(signal, listener) {
  return require('internal/events_extra').addAbortListener.apply(this, arguments);
};
EventEmitter.once = function once(emitter, name) {
  return require('internal/events_extra').once.apply(this, arguments);
};
EventEmitter.on = function on(emitter, event) {
  return require('internal/events_extra').on.apply(this, arguments);
};
EventEmitter.getEventListeners = function getEventListeners(emitterOrTarget, type) {
  return require('internal/events_extra').getEventListeners.apply(this, arguments);
};
EventEmitter.getMaxListeners = function getMaxListeners(emitterOrTarget) {
  return require('internal/events_extra').getMaxListeners.apply(this, arguments);
};
// Backwards-compat with node 0.10.x
EventEmitter.EventEmitter = EventEmitter;

EventEmitter.usingDomains = false;

EventEmitter.captureRejectionSymbol = kRejection;
ObjectDefineProperty(EventEmitter, 'captureRejections', {
  get: function () {
    return captureRejectionsDefault;
  },
  set: function (value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    captureRejectionsDefault = value;
    if (binding) binding.eventsCaptureRejections = value;
  },
  enumerable: true
});

EventEmitter.errorMonitor = kErrorMonitor;

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

ObjectDefineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get: function () {
    return defaultMaxListeners;
  },
  set: function (arg) {
    validateNumber(arg, 'defaultMaxListeners', 0);
    defaultMaxListeners = arg;
  }
});

EventEmitter.setMaxListeners = function () {
  var n = arguments[0];
  if (n === undefined) n = defaultMaxListeners;
  validateNumber(n, 'setMaxListeners', 0);
  if (arguments.length <= 1) {
    defaultMaxListeners = n;
  } else {
    for (var i = 1; i < arguments.length; i++) {
      var target = arguments[i];
      if (typeof target.setMaxListeners === 'function') {
        target.setMaxListeners(n);
      } else if (require('internal/event_target').isEventTarget(target)) {
        require('internal/event_target').setMaxListeners(target, n);
      } else {
        throw nodeError('invalidArgType', 'eventTargets', ['EventEmitter', 'EventTarget'],
                        target);
      }
    }
  }
};

EventEmitter.init = function (opts) {
  if (this._events === undefined ||
      this._events === ObjectGetPrototypeOf(this)._events) {
    this._events = ObjectCreate(null);
    this._eventsCount = 0;
    if (this[kShapeMode]) defineHidden(this, kShapeMode, false);
  } else {
    defineHidden(this, kShapeMode, true);
  }

  this._maxListeners = this._maxListeners || undefined;

  var capture;
  if (opts !== null && opts !== undefined && opts.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    capture = true;
  } else {
    capture = captureRejectionsDefault;
  }
  if (capture || this[kCapture]) defineHidden(this, kCapture, capture);
};

function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  // Handle Promises/A+ spec, then could be a getter that throws on second use.
  try {
    var then = promise.then;
    if (typeof then === 'function') {
      var argv = ArraySlice.call(args, 1);
      then.call(promise, undefined, function (err) {
        // The callback is called with nextTick to avoid a follow-up rejection from
        // this promise.
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, argv);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection].apply(ee, [err, type].concat(args));
  } else {
    // Disable the capture rejections mechanism, otherwise we might loop forever.
    var prev = ee[kCapture];
    try {
      defineHidden(ee, kCapture, false);
      ee.emit('error', err);
    } finally {
      defineHidden(ee, kCapture, prev);
    }
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  if (that._maxListeners === undefined) return defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

// 'error' with no listener: throw, as Node does. `args` is emit's arguments object.
function throwUnhandledError(args) {
  var er;
  if (args.length > 1) er = args[1];
  if (er instanceof Error) {
    throw er; // Unhandled 'error' event
  }
  var stringifiedEr;
  try {
    stringifiedEr = require('internal/errors').inspectValue(er);
  } catch (e) {
    stringifiedEr = er;
  }
  var err = nodeError('unhandledError', stringifiedEr);
  err.context = er;
  throw err; // Unhandled 'error' event
}

function emitErrorMonitor(self, args) {
  var a = [kErrorMonitor];
  for (var i = 1; i < args.length; i++) a.push(args[i]);
  self.emit.apply(self, a);
}

// In mujs a function that mentions `arguments` (or has a closure or a try/catch) keeps
// every variable in a heap-allocated environment, while one without them (emitImpl)
// keeps them on the stack. So emit() handles only the commonest case itself, with a
// single variable, and hands everything else to emitImpl.
EventEmitter.prototype.emit = function emit(type) {
  // `handler` is reused for the listener's return value: one variable less for mujs.
  var handler;
  if (type !== 'error' && this._events !== undefined) {
    handler = this._events[type];
    if (handler === undefined) return false;
    if (typeof handler === 'function') {
      switch (arguments.length) {
        case 0:
        case 1: handler = handler.call(this); break;
        case 2: handler = handler.call(this, arguments[1]); break;
        case 3: handler = handler.call(this, arguments[1], arguments[2]); break;
        case 4: handler = handler.call(this, arguments[1], arguments[2], arguments[3]); break;
        default: return emitImpl(this, type, arguments);
      }
      if (handler !== undefined && handler !== null) addCatch(this, handler, type, arguments);
      return true;
    }
  }
  return emitImpl(this, type, arguments);
};

function emitImpl(self, type, args) {
  var events = self._events;
  if (type === 'error') {
    if (events === undefined) throwUnhandledError(args);
    if (events[kErrorMonitor] !== undefined) emitErrorMonitor(self, args);
    if (events.error === undefined) throwUnhandledError(args);
  } else if (events === undefined) {
    return false;
  }

  var handler = events[type];
  if (handler === undefined) return false;

  // Listeners get exactly the arguments given to emit (arguments.length included).
  var len = args.length;
  var result;
  if (typeof handler === 'function') {
    switch (len) {
      case 0:
      case 1: result = handler.call(self); break;
      case 2: result = handler.call(self, args[1]); break;
      case 3: result = handler.call(self, args[1], args[2]); break;
      case 4: result = handler.call(self, args[1], args[2], args[3]); break;
      default: result = handler.apply(self, ArraySlice.call(args, 1));
    }
    if (result !== undefined && result !== null) addCatch(self, result, type, args);
  } else {
    // Copy first, so listeners added or removed during this emit don't change who is
    // called now.
    var n = handler.length;
    var listeners = arrayClone(handler);
    var rest;
    if (len > 4) rest = ArraySlice.call(args, 1);
    for (var i = 0; i < n; ++i) {
      var fn = listeners[i];
      switch (len) {
        case 0:
        case 1: result = fn.call(self); break;
        case 2: result = fn.call(self, args[1]); break;
        case 3: result = fn.call(self, args[1], args[2]); break;
        case 4: result = fn.call(self, args[1], args[2], args[3]); break;
        default: result = fn.apply(self, rest);
      }
      if (result !== undefined && result !== null) addCatch(self, result, type, args);
    }
  }
  return true;
}

function invalidListener(listener) {
  return nodeError('invalidArgType', 'listener', 'Function', listener);
}

function _addListener(target, type, listener, prepend) {
  if (typeof listener !== 'function') throw invalidListener(listener);

  var events = target._events;
  var existing;
  var count;
  if (events === undefined) {
    events = target._events = ObjectCreate(null);
    target._eventsCount = 0;
  } else {
    // To avoid recursion in the case that type === "newListener", emit "newListener"
    // before adding the listener.
    if (events.newListener !== undefined) {
      var orig = listener.listener;
      target.emit('newListener', type,
                  orig !== undefined && orig !== null ? orig : listener);
      // A newListener handler could have replaced target._events.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    // Optimize the case of one listener. Don't need the extra array object.
    events[type] = listener;
    ++target._eventsCount;
    if (trace.enabled) trace.record(1, target, type, 1, listener);
  } else {
    if (typeof existing === 'function') {
      // Adding the second element, need to change to array.
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    count = existing.length;
    if (trace.enabled) trace.record(1, target, type, count, listener);

    // Check for listener leak
    var m = _getMaxListeners(target);
    if (m > 0 && count > m && !existing.warned) {
      existing.warned = true;
      leakWarning(target, type, count, m);
    }
  }

  return target;
}

function leakWarning(target, type, count, m) {
  // No error code for this since it is a Warning
  var w = new Error('Possible EventEmitter memory leak detected. ' + count + ' ' +
                    String(type) + ' listeners added to ' +
                    require('internal/errors').inspectShallow(target) +
                    '. MaxListeners is ' + m + '. Use emitter.setMaxListeners() to ' +
                    'increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.emitter = target;
  w.type = type;
  w.count = count;
  if (typeof process !== 'undefined' && process !== null &&
      typeof process.emitWarning === 'function') {
    process.emitWarning(w);
  }
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

// Node's shape: the wrapper is onceWrapper bound to its state, so its name is
// 'bound onceWrapper' (visible through rawListeners()).
function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    switch (arguments.length) {
      case 0: return this.listener.call(this.target);
      case 1: return this.listener.call(this.target, arguments[0]);
      case 2: return this.listener.call(this.target, arguments[0], arguments[1]);
      default: return this.listener.apply(this.target, arguments);
    }
  }
}

function _onceWrap(target, type, listener) {
  var state = { fired: false, wrapFn: undefined, target: target, type: type, listener: listener };
  var wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  if (typeof listener !== 'function') throw invalidListener(listener);
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  if (typeof listener !== 'function') throw invalidListener(listener);
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  if (typeof listener !== 'function') throw invalidListener(listener);

  var events = this._events;
  if (events === undefined) return this;
  var list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;

    var notify = false;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = ObjectCreate(null);
    } else {
      delete events[type];
      notify = events.removeListener ? true : false;
    }
    if (trace.enabled) trace.record(0, this, type, 0, list);
    if (notify) this.emit('removeListener', type, list.listener || listener);
  } else if (typeof list !== 'function') {
    var position = -1;

    for (var i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }

    if (position < 0) return this;

    var removed = list[position];
    if (position === 0) {
      list.shift();
    } else {
      // spliceOne
      for (; position + 1 < list.length; position++) list[position] = list[position + 1];
      list.pop();
    }

    if (list.length === 1) events[type] = list[0];

    if (trace.enabled) trace.record(0, this, type, list.length, removed);
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }

  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

// Tracing only: report every listener of `value` (stored function or array) as removed,
// last first, with the count left after each.
function traceRemoveAll(self, type, value) {
  if (typeof value === 'function') {
    trace.record(0, self, type, 0, value);
  } else if (value !== undefined && value !== null) {
    for (var i = value.length - 1; i >= 0; i--) trace.record(0, self, type, i, value[i]);
  }
}

function traceRemoveAllEvents(self, events) {
  if (events === undefined || events === null) return;
  var keys = ownKeys(events);
  for (var k = 0; k < keys.length; k++) traceRemoveAll(self, keys[k], events[keys[k]]);
}

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  var events = this._events;
  if (events === undefined) return this;

  // Not listening for removeListener, no need to emit
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = ObjectCreate(null);
      this._eventsCount = 0;
      if (trace.enabled) traceRemoveAllEvents(this, events);
    } else if (events[type] !== undefined) {
      var old = events[type];
      if (--this._eventsCount === 0) this._events = ObjectCreate(null);
      else delete events[type];
      if (trace.enabled) traceRemoveAll(this, type, old);
    }
    if (this[kShapeMode]) defineHidden(this, kShapeMode, false);
    return this;
  }

  // Emit removeListener for all listeners on all events
  if (arguments.length === 0) {
    var names = ownKeys(events);
    for (var i = 0; i < names.length; i++) {
      var key = names[i];
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    // 'removeListener' handlers may have added listeners meanwhile; they go too.
    if (trace.enabled) traceRemoveAllEvents(this, this._events);
    this._events = ObjectCreate(null);
    this._eventsCount = 0;
    if (this[kShapeMode]) defineHidden(this, kShapeMode, false);
    return this;
  }

  var listeners = events[type];

  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // LIFO order
    for (var j = listeners.length - 1; j >= 0; j--) {
      this.removeListener(type, listeners[j]);
    }
  }

  return this;
};

function _listeners(target, type, unwrap) {
  var events = target._events;
  if (events === undefined) return [];
  var evlistener = events[type];
  if (evlistener === undefined) return [];

  if (typeof evlistener === 'function') {
    return unwrap ? [evlistener.listener || evlistener] : [evlistener];
  }

  return unwrap ? unwrapListeners(evlistener) : arrayClone(evlistener);
}

EventEmitter.prototype.listeners = function listeners(type) {
  return _listeners(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return _listeners(this, type, false);
};

EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') {
    return emitter.listenerCount(type);
  }
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.listenerCount = listenerCount;

function listenerCount(type, listener) {
  var events = this._events;

  if (events !== undefined) {
    var evlistener = events[type];

    if (typeof evlistener === 'function') {
      if (listener !== null && listener !== undefined) {
        return listener === evlistener || listener === evlistener.listener ? 1 : 0;
      }
      return 1;
    } else if (evlistener !== undefined) {
      if (listener !== null && listener !== undefined) {
        var matching = 0;
        for (var i = 0, l = evlistener.length; i < l; i++) {
          if (evlistener[i] === listener || evlistener[i].listener === listener) matching++;
        }
        return matching;
      }
      return evlistener.length;
    }
  }

  return 0;
}

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? ownKeys(this._events) : [];
};

function arrayClone(arr) {
  switch (arr.length) {
    case 2: return [arr[0], arr[1]];
    case 3: return [arr[0], arr[1], arr[2]];
    case 4: return [arr[0], arr[1], arr[2], arr[3]];
  }
  return ArraySlice.call(arr);
}

function unwrapListeners(arr) {
  var ret = arrayClone(arr);
  for (var i = 0; i < ret.length; ++i) {
    var orig = ret[i].listener;
    if (typeof orig === 'function') ret[i] = orig;
  }
  return ret;
}
