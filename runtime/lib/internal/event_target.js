// internal/event_target — Event, CustomEvent and EventTarget as Node 20 has them
// (lib/internal/event_target.js), in ES5.
//
// There is no tree: an event is dispatched at one target, `capture` only tells two
// registrations of one listener apart. What Node 20 does, this does, quirks included:
//   - listeners of one type form a linked list; dispatch remembers the next listener
//     before calling one, so a listener appended while the last one runs is not called
//     in that dispatch, one appended while an earlier one runs is;
//   - after the first listener returns, the event no longer counts as being dispatched
//     (eventPhase 0, currentTarget null in later listeners) and stopImmediatePropagation
//     stays in force for later dispatches of the same event object;
//   - `passive` does not stop preventDefault();
//   - removeEventListener(type, fn, true) removes the non-capture registration (only an
//     options object's `capture` counts there);
//   - a listener that throws, or returns a promise that rejects, raises an uncaught
//     exception on the next tick; the other listeners still run;
//   - more than getMaxListeners (default 10) listeners for one type warn once per target
//     (MaxListenersExceededWarning); events.setMaxListeners(n, target) sets the limit.
// `signal` in the options removes the listener when the signal aborts. As in Node
// (kWeakHandler), the signal holds the target only weakly: the signal's 'abort'
// listener reaches the function that removes the target's listener (which holds the
// target) through a WeakRef, and the target keeps that function alive (its state's
// aborters); once the target is collected, a FinalizationRegistry removes the signal's
// listener. As in Node, removing the target's listener leaves the signal's until the
// signal aborts or the target is collected.
//
// State lives in one non-enumerable own property per object ('__event', '__eventTarget'),
// so inspect and Object.keys see what Node's private fields show: nothing. Every add and
// remove goes to the trace bus as EventEmitter's do (binding.listenerTrace.record).
'use strict';

var errors = require('internal/errors');

var kEvent = '__event';
var kTarget = '__eventTarget';
var kDefaultMax = 10;

var trace = binding ? binding.listenerTrace : undefined;
if (trace === undefined || trace === null) trace = { enabled: false };

function hide(obj, key, value) {
  Object.defineProperty(obj, key, {
    value: value, writable: true, enumerable: false, configurable: true
  });
}

function missingArgs(a, b) {
  return errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS', b === undefined ?
    'The "' + a + '" argument must be specified' :
    'The "' + a + '" and "' + b + '" arguments must be specified');
}

function invalidThis(type) {
  return errors.makeNodeError(TypeError, 'ERR_INVALID_THIS',
    'Value of "this" must be of type ' + type);
}

function now() {
  return require('internal/perf_now').now();
}

// ---- Event

function Event(type, options) {
  if (arguments.length === 0)
    throw missingArgs('type');
  if (options !== null && options !== undefined && typeof options !== 'object')
    throw errors.invalidArgType('options', 'object', options);
  var o = options || {};
  hide(this, kEvent, {
    type: String(type),
    cancelable: !!o.cancelable,
    bubbles: !!o.bubbles,
    composed: !!o.composed,
    defaultPrevented: false,
    timeStamp: now(),
    propagationStopped: false,
    stop: false,
    target: null,
    dispatching: false,
    trusted: false
  });
}

function ev(self) {
  var s = self !== null && typeof self === 'object' ? self[kEvent] : undefined;
  if (s === undefined)
    throw invalidThis('Event');
  return s;
}

function getter(proto, name, fn, set) {
  Object.defineProperty(proto, name, {
    get: fn, set: set, enumerable: true, configurable: true
  });
}

function method(proto, name, fn) {
  Object.defineProperty(proto, name, {
    value: fn, writable: true, enumerable: true, configurable: true
  });
}

var E = Event.prototype;
method(E, 'initEvent', function initEvent(type, bubbles, cancelable) {
  if (arguments.length === 0)
    throw missingArgs('type');
  var s = ev(this);
  if (s.dispatching)
    return;
  s.type = String(type);
  s.bubbles = !!bubbles;
  s.cancelable = !!cancelable;
});
method(E, 'stopImmediatePropagation', function stopImmediatePropagation() {
  var s = ev(this);
  s.stop = true;
  s.propagationStopped = true;
});
method(E, 'preventDefault', function preventDefault() {
  ev(this).defaultPrevented = true;
});
getter(E, 'target', function () { return ev(this).target; });
getter(E, 'currentTarget', function () {
  var s = ev(this);
  return s.dispatching ? s.target : null;
});
getter(E, 'srcElement', function () { return ev(this).target; });
getter(E, 'type', function () { return ev(this).type; });
getter(E, 'cancelable', function () { return ev(this).cancelable; });
getter(E, 'defaultPrevented', function () {
  var s = ev(this);
  return s.cancelable && s.defaultPrevented;
});
getter(E, 'timeStamp', function () { return ev(this).timeStamp; });
method(E, 'composedPath', function composedPath() {
  var s = ev(this);
  return s.dispatching ? [s.target] : [];
});
getter(E, 'returnValue', function () {
  var s = ev(this);
  return !(s.cancelable && s.defaultPrevented);
});
getter(E, 'bubbles', function () { return ev(this).bubbles; });
getter(E, 'composed', function () { return ev(this).composed; });
getter(E, 'eventPhase', function () { return ev(this).dispatching ? 2 : 0; });
getter(E, 'cancelBubble', function () { return ev(this).propagationStopped; },
  function (v) {
    if (v)
      ev(this).propagationStopped = true;
  });
method(E, 'stopPropagation', function stopPropagation() {
  ev(this).propagationStopped = true;
});
getter(E, 'isTrusted', function () { return ev(this).trusted; });
hide(E, 'nodejs.util.inspect.custom', function (depth, options, inspect) {
  var name = this.constructor.name;
  if (depth < 0)
    return name;
  var s = ev(this);
  var opts = {};
  for (var k in options)
    opts[k] = options[k];
  opts.depth = options.depth === null ? null : options.depth - 1;
  return name + ' ' + inspect({
    type: s.type,
    defaultPrevented: s.cancelable && s.defaultPrevented,
    cancelable: s.cancelable,
    timeStamp: s.timeStamp
  }, opts);
});
var phases = ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'];
for (var p = 0; p < phases.length; p++) {
  var pd = { value: p, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(Event, phases[p], pd);
}

// ---- CustomEvent

function CustomEvent(type, options) {
  if (arguments.length === 0)
    throw missingArgs('type');
  Event.call(this, type, options);
  hide(this, '__detail', options && options.detail !== undefined ? options.detail : null);
}
CustomEvent.prototype = Object.create(E, {
  constructor: { value: CustomEvent, writable: true, configurable: true }
});
getter(CustomEvent.prototype, 'detail', function () {
  ev(this);
  return this.__detail;
});

// ---- EventTarget

// One registration: a node of the type's doubly linked list (root.next is the first).
function Listener(previous, listener, once, capture, passive) {
  this.next = undefined;
  this.previous = previous;
  previous.next = this;
  this.listener = listener;
  this.once = once;
  this.capture = capture;
  this.passive = passive;
  this.removed = false;
}

Listener.prototype.remove = function () {
  if (this.previous !== undefined)
    this.previous.next = this.next;
  if (this.next !== undefined)
    this.next.previous = this.previous;
  this.removed = true;
};

// The signal's side of a `signal` option: the signal's listeners and this registry's
// held values reach the target's side (its aborters) only through WeakRefs, and the
// held values the signal too (the registry keeps no signal alive).
var signalRegistry = null;
function signalCleanup() {
  if (signalRegistry === null) {
    signalRegistry = new FinalizationRegistry(function (held) {
      var signal = held.signal.deref();
      if (signal !== undefined)
        signal.removeEventListener('abort', held.onAbort);
    });
  }
  return signalRegistry;
}

// Set while a `signal` option adds its weak listener to the signal: a target state's
// watch(target, type, count, weak) hook (internal/abort_controller's) hears of every
// listener added or removed, and whether it was such a weak one (Node's kWeakHandler).
var addingWeak = false;

// A function calling ref's target, if it is still alive (its scope holds only ref).
function weakCaller(ref) {
  return function () {
    var f = ref.deref();
    if (f !== undefined)
      f();
  };
}

function EventTarget() {
  initTarget(this);
}

function initTarget(self) {
  hide(self, kTarget, { events: Object.create(null), max: kDefaultMax, warned: false,
    watch: undefined, aborters: undefined });
}

function et(self) {
  var s = self !== null && typeof self === 'object' ? self[kTarget] : undefined;
  if (s === undefined)
    throw invalidThis('EventTarget');
  return s;
}

function isEventTarget(obj) {
  return obj !== null && typeof obj === 'object' && obj[kTarget] !== undefined;
}

function validateListener(listener) {
  if (typeof listener === 'function' ||
      (listener !== null && typeof listener === 'object'))
    return true;
  if (listener === null || listener === undefined)
    return false;
  throw errors.invalidArgType('listener', 'EventListener', listener);
}

function listenerOptions(options) {
  if (typeof options === 'boolean')
    return { once: false, capture: options, passive: false, signal: undefined };
  if (options === undefined)
    return { once: false, capture: false, passive: false, signal: undefined };
  if (options === null || typeof options !== 'object')
    throw errors.invalidArgType('options', 'object', options);
  var signal = options.signal;
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal)))
    throw errors.invalidArgType('options.signal', 'AbortSignal', signal);
  return {
    once: !!options.once,
    capture: !!options.capture,
    passive: !!options.passive,
    signal: signal
  };
}

function warnMax(target, s, type, size) {
  s.warned = true;
  var name = target.constructor && target.constructor.name === 'AbortSignal' ?
    '[AbortSignal]' : (target.constructor ? target.constructor.name : 'EventTarget');
  var w = new Error('Possible EventTarget memory leak detected. ' + size + ' ' + type +
    ' listeners added to ' + name + '. MaxListeners is ' + s.max +
    '. Use events.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.target = target;
  w.type = type;
  w.count = size;
  process.emitWarning(w);
}

function addEventListener(type, listener, options) {
  if (arguments.length < 2)
    throw missingArgs('type', 'listener');
  var s = et(this);
  var o = listenerOptions(options);
  if (!validateListener(listener)) {
    var w = new Error('addEventListener called with ' + listener + ' which has no effect.');
    w.name = 'AddEventListenerArgumentTypeWarning';
    w.target = this;
    w.type = type;
    process.emitWarning(w);
    return;
  }
  type = String(type);
  if (o.signal !== undefined && o.signal.aborted)
    return;
  var root = s.events[type];
  if (root === undefined) {
    root = s.events[type] = { size: 0, next: undefined };
  }
  var handler = root.next, previous = root;
  while (handler !== undefined &&
         !(handler.listener === listener && handler.capture === o.capture)) {
    previous = handler;
    handler = handler.next;
  }
  if (handler !== undefined)
    return;		// already registered
  var node = new Listener(previous, listener, o.once, o.capture, o.passive);
  root.size++;
  if (o.signal !== undefined) {
    var self = this;
    var aborters = s.aborters === undefined ? (s.aborters = []) : s.aborters;
    var onAbort = function () {
      var k = aborters.indexOf(onAbort);
      if (k >= 0)
        aborters.splice(k, 1);
      signalCleanup().unregister(onAbort);
      self.removeEventListener(type, listener, { capture: o.capture });
    };
    aborters.push(onAbort);
    var weak = weakCaller(new WeakRef(onAbort));
    signalCleanup().register(this, { signal: new WeakRef(o.signal), onAbort: weak }, onAbort);
    addingWeak = true;
    try {
      o.signal.addEventListener('abort', weak, { once: true });
    } finally {
      addingWeak = false;
    }
  }
  if (s.watch !== undefined)
    s.watch(this, type, root.size, addingWeak);
  if (trace.enabled)
    trace.record(1, this, type, root.size, listener);
  if (s.max > 0 && root.size > s.max && !s.warned)
    warnMax(this, s, type, root.size);
}

function unlink(self, s, type, root, handler) {
  handler.remove();
  root.size--;
  if (root.size === 0)
    delete s.events[type];
  if (s.watch !== undefined)
    s.watch(self, type, root.size, false);
  if (trace.enabled)
    trace.record(0, self, type, root.size, handler.listener);
}

function removeEventListener(type, listener, options) {
  if (arguments.length < 2)
    throw missingArgs('type', 'listener');
  var s = et(this);
  if (!validateListener(listener))
    return;
  type = String(type);
  var capture = options !== null && options !== undefined && !!options.capture;
  var root = s.events[type];
  if (root === undefined)
    return;
  for (var handler = root.next; handler !== undefined; handler = handler.next) {
    if (handler.listener === listener && handler.capture === capture) {
      unlink(this, s, type, root, handler);
      return;
    }
  }
}

function uncaught(err) {
  process.nextTick(function () { throw err; });
}

function callListener(target, handler, event) {
  var l = handler.listener, result;
  if (typeof l === 'function') {
    result = l.call(target, event);
  } else if (typeof l.handleEvent === 'function') {
    result = l.handleEvent(event);
  }
  if (result !== undefined && result !== null &&
      (typeof result === 'object' || typeof result === 'function')) {
    var then = result.then;
    if (typeof then === 'function')
      then.call(result, undefined, uncaught);
  }
}

function dispatchEvent(event) {
  var s = et(this);
  if (arguments.length < 1)
    throw missingArgs('event');
  if (!(event instanceof Event))
    throw errors.invalidArgType('event', 'Event', event);
  var es = event[kEvent];
  if (es.dispatching)
    throw errors.makeNodeError(Error, 'ERR_EVENT_RECURSION',
      'The event "' + es.type + '" is already being dispatched');
  dispatch(this, s, es.type, event, es);
  return !(es.cancelable && es.defaultPrevented);
}

// Dispatches event (whose state is es) at target. Shared with AbortSignal, which
// dispatches a trusted 'abort' event.
function dispatch(target, s, type, event, es) {
  es.target = target;
  es.dispatching = true;
  var root = s.events[type];
  var handler = root === undefined ? undefined : root.next;
  while (handler !== undefined && !es.stop) {
    var next = handler.next;
    if (!handler.removed) {
      if (handler.once)
        unlink(target, s, type, root, handler);
      try {
        callListener(target, handler, event);
      } catch (err) {
        uncaught(err);
      }
      es.dispatching = false;
    }
    handler = next;
  }
  es.dispatching = false;
}

var T = EventTarget.prototype;
method(T, 'addEventListener', addEventListener);
method(T, 'removeEventListener', removeEventListener);
method(T, 'dispatchEvent', dispatchEvent);
hide(T, 'nodejs.util.inspect.custom', function (depth, options, inspect) {
  var name = this.constructor.name;
  if (depth < 0)
    return name;
  return name + ' ' + inspect({}, options);
});

// For the events module: listeners of a type (getEventListeners), the limit.
function getListeners(target, type) {
  var root = et(target).events[String(type)];
  var out = [];
  for (var h = root === undefined ? undefined : root.next; h !== undefined; h = h.next)
    out.push(h.listener);
  return out;
}

function setMaxListeners(target, n) {
  et(target).max = n;
}

function getMaxListeners(target) {
  return et(target).max;
}

// Symbol.toStringTag of each class, as Node's ([object Event]): the Symbol shim's key
[Event, CustomEvent, EventTarget].forEach(function (C) {
  Object.defineProperty(C.prototype, '\x01Symbol(Symbol.toStringTag)', {
    value: C.name, writable: false, enumerable: false, configurable: true
  });
});
exports.Event = Event;
exports.CustomEvent = CustomEvent;
exports.EventTarget = EventTarget;
exports.initTarget = initTarget;
exports.isEventTarget = isEventTarget;
exports.dispatch = dispatch;
exports.eventState = ev;
exports.targetState = et;
exports.getListeners = getListeners;
exports.setMaxListeners = setMaxListeners;
exports.getMaxListeners = getMaxListeners;
exports.kTarget = kTarget;
