// _http_outgoing — OutgoingMessage, the common part of ServerResponse and ClientRequest
// (Node 20's lib/_http_outgoing.js behaviour): headers kept by lower-cased name with
// their original spelling, the head built once (_storeHeader: the caller's headers in
// order, then Date, Connection/Keep-Alive, Content-Length or Transfer-Encoding), the
// body sent through the socket with the head in front of its first piece, chunked when
// no length is known, buffered in outputData until a socket is assigned. 'finish' comes
// when the last write has been handed to the kernel.
'use strict';

var Stream = require('stream');
var EventEmitter = require('events');
var Buffer = require('buffer').Buffer;
var errors = require('internal/errors');
var common = require('_http_common');

var CRLF = '\r\n';
var HIGH_WATER_MARK = 16 * 1024;

function inherits(ctor, base) {
  ctor.prototype = Object.create(base.prototype, {
    constructor: { value: ctor, writable: true, configurable: true }
  });
}

function nodeError(Ctor, code, message) {
  return errors.withCodeInStack(errors.makeNodeError(Ctor, code, message));
}

function nop() {}

// Would msg.emit(type) call anyone? An emit costs the interpreter an arguments object
// and a scope even when nobody listens; a message whose emit is its own (a subclass's
// override) is always asked.
var emitterEmit = Stream.prototype.emit;
function listened(msg, type) {
  var events = msg._events;
  return events === undefined || events[type] !== undefined || msg.emit !== emitterEmit;
}

// The Date header's value (RFC 7231's IMF-fixdate, as V8's toUTCString gives it), made
// once per second.
var days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function pad2(n) { return n < 10 ? '0' + n : '' + n; }
function imfDate(d) {
  return days[d.getUTCDay()] + ', ' + pad2(d.getUTCDate()) + ' ' + months[d.getUTCMonth()] +
    ' ' + d.getUTCFullYear() + ' ' + pad2(d.getUTCHours()) + ':' + pad2(d.getUTCMinutes()) +
    ':' + pad2(d.getUTCSeconds()) + ' GMT';
}
var dateCache;
var dateLineCache;	// 'Date: ' + dateCache + CRLF, the form every head takes
function utcDate() {
  if (!dateCache) {
    dateCache = imfDate(new Date());
    dateLineCache = 'Date: ' + dateCache + CRLF;
    setTimeout(resetDate, 1000 - new Date().getMilliseconds()).unref();
  }
  return dateCache;
}
// apart from utcDate, which would otherwise keep its variables in a scope object
function resetDate() {
  dateCache = undefined;
}

// 'Connection: keep-alive' and its Keep-Alive line, made once per (timeout, max): the
// same for every response of a server.
var keepAliveTimeoutKey = -1;
var keepAliveMaxKey = -1;
var keepAliveLines = '';
function keepAliveHeader(timeout, max) {
  if (timeout !== keepAliveTimeoutKey || max !== keepAliveMaxKey) {
    keepAliveTimeoutKey = timeout;
    keepAliveMaxKey = max;
    keepAliveLines = 'Connection: keep-alive' + CRLF + 'Keep-Alive: timeout=' +
      Math.floor(timeout / 1000) + (max > 0 ? ', max=' + max : '') + CRLF;
  }
  return keepAliveLines;
}

function OutgoingMessage(options) {
  initOutgoing(this, options);
}

// The constructor's work (ServerResponse's calls it directly).
function initOutgoing(msg, options) {
  // all that Stream.call(this) does: EventEmitter.init, inline for a message with no
  // _events yet, no kShapeMode and no kCapture to give it
  if (msg._events === undefined && !binding.eventsCaptureRejections &&
      msg['events.kShapeMode'] === undefined && msg['events.kCapture'] === undefined) {
    msg._events = Object.create(null);
    msg._eventsCount = 0;
    msg._maxListeners = msg._maxListeners || undefined;
  } else {
    EventEmitter.init.call(msg);
  }
  msg.outputData = [];
  msg.socket = null;
  // (the default, 16 KiB, is the prototype's)
  if (options && options.highWaterMark && options.highWaterMark !== msg._highWaterMark)
    msg._highWaterMark = options.highWaterMark;
}
inherits(OutgoingMessage, Stream);

// The defaults of a message's state live on the prototype, not on each message: the
// interpreter pays for every own property a constructor makes (a tree insertion and an
// allocation each), and a message only comes to own the fields it changes. Not
// enumerable, so for-in still lists what a message owns.
function defaults(proto, values) {
  for (var k in values)
    Object.defineProperty(proto, k, { value: values[k], writable: true, configurable: true });
}
defaults(OutgoingMessage.prototype, {
  outputSize: 0,
  writable: true,
  destroyed: false,
  _last: false,
  chunkedEncoding: false,
  shouldKeepAlive: true,
  maxRequestsOnConnectionReached: false,
  _defaultKeepAlive: true,
  useChunkedEncodingByDefault: true,
  sendDate: false,
  _removedConnection: false,
  _removedContLen: false,
  _removedTE: false,
  strictContentLength: false,
  _bytesWritten: 0,	// body bytes written, counted under strictContentLength
  _contentLength: null,
  _hasBody: true,
  _trailer: '',
  _needDrain: false,
  finished: false,
  _headerSent: false,
  _corked: 0,
  _closed: false,
  _header: null,
  _headers: null,	// lower-cased name -> [name, value]
  _keepAliveTimeout: 0,
  _maxRequestsPerSocket: 0,
  _onPendingData: nop,
  _highWaterMark: HIGH_WATER_MARK
});

function defGetter(name, get) {
  Object.defineProperty(OutgoingMessage.prototype, name, { configurable: true, get: get });
}
defGetter('writableFinished', function () {
  return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
});
defGetter('writableObjectMode', function () { return false; });
defGetter('writableLength', function () {
  return this.outputSize + (this.socket ? this.socket.writableLength : 0);
});
defGetter('writableHighWaterMark', function () {
  return this.socket ? this.socket.writableHighWaterMark : this._highWaterMark;
});
defGetter('writableCorked', function () { return this._corked; });
defGetter('writableEnded', function () { return this.finished; });
defGetter('writableNeedDrain', function () { return !this.destroyed && !this.finished && this._needDrain; });
defGetter('headersSent', function () { return !!this._header; });
Object.defineProperty(OutgoingMessage.prototype, 'connection', {
  configurable: true,
  get: function () { return this.socket; },
  set: function (v) { this.socket = v; }
});

OutgoingMessage.prototype.cork = function () {
  if (this.socket) this.socket.cork();
  else this._corked++;
};

OutgoingMessage.prototype.uncork = function () {
  if (this.socket) this.socket.uncork();
  else if (this._corked) this._corked--;
};

OutgoingMessage.prototype.setTimeout = function (msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', function (socket) { socket.setTimeout(msecs); });
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

OutgoingMessage.prototype.destroy = function (error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.socket) {
    this.socket.destroy(error);
  } else {
    this.once('socket', function (socket) { socket.destroy(error); });
  }
  return this;
};

// Hands data to the socket, or keeps it until one is assigned.
OutgoingMessage.prototype._send = function (data, encoding, callback) {
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      var header = this._header;
      this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback);
};

OutgoingMessage.prototype._writeRaw = function (data, encoding, callback) {
  var conn = this.socket;
  if (conn && conn.destroyed) return false;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  this.outputData.push({ data: data, encoding: encoding, callback: callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this._highWaterMark;
};

function validateHeaderName(name) {
  if (typeof name !== 'string' || !name || !common._checkIsHttpToken(name))
    throw nodeError(TypeError, 'ERR_INVALID_HTTP_TOKEN',
      'Header name must be a valid HTTP token ["' + name + '"]');
}

function validateHeaderValue(name, value) {
  if (value === undefined)
    throw nodeError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE',
      'Invalid value "' + value + '" for header "' + name + '"');
  if (common._checkInvalidHeaderChar(String(value)))
    throw nodeError(TypeError, 'ERR_INVALID_CHAR',
      'Invalid character in header content ["' + name + '"]');
}

// Builds the head from firstLine and headers (this._headers, an object or a flat array).
var noHeaders = { connection: false, contLen: false, te: false, date: false, expect: false,
  trailer: false, header: '' };

OutgoingMessage.prototype._storeHeader = function (firstLine, headers) {
  var state = noHeaders;	// read-only: nothing to record without headers
  var i, key, value;
  if (headers) {
    state = { connection: false, contLen: false, te: false, date: false, expect: false,
      trailer: false, header: firstLine };
    if (headers === this._headers) {
      for (key in headers) {
        var entry = headers[key];
        processHeader(this, state, entry[0], entry[1], false);
      }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (i = 0; i < headers.length; i++)
          processHeader(this, state, headers[i][0], headers[i][1], true);
      } else {
        for (i = 0; i + 1 < headers.length; i += 2)
          processHeader(this, state, headers[i], headers[i + 1], true);
      }
    } else {
      for (key in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, key))
          processHeader(this, state, key, headers[key], true);
      }
    }
  }
  // the head is the first line (and headers), then these, then a blank line
  var dateLine = '', connLines = '', lengthLine = '';
  if (this.sendDate && !state.date) {
    if (!dateCache) utcDate();
    dateLine = dateLineCache;
  }
  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this._hasBody = false;
  }
  if (this._removedConnection) {
    this._last = !this.shouldKeepAlive;
  } else if (!state.connection) {
    var shouldSendKeepAlive = this.shouldKeepAlive &&
      (state.contLen || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      connLines = 'Connection: close\r\n';
    } else if (shouldSendKeepAlive) {
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        var max = ~~this._maxRequestsPerSocket > 0 ? this._maxRequestsPerSocket : 0;
        connLines = this._keepAliveTimeout === keepAliveTimeoutKey && max === keepAliveMaxKey ?
          keepAliveLines : keepAliveHeader(this._keepAliveTimeout, max);
      } else {
        connLines = 'Connection: keep-alive\r\n';
      }
    } else {
      this._last = true;
      connLines = 'Connection: close\r\n';
    }
  }
  if (!state.contLen && !state.te) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
      lengthLine = 'Content-Length: ' + this._contentLength + '\r\n';
    } else if (!this._removedTE) {
      lengthLine = 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      this._last = true;
    }
  }
  if (this.chunkedEncoding !== true && state.trailer)
    throw nodeError(Error, 'ERR_HTTP_TRAILER_INVALID',
      'Trailers are invalid with this transfer encoding');
  var header;
  if (state !== noHeaders) {
    header = state.header + dateLine + connLines + lengthLine + '\r\n';
  } else if (firstLine === lastHead[0] && dateLine === lastHead[1] &&
      connLines === lastHead[2] && lengthLine === lastHead[3]) {
    header = lastHead[4];	// the same as the last head without headers
  } else {
    header = firstLine + dateLine + connLines + lengthLine + '\r\n';
    lastHead[0] = firstLine;
    lastHead[1] = dateLine;
    lastHead[2] = connLines;
    lastHead[3] = lengthLine;
    lastHead[4] = header;
  }
  this._header = header;
  if (this._headerSent) this._headerSent = false;	// (false: the prototype's)
  if (state.expect) this._send('');
};
// The last head made without headers: its first line, Date, Connection and length lines,
// and the head they made.
var lastHead = ['', '', '', '', ''];

function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  if (Array.isArray(value)) {
    if (value.length < 2 || !isCookieField(key)) {
      for (var i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

function isCookieField(s) {
  return s.length === 6 && s.toLowerCase() === 'cookie';
}

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  state.header += key + ': ' + value + CRLF;
  matchHeader(self, state, key, value);
}

function matchHeader(self, state, field, value) {
  if (field.length < 4 || field.length > 17) return;
  field = field.toLowerCase();
  switch (field) {
    case 'connection':
      state.connection = true;
      self._removedConnection = false;
      if (/(?:^|\W)close(?:$|\W)/i.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      self._removedTE = false;
      if (common.chunkExpression.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
      state[field] = true;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

OutgoingMessage.prototype.setHeader = function (name, value) {
  if (this._header)
    throw nodeError(Error, 'ERR_HTTP_HEADERS_SENT',
      'Cannot set headers after they are sent to the client');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  if (this._headers === null) this._headers = {};
  this._headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function (headers) {
  var self = this;
  if (headers && typeof headers.forEach === 'function')
    headers.forEach(function (value, key) { self.setHeader(key, value); });
  return this;
};

OutgoingMessage.prototype.appendHeader = function (name, value) {
  if (this._header)
    throw nodeError(Error, 'ERR_HTTP_HEADERS_SENT',
      'Cannot append headers after they are sent to the client');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  var field = name.toLowerCase();
  if (this._headers === null) this._headers = {};
  var existing = this._headers[field];
  if (existing) {
    var list = Array.isArray(existing[1]) ? existing[1] : [existing[1]];
    this._headers[field] = [existing[0], list.concat(value)];
  } else {
    this._headers[field] = [name, value];
  }
  return this;
};

function checkName(name) {
  if (typeof name !== 'string')
    throw errors.withCodeInStack(errors.invalidArgType('name', 'string', name));
}

OutgoingMessage.prototype.getHeader = function (name) {
  checkName(name);
  if (this._headers === null) return;
  var entry = this._headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function () {
  return this._headers !== null ? Object.keys(this._headers) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function () {
  if (this._headers === null) return [];
  var out = [];
  for (var k in this._headers) out.push(this._headers[k][0]);
  return out;
};

OutgoingMessage.prototype.getHeaders = function () {
  var ret = Object.create(null);
  if (this._headers) {
    for (var k in this._headers) ret[k] = this._headers[k][1];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function (name) {
  checkName(name);
  return this._headers !== null && !!this._headers[name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function (name) {
  checkName(name);
  if (this._header)
    throw nodeError(Error, 'ERR_HTTP_HEADERS_SENT',
      'Cannot remove headers after they are sent to the client');
  var key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this._headers !== null) delete this._headers[key];
};

OutgoingMessage.prototype._implicitHeader = function () {
  throw nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
    'The _implicitHeader() method is not implemented');
};

OutgoingMessage.prototype.write = function (chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  var ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this._needDrain = true;
  return ret;
};

// Node 20's onError/emitErrorNt: the callback gets the error, then the message emits
// it (an 'error' nobody listens to is uncaught, as in Node)
function onError(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(function () {
    callback(err);
    if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
  });
}

// Node's strictContentLength(msg): whether the body must match Content-Length
function strictContentLength(msg) {
  return msg.strictContentLength && msg._contentLength !== null &&
    msg._contentLength !== undefined && msg._hasBody && !msg._removedContLen &&
    !msg.chunkedEncoding && !msg.hasHeader('transfer-encoding');
}

function contentLengthMismatch(actual, expected) {
  return nodeError(Error, 'ERR_HTTP_CONTENT_LENGTH_MISMATCH', "Response body's " +
    'content-length of ' + actual + ' byte(s) does not match the content-length of ' +
    expected + ' byte(s) set in header');
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) {
    throw nodeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  } else if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw errors.withCodeInStack(errors.invalidArgType('chunk',
      ['string', 'Buffer', 'Uint8Array'], chunk));
  }
  var err;
  if (msg.finished) {
    err = nodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
  } else if (msg.destroyed) {
    err = nodeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed');
  }
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }
  var len;
  if (msg.strictContentLength || !msg._header) {
    len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
  }
  if (msg.strictContentLength) {
    if (strictContentLength(msg) && (fromEnd ? msg._bytesWritten + len !== msg._contentLength
        : msg._bytesWritten + len > msg._contentLength))
      throw contentLengthMismatch(len + msg._bytesWritten, msg._contentLength);
    msg._bytesWritten += len;
  }
  if (!msg._header) {
    if (fromEnd) msg._contentLength = len;
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    process.nextTick(callback);
    return true;
  }
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }
  var ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    if (len === undefined)
      len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
    msg._send(len.toString(16), 'latin1', null);
    msg._send(CRLF, null, null);
    msg._send(chunk, encoding, null);
    ret = msg._send(CRLF, null, callback);
  } else {
    ret = msg._send(chunk, encoding, callback);
  }
  return ret;
}

function connectionCorkNT(conn) {
  conn.uncork();
}

OutgoingMessage.prototype.addTrailers = function (headers) {
  this._trailer = '';
  var keys = Object.keys(headers);
  var isArray = Array.isArray(headers);
  for (var i = 0; i < keys.length; i++) {
    var field, value;
    if (isArray) {
      field = headers[keys[i]][0];
      value = headers[keys[i]][1];
    } else {
      field = keys[i];
      value = headers[field];
    }
    validateHeaderName(field);
    validateHeaderValue(field, value);
    this._trailer += field + ': ' + value + CRLF;
  }
};

// A callback that finishes msg. Made here, not in end() or endInOneWrite(): a function
// that makes a closure keeps its variables in a scope object the interpreter allocates
// and fills on every call, one that makes none keeps them on its stack.
function finisher(msg) {
  return function () { onFinish(msg); };
}

function onFinish(outmsg) {
  if (outmsg && outmsg.socket && outmsg.socket._hadError) return;
  // a server's own work on a response's finish, ahead of the 'finish' listeners (as
  // Node's resOnFinish, the first of them) without a listener per response
  if (outmsg._onFinished !== null) outmsg._onFinished();
  var events = outmsg._events;	// listened(outmsg, 'finish'), inline: once per response
  if (events === undefined || events.finish !== undefined || outmsg.emit !== emitterEmit)
    outmsg.emit('finish');
}

OutgoingMessage.prototype.end = function (chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (!this.finished && endInOneWrite(this, chunk, encoding, callback)) return this;
  if (chunk) {
    if (this.finished) {
      onError(this, nodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'),
        typeof callback !== 'function' ? nop : callback);
      return this;
    }
    if (this.socket) this.socket.cork();
    write_(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(nodeError(Error, 'ERR_STREAM_ALREADY_FINISHED',
        'Cannot call end after a stream was finished'));
    }
    return this;
  } else if (!this._header) {
    if (this.socket) this.socket.cork();
    this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') this.once('finish', callback);
  if (strictContentLength(this) && this._bytesWritten !== this._contentLength)
    throw contentLengthMismatch(this._bytesWritten, this._contentLength);
  var finish = finisher(this);
  if (this._hasBody && this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }
  if (this.socket) {
    this.socket._writableState.corked = 1;
    this.socket.uncork();
  }
  this._corked = 0;
  this.finished = true;
  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this)
    this._finish();
  return this;
};

// end()'s common case in one write: the head (if not sent yet), the last piece of the
// body and the chunked terminator as one string, where the general path makes up to
// six writes gathered by cork/uncork (the same bytes, the same 'finish' after the
// write's callback); straight to the handle when the socket's Writable side is idle
// (net's _writeDirect), through socket.write() otherwise. Taken when the message owns a writable socket with nothing kept
// back (outputData), the body is a UTF-8 string (or nothing) and no length is checked;
// false (nothing done) otherwise.
// A chunk's size line ('1a'), kept for sizes under 4 KiB.
var hexLengths = [];
function hexLength(len) {
  var hex = len.toString(16);
  if (len < 4096) hexLengths[len] = hex;
  return hex;
}
var utf8Length = binding.buffer.byteLength;	// (string, 0): UTF-8 bytes

function endInOneWrite(msg, chunk, encoding, callback) {
  var socket = msg.socket;
  if (socket === null || socket._httpMessage !== msg || !socket.writable ||
      msg.outputData.length !== 0 || !msg._hasBody || msg.strictContentLength)
    return false;
  if (chunk === undefined || chunk === null) {
    chunk = '';
  } else if (typeof chunk !== 'string' ||
      (encoding && encoding !== 'utf8' && encoding !== 'utf-8')) {
    return false;
  }
  var len = chunk.length === 0 ? 0 : -1;
  if (!msg._header) {
    len = len === 0 ? 0 : utf8Length(chunk, 0);	// Buffer.byteLength's native
    msg._contentLength = len;
    msg._implicitHeader();
    // the head made it bodiless (a 204 or 304): the general path's case
    if (!msg._hasBody) return false;
  }
  var data = chunk;
  if (msg.chunkedEncoding) {
    var last = msg._trailer === '' ? '0\r\n\r\n' : '0\r\n' + msg._trailer + '\r\n';
    if (len !== 0) {
      if (len < 0) len = utf8Length(chunk, 0);
      var hex = len < 4096 ? hexLengths[len] : undefined;
      if (hex === undefined) hex = hexLength(len);
      data = hex + '\r\n' + chunk + '\r\n' + last;
    } else {
      data = last;
    }
  }
  if (!msg._headerSent) {
    data = msg._header + data;
    msg._headerSent = true;
  }
  if (typeof callback === 'function') msg.once('finish', callback);
  if (typeof socket._writeDirect !== 'function' || !socket._writeDirect(data, onFinish, msg)) {
    var corked = socket._writableState.corked;
    socket.write(data, 'utf8', finisher(msg));
    if (corked) {
      socket._writableState.corked = 1;
      socket.uncork();
    }
  }
  if (msg._corked !== 0) msg._corked = 0;
  msg.finished = true;
  msg._finish();
  return true;
}

OutgoingMessage.prototype._onFinished = null;	// the server's, per connection

OutgoingMessage.prototype._finish = function () {
  var events = this._events;	// listened(this, 'prefinish'), inline: once per response
  if (events === undefined || events.prefinish !== undefined || this.emit !== emitterEmit)
    this.emit('prefinish');
};

// Writes what was kept before a socket came; true if the socket took it all.
OutgoingMessage.prototype._flush = function () {
  var socket = this.socket;
  if (socket && socket.writable) {
    var ret = this._flushOutput(socket);
    if (this.finished) {
      this._finish();
    } else if (ret && this._needDrain) {
      this._needDrain = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function (socket) {
  while (this._corked) {
    this._corked--;
    socket.cork();
  }
  var outputLength = this.outputData.length;
  if (outputLength <= 0) return undefined;
  var outputData = this.outputData;
  socket.cork();
  var ret;
  for (var i = 0; i < outputLength; i++) {
    var d = outputData[i];
    ret = socket.write(d.data, d.encoding, d.callback);
  }
  socket.uncork();
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function () {
  if (!this._header) this._implicitHeader();
  this._send('');
};

OutgoingMessage.prototype.pipe = function () {
  this.emit('error', nodeError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'));
};

module.exports = {
  OutgoingMessage: OutgoingMessage,
  _init: initOutgoing,
  _defaults: defaults,
  _listened: listened,
  validateHeaderName: validateHeaderName,
  validateHeaderValue: validateHeaderValue,
  utcDate: utcDate
};
