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
//     _maxListeners.
//   - EventTarget targets are not supported by the static helpers; EventEmitterAsyncResource
//     is not provided.
// `process` and `Promise` are globals looked up only when needed (process is itself an
// EventEmitter made from this module); require('internal/inspect') is loaded lazily, only
// to describe an object passed to emit('error') without a listener.
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

var ObjectCreate = Object.create;
var ObjectDefineProperty = Object.defineProperty;
var ObjectGetPrototypeOf = Object.getPrototypeOf;
var ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
var ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
var ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
var ArraySlice = Array.prototype.slice;
var FunctionToString = Function.prototype.toString;
var MAX_SAFE_INTEGER = 9007199254740991;
var MIN_SAFE_INTEGER = -9007199254740991;

// Reflect.ownKeys: string keys, then symbol keys where the runtime has symbols.
function ownKeys(obj) {
  var keys = ObjectGetOwnPropertyNames(obj);
  if (ObjectGetOwnPropertySymbols !== undefined) {
    var syms = ObjectGetOwnPropertySymbols(obj);
    if (syms.length > 0) keys = keys.concat(syms);
  }
  return keys;
}

function defineHidden(obj, key, value) {
  ObjectDefineProperty(obj, key, {
    value: value, writable: true, enumerable: false, configurable: true
  });
}

// ---------------------------------------------------------------------------------------
// Errors (the subset of Node's internal/errors this module needs)

var inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) {
    var m = require('internal/inspect');
    inspectModule = typeof m === 'function' ? m : m.inspect;
  }
  return inspectModule;
}

var strMeta = [
  '\\x00', '\\x01', '\\x02', '\\x03', '\\x04', '\\x05', '\\x06', '\\x07',
  '\\b', '\\t', '\\n', '\\x0B', '\\f', '\\r', '\\x0E', '\\x0F',
  '\\x10', '\\x11', '\\x12', '\\x13', '\\x14', '\\x15', '\\x16', '\\x17',
  '\\x18', '\\x19', '\\x1A', '\\x1B', '\\x1C', '\\x1D', '\\x1E', '\\x1F'
];

function hex2(n) {
  var s = n.toString(16).toUpperCase();
  return s.length < 2 ? '0' + s : s;
}

// util.inspect's strEscape: quote choice and escapes.
function strEscape(str) {
  var quote = 39; // '
  if (str.indexOf("'") !== -1) {
    if (str.indexOf('"') === -1) quote = -1;
    else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) quote = -2;
  }
  var result = '';
  var last = 0;
  for (var i = 0; i < str.length; i++) {
    var point = str.charCodeAt(i);
    var esc = null;
    if (point === quote) esc = "\\'";
    else if (point === 92) esc = '\\\\';
    else if (point < 32) esc = strMeta[point];
    else if (point > 126 && point < 160) esc = '\\x' + hex2(point);
    else if (point >= 0xd800 && point <= 0xdfff) {
      if (point <= 0xdbff && i + 1 < str.length) {
        var next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      esc = '\\u' + point.toString(16);
    }
    if (esc !== null) {
      result += str.slice(last, i) + esc;
      last = i + 1;
    }
  }
  if (last !== str.length) result += str.slice(last);
  if (quote === -1) return '"' + result + '"';
  if (quote === -2) return '`' + result + '`';
  return "'" + result + "'";
}

// util.inspect(value) for primitives, with default options.
function inspectString(value) {
  var trailer = '';
  if (value.length > 10000) {
    var remaining = value.length - 10000;
    value = value.slice(0, 10000);
    trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
  }
  if (value.length > 16 && value.length > 128 - 4) {
    // Split after each newline, as util.inspect does for long strings.
    var parts = [];
    var start = 0;
    var idx;
    while ((idx = value.indexOf('\n', start)) !== -1 && idx + 1 < value.length) {
      parts.push(strEscape(value.slice(start, idx + 1)));
      start = idx + 1;
    }
    parts.push(strEscape(value.slice(start)));
    return parts.join(' +\n  ') + trailer;
  }
  return strEscape(value) + trailer;
}

function inspectNumber(n) {
  if (n === 0 && 1 / n < 0) return '-0';
  return '' + n;
}

function inspectValue(value) {
  switch (typeof value) {
    case 'string': return inspectString(value);
    case 'number': return inspectNumber(value);
    case 'boolean': return value ? 'true' : 'false';
    case 'undefined': return 'undefined';
  }
  if (value === null) return 'null';
  return lazyInspect()(value);
}

function functionName(fn) {
  var name = fn.name;
  if (typeof name === 'string') return name;
  // mujs functions have no `name`; recover it from the source text.
  try {
    var m = /^function\s*([^\s(]*)/.exec(FunctionToString.call(fn));
    if (m !== null && m[1] !== '[bind]') return m[1];
  } catch (e) {
    // fall through
  }
  return '';
}

// util.inspect(obj, { depth: -1 }) for objects: "[Ctor]" / "[Object: null prototype]".
function inspectShallow(obj) {
  var o = obj;
  var firstProto;
  while (o !== null && o !== undefined) {
    var desc;
    try {
      desc = ObjectGetOwnPropertyDescriptor(o, 'constructor');
    } catch (e) {
      desc = undefined;
    }
    if (desc !== undefined && typeof desc.value === 'function') {
      var name = functionName(desc.value);
      var isInst = false;
      try {
        isInst = obj instanceof desc.value;
      } catch (e) {
        isInst = false;
      }
      if (name !== '' && isInst) {
        if (Object.keys(obj).length === 0) {
          // util.inspect prints empty objects in full even at depth -1.
          if (Array.isArray(obj)) return '[]';
          return name === 'Object' ? '{}' : name + ' {}';
        }
        return '[' + name + ']';
      }
    }
    o = ObjectGetPrototypeOf(o);
    if (firstProto === undefined) firstProto = o;
  }
  if (firstProto === null) {
    return Object.keys(obj).length === 0 ? '[Object: null prototype] {}' : '[Object: null prototype]';
  }
  return '[Object <Complex prototype>]';
}

var kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
              'boolean', 'bigint', 'symbol'];
var classRegExp = /^[A-Z][a-zA-Z0-9]*$/;

function formatList(array, type) {
  switch (array.length) {
    case 0: return '';
    case 1: return '' + array[0];
    case 2: return array[0] + ' ' + type + ' ' + array[1];
    case 3: return array[0] + ', ' + array[1] + ', ' + type + ' ' + array[2];
    default:
      return array.slice(0, -1).join(', ') + ', ' + type + ' ' + array[array.length - 1];
  }
}

function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  var type = typeof value;
  switch (type) {
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      if (value !== value) return 'type number (NaN)';
      if (value === Infinity) return 'type number (Infinity)';
      if (value === -Infinity) return 'type number (-Infinity)';
      return 'type number (' + value + ')';
    case 'boolean':
      return value ? 'type boolean (true)' : 'type boolean (false)';
    case 'function':
      return 'function ' + functionName(value);
    case 'object':
      var ctor = value.constructor;
      if (ctor) {
        if (typeof ctor === 'function') return 'an instance of ' + functionName(ctor);
        if ('name' in ctor) return 'an instance of ' + ctor.name;
      }
      return inspectShallow(value);
    case 'string':
      if (value.length > 28) value = value.slice(0, 25) + '...';
      if (value.indexOf("'") === -1) return "type string ('" + value + "')";
      return 'type string (' + JSON.stringify(value) + ')';
    case 'bigint':
      return 'type bigint (' + value + 'n)';
    case 'symbol':
      return 'type symbol (' + String(value) + ')';
  }
  var s;
  try {
    s = lazyInspect()(value);
  } catch (e) {
    s = String(value);
  }
  if (s.length > 28) s = s.slice(0, 25) + '...';
  return 'type ' + type + ' (' + s + ')';
}

function nodeErrorToString() {
  return this.name + ' [' + this.code + ']: ' + this.message;
}

function makeNodeError(Base, code, message) {
  var err = new Base(message);
  err.code = code;
  defineHidden(err, 'toString', nodeErrorToString);
  // Node's stack header names the code: "TypeError [ERR_X]: message". Reading `stack`
  // formats it (the runtime's lazy Error.prototype.stack getter caches it as an own
  // property), then the header is rewritten.
  try {
    var stack = err.stack;
    var head = err.name + ': ';
    if (typeof stack === 'string' && stack.indexOf(head) === 0) {
      err.stack = err.name + ' [' + code + ']: ' + stack.slice(head.length);
    }
  } catch (e) {
    // leave the stack alone
  }
  return err;
}

function ERR_INVALID_ARG_TYPE(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  var msg = 'The ';
  if (name.length >= 9 && name.slice(-9) === ' argument') {
    msg += name + ' ';
  } else {
    msg += '"' + name + '" ' + (name.indexOf('.') !== -1 ? 'property' : 'argument') + ' ';
  }
  msg += 'must be ';
  var types = [];
  var instances = [];
  var other = [];
  var i;
  for (i = 0; i < expected.length; i++) {
    var value = expected[i];
    if (kTypes.indexOf(value) !== -1) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0) {
    var pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    msg += (types.length > 1 ? 'one of type' : 'of type') + ' ' + formatList(types, 'or');
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += 'an instance of ' + formatList(instances, 'or');
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      msg += 'one of ' + formatList(other, 'or');
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += other[0];
    }
  }
  msg += '. Received ' + determineSpecificType(actual);
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', msg);
}

function addNumericalSeparator(val) {
  var res = '';
  var i = val.length;
  var start = val.charAt(0) === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = '_' + val.slice(i - 3, i) + res;
  return val.slice(0, i) + res;
}

function ERR_OUT_OF_RANGE(name, range, input) {
  var received;
  if (typeof input === 'number' && isFinite(input) && Math.floor(input) === input &&
      Math.abs(input) > 4294967296) {
    received = addNumericalSeparator(String(input));
  } else {
    received = inspectValue(input);
  }
  return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
                       'The value of "' + name + '" is out of range. It must be ' + range +
                       '. Received ' + received);
}

function ERR_UNHANDLED_ERROR(err) {
  var msg = 'Unhandled error.';
  if (err !== undefined) msg += ' (' + err + ')';
  return makeNodeError(Error, 'ERR_UNHANDLED_ERROR', msg);
}

function AbortError(message, options) {
  if (message === undefined) message = 'The operation was aborted';
  if (options !== undefined && typeof options !== 'object') {
    throw ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  var err = new Error(message);
  if (options !== null && options !== undefined && 'cause' in options) {
    defineHidden(err, 'cause', options.cause);
  }
  err.code = 'ABORT_ERR';
  err.name = 'AbortError';
  return err;
}

function validateNumber(value, name, min) {
  if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (value < min || value !== value) throw ERR_OUT_OF_RANGE(name, '>= ' + min, value);
}

function validateInteger(value, name, min, max) {
  if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!isFinite(value) || Math.floor(value) !== value) {
    throw ERR_OUT_OF_RANGE(name, 'an integer', value);
  }
  if (value < min || value > max) {
    throw ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max, value);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

// ---------------------------------------------------------------------------------------
// EventEmitter

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
module.exports = EventEmitter;
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
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
      } else {
        throw ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
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
    stringifiedEr = inspectValue(er);
  } catch (e) {
    stringifiedEr = er;
  }
  var err = ERR_UNHANDLED_ERROR(stringifiedEr);
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
  return ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
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
                    String(type) + ' listeners added to ' + inspectShallow(target) +
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

function _onceWrap(target, type, listener) {
  var fired = false;
  var wrapFn = function onceWrapper() {
    if (!fired) {
      target.removeListener(type, wrapFn);
      fired = true;
      switch (arguments.length) {
        case 0: return listener.call(target);
        case 1: return listener.call(target, arguments[0]);
        case 2: return listener.call(target, arguments[0], arguments[1]);
        default: return listener.apply(target, arguments);
      }
    }
  };
  wrapFn.listener = listener;
  return wrapFn;
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

// ---------------------------------------------------------------------------------------
// Static helpers

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  throw ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget !== null && emitterOrTarget !== undefined &&
      typeof emitterOrTarget.getMaxListeners === 'function') {
    return _getMaxListeners(emitterOrTarget);
  }
  throw ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function symbolFor(name) {
  return typeof Symbol === 'function' ? Symbol[name] : undefined;
}

function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
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
    throw ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
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
    throw ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
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
        throw ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
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
