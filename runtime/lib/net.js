// net — TCP servers and sockets (Node 20's lib/net.js behaviour) on binding.tcp
// (runtime/tcp.c over runtime/stream_wrap.c).
//
// A Socket is a Duplex over a stream handle: reads start when the readable side wants
// data and stop when push() says the buffer is full (backpressure back to the kernel);
// writes go straight to the handle, which writes at once what the kernel takes (the
// write callback then runs synchronously, as Node's req.async false) and queues the
// rest, calling back when it is out; write() returns false past the high-water mark and
// 'drain' follows as in any Writable. End of input pushes null; without allowHalfOpen
// the writable side ends then too. Errors are Node's: "connect ECONNREFUSED
// 127.0.0.1:PORT" (errno, code, syscall, address, port), "listen EADDRINUSE: address
// already in use :::PORT". Handle callbacks come from C as I/O callbacks (poll phase),
// close callbacks in the close phase.
//
// The handle layer is generic (onread/write/shutdown/close on any uv_stream_t): a pipe
// or IPC handle can take a TCP handle's place under Socket.
//
// A path (listen(path), connect(path), { path }) is a Unix domain socket: a pipe handle
// (binding.pipe, runtime/process_wrap.c) in the TCP handle's place; Server#address()
// is then the path. BlockList and SocketAddress are in internal/blocklist.
//
// Differences from Node: host names are not resolved through DNS (there is no dns
// module yet): an IP literal, or 'localhost' (127.0.0.1), or ENOTFOUND; no
// autoSelectFamily attempts; a cluster worker listening on a path listens itself.
'use strict';

var EventEmitter = require('events');
var stream = require('stream');
var Buffer = require('buffer').Buffer;
var errors = require('internal/errors');
var timers = require('timers');
var unenroll = require('internal/timers').unenroll;
var refreshLazy = require('internal/timers').refreshLazy;
var T = binding.tcp;

var UV_EOF = T.EOF;
var UV_ENOTCONN = T.ENOTCONN;

function noop() {}

function inherits(ctor, base) {
  ctor.prototype = Object.create(base.prototype, {
    constructor: { value: ctor, writable: true, configurable: true }
  });
}

function copyOwn(obj) {
  var out = {};
  if (obj) for (var k in obj) if (Object.prototype.hasOwnProperty.call(obj, k)) out[k] = obj[k];
  return out;
}

// ---------------------------------------------------------------------------
// Addresses

var v4Seg = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
var v4Str = '(?:' + v4Seg + '\\.){3}' + v4Seg;
var IPv4Reg = new RegExp('^' + v4Str + '$');
function isIPv4(s) { return IPv4Reg.test(String(s)); }
var hexGroup = /^[0-9a-fA-F]{1,4}$/;
var zoneId = /^[0-9a-zA-Z\-.:]+$/;

// Groups of one side of '::' (or of the whole address): their count, the last one
// possibly a dotted IPv4 (two groups); -1 if malformed.
function v6Groups(part, last) {
  if (part === '') return 0;
  var groups = part.split(':');
  var n = 0;
  for (var i = 0; i < groups.length; i++) {
    if (last && i === groups.length - 1 && groups[i].indexOf('.') >= 0) {
      if (!IPv4Reg.test(groups[i])) return -1;
      n += 2;
    } else if (hexGroup.test(groups[i])) {
      n++;
    } else {
      return -1;
    }
  }
  return n;
}

function isIPv6(s) {
  s = String(s);
  var pct = s.indexOf('%');
  if (pct >= 0) {
    if (!zoneId.test(s.slice(pct + 1))) return false;
    s = s.slice(0, pct);
  }
  var dbl = s.indexOf('::');
  if (dbl < 0) return v6Groups(s, true) === 8;
  if (s.indexOf('::', dbl + 1) >= 0) return false;
  var head = v6Groups(s.slice(0, dbl), false);
  var tail = v6Groups(s.slice(dbl + 2), true);
  return head >= 0 && tail >= 0 && head + tail <= 7;
}
function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// ---------------------------------------------------------------------------
// Errors (Node's errnoException, exceptionWithHostPort, uvExceptionWithHostPort)

function errnoException(err, syscall, original) {
  var code = T.errInfo(err)[0];
  var e = new Error(original ? syscall + ' ' + code + ' ' + original : syscall + ' ' + code);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  return e;
}

function exceptionWithHostPort(err, syscall, address, port) {
  var code = T.errInfo(err)[0];
  var details = port && port > 0 ? address + ':' + port : address;
  var e = new Error(syscall + ' ' + code + ' ' + details);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  return e;
}

function uvExceptionWithHostPort(err, syscall, address, port) {
  var info = T.errInfo(err);
  var details = '';
  if (port && port > 0) details = ' ' + address + ':' + port;
  else if (address) details = ' ' + address;
  var e = new Error(syscall + ' ' + info[0] + ': ' + info[1] + details);
  e.code = info[0];
  e.errno = err;
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  return e;
}

function nodeError(Ctor, code, message) {
  return errors.withCodeInStack(errors.makeNodeError(Ctor, code, message));
}

function badPort(name, port) {
  return nodeError(RangeError, 'ERR_SOCKET_BAD_PORT', name +
    ' should be >= 0 and < 65536. Received ' + errors.describeReceived(port) + '.');
}

// Node's validatePort: a number or numeric string in [0, 65536).
function validatePort(port, name) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF)
    throw badPort(name || 'Port', port);
  return port | 0;
}

// The address to connect to or listen on for a host name; null if unknown.
function resolveHost(host) {
  if (isIP(host)) return host;
  if (host === 'localhost') return '127.0.0.1';
  return null;
}

function lookupError(host, syscall) {
  var e = new Error(syscall + ' ENOTFOUND ' + host);
  e.errno = -3008;
  e.code = 'ENOTFOUND';
  e.syscall = syscall;
  e.hostname = host;
  return e;
}

// ---------------------------------------------------------------------------
// Socket

inherits(Socket, stream.Duplex);
inherits(Server, EventEmitter);

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else options = copyOwn(options);
  if (options.fd !== undefined)
    throw new Error('net.Socket: fd option is not supported by leakscope yet');

  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this._peername = null;
  this._sockname = null;
  this._pendingData = null;
  this._pendingEncoding = '';
  this._timeoutTimer = null;
  this._bytesRead = 0;
  this._bytesDispatched = 0;
  // no own timeout until setTimeout() (undefined, as Node's)

  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  stream.Duplex.call(this, options);

  if (options.handle) {
    this._handle = options.handle;
    initSocketHandle(this);
  }
  this.on('end', onReadableStreamEnd);
  this.server = null;
  this._server = null;

  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
  if (options.signal) addSignal(this, options.signal);
}

function addSignal(socket, signal) {
  var onAbort = function () { socket.destroy(abortError(signal)); };
  if (signal.aborted) process.nextTick(onAbort);
  else {
    signal.addEventListener('abort', onAbort);
    socket.once('close', function () { signal.removeEventListener('abort', onAbort); });
  }
}

function abortError(signal) {
  var e = new Error('The operation was aborted');
  e.code = 'ABORT_ERR';
  e.name = 'AbortError';
  if (signal && signal.reason !== undefined) e.cause = signal.reason;
  return e;
}

function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  if (self._handle) {
    self._handle.owner = self;
    self._handle.onread = onStreamRead;
    self._handle.reading = false;
  }
}

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded)
    return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  var er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

// The handle's onread: `this` is the handle.
function onStreamRead(nread, buf) {
  var handle = this;
  var socket = handle.owner;
  if (nread > 0 && !socket.destroyed) {
    socket._updateTimer();
    if (!socket.push(buf) && handle.reading) {
      handle.reading = false;
      var err = handle.readStop();
      if (err) socket.destroy(errnoException(err, 'read'));
    }
    return;
  }
  if (nread === 0 || nread > 0) return;
  if (nread !== UV_EOF) {
    socket.destroy(errnoException(nread, 'read'));
    return;
  }
  handle.reading = false;
  handle.readStop();
  socket.push(null);
  socket.read(0);
}

function tryReadStart(socket) {
  socket._handle.reading = true;
  var err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

Socket.prototype._read = function (n) {
  if (this.connecting || !this._handle) {
    var self = this;
    this.once('connect', function () { self._read(n); });
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

Socket.prototype.read = function (n) {
  return stream.Duplex.prototype.read.call(this, n);
};

Socket.prototype.pause = function () {
  if (this._handle && this._handle.reading && !this.connecting) {
    this._handle.reading = false;
    if (!this.destroyed) {
      var err = this._handle.readStop();
      if (err) this.destroy(errnoException(err, 'read'));
    }
  }
  return stream.Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function () {
  if (this._handle && !this._handle.reading && !this.connecting && !this.destroyed)
    tryReadStart(this);
  return stream.Duplex.prototype.resume.call(this);
};

Socket.prototype._updateTimer = function () {
  if (this._timeoutTimer) this._timeoutTimer.refresh();
};
Socket.prototype._unrefTimer = Socket.prototype._updateTimer;

Socket.prototype.setTimeout = function (msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  var timer = this._timeoutTimer;
  if (timer) {
    // Disarmed but left in its list (the list drops it if it comes due) and kept to be
    // armed again: an http server clears and sets a keep-alive timeout around every
    // request, and taking the timer out of its list each time costs more than this.
    timer._onTimeout = null;
    this._timeoutTimer = null;
    this._spareTimer = timer;
  }
  if (typeof msecs !== 'number' || msecs !== msecs || msecs < 0)
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "msecs" is out of range. ' +
      'It must be a non-negative finite number. Received ' + errors.inspectValue(msecs));
  if (msecs === 0) {
    if (callback !== undefined) this.removeListener('timeout', callback);
  } else {
    timer = this._spareTimer;
    this._spareTimer = null;
    if (timer && msecs >= 1 && msecs <= TIMEOUT_MAX) {
      // a cleared timer armed again: unref'd, the same callback, a new duration
      timer._onTimeout = timer._socketTimeout;
      if (timer._idleTimeout === msecs) {
        refreshLazy(timer);	// still in its list: only the new start is recorded
      } else {
        timer._idleTimeout = msecs;
        timer.refresh();
      }
    } else {
      if (timer) unenroll(timer);
      timer = socketTimer(this, msecs);
    }
    this._timeoutTimer = timer;
    if (callback !== undefined) this.once('timeout', callback);
  }
  return this;
};

var TIMEOUT_MAX = 2147483647;

// The unref'd timer that emits socket's 'timeout' (made apart from setTimeout, which the
// closure would otherwise make keep its variables in a scope object on every call).
function socketTimer(socket, msecs) {
  var timer = timers.setTimeout(function () {
    socket._timeoutTimer = null;
    socket.emit('timeout');
  }, msecs);
  timer._socketTimeout = timer._onTimeout;
  timer.unref();
  return timer;
}

function clearSocketTimer(socket) {
  if (socket._timeoutTimer) {
    timers.clearTimeout(socket._timeoutTimer);
    socket._timeoutTimer = null;
  }
  if (socket._spareTimer) {
    unenroll(socket._spareTimer);	// disarmed already (setTimeout)
    socket._spareTimer = null;
  }
}

Socket.prototype._onTimeout = function () { this.emit('timeout'); };

Socket.prototype.setNoDelay = function (enable) {
  if (!this._handle) {
    this._noDelay = enable === undefined ? true : !!enable;
    return this;
  }
  this._handle.setNoDelay(enable === undefined ? true : !!enable);
  return this;
};

Socket.prototype.setKeepAlive = function (enable, initialDelayMsecs) {
  enable = Boolean(enable);
  var delay = ~~((initialDelayMsecs || 0) / 1000);
  if (!this._handle) {
    this._keepAlive = [enable, delay];
    return this;
  }
  this._handle.setKeepAlive(enable, delay);
  return this;
};

Socket.prototype.address = function () {
  return this._getsockname();
};

Object.defineProperty(Socket.prototype, '_connecting', {
  configurable: true,
  get: function () { return this.connecting; }
});

Object.defineProperty(Socket.prototype, 'pending', {
  configurable: true,
  get: function () { return !this._handle || this.connecting; }
});

Object.defineProperty(Socket.prototype, 'readyState', {
  configurable: true,
  get: function () {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  configurable: true,
  get: function () {
    if (this._handle) return this.writableLength;
    return undefined;
  }
});

Object.defineProperty(Socket.prototype, 'bytesRead', {
  configurable: true,
  get: function () { return this._handle ? this._handle.bytesRead() : this._bytesRead; }
});

Object.defineProperty(Socket.prototype, 'bytesWritten', {
  configurable: true,
  get: function () {
    var bytes = this._handle ? this._handle.bytesWritten() : this._bytesDispatched;
    var state = this._writableState;
    var data = this._pendingData;
    var encoding = this._pendingEncoding;
    var i;
    if (!state) return undefined;
    var buffered = state.getBuffer();
    for (i = 0; i < buffered.length; i++) {
      var el = buffered[i];
      if (Buffer.isBuffer(el.chunk)) bytes += el.chunk.length;
      else bytes += Buffer.byteLength(el.chunk, el.encoding);
    }
    if (Array.isArray(data)) {
      for (i = 0; i < data.length; i++) {
        var c = data[i].chunk;
        bytes += Buffer.isBuffer(c) ? c.length : Buffer.byteLength(c, data[i].encoding);
      }
    } else if (data) {
      bytes += typeof data === 'string' ? Buffer.byteLength(data, encoding) : data.length;
    }
    return bytes;
  }
});

Socket.prototype._getpeername = function () {
  if (!this._handle || this.connecting) return this._peername || {};
  if (!this._peername) {
    var out = {};
    if (this._handle.getpeername(out)) return this._peername || {};
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function () {
  if (!this._handle) return {};
  if (!this._sockname) {
    var out = {};
    if (this._handle.getsockname(out)) return {};
    this._sockname = out;
  }
  return this._sockname;
};

function protoGetter(name, fn) {
  Object.defineProperty(Socket.prototype, name, {
    configurable: false, enumerable: true, get: fn
  });
}
protoGetter('remoteAddress', function () { return this._getpeername().address; });
protoGetter('remoteFamily', function () { return this._getpeername().family; });
protoGetter('remotePort', function () { return this._getpeername().port; });
protoGetter('localAddress', function () { return this._getsockname().address; });
protoGetter('localPort', function () { return this._getsockname().port; });
protoGetter('localFamily', function () { return this._getsockname().family; });

Socket.prototype._writeGeneric = function (writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    var self = this;
    var onClose = function () {
      cb(nodeError(Error, 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
        'Socket closed before the connection was established'));
    };
    this.once('connect', function connect() {
      self.removeListener('close', onClose);
      self._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(nodeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
    return false;
  }
  this._updateTimer();
  var handle = this._handle;
  var socket = this;
  var done = function (status) {
    if (socket.destroyed) {
      cb(null);
      return;
    }
    if (status < 0) {
      cb(errnoException(status, 'write'));
      return;
    }
    socket._updateTimer();
    cb(null);
  };
  var r;
  if (writev) {
    var chunks = new Array(data.length);
    for (var i = 0; i < data.length; i++) {
      var c = data[i].chunk;
      var enc = data[i].encoding;
      if (typeof c === 'string' && enc !== 'utf8' && enc !== 'utf-8' && enc !== 'buffer')
        c = Buffer.from(c, enc);
      chunks[i] = c;
    }
    r = handle.writev(chunks, done);
    if (r === 2) {
      for (var j = 0; j < chunks.length; j++)
        if (typeof chunks[j] === 'string') chunks[j] = Buffer.from(chunks[j], 'utf8');
      r = handle.writev(chunks, done);
    }
  } else {
    if (typeof data === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' &&
        encoding !== 'buffer')
      data = Buffer.from(data, encoding);
    r = handle.write(data, done);
    if (r === 2) r = handle.write(Buffer.from(data, 'utf8'), done);
  }
  if (r < 0) cb(errnoException(r, 'write'));
  else if (r === 0) cb(null);
};

// A write straight to the handle, around the Writable side, for a socket whose
// Writable side is idle (nothing buffered, in flight, corked or ending): what an http
// response's end() sends. The Writable machinery costs several times the write itself
// in the interpreter. cb(arg, err) comes as write()'s callback would: a tick later when
// the kernel took every byte, once libuv has written the rest otherwise (until then the
// socket's _directQueued counts the write, and _onDirectDrain() is called when none is
// left). Returns false, doing nothing, when the socket is in any other state; the caller
// has checked that it is writable.
Socket.prototype._writeDirect = function (data, cb, arg) {
  var handle = this._handle;
  if (handle === null || this.connecting || this._pendingData !== null) return false;
  var state = this._writableState;
  if (state.length !== 0 || state.corked !== 0) return false;
  if (this._timeoutTimer !== null) this._timeoutTimer.refresh();
  var r = handle.write(data, onDirectWritten);
  if (r === 2) r = handle.write(Buffer.from(data, 'utf8'), onDirectWritten);
  if (r === 0) {
    process.nextTick(cb, arg, null);
  } else if (r === 1) {
    if (this._directQueued === 0) this._directCallbacks = [];
    this._directCallbacks.push(cb, arg);
    this._directQueued++;
  } else {
    var err = errnoException(r, 'write');
    this.destroy(err);
    process.nextTick(cb, arg, err);
  }
  return true;
};
Socket.prototype._directQueued = 0;
Socket.prototype._onDirectDrain = null;

// A queued _writeDirect() is written (or failed): `this` is the handle.
function onDirectWritten(status) {
  var socket = this.owner;
  var q = socket._directCallbacks;
  var cb = q.shift();
  var arg = q.shift();
  socket._directQueued--;
  var err = null;
  if (status < 0 && !socket.destroyed) {
    err = errnoException(status, 'write');
    socket.destroy(err);
  } else if (!socket.destroyed && socket._timeoutTimer !== null) {
    socket._timeoutTimer.refresh();
  }
  cb(arg, err);
  if (socket._directQueued === 0 && socket._onDirectDrain !== null) socket._onDirectDrain();
}

Socket.prototype._writev = function (chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function (data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype._final = function (cb) {
  if (this.pending) {
    var self = this;
    return this.once('connect', function () { self._final(cb); });
  }
  if (!this._handle) return cb();
  var err = this._handle.shutdown(function () { cb(); });
  if (err === 1 || err === UV_ENOTCONN) return cb();
  if (err !== 0) return cb(errnoException(err, 'shutdown'));
};

Socket.prototype.end = function (data, encoding, callback) {
  stream.Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.resetAndDestroy = function () {
  if (this._handle) {
    if (this.connecting) {
      var self = this;
      this.once('connect', function () { self._reset(); });
    } else {
      this._reset();
    }
  } else {
    this.destroy(nodeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
  }
  return this;
};

Socket.prototype._reset = function () {
  this.resetAndClosing = true;
  return this.destroy();
};

function emitCloseNT(self) { self.emit('close'); }

Socket.prototype._destroy = function (exception, cb) {
  this.connecting = false;
  clearSocketTimer(this);
  var isException = exception ? true : false;
  if (this._handle) {
    var self = this;
    var handle = this._handle;
    this._bytesRead = handle.bytesRead();
    this._bytesDispatched = handle.bytesWritten();
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      var err = handle.reset(function () { self.emit('close', isException); });
      if (err) this.emit('error', errnoException(err, 'reset'));
    } else {
      handle.close(function () { self.emit('close', isException); });
    }
    handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

Socket.prototype.ref = function () {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.ref();
  return this;
};

Socket.prototype.unref = function () {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.unref();
  return this;
};

// connect(options[, cb]) | connect(port[, host][, cb])
Socket.prototype.connect = function () {
  var normalized = normalizeArgs(arguments);
  var options = normalized[0];
  var cb = normalized[1];
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  if (options.port === undefined && (options.path === undefined || options.path === null))
    throw nodeError(TypeError, 'ERR_MISSING_ARGS',
      'The "options" or "port" or "path" argument must be specified');
  var pipe = !!options.path;
  if (pipe && typeof options.path !== 'string')
    throw errors.withCodeInStack(errors.invalidArgType('options.path', 'string',
      options.path));
  if (cb !== null) this.once('connect', cb);
  if (!this._handle) {
    this._handle = pipe ? binding.pipe.create(false) : T.create();
    initSocketHandle(this);
  }
  if (pipe) {
    // a Unix domain socket: connected at once, its errors come as afterConnect's
    this.connecting = true;
    var self = this;
    var path = options.path;
    var err = this._handle.connect(path, function (status) {
      afterConnect(self, status, path);
    });
    if (err) this.destroy(exceptionWithHostPort(err, 'connect', path));
    return this;
  }
  if (this._noDelay) this._handle.setNoDelay(true);
  if (this._keepAlive) this._handle.setKeepAlive(this._keepAlive[0], this._keepAlive[1]);
  this.connecting = true;
  lookupAndConnect(this, options);
  return this;
};

function lookupAndConnect(self, options) {
  var host = options.host || 'localhost';
  var port = options.port;
  if (options.localAddress && !isIP(options.localAddress))
    throw nodeError(TypeError, 'ERR_INVALID_IP_ADDRESS',
      'Invalid IP address: ' + options.localAddress);
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string')
      throw errors.withCodeInStack(errors.invalidArgType('options.port',
        ['number', 'string'], port));
    port = validatePort(port, 'Port');
  }
  port |= 0;
  self._host = host;
  var address = resolveHost(host);
  var addressType = address ? isIP(address) : 0;
  if (isIP(host)) {
    process.nextTick(function () {
      if (self.connecting) internalConnect(self, host, port, addressType, options);
    });
    return;
  }
  process.nextTick(function () {
    if (!self.connecting) return;
    if (!address) {
      var err = lookupError(host, 'getaddrinfo');
      self.emit('lookup', err, undefined, undefined, host);
      self.destroy(err);
      return;
    }
    self.emit('lookup', null, address, addressType, host);
    if (self.connecting) internalConnect(self, address, port, addressType, options);
  });
}

function internalConnect(self, address, port, addressType, options) {
  var err = 0;
  if (options.localAddress || options.localPort) {
    err = self._handle.bind(options.localAddress || (addressType === 6 ? '::' : '0.0.0.0'),
      options.localPort | 0, false);
    if (err) {
      self.destroy(exceptionWithHostPort(err, 'bind', options.localAddress, options.localPort));
      return;
    }
  }
  err = self._handle.connect(address, port, function (status) {
    afterConnect(self, status, address, port);
  });
  if (err) self.destroy(exceptionWithHostPort(err, 'connect', address, port));
}

function afterConnect(self, status, address, port) {
  if (self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    self._unrefTimer();
    self.emit('connect');
    self.emit('ready');
    if (self.readable && !self.isPaused()) self.read(0);
  } else {
    self.destroy(exceptionWithHostPort(status, 'connect', address, port));
  }
}

function isPipeName(s) {
  return typeof s === 'string' && !(+s >= 0 && String(+s >>> 0) === s);
}

// [options, cb] from the arguments of connect()/listen()-style calls.
function normalizeArgs(args) {
  var options = {};
  if (args.length === 0) return [options, null];
  var arg0 = args[0];
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  var cb = args[args.length - 1];
  return [options, typeof cb === 'function' ? cb : null];
}

function connect() {
  var normalized = normalizeArgs(arguments);
  var options = normalized[0];
  var socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(options, normalized[1]);
}

// ---------------------------------------------------------------------------
// Server

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = copyOwn(options);
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw errors.withCodeInStack(errors.invalidArgType('options', 'Object', options));
  }
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay || 0) / 1000);
}

function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }

// listen(port[, host][, backlog][, cb]) | listen(options[, cb]) | listen([cb])
Server.prototype.listen = function () {
  var args = Array.prototype.slice.call(arguments);
  var cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
  var options;
  var backlogFromArgs;
  if (args.length && args[0] !== null && typeof args[0] === 'object') {
    options = args[0];
  } else {
    options = {};
    if (args.length) {
      if (typeof args[0] === 'string' && isPipeName(args[0])) options.path = args[0];
      else options.port = args[0];
      if (args.length > 1 && typeof args[1] === 'string') {
        options.host = args[1];
        backlogFromArgs = args[2];
      } else {
        backlogFromArgs = args[1];
      }
    }
  }
  if (this._handle)
    throw nodeError(Error, 'ERR_SERVER_ALREADY_LISTEN',
      'Listen method has been called more than once without closing.');
  if (cb !== null) this.once('listening', cb);
  if (options.path && isPipeName(options.path)) {
    this._pipeName = options.path;
    this._listenPipe(options.path, toNumber(options.backlog) || toNumber(backlogFromArgs) ||
      511);
    return this;
  }
  if (args.length && options === args[0] && !('port' in options) && !('path' in options))
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'options' must have " +
      'the property "port" or "path". Received ' + errors.inspectValue(options));
  var backlog = toNumber(options.backlog) || toNumber(backlogFromArgs) || 511;
  var port = options.port;
  if (port === undefined || port === null) port = 0;
  else if (typeof port === 'number' || typeof port === 'string') port = validatePort(port, 'options.port');
  else throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
    "The argument 'options' is invalid. Received " + errors.inspectValue(options));
  this._ipv6Only = !!options.ipv6Only;
  this._exclusive = !!options.exclusive;
  if (options.host) {
    var address = resolveHost(options.host);
    if (!address) {
      var self = this;
      var host = options.host;
      process.nextTick(function () { self.emit('error', lookupError(host, 'getaddrinfo')); });
      return this;
    }
    this._listen2(address, port, isIP(address), backlog);
  } else {
    this._listen2(null, port, 4, backlog);
  }
  return this;
};

function emitErrorNT(self, err) { self.emit('error', err); }
function emitListeningNT(self) { if (self._handle) self.emit('listening'); }

Server.prototype._listen2 = function (address, port, addressType, backlog) {
  if (!this._exclusive && require('cluster').isWorker) {	// the primary listens
    require('cluster')._listenInWorker(this, address, port, addressType, backlog, onconnection);
    return;
  }
  var handle = T.create();
  var err;
  if (!address) {
    err = handle.bind('::', port, this._ipv6Only);
    address = '::';
    if (err) {
      handle.close();
      handle = T.create();
      err = handle.bind('0.0.0.0', port, false);
      address = '0.0.0.0';
    }
  } else {
    err = handle.bind(address, port, this._ipv6Only);
  }
  if (!err) err = handle.listen(backlog);
  if (err) {
    handle.close();
    process.nextTick(emitErrorNT, this, uvExceptionWithHostPort(err, 'listen', address, port));
    return;
  }
  this._handle = handle;
  handle.onconnection = onconnection;
  handle.owner = this;
  this._connectionKey = addressType + ':' + address + ':' + port;
  if (this._unref) handle.unref();
  process.nextTick(emitListeningNT, this);
};

// listen(path): a Unix domain socket server (Node's Pipe SERVER handle; libuv removes
// the socket file when the handle closes)
Server.prototype._listenPipe = function (path, backlog) {
  var handle = binding.pipe.create(false);
  var err = handle.bind(path);
  if (!err) err = handle.listen(backlog);
  if (err) {
    handle.close();
    process.nextTick(emitErrorNT, this, uvExceptionWithHostPort(err, 'listen', path, -1));
    return;
  }
  this._handle = handle;
  handle.onconnection = onconnection;
  handle.owner = this;
  this._connectionKey = '-1:' + path + ':-1';
  if (this._unref) handle.unref();
  process.nextTick(emitListeningNT, this);
};

// The listening handle's onconnection: `this` is the handle.
function onconnection(err, clientHandle) {
  var self = this.owner;
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {	// eslint-disable-line eqeqeq
    // Node 20 tells 'drop' listeners who was turned away (nothing for a pipe)
    var local = {}, remote = {};
    if (clientHandle.getsockname(local) === 0) {
      clientHandle.getpeername(remote);
      self.emit('drop', { localAddress: local.address, localPort: local.port,
        localFamily: local.family, remoteAddress: remote.address, remotePort: remote.port,
        remoteFamily: remote.family });
    } else {
      self.emit('drop');
    }
    clientHandle.close();
    return;
  }
  if (self.noDelay) clientHandle.setNoDelay(true);
  if (self.keepAlive) clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  var socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true
  });
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

Server.prototype.address = function () {
  if (this._pipeName) return this._pipeName;
  if (!this._handle) return null;
  var out = {};
  var err = this._handle.getsockname(out);
  if (err) throw errnoException(err, 'address');
  return out;
};

Object.defineProperty(Server.prototype, 'listening', {
  configurable: true, enumerable: true,
  get: function () { return !!this._handle; }
});

Server.prototype.getConnections = function (cb) {
  var self = this;
  process.nextTick(function () { cb(null, self._connections); });
  return this;
};

Server.prototype.close = function (cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() {
        cb(nodeError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.'));
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function () {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT, this);
};

Server.prototype.ref = function () {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function () {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

var autoSelectFamily = true;
var autoSelectFamilyAttemptTimeout = 250;

module.exports = {
  _createServerHandle: function () { return T.create(); },
  _normalizeArgs: normalizeArgs,
  _validatePort: validatePort,
  connect: connect,
  createConnection: connect,
  createServer: createServer,
  isIP: isIP,
  isIPv4: isIPv4,
  isIPv6: isIPv6,
  Server: Server,
  Socket: Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily: function () { return autoSelectFamily; },
  setDefaultAutoSelectFamily: function (v) { autoSelectFamily = !!v; },
  getDefaultAutoSelectFamilyAttemptTimeout: function () { return autoSelectFamilyAttemptTimeout; },
  setDefaultAutoSelectFamilyAttemptTimeout: function (v) {
    autoSelectFamilyAttemptTimeout = v < 10 ? 10 : v;
  }
};

['BlockList', 'SocketAddress'].forEach(function (name) {
  Object.defineProperty(module.exports, name, {
    get: function () { return require('internal/blocklist')[name]; },
    enumerable: true, configurable: true
  });
});
