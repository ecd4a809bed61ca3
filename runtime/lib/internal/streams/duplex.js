// internal/streams/duplex — Node 20's lib/internal/streams/duplex.js in ES5.
//
// a duplex stream is just a stream that is both readable and writable.
// Since JS doesn't have multiple prototype inheritance, this class
// prototypically inherits from Readable, and then parasitically from
// Writable.
//
// Differences: no fromWeb/toWeb; Duplex.from() accepts streams, arrays, promises and
// { readable, writable } pairs (not async generator functions).
'use strict';

module.exports = Duplex;

var Stream = require('internal/streams/legacy').Stream;
var Readable = require('internal/streams/readable');
var Writable = require('internal/streams/writable');

var addAbortSignal = require('internal/streams/add-abort-signal').addAbortSignal;

var destroyImpl = require('internal/streams/destroy');
var utils = require('internal/streams/utils');
var kOnConstructed = utils.kOnConstructed;

utils.inherits(Duplex, Readable);

(function () {
  var keys = Object.keys(Writable.prototype);
  // Allow the keys array to be GC'ed.
  for (var i = 0; i < keys.length; i++) {
    var method = keys[i];
    if (!Duplex.prototype[method])
      Duplex.prototype[method] = Writable.prototype[method];
  }
})();

Duplex.prototype.destroy = Writable.prototype.destroy;

function Duplex(options) {
  if (!(this instanceof Duplex))
    return new Duplex(options);

  if (this._events == null) {
    this._events = {
      close: undefined,
      error: undefined,
      prefinish: undefined,
      finish: undefined,
      drain: undefined,
      data: undefined,
      end: undefined,
      readable: undefined
      // Skip uncommon events...
      // pause: undefined,
      // resume: undefined,
      // pipe: undefined,
      // unpipe: undefined,
      // [destroyImpl.kConstruct]: undefined,
      // [destroyImpl.kDestroy]: undefined,
    };
  }

  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;

    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }

    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }

    if (typeof options.read === 'function')
      this._read = options.read;

    if (typeof options.write === 'function')
      this._write = options.write;

    if (typeof options.writev === 'function')
      this._writev = options.writev;

    if (typeof options.destroy === 'function')
      this._destroy = options.destroy;

    if (typeof options.final === 'function')
      this._final = options.final;

    if (typeof options.construct === 'function')
      this._construct = options.construct;

    if (options.signal)
      addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }

  Stream.call(this, options);

  if (this._construct != null) {
    var self = this;
    destroyImpl.construct(this, function () {
      self._readableState[kOnConstructed](self);
      self._writableState[kOnConstructed](self);
    });
  }
}

function copyDescriptor(name) {
  var d = Object.getOwnPropertyDescriptor(Writable.prototype, name);
  return { get: d.get, set: d.set, enumerable: d.enumerable, configurable: d.configurable };
}

Object.defineProperties(Duplex.prototype, {
  writable: copyDescriptor('writable'),
  writableHighWaterMark: copyDescriptor('writableHighWaterMark'),
  writableObjectMode: copyDescriptor('writableObjectMode'),
  writableBuffer: copyDescriptor('writableBuffer'),
  writableLength: copyDescriptor('writableLength'),
  writableFinished: copyDescriptor('writableFinished'),
  writableCorked: copyDescriptor('writableCorked'),
  writableEnded: copyDescriptor('writableEnded'),
  writableNeedDrain: copyDescriptor('writableNeedDrain'),

  destroyed: {
    get: function () {
      if (this._readableState === undefined ||
        this._writableState === undefined) {
        return false;
      }
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set: function (value) {
      // Backward compatibility, the user is explicitly
      // managing destroyed.
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    }
  }
});

var duplexify;

// Duplex already has a non-enumerable copy of Readable.from: replace it (mujs keeps
// the old attributes on assignment and on defineProperty).
delete Duplex.from;
Duplex.from = function (body) {
  if (!duplexify) {
    duplexify = require('internal/streams/duplexify');
  }
  return duplexify(body, 'body');
};
