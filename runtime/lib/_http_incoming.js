// _http_incoming — IncomingMessage: a request the server received or a response the
// client received, as a Readable of its body (Node 20's lib/_http_incoming.js
// behaviour). Headers are lower-cased with Node's duplicate rules: set-cookie collects
// an array, cookie joins with '; ', a fixed set of single-valued fields keeps the first,
// every other field joins with ', ' (all of them kept, as sent, in rawHeaders).
'use strict';

var Readable = require('stream').Readable;

function inherits(ctor, base) {
  ctor.prototype = Object.create(base.prototype, {
    constructor: { value: ctor, writable: true, configurable: true }
  });
}

function IncomingMessage(socket) {
  var streamOptions;
  if (socket) {
    streamOptions = { highWaterMark: socket.readableHighWaterMark };
  }
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this.headers = {};
  this.trailers = {};
  this._consuming = false;
  this._dumped = false;
}
inherits(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  configurable: true,
  get: function () { return this.socket; },
  set: function (v) { this.socket = v; }
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  configurable: true,
  get: function () {
    var out = {};
    for (var i = 0; i < this.rawHeaders.length; i += 2) {
      var k = this.rawHeaders[i].toLowerCase();
      if (out[k] === undefined) out[k] = [this.rawHeaders[i + 1]];
      else out[k].push(this.rawHeaders[i + 1]);
    }
    return out;
  }
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

IncomingMessage.prototype._addHeaderLine = function (field, value, dest) {
  field = field.toLowerCase();
  if (field === 'set-cookie') {
    if (dest['set-cookie'] !== undefined) dest['set-cookie'].push(value);
    else dest['set-cookie'] = [value];
  } else if (this.joinDuplicateHeaders) {
    if (dest[field] === undefined) dest[field] = value;
    else dest[field] += (field === 'cookie' ? '; ' : ', ') + value;
  } else if (single[field] === 1) {
    if (dest[field] === undefined) dest[field] = value;
  } else if (typeof dest[field] === 'string') {
    dest[field] += (field === 'cookie' ? '; ' : ', ') + value;
  } else {
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
