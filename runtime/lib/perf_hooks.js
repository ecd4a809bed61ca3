// perf_hooks — Node 20's performance timeline for user marks and measures, and the
// global `performance`, in ES5.
//
// performance.now(): fractional ms since the runtime started (monotonic clock);
// timeOrigin: the wall-clock ms of that start. mark/measure/getEntries*/clearMarks/
// clearMeasures keep one buffer, returned sorted by startTime (stable) as Node does.
// eventLoopUtilization() reads the loop's idle time (libuv's UV_METRICS_IDLE_TIME) and
// the loop start the bootstrap records once the main module has run; before that it is
// all zeros, as in Node. nodeTiming has Node's fields; the milestones leakscope does
// not distinguish (v8Start, environment, bootstrapComplete) are the time the runtime
// started running JS, loopExit stays -1 while the process lives.
// PerformanceObserver delivers 'mark', 'measure' and 'function' (timerify) entries in a
// batch from one setImmediate, like Node. createHistogram and monitorEventLoopDelay
// live in internal/histogram (loaded on first call). Not provided: resource timing
// (markResourceTiming keeps nothing), gc/http/net/dns entries.
'use strict';

var errors = require('internal/errors');
var clock = require('internal/perf_now');
var now = clock.now;

var constructing = false;

function illegal() {
  return errors.makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

function hide(obj, key, value) {
  Object.defineProperty(obj, key, {
    value: value, writable: true, enumerable: false, configurable: true
  });
}

// Options for inspecting what a custom inspect function shows one level down.
function deeper(options) {
  var opts = {};
  for (var k in options)
    opts[k] = options[k];
  opts.depth = options.depth === null ? null : options.depth - 1;
  return opts;
}

function getter(proto, name, fn) {
  Object.defineProperty(proto, name, { get: fn, enumerable: true, configurable: true });
}

// ---- entries

function PerformanceEntry() {
  if (!constructing)
    throw illegal();
}

function initEntry(self, name, type, start, duration, detail) {
  hide(self, '__entry', {
    name: name, entryType: type, startTime: start, duration: duration, detail: detail
  });
}

function ent(self) {
  var e = self !== null && typeof self === 'object' ? self.__entry : undefined;
  if (e === undefined)
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_THIS',
      'Value of "this" must be of type PerformanceEntry');
  return e;
}

['name', 'entryType', 'startTime', 'duration'].forEach(function (k) {
  getter(PerformanceEntry.prototype, k, function () { return ent(this)[k]; });
});
PerformanceEntry.prototype.toJSON = function toJSON() {
  var e = ent(this);
  var o = { name: e.name, entryType: e.entryType, startTime: e.startTime, duration: e.duration };
  if (e.entryType === 'mark' || e.entryType === 'measure')
    o.detail = e.detail;
  return o;
};
hide(PerformanceEntry.prototype, 'nodejs.util.inspect.custom', function (depth, options, inspect) {
  var name = this.constructor.name;
  if (depth < 0)
    return '[' + name + ']';
  return name + ' ' + inspect(this.toJSON(), deeper(options));
});

function subclass(Ctor) {
  Ctor.prototype = Object.create(PerformanceEntry.prototype, {
    constructor: { value: Ctor, writable: true, configurable: true }
  });
}

function clone(v) {
  if (v === undefined || v === null)
    return null;
  return require('internal/structured_clone').structuredClone(v);
}

// new PerformanceMark(name[, { detail, startTime }]): an entry that is not buffered
// (performance.mark() buffers the ones it makes).
function PerformanceMark(name, options) {
  if (arguments.length === 0)
    throw errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS',
      'The "name" argument must be specified');
  name = String(name);
  if (options !== undefined && (options === null || typeof options !== 'object'))
    throw errors.invalidArgType('options', 'Object', options);
  var o = options || {};
  var start = o.startTime === undefined ? now() : o.startTime;
  if (typeof start !== 'number')
    throw errors.invalidArgType('options.startTime', 'number', start);
  if (start < 0)
    throw errors.makeNodeError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
      start + ' is not a valid timestamp');
  initEntry(this, name, 'mark', start, 0, clone(o.detail));
}
subclass(PerformanceMark);
getter(PerformanceMark.prototype, 'detail', function () { return ent(this).detail; });

function PerformanceMeasure() {
  if (!constructing)
    throw illegal();
}
subclass(PerformanceMeasure);
getter(PerformanceMeasure.prototype, 'detail', function () { return ent(this).detail; });

function makeEntry(Ctor, name, type, start, duration, detail) {
  constructing = true;
  try {
    var e = new Ctor();
  } finally {
    constructing = false;
  }
  initEntry(e, name, type, start, duration, detail);
  return e;
}

// ---- the buffer and observers

var buffer = [];		// marks and measures, in the order they were made
var observers = [];		// connected observers
var pendingDispatch = false;

function sortByStart(list) {
  // stable: equal start times keep insertion order
  var keyed = list.map(function (e, i) { return { e: e, i: i }; });
  keyed.sort(function (a, b) {
    var d = a.e.startTime - b.e.startTime;
    return d !== 0 ? d : a.i - b.i;
  });
  return keyed.map(function (k) { return k.e; });
}

function enqueue(entry) {
  var type = entry.entryType;
  for (var i = 0; i < observers.length; i++) {
    var o = observers[i].__observer;
    if (o.types.indexOf(type) >= 0) {
      o.buffer.push(entry);
      if (!pendingDispatch) {
        pendingDispatch = true;
        require('internal/timers').setImmediate(dispatchObservers);
      }
    }
  }
}

function dispatchObservers() {
  pendingDispatch = false;
  var list = observers.slice();
  for (var i = 0; i < list.length; i++) {
    var o = list[i].__observer;
    if (o.buffer.length === 0)
      continue;
    var entries = o.buffer;
    o.buffer = [];
    o.callback.call(list[i], new PerformanceObserverEntryList(entries), list[i]);
  }
}

function filter(list, name, type) {
  var out = [];
  for (var i = 0; i < list.length; i++) {
    var e = list[i];
    if ((name === undefined || e.name === name) && (type === undefined || e.entryType === type))
      out.push(e);
  }
  return sortByStart(out);
}

function PerformanceObserverEntryList(entries) {
  hide(this, '__list', entries);
}
PerformanceObserverEntryList.prototype.getEntries = function getEntries() {
  return filter(this.__list);
};
PerformanceObserverEntryList.prototype.getEntriesByType = function getEntriesByType(type) {
  return filter(this.__list, undefined, String(type));
};
PerformanceObserverEntryList.prototype.getEntriesByName = function getEntriesByName(name, type) {
  return filter(this.__list, String(name), type === undefined ? undefined : String(type));
};

var supported = ['function', 'mark', 'measure'];

function PerformanceObserver(callback) {
  if (typeof callback !== 'function')
    throw errors.invalidArgType('callback', 'Function', callback);
  hide(this, '__observer', { callback: callback, types: [], buffer: [], connected: false });
}
// Node 20's list (a frozen array); entries are made here only for the types in
// `supported`: observing another one is accepted and sees nothing
var nodeEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark',
  'measure', 'net', 'resource']);
Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', {
  get: function () { return nodeEntryTypes; }, enumerable: true, configurable: true
});

PerformanceObserver.prototype.observe = function observe(options) {
  if (options === undefined)
    options = {};
  if (options === null || typeof options !== 'object')
    throw errors.invalidArgType('options', 'Object', options);
  var o = this.__observer;
  var types;
  if (options.entryTypes !== undefined) {
    if (options.type !== undefined)
      throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        "The property 'options.entryTypes' can not be used with 'options.type'. " +
        'Received ' + errors.inspectValue(options.entryTypes));
    if (!Array.isArray(options.entryTypes))
      throw errors.invalidArgType('options.entryTypes', 'string[]', options.entryTypes);
    types = options.entryTypes.map(String);
  } else if (options.type !== undefined) {
    types = [String(options.type)];
  } else {
    throw errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS',
      'The "options.entryTypes" and "options.type" arguments must be specified');
  }
  types = types.filter(function (t) { return supported.indexOf(t) >= 0; });
  for (var i = 0; i < types.length; i++) {
    if (o.types.indexOf(types[i]) < 0)
      o.types.push(types[i]);
  }
  if (!o.connected && o.types.length > 0) {
    o.connected = true;
    observers.push(this);
  }
  if (options.buffered && options.type !== undefined) {
    var old = filter(buffer, undefined, String(options.type));
    for (var j = 0; j < old.length; j++)
      o.buffer.push(old[j]);
    if (old.length > 0 && !pendingDispatch) {
      pendingDispatch = true;
      require('internal/timers').setImmediate(dispatchObservers);
    }
  }
};

PerformanceObserver.prototype.disconnect = function disconnect() {
  var o = this.__observer;
  var k = observers.indexOf(this);
  if (k >= 0)
    observers.splice(k, 1);
  o.connected = false;
  o.types = [];
  o.buffer = [];
};

PerformanceObserver.prototype.takeRecords = function takeRecords() {
  var o = this.__observer;
  var list = o.buffer;
  o.buffer = [];
  return list;
};

hide(PerformanceObserver.prototype, 'nodejs.util.inspect.custom', function (depth, options, inspect) {
  var o = this.__observer;
  if (depth < 0)
    return '[PerformanceObserver]';
  return 'PerformanceObserver ' + inspect({
    connected: o.connected, pending: o.buffer.length > 0, entryTypes: o.types, buffer: o.buffer
  }, deeper(options));
});

// ---- Performance

var eventTarget = require('internal/event_target');

// Performance is an EventTarget, as in Node.
function Performance() {
  if (!constructing)
    throw illegal();
  eventTarget.initTarget(this);
}
Performance.prototype = Object.create(eventTarget.EventTarget.prototype, {
  constructor: { value: Performance, writable: true, configurable: true }
});

function markEntry(name, options) {
  var m = new PerformanceMark(name, options);
  buffer.push(m);
  enqueue(m);
  return m;
}

function markTime(name) {
  if (typeof name === 'number') {
    if (name < 0)
      throw errors.makeNodeError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
        name + ' is not a valid timestamp');
    return name;
  }
  name = String(name);
  if (nodeTimingFields.indexOf(name) >= 0)
    return nodeTiming[name];
  for (var i = buffer.length - 1; i >= 0; i--) {
    var e = buffer[i];
    if (e.entryType === 'mark' && e.name === name)
      return e.startTime;
  }
  var DOMException = require('internal/domexception');
  throw new DOMException('The "' + name + '" performance mark has not been set',
    'SyntaxError');
}

function measure(name, startOrOptions, endMark) {
  if (arguments.length === 0)
    throw errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS',
      'The "name" argument must be specified');
  name = String(name);
  var start, end, detail = null;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    var o = startOrOptions;
    if (endMark !== undefined)
      throw errors.makeNodeError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
        'endMark must not be specified.');
    if (o.start === undefined && o.end === undefined)
      throw errors.makeNodeError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
        'One of options or endMark must be specified.');
    if (o.start !== undefined && o.end !== undefined && o.duration !== undefined)
      throw errors.makeNodeError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
        'Must not have options.start, options.end, and options.duration specified.');
    if (o.end !== undefined)
      end = markTime(o.end);
    else if (o.start !== undefined && o.duration !== undefined)
      end = markTime(o.start) + markTime(o.duration);
    else
      end = now();
    if (o.start !== undefined)
      start = markTime(o.start);
    else if (o.duration !== undefined && o.end !== undefined)
      start = end - markTime(o.duration);
    else
      start = 0;
    detail = clone(o.detail);
  } else {
    end = endMark !== undefined ? markTime(endMark) : now();
    start = startOrOptions !== undefined ? markTime(startOrOptions) : 0;
  }
  var m = makeEntry(PerformanceMeasure, name, 'measure', start, end - start, detail);
  buffer.push(m);
  enqueue(m);
  return m;
}

function clearType(type, name) {
  var keep = [];
  for (var i = 0; i < buffer.length; i++) {
    var e = buffer[i];
    if (e.entryType !== type || (name !== undefined && e.name !== String(name)))
      keep.push(e);
  }
  buffer = keep;
}

function eventLoopUtilization(util1, util2) {
  var ls = nodeTiming.loopStart;
  if (ls <= 0)
    return { idle: 0, active: 0, utilization: 0 };
  var idle, active;
  if (util2) {
    idle = util1.idle - util2.idle;
    active = util1.active - util2.active;
    return { idle: idle, active: active, utilization: active / (idle + active) };
  }
  idle = binding.loopIdleTime();
  active = now() - ls - idle;
  if (!util1)
    return { idle: idle, active: active, utilization: active / (idle + active) };
  var di = idle - util1.idle, da = active - util1.active;
  return { idle: di, active: da, utilization: da / (di + da) };
}

// timerify(fn): fn wrapped so each call makes a 'function' entry for observers.
function timerify(fn, options) {
  if (typeof fn !== 'function')
    throw errors.invalidArgType('fn', 'function', fn);
  if (options !== undefined && (options === null || typeof options !== 'object'))
    throw errors.invalidArgType('options', 'Object', options);
  function timerified() {
    var start = now();
    var result = this instanceof timerified ?
      construct(fn, arguments) : fn.apply(this, arguments);
    var entry = makeEntry(PerformanceEntry, fn.name, 'function', start, now() - start, null);
    enqueue(entry);
    return result;
  }
  Object.defineProperty(timerified, 'name', {
    value: 'timerified ' + fn.name, configurable: true
  });
  Object.defineProperty(timerified, 'length', { value: fn.length, configurable: true });
  return timerified;
}

function construct(fn, args) {
  var obj = Object.create(fn.prototype);
  var r = fn.apply(obj, args);
  return r !== null && (typeof r === 'object' || typeof r === 'function') ? r : obj;
}

var nodeTimingFields = ['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit',
  'bootstrapComplete', 'idleTime'];

function NodeTiming() {
  for (var k in nt)
    Object.defineProperty(this, k, { get: nt[k], enumerable: true, configurable: true });
}
Object.defineProperty(NodeTiming, 'name', { value: 'PerformanceNodeTiming' });
var nt = {
  name: function () { return 'node'; },
  entryType: function () { return 'node'; },
  startTime: function () { return 0; },
  duration: function () { return now(); },
  nodeStart: function () { return 0; },
  v8Start: function () { return 0; },
  environment: function () { return 0; },
  loopStart: function () { return binding.loopStart === undefined ? -1 : binding.loopStart; },
  loopExit: function () { return -1; },
  bootstrapComplete: function () { return 0; },
  idleTime: function () { return binding.loopIdleTime(); }
};
var nodeTiming = new NodeTiming();
NodeTiming.prototype.toJSON = function toJSON() {
  var o = {};
  for (var k in nt)
    o[k] = this[k];
  return o;
};
hide(NodeTiming.prototype, 'nodejs.util.inspect.custom', function (depth, options, inspect) {
  if (depth < 0)
    return '[PerformanceNodeTiming]';
  return 'PerformanceNodeTiming ' + inspect(this.toJSON(), deeper(options));
});

var methods = {
  clearMarks: function clearMarks(name) { clearType('mark', name); },
  clearMeasures: function clearMeasures(name) { clearType('measure', name); },
  clearResourceTimings: function clearResourceTimings() {},
  getEntries: function getEntries() { return filter(buffer); },
  getEntriesByName: function getEntriesByName(name, type) {
    if (arguments.length === 0)
      throw errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS',
        'The "name" argument must be specified');
    return filter(buffer, String(name), type === undefined ? undefined : String(type));
  },
  getEntriesByType: function getEntriesByType(type) {
    if (arguments.length === 0)
      throw errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS',
        'The "type" argument must be specified');
    return filter(buffer, undefined, String(type));
  },
  mark: function mark(name, options) {
    if (arguments.length === 0)
      throw errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS',
        'The "name" argument must be specified');
    return markEntry(name, options);
  },
  measure: measure,
  now: function now_() { return now(); },
  setResourceTimingBufferSize: function setResourceTimingBufferSize() {},
  toJSON: function toJSON() {
    return {
      nodeTiming: nodeTiming,
      timeOrigin: clock.timeOrigin(),
      eventLoopUtilization: eventLoopUtilization()
    };
  },
  eventLoopUtilization: eventLoopUtilization,
  markResourceTiming: function markResourceTiming() {},
  timerify: timerify
};
Object.defineProperty(methods.now, 'name', { value: 'now' });
Object.keys(methods).forEach(function (k) {
  Object.defineProperty(Performance.prototype, k, {
    value: methods[k], writable: true, enumerable: true, configurable: true
  });
});
getter(Performance.prototype, 'timeOrigin', function () { return clock.timeOrigin(); });
getter(Performance.prototype, 'nodeTiming', function () { return nodeTiming; });
Object.defineProperty(Performance.prototype, 'onresourcetimingbufferfull', {
  value: null, writable: true, enumerable: true, configurable: true
});
hide(Performance.prototype, 'nodejs.util.inspect.custom', function (depth, options, inspect) {
  if (depth < 0)
    return '[Performance]';
  return 'Performance ' + inspect({
    nodeTiming: nodeTiming,
    timeOrigin: clock.timeOrigin(),
    eventLoopUtilization: eventLoopUtilization
  }, deeper(options));
});

constructing = true;
var performance = new Performance();
constructing = false;

// Symbol.toStringTag of each class, as Node's ([object Performance]): the Symbol shim's key
[Performance, PerformanceMark].forEach(function (C) {
  Object.defineProperty(C.prototype, '\x01Symbol(Symbol.toStringTag)', {
    value: C.name, writable: false, enumerable: false, configurable: true
  });
});
exports.Performance = Performance;
exports.PerformanceEntry = PerformanceEntry;
exports.PerformanceMark = PerformanceMark;
exports.PerformanceMeasure = PerformanceMeasure;
exports.PerformanceObserver = PerformanceObserver;
exports.PerformanceObserverEntryList = PerformanceObserverEntryList;
exports.monitorEventLoopDelay = function monitorEventLoopDelay(options) {
  return require('internal/histogram').monitorEventLoopDelay(options);
};
exports.createHistogram = function createHistogram(options) {
  return require('internal/histogram').createHistogram(options);
};
exports.performance = performance;
exports.constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64
};
