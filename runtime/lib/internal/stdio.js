// internal/stdio — process.stdout, process.stderr and process.stdin as streams (Node
// 20's getStdout/getStderr/getStdin in lib/internal/bootstrap/switches/is_main_thread.js,
// with the classes Node takes from tty, net and fs). process.js loads this module on
// the first access of one of the three, so programs that never touch them pay nothing.
//
// Output: what the descriptor is decides the class, as in Node. A file (or a device
// such as /dev/null) gets a SyncWriteStream ('fs'), a pipe or socket a Socket ('pipe'),
// a terminal a tty WriteStream ('tty'); each is a Writable whose _write writes every
// byte synchronously (binding.stdio.writeSync), so output never reorders or waits and
// write() returns true. A failed write (EPIPE, ENOSPC) reaches the stream's callback
// and 'error' a tick later, as in Node; end() and destroy() never close fds 1 and 2
// (Node's dummyDestroy: the stream is undestroyed right after).
//
// Input: a file gets an fs-style ReadStream (uv_fs reads at the file position, 64 KiB),
// a pipe or socket a Socket-like Readable and a terminal a tty ReadStream (both reading
// through a libuv stream handle). Nothing is read until someone asks ('data',
// 'readable', pipe(), resume()), and the handle keeps the loop alive only while it
// reads: pause() stops it a tick later, so the process can exit.
//
// Differences from Node: the pipe and terminal classes are plain Writable/Readable
// streams named like Node's (no net.Socket: no _handle, remoteAddress, setTimeout...).
'use strict';

var Buffer = require('buffer').Buffer;
var S = binding.stdio;

function inherits(ctor, base) {
  ctor.prototype = Object.create(base.prototype, {
    constructor: { value: ctor, writable: true, configurable: true }
  });
}

// Node's ErrnoException: "write EPIPE", for sockets and terminals.
function errnoException(err, syscall) {
  var info = S.errInfo(err);
  var e = new Error(syscall + ' ' + info[0]);
  e.errno = err;
  e.code = info[0];
  e.syscall = syscall;
  return e;
}

// Node's UVException: "ENOSPC: no space left on device, write", as fs throws.
function uvException(err, syscall) {
  var info = S.errInfo(err);
  var e = new Error(info[0] + ': ' + info[1] + ', ' + syscall);
  e.errno = err;
  e.code = info[0];
  e.syscall = syscall;
  return e;
}

// ---------------------------------------------------------------------------
// Output

// Writes chunk to fd now: 0 or a negative uv code. Writable has checked the encoding.
function writeChunk(fd, chunk, encoding) {
  if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8')
    chunk = Buffer.from(chunk, encoding);
  var r = S.writeSync(fd, chunk);
  if (r === 1)	// U+0000 or a lone surrogate: let Buffer encode it as Node does
    r = S.writeSync(fd, Buffer.from(chunk, 'utf8'));
  return r;
}

var Writable = null;
function lazyWritable() {
  if (Writable === null) {
    Writable = require('internal/streams/writable');
    defineWriteClasses();
  }
  return Writable;
}

var SyncWriteStream, Socket, WriteStream;

// As in Node: SyncWriteStream's _write gets Buffers, a Socket's or tty's strings (the
// fast path below writes strings directly either way).
var fileOptions = { autoDestroy: true };
var socketOptions = { autoDestroy: true, decodeStrings: false };

function defineWriteClasses() {
  // lib/internal/fs/sync_write_stream.js
  SyncWriteStream = function SyncWriteStream(fd, options) {
    Writable.call(this, fileOptions);
    initOutput(this);
    this.fd = fd;
    this.readable = false;
    this.autoClose = !options || options.autoClose === undefined ? true : options.autoClose;
  };
  inherits(SyncWriteStream, Writable);
  defineOutput(SyncWriteStream.prototype, function (chunk, encoding, cb) {
    var r = this._pendingError;
    if (r === 0) r = writeChunk(this.fd, chunk, encoding);
    else this._pendingError = 0;
    if (r < 0) {
      cb(uvException(r, 'write'));
    } else {
      this._wroteSync = true;
      cb();
    }
  });
  SyncWriteStream.prototype._destroy = function (err, cb) {
    this.fd = null;	// never closes 0-2
    cb(err);
  };
  SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

  // The writable side of Node's net.Socket over a pipe.
  Socket = function Socket(fd) {
    Writable.call(this, socketOptions);
    initOutput(this);
    this.fd = fd;
    this.readable = false;
    this.allowHalfOpen = false;
  };
  inherits(Socket, Writable);
  defineOutput(Socket.prototype, function (chunk, encoding, cb) {
    var r = this._pendingError;
    if (r === 0) r = writeChunk(this.fd, chunk, encoding);
    else this._pendingError = 0;
    if (r < 0) {
      cb(errnoException(r, 'write'));
    } else {
      this._wroteSync = true;
      cb();
    }
  });
  Socket.prototype.ref = function () { return this; };
  Socket.prototype.unref = function () { return this; };

  // lib/tty.js WriteStream.
  WriteStream = function WriteStream(fd) {
    if (!(this instanceof WriteStream)) return new WriteStream(fd);
    checkTTY(fd);
    Writable.call(this, socketOptions);
    initOutput(this);
    this.fd = fd;
    this.readable = false;
    var size = S.windowSize(fd);
    if (typeof size !== 'number') {
      this.columns = size[0];
      this.rows = size[1];
    }
  };
  inherits(WriteStream, Writable);
  defineOutput(WriteStream.prototype, Socket.prototype._ownWrite);
  WriteStream.prototype.ref = Socket.prototype.ref;
  WriteStream.prototype.unref = Socket.prototype.unref;
  WriteStream.prototype.isTTY = true;
  WriteStream.prototype.getColorDepth = function (env) {
    return require('console').Console._getColorDepth(env);
  };
  WriteStream.prototype.hasColors = function (count, env) {
    if (env === undefined &&
        (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    } else if (typeof count !== 'number' || count % 1 !== 0 || count < 2) {
      throw require('internal/errors').invalidArgType('count', 'number', count);
    }
    return count <= Math.pow(2, this.getColorDepth(env));
  };
  WriteStream.prototype._refreshSize = function () {
    var size = S.windowSize(this.fd);
    if (typeof size === 'number') {
      this.emit('error', errnoException(size, 'getWindowSize'));
      return;
    }
    if (this.columns !== size[0] || this.rows !== size[1]) {
      this.columns = size[0];
      this.rows = size[1];
      this.emit('resize');
    }
  };
  WriteStream.prototype.getWindowSize = function () {
    return [this.columns, this.rows];
  };
  // readline's cursor functions, which tty.WriteStream forwards to.
  WriteStream.prototype.cursorTo = function (x, y, cb) {
    if (typeof y === 'function') {
      cb = y;
      y = undefined;
    }
    var errors = require('internal/errors');
    if (x !== x)
      throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        "The argument 'x' is invalid. Received NaN");
    if (y !== y)
      throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        "The argument 'y' is invalid. Received NaN");
    if (typeof x !== 'number' && typeof y !== 'number') {
      if (typeof cb === 'function') process.nextTick(cb, null);
      return true;
    }
    if (typeof x !== 'number')
      throw errors.makeNodeError(TypeError, 'ERR_INVALID_CURSOR_POS',
        'Cannot set cursor row without setting its column');
    var data = typeof y !== 'number' ? '\x1b[' + (x + 1) + 'G' :
      '\x1b[' + (y + 1) + ';' + (x + 1) + 'H';
    return this.write(data, cb);
  };
  WriteStream.prototype.moveCursor = function (dx, dy, cb) {
    if (!dx && !dy) {
      if (typeof cb === 'function') process.nextTick(cb, null);
      return true;
    }
    var data = '';
    if (dx < 0) data += '\x1b[' + (-dx) + 'D';
    else if (dx > 0) data += '\x1b[' + dx + 'C';
    if (dy < 0) data += '\x1b[' + (-dy) + 'A';
    else if (dy > 0) data += '\x1b[' + dy + 'B';
    return this.write(data, cb);
  };
  WriteStream.prototype.clearLine = function (dir, cb) {
    var data = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
    return this.write(data, cb);
  };
  WriteStream.prototype.clearScreenDown = function (cb) {
    return this.write('\x1b[0J', cb);
  };
}

// ---- the write fast path
//
// Writable.write costs ~50k mujs instructions a call, ten times the write itself. When
// the stream is idle (nothing buffered or being written, not corked, ending, destroyed
// or errored, no 'drain' owed, utf8 default encoding, our own _write) a write that
// completes synchronously leaves no trace in the stream's state but its callback, so
// the output classes write such chunks directly and keep only what the callback needs:
//
// - no callback: nothing at all (Writable keeps no tick for a callback-less write);
// - a callback: Writable batches consecutive writes with the same callback into one
//   after-write tick that calls it once per write. The first write of a batch goes
//   through Writable with a wrapper standing for the callback (so Writable owns the
//   tick), later ones only count themselves, and the wrapper calls the callback once
//   more per counted write: the same calls, in the same tick.
//
// Anything else (and any write once end(), cork(), destroy() or setDefaultEncoding()
// was called, until a write finds the stream idle again) takes Writable's own path. A
// direct write that fails is handed to Writable as well, which then reports the error
// exactly as if it had happened in _write (_pendingError).

function initOutput(stream) {
  hidden(stream, '_fast', false);
  hidden(stream, '_fastLimit', stream._writableState.highWaterMark);
  hidden(stream, '_batch', null);
  hidden(stream, '_pendingError', 0);
  hidden(stream, '_wroteSync', false);
}

function hidden(obj, name, value) {
  Object.defineProperty(obj, name, { value: value, writable: true, configurable: true });
}

function isIdle(stream) {
  var s = stream._writableState;
  return s.length === 0 && s.corked === 0 && !s.writing && !s.ending &&
    !s.destroyed && !s.errored && !s.needDrain && !s.objectMode &&
    s.constructed && s.defaultEncoding === 'utf8' && stream._write === stream._ownWrite;
}

function newBatch(stream, cb) {
  var b = { cb: cb, extra: 0, live: false, wrapped: null };
  b.wrapped = function (err) {
    if (err) {
      cb(err);
      return;
    }
    if (stream._batch === b)
      stream._batch = null;
    b.live = false;
    cb(null);
    while (b.extra > 0) {
      b.extra--;
      cb(null);
    }
  };
  return b;
}

function slowWrite(stream, chunk, encoding, cb) {
  var b = null;
  if (typeof cb === 'function') {
    b = stream._batch;
    if (b === null || b.cb !== cb)
      b = stream._batch = newBatch(stream, cb);
    cb = b.wrapped;
  }
  stream._wroteSync = false;
  var ret = Writable.prototype.write.call(stream, chunk, encoding, cb);
  if (b !== null && stream._wroteSync)
    b.live = true;	// Writable now owes b.wrapped an after-write tick
  stream._fast = isIdle(stream);
  return ret;
}

function stdioWrite(chunk, encoding, cb) {
  var b;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = undefined;
  }
  if (this._fast === true && encoding === undefined && typeof chunk === 'string' &&
      chunk.length < this._fastLimit &&
      (cb === undefined || ((b = this._batch) !== null && b.cb === cb && b.live))) {
    var r = S.writeSync(this.fd, chunk);
    if (r === 0) {
      if (cb !== undefined) b.extra++;
      return true;
    }
    if (r < 0) this._pendingError = r;	// else U+0000 or a lone surrogate: Writable's path
  }
  return slowWrite(this, chunk, encoding, cb);
}

function leaveFastPath(name) {
  return function () {
    this._fast = false;
    return Writable.prototype[name].apply(this, arguments);
  };
}

function defineOutput(proto, write) {
  // A _write of the user's own (stdout._write = fn) turns the fast path off for good.
  Object.defineProperty(proto, '_write', {
    configurable: true,
    get: function () { return write; },
    set: function (fn) {
      this._fast = false;
      Object.defineProperty(this, '_write', {
        value: fn, writable: true, enumerable: true, configurable: true
      });
    }
  });
  proto._ownWrite = write;
  proto.write = stdioWrite;
  proto.end = leaveFastPath('end');
  proto.cork = leaveFastPath('cork');
  proto.destroy = leaveFastPath('destroy');
  proto.setDefaultEncoding = leaveFastPath('setDefaultEncoding');
}

// new tty.ReadStream(fd) / tty.WriteStream(fd) on something else fails as in Node.
function checkTTY(fd) {
  if (typeof fd === 'number' && fd >= 0 && fd % 1 === 0 && S.guessHandleType(fd) === 'TTY')
    return;
  var e = require('internal/errors').makeNodeError(Error, 'ERR_TTY_INIT_FAILED',
    'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)');
  Object.defineProperty(e, 'name', { value: 'SystemError', writable: true, configurable: true });
  throw e;
}

// The sizes of process.stdout/stderr on a terminal follow SIGWINCH (an unref'd watcher:
// it never keeps the loop alive).
var ttyWriters = [];
function watchResize(stream) {
  if (ttyWriters.length === 0) {
    S.watchResize(function () {
      for (var i = 0; i < ttyWriters.length; i++) ttyWriters[i]._refreshSize();
    });
  }
  ttyWriters.push(stream);
}

function createWritableStdioStream(fd) {
  var W = lazyWritable();
  var stream;
  switch (S.guessHandleType(fd)) {
    case 'TTY':
      stream = new WriteStream(fd);
      stream._type = 'tty';
      break;
    case 'FILE':
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    case 'PIPE':
    case 'TCP':
      stream = new Socket(fd);
      stream._type = 'pipe';
      break;
    default:
      // fd closed or unusable: a black hole, as Node's
      stream = new W({ write: function (buf, enc, cb) { cb(); } });
  }
  stream.fd = fd;
  stream._isStdio = true;
  return stream;
}

// Override _destroy so that the fd is never actually closed (Node's dummyDestroy).
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) {
    var self = this;
    process.nextTick(function () { self.emit('close'); });
  }
}

function createStdout(fd) {
  var stream = createWritableStdioStream(fd);
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  if (stream.isTTY)	// only these follow SIGWINCH, as in Node
    watchResize(stream);
  return stream;
}

exports.createStdout = function () { return createStdout(1); };
exports.createStderr = function () { return createStdout(2); };

// ---------------------------------------------------------------------------
// Input

var Readable = null;
var ReadStream, PipeSocket, TTYReadStream;

function lazyReadable() {
  if (Readable === null) {
    Readable = require('internal/streams/readable');
    defineReadClasses();
  }
  return Readable;
}

// The reading half shared by the pipe and terminal classes (net.Socket's _read,
// onStreamRead and _destroy over a uv_stream_t).
function initStreamReader(stream, fd, highWaterMark) {
  Readable.call(stream, { highWaterMark: highWaterMark, emitClose: false });
  stream.fd = fd;
  stream._reading = false;
  stream._onread = function (code, buf) { onStreamRead(stream, code, buf); };
}

function streamRead() {
  if (this._reading || this.destroyed) return;
  this._reading = true;
  var r = S.readStart(this.fd, this._onread);
  if (r < 0) {
    this._reading = false;
    this.destroy(errnoException(r, 'read'));
  }
}

function onStreamRead(stream, code, buf) {
  if (code === 0) {
    if (!stream.push(buf) && stream._reading) {
      stream._reading = false;
      S.readStop(stream.fd);
    }
    return;
  }
  stream._reading = false;
  if (code !== S.EOF) {
    stream.destroy(errnoException(code, 'read'));
    return;
  }
  S.readStop(stream.fd);
  stream.push(null);
  stream.read(0);
}

// net.Socket's _destroy: 'close' (hadError) comes once the handle is closed, in the
// close phase; the stream itself is made with emitClose: false.
function streamDestroy(err, cb) {
  var self = this;
  this._reading = false;
  cb(err);
  function onclose() { self.emit('close', !!err); }
  // never read: no handle to close, the close phase would have come next
  if (!S.readClose(this.fd, onclose)) setImmediate(onclose);
}

function streamRef() {
  S.ref(this.fd, true);
  return this;
}

function streamUnref() {
  S.ref(this.fd, false);
  return this;
}

function defineReadClasses() {
  // lib/internal/fs/streams.js ReadStream over fd 0 (autoClose: false).
  ReadStream = function ReadStream(fd) {
    this.fd = fd;
    this.start = undefined;
    this.end = Infinity;
    this.pos = undefined;
    this.bytesRead = 0;
    Readable.call(this, { highWaterMark: 65536, autoDestroy: false });
    this.autoClose = false;
    this._busy = false;
  };
  inherits(ReadStream, Readable);
  ReadStream.prototype._read = function (n) {
    var self = this;
    this._busy = true;
    S.readFile(this.fd, n, function (code, buf) {
      self._busy = false;
      if (self.destroyed) return;
      if (code === 0) {
        self.bytesRead += buf.length;
        self.push(buf);
      } else if (code === S.EOF) {
        self.push(null);
      } else {
        self.destroy(uvException(code, 'read'));
      }
    });
  };
  // Node's fs streams open in _construct; with an fd there is nothing to open, but the
  // stream is still constructed a tick later (destroy() waits for it).
  ReadStream.prototype._construct = function (cb) {
    cb();
  };
  ReadStream.prototype._destroy = function (err, cb) {
    cb(err);
  };

  // The reading side of Node's net.Socket over a pipe (16 KiB high-water mark).
  PipeSocket = function Socket(fd) {
    initStreamReader(this, fd, 16384);
    this.writable = false;
    this.allowHalfOpen = false;
  };
  inherits(PipeSocket, Readable);
  PipeSocket.prototype._read = streamRead;
  PipeSocket.prototype._destroy = streamDestroy;
  PipeSocket.prototype.ref = streamRef;
  PipeSocket.prototype.unref = streamUnref;

  // lib/tty.js ReadStream (a net.Socket with readableHighWaterMark 0).
  TTYReadStream = function ReadStream(fd) {
    if (!(this instanceof TTYReadStream)) return new TTYReadStream(fd);
    checkTTY(fd);
    initStreamReader(this, fd, 0);
    this.writable = false;
    this.isRaw = false;
    this.isTTY = true;
  };
  inherits(TTYReadStream, Readable);
  TTYReadStream.prototype._read = streamRead;
  TTYReadStream.prototype._destroy = streamDestroy;
  TTYReadStream.prototype.ref = streamRef;
  TTYReadStream.prototype.unref = streamUnref;
  TTYReadStream.prototype.setRawMode = function (flag) {
    flag = !!flag;
    var r = S.setRawMode(this.fd, flag);
    if (r < 0) {
      this.emit('error', errnoException(r, 'setRawMode'));
      return this;
    }
    this.isRaw = flag;
    return this;
  };
}

exports.createStdin = function () {
  var R = lazyReadable();
  var stdin;
  switch (S.guessHandleType(0)) {
    case 'TTY':
      stdin = new TTYReadStream(0);
      break;
    case 'FILE':
      stdin = new ReadStream(0);
      break;
    case 'PIPE':
    case 'TCP':
      stdin = new PipeSocket(0);
      break;
    default:
      // fd 0 closed or unusable: empty input, as Node's
      stdin = new R({ read: function () {} });
      stdin.push(null);
  }
  stdin.fd = 0;

  // pause() stops the handle once the stream has stopped flowing (a tick later), so
  // that a paused stdin lets the process exit.
  stdin.on('pause', function () {
    process.nextTick(onpause);
  });
  function onpause() {
    if (stdin._reading && !stdin.readableFlowing) {
      stdin._reading = false;
      stdin._readableState.reading = false;
      S.readStop(stdin.fd);
    }
  }
  return stdin;
};

// For tty.isatty and the tty module's classes.
exports.isatty = function (fd) {
  return typeof fd === 'number' && fd % 1 === 0 && fd >= 0 && fd <= 2147483647 &&
    S.guessHandleType(fd) === 'TTY';
};
exports.ttyClasses = function () {
  lazyWritable();
  lazyReadable();
  return { ReadStream: TTYReadStream, WriteStream: WriteStream };
};
