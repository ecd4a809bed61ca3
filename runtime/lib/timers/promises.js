// timers/promises — Node 20's promise timers (lib/timers/promises.js), in ES5.
//
// setTimeout(delay, value, { signal, ref }) and setImmediate(value, { signal, ref })
// resolve with value; an aborted signal rejects with an AbortError (code ABORT_ERR,
// `cause` = the signal's reason), bad arguments give a rejected promise (never a throw).
// With a signal the promise is chained through finally() as Node's is, so rejections
// arrive after the same number of microtask turns.
//
// setInterval(delay, value, { signal, ref }) is an async generator in Node, consumed with
// `for await`. ES5 has neither: here it returns an object with next(), return() and
// throw(), each returning a promise of { value, done }, in Node's semantics: the interval
// starts at the first next(), ticks that nobody has asked for yet are kept and handed
// out one per next(), return() (or an abort) clears the timer, and every later next()
// gives { value: undefined, done: true } (after an abort, the first one rejects with
// the AbortError). Its [Symbol.asyncIterator] is itself, so `for await` consumes it.
//
// scheduler.wait(delay, options) and scheduler.yield() are setTimeout(delay, undefined,
// options) and setImmediate().
'use strict';

var errors = require('internal/errors');
var timers = require('internal/timers');

function AbortError(reason) {
  var err = new Error('The operation was aborted');
  err.code = 'ABORT_ERR';
  err.name = 'AbortError';
  Object.defineProperty(err, 'cause', {
    value: reason, writable: true, enumerable: false, configurable: true
  });
  return err;
}

// The common checks; returns an Error to reject with, or null.
function checkOptions(options) {
  if (options === null || typeof options !== 'object')
    return errors.invalidArgType('options', 'Object', options);
  var signal = options.signal;
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal)))
    return errors.invalidArgType('options.signal', 'AbortSignal', signal);
  if (options.ref !== undefined && typeof options.ref !== 'boolean')
    return errors.invalidArgType('options.ref', 'boolean', options.ref);
  if (signal !== undefined && signal.aborted)
    return AbortError(signal.reason);
  return null;
}

// Runs start(resolve, reject) -> handle; with a signal, abort cancels the handle.
function withSignal(signal, start, cancel) {
  var onCancel;
  var ret = new Promise(function (resolve, reject) {
    var handle = start(resolve);
    if (signal !== undefined) {
      onCancel = function () {
        cancel(handle);
        reject(AbortError(signal.reason));
      };
      signal.addEventListener('abort', onCancel);
    }
  });
  if (onCancel === undefined)
    return ret;
  return ret['finally'](function () {
    signal.removeEventListener('abort', onCancel);
  });
}

function setTimeout(delay, value, options) {
  if (options === undefined)
    options = {};
  if (delay !== undefined && typeof delay !== 'number')
    return Promise.reject(errors.invalidArgType('delay', 'number', delay));
  var err = checkOptions(options);
  if (err !== null)
    return Promise.reject(err);
  var ref = options.ref !== false;
  return withSignal(options.signal, function (resolve) {
    var t = timers.setTimeout(resolve, delay, value);
    if (!ref)
      t.unref();
    return t;
  }, timers.clearTimeout);
}

function setImmediate(value, options) {
  if (options === undefined)
    options = {};
  var err = checkOptions(options);
  if (err !== null)
    return Promise.reject(err);
  var ref = options.ref !== false;
  return withSignal(options.signal, function (resolve) {
    var i = timers.setImmediate(resolve, value);
    if (!ref)
      i.unref();
    return i;
  }, timers.clearImmediate);
}

function IntervalIterator(delay, value, options) {
  this._delay = delay;
  this._value = value;
  this._options = options;
  this._timer = null;
  this._started = false;
  this._done = false;
  this._error = null;		// an AbortError the next next() rejects with
  this._ticks = 0;		// ticks not handed out yet
  this._waiting = [];		// resolve functions of pending next() calls
  this._onCancel = undefined;
}

IntervalIterator.prototype._start = function () {
  var self = this, options = this._options;
  this._started = true;
  if (options === undefined)
    options = {};
  var err = checkOptions(options);
  if (err !== null) {
    this._done = true;
    this._error = err;
    return;
  }
  var signal = options.signal;
  this._timer = timers.setInterval(function () {
    if (self._waiting.length > 0)
      self._waiting.shift()({ value: self._value, done: false });
    else
      self._ticks++;
  }, this._delay);
  if (options.ref === false)
    this._timer.unref();
  if (signal !== undefined) {
    this._signal = signal;
    this._onCancel = function () {
      var e = AbortError(signal.reason);
      self._finish();
      if (self._waiting.length > 0) {
        var w = self._waiting;
        self._waiting = [];
        w[0](Promise.reject(e));
        for (var i = 1; i < w.length; i++)
          w[i]({ value: undefined, done: true });
      } else {
        self._error = e;
      }
    };
    signal.addEventListener('abort', this._onCancel, { once: true });
  }
};

IntervalIterator.prototype._finish = function () {
  this._done = true;
  this._ticks = 0;
  if (this._timer !== null) {
    timers.clearInterval(this._timer);
    this._timer = null;
  }
  if (this._onCancel !== undefined) {
    this._signal.removeEventListener('abort', this._onCancel);
    this._onCancel = undefined;
  }
};

IntervalIterator.prototype.next = function next() {
  var self = this;
  if (!this._started)
    this._start();
  if (this._error !== null) {
    var e = this._error;
    this._error = null;
    return Promise.reject(e);
  }
  if (this._done)
    return Promise.resolve({ value: undefined, done: true });
  if (this._ticks > 0) {
    this._ticks--;
    return Promise.resolve({ value: this._value, done: false });
  }
  return new Promise(function (resolve) { self._waiting.push(resolve); });
};

IntervalIterator.prototype['return'] = function (value) {
  this._started = true;
  var w = this._waiting;
  this._waiting = [];
  this._finish();
  for (var i = 0; i < w.length; i++)
    w[i]({ value: undefined, done: true });
  return Promise.resolve({ value: value, done: true });
};

IntervalIterator.prototype['throw'] = function (err) {
  this['return']();
  return Promise.reject(err);
};

// for await (const v of setInterval(...)): the Symbol shim's key (internal/es2015)
Object.defineProperty(IntervalIterator.prototype, '\x01Symbol(Symbol.asyncIterator)', {
  value: function () { return this; }, writable: true, configurable: true
});

function setInterval(delay, value, options) {
  return new IntervalIterator(delay, value, options);
}

function Scheduler() {
}
Scheduler.prototype.yield = function yield_() {
  return setImmediate();
};
Object.defineProperty(Scheduler.prototype.yield, 'name', { value: 'yield' });
Scheduler.prototype.wait = function wait(delay, options) {
  return setTimeout(delay, undefined, options);
};

exports.setTimeout = setTimeout;
exports.setImmediate = setImmediate;
exports.setInterval = setInterval;
exports.scheduler = new Scheduler();
