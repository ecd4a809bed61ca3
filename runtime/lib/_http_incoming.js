// _http_incoming — IncomingMessage: a request the server received or a response the
// client received, as a Readable of its body (Node 20's lib/_http_incoming.js
// behaviour). Headers are lower-cased with Node's duplicate rules: set-cookie collects
// an array, cookie joins with '; ', a fixed set of single-valued fields keeps the first,
// every other field joins with ', ' (all of them kept, as sent, in rawHeaders).
//
// The Readable's state is made on first use (materialize): most requests have no body
// and nobody reads them, and making a ReadableState and running its end-of-stream
// sequence (resume, flow, 'end', autoDestroy, 'close': five ticks) is a large part of
// a request's cost in the interpreter. Until then `_lazy` says where the stream would
// be: LAZY_OPEN (nothing received), LAZY_ENDED (complete, push(null) owed), LAZY_DUMPED
// (the server dumped it: resume() owed), LAZY_DONE (the ticks that would have emitted
// 'end' and 'close' to nobody have passed: the stream is ended, destroyed and closed).
// Anything that touches `_readableState` (every Readable method and getter, adding a
// listener through on()) makes it and replays what is owed, so what it sees is what a
// Readable made up front would show.
'use strict';

var stream = require('stream');
var EventEmitter = require('events');
var Readable = stream.Readable;
var ReadableState = Readable.ReadableState;

var LAZY_OPEN = 1;
var LAZY_ENDED = 2;
var LAZY_DUMPED = 3;
var LAZY_DONE = 4;

function inherits(ctor, base) {
  ctor.prototype = Object.create(base.prototype, {
    constructor: { value: ctor, writable: true, configurable: true }
  });
}

function IncomingMessage(socket) {
  // Readable.call(this) without the state (see materialize)
  if (this._events == null) {
    this._events = { close: undefined, error: undefined, data: undefined, end: undefined,
      readable: undefined };
    if (binding.eventsCaptureRejections || this['events.kCapture'] !== undefined) {
      EventEmitter.init.call(this);
    } else {
      // EventEmitter.init of an emitter with preset _events, inline: kShapeMode is true
      // (the prototype's), no kCapture
      this._maxListeners = this._maxListeners || undefined;
    }
  } else {
    EventEmitter.init.call(this);	// all that stream.call(this) does, two calls less
  }
  this._lazy = LAZY_OPEN;
  this.socket = socket;
  // own from the start: the parser gives every message its head's fields
  if (presetHeaders.raw !== null) {
    this.rawHeaders = presetHeaders.raw;
    this.headers = presetHeaders.headers;
    presetHeaders.raw = presetHeaders.headers = null;
  } else {
    this.rawHeaders = [];
    this.headers = {};
  }
}

// What the parser hands the next message (lib/_http_common.js, right before `new`):
// rawHeaders and headers as _addHeaderLines would have made them from the head.
var presetHeaders = { raw: null, headers: null };
inherits(IncomingMessage, Readable);
IncomingMessage.prototype._lazy = 0;
// every message starts with Readable's preset _events (EventEmitter's shape mode): the
// flag every one of them would own (not enumerable, as events.js keeps it)
Object.defineProperty(IncomingMessage.prototype, 'events.kShapeMode',
  { value: true, writable: true, configurable: true });

// The rest of a message's fields start on the prototype (not enumerable): the parser
// sets the ones it knows, and a message owns a field once it is set. The interpreter pays
// for every own property a constructor makes; most requests change few of these.
[['httpVersionMajor', null], ['httpVersionMinor', null], ['httpVersion', null],
  ['complete', false], ['joinDuplicateHeaders', false], ['aborted', false],
  ['upgrade', null], ['url', ''], ['method', null], ['statusCode', null],
  ['statusMessage', null], ['_consuming', false], ['_dumped', false]
].forEach(function (d) {
  Object.defineProperty(IncomingMessage.prototype, d[0],
    { value: d[1], writable: true, configurable: true });
});

// rawTrailers and trailers are made on first use (each message its own), and client is
// the socket until set.
function ownValue(msg, name, value) {
  Object.defineProperty(msg, name,
    { value: value, writable: true, enumerable: true, configurable: true });
  return value;
}
[['rawTrailers', function () { return []; }],
  ['trailers', function () { return {}; }], ['client', function (msg) { return msg.socket; }]
].forEach(function (d) {
  var name = d[0], make = d[1];
  Object.defineProperty(IncomingMessage.prototype, name, {
    configurable: true,
    get: function () { return ownValue(this, name, make(this)); },
    set: function (v) { ownValue(this, name, v); }
  });
});

function defineState(msg, state) {
  Object.defineProperty(msg, '_readableState',
    { value: state, writable: true, enumerable: true, configurable: true });
}

// Makes the Readable state of a message that has none yet and replays what is owed.
function materialize(msg) {
  var lazy = msg._lazy;
  if (!lazy) return undefined;
  msg._lazy = 0;
  var hwm = msg.socket ? msg.socket.readableHighWaterMark : undefined;
  var state = new ReadableState(hwm !== undefined ? { highWaterMark: hwm } : undefined, msg,
    false);
  state.readingMore = true;
  defineState(msg, state);
  if (lazy === LAZY_DONE) {
    // as resume() and the end-of-stream ticks left it
    state.ended = true;
    state.endEmitted = true;
    state.flowing = true;
    state.paused = false;
    state.destroyed = true;
    state.closed = true;
    state.closeEmitted = true;
  } else if (lazy >= LAZY_ENDED) {
    msg.push(null);
    if (lazy === LAZY_DUMPED) {
      msg.removeAllListeners('data');
      msg.resume();
    }
  }
  return state;
}

Object.defineProperty(IncomingMessage.prototype, '_readableState', {
  configurable: true,
  get: function () { return materialize(this); },
  set: function (state) { defineState(this, state); }
});

// The message is complete (the parser's end): push(null), or owe it.
IncomingMessage.prototype._complete = function () {
  this.complete = true;
  if (this._lazy === LAZY_OPEN) this._lazy = LAZY_ENDED;
  else this.push(null);
};

// The server's _dump() of a request nobody read: owes it when it has no state yet.
IncomingMessage.prototype._dumpLazy = function () {
  if (this._lazy === LAZY_ENDED && !this._dumped) {
    this._dumped = true;
    this._lazy = LAZY_DUMPED;
  } else {
    this._dump();
  }
};

// The ticks after the server's _dump() have passed (the response's 'close').
IncomingMessage.prototype._lazyDone = function () {
  if (this._lazy === LAZY_DUMPED) this._lazy = LAZY_DONE;
};

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  configurable: true,
  get: function () { return this.socket; },
  set: function (v) { this.socket = v; }
});

// headersDistinct and trailersDistinct: every value of each field, in an object without
// a prototype made on first use and kept (Node's kHeadersDistinct/kTrailersDistinct)
function distinct(raw) {
  var out = Object.create(null);
  for (var i = 0; i < raw.length; i += 2) {
    var k = raw[i].toLowerCase();
    if (out[k] === undefined) out[k] = [raw[i + 1]];
    else out[k].push(raw[i + 1]);
  }
  return out;
}

[['headersDistinct', 'rawHeaders'], ['trailersDistinct', 'rawTrailers']].forEach(function (p) {
  var key = '_' + p[0];
  Object.defineProperty(IncomingMessage.prototype, p[0], {
    configurable: true,
    get: function () {
      if (!this[key]) {
        Object.defineProperty(this, key, {
          value: distinct(this[p[1]]), writable: true, configurable: true, enumerable: false
        });
      }
      return this[key];
    },
    set: function (v) {
      Object.defineProperty(this, key, {
        value: v, writable: true, configurable: true, enumerable: false
      });
    }
  });
});

IncomingMessage.prototype.setTimeout = function (msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function (n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  // The socket was paused by a full buffer (parserOnBody): read on.
  if (this.socket && this.socket.readable && !this.socket._paused)
    this.socket.resume();
};

// Node's onError: an 'error' only for those who listen.
function onError(self, error, cb) {
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

IncomingMessage.prototype._destroy = function (err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    var self = this;
    this.socket.once('close', function () { process.nextTick(onError, self, err, cb); });
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

// Fields that keep their first value when repeated.
var single = {
  'age': 1, 'authorization': 1, 'content-length': 1, 'content-type': 1, 'etag': 1,
  'expires': 1, 'from': 1, 'host': 1, 'if-modified-since': 1, 'if-unmodified-since': 1,
  'last-modified': 1, 'location': 1, 'max-forwards': 1, 'proxy-authorization': 1,
  'referer': 1, 'retry-after': 1, 'server': 1, 'user-agent': 1
};

IncomingMessage.prototype._addHeaderLines = function (headers, n) {
  if (headers && headers.length) {
    var raw, dest;
    if (this.complete) {
      this.rawTrailers = headers;
      raw = this.rawTrailers;
      dest = this.trailers;
    } else {
      this.rawHeaders = headers;
      raw = this.rawHeaders;
      dest = this.headers;
    }
    if (dest) {
      for (var i = 0; i < n; i += 2) this._addHeaderLine(raw[i], raw[i + 1], dest);
    }
  }
};

// Node's order: set-cookie, then the delimited lists (every field but the single ones,
// whatever joinDuplicateHeaders says: a name Object.prototype has, such as constructor,
// is a list that starts here), then the single fields, joined only with
// joinDuplicateHeaders. runtime/http_parser.c builds the same object for a head without
// joinDuplicateHeaders.
IncomingMessage.prototype._addHeaderLine = function (field, value, dest) {
  field = field.toLowerCase();
  if (field === 'set-cookie') {
    if (dest['set-cookie'] !== undefined) dest['set-cookie'].push(value);
    else dest['set-cookie'] = [value];
  } else if (single[field] !== 1) {
    if (typeof dest[field] === 'string') dest[field] += (field === 'cookie' ? '; ' : ', ') + value;
    else dest[field] = value;
  } else if (this.joinDuplicateHeaders) {
    if (dest[field] === undefined) dest[field] = value;
    else dest[field] += ', ' + value;
  } else if (dest[field] === undefined) {
    dest[field] = value;
  }
};

// Throws the body away (nobody reads it) so the connection can go on.
IncomingMessage.prototype._dump = function () {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = { IncomingMessage: IncomingMessage, readStart: null, readStop: null };
// for lib/_http_common.js only (not enumerable: the module's keys stay Node's)
Object.defineProperty(module.exports, '_presetHeaders', { value: presetHeaders });
