// internal/fs/streams — fs.ReadStream and fs.WriteStream, with Node 20's behaviour:
//
//   - the file is opened in _construct (the stream machinery defers reads and writes
//     until it calls back), which then emits 'open' (fd) and 'ready';
//   - a ReadStream reads Buffers of at most highWaterMark (64 KiB by default) bytes,
//     honouring start/end (inclusive) and setEncoding/`encoding` through Readable;
//     bytesRead counts what was read;
//   - a WriteStream always takes Buffers (decodeStrings), writes each completely at
//     `start` or the current position, batches what queued up during a write into one
//     write (Node's _writev), and counts bytesWritten;
//   - with autoClose (default) the fd is closed on end/finish/error/destroy, after any
//     read or write in flight has finished (the fd must not be closed under a thread
//     pool request); 'close' follows unless emitClose is false.
// Options may carry `fs` (custom open/read/write/close) and `fd` (a number or a
// FileHandle from fs.promises) as in Node.
'use strict';

var Buffer = require('buffer').Buffer;
var utils = require('internal/fs/utils');
var codes = utils.codes;
var stream = require('stream');
var Readable = stream.Readable;
var Writable = stream.Writable;
var finished = stream.finished;
var errorOrDestroy = require('internal/streams/destroy').errorOrDestroy;

var fs;
function lazyFs() {
  if (fs === undefined) fs = require('fs');
  return fs;
}

function hidden(obj, name, value) {
  Object.defineProperty(obj, name, {
    value: value, writable: true, enumerable: false, configurable: true
  });
}

// The fs operations a stream uses on a FileHandle.
function fileHandleOps(handle) {
  return {
    open: function () {
      throw codes.ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close: function (fd, cb) {
      handle._unref();
      handle.close().then(function () { cb(); }, cb);
    },
    fsync: function (fd, cb) {
      handle.sync().then(function () { cb(); }, cb);
    },
    read: function (fd, buf, offset, length, pos, cb) {
      handle.read(buf, offset, length, pos).then(function (r) {
        cb(null, r.bytesRead, r.buffer);
      }, function (err) {
        cb(err, 0, buf);
      });
    },
    write: function (fd, buf, offset, length, pos, cb) {
      handle.write(buf, offset, length, pos).then(function (r) {
        cb(null, r.bytesWritten, r.buffer);
      }, function (err) {
        cb(err, 0, buf);
      });
    }
  };
}

function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    hidden(stream, '_fs', options.fs || lazyFs());
    return options.fd;
  }
  var FileHandle = require('internal/fs/promises').FileHandle;
  if (options.fd !== null && typeof options.fd === 'object' && options.fd instanceof FileHandle) {
    if (options.fs)
      throw codes.ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    var handle = options.fd;
    hidden(stream, '_handle', handle);
    hidden(stream, '_fs', fileHandleOps(handle));
    handle._ref();
    handle.on('close', stream.close.bind(stream));
    return handle.fd;
  }
  throw codes.ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

// What both constructors do with path/fd/flags/mode and the fs option.
function setup(stream, path, options, defaultFlags) {
  if (options.fd === null || options.fd === undefined) {
    stream.fd = null;
    hidden(stream, '_fs', options.fs || lazyFs());
    utils.validateFunction(stream._fs.open, 'options.fs.open');
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0x1b6 : options.mode;
    var validated = utils.getValidatedPath(path);
    // A string or Buffer path is kept as given, a file: URL becomes its path.
    stream.path = typeof path === 'string' || utils.isArrayBufferView(path) ? path : validated;
  } else {
    stream.fd = utils.getValidatedFd(importFd(stream, options));
  }
  hidden(stream, '_ioBusy', false);
  hidden(stream, '_ioDone', null);
}

function construct(callback) {
  var stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (typeof stream.open === 'function') {
    // Backwards compatibility with code that patches open(): wait for its 'open'.
    var orgEmit = stream.emit;
    stream.emit = function (ev) {
      if (ev === 'open') {
        this.emit = orgEmit;
        callback();
        return orgEmit.apply(this, arguments);
      } else if (ev === 'error') {
        this.emit = orgEmit;
        callback(arguments[1]);
        return undefined;
      }
      return orgEmit.apply(this, arguments);
    };
    stream.open();
    return;
  }
  stream._fs.open(stream.path, stream.flags, stream.mode, function (er, fd) {
    if (er) {
      callback(er);
    } else {
      stream.fd = fd;
      callback();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    }
  });
}

function closeFd(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream._fs.fsync(stream.fd, function (flushErr) {
      closeNow(stream, err || flushErr, cb);
    });
  } else {
    closeNow(stream, err, cb);
  }
}

function closeNow(stream, err, cb) {
  stream._fs.close(stream.fd, function (er) {
    cb(er || err);
  });
  stream.fd = null;
}

// _destroy for both: wait for the request in flight, then close.
function destroy(err, cb) {
  var self = this;
  if (this._ioBusy) {
    this._ioDone = function (er) {
      closeFd(self, err || er, cb);
    };
  } else {
    closeFd(this, err, cb);
  }
}

function ioFinished(stream, er) {
  var done = stream._ioDone;
  if (done) {
    stream._ioDone = null;
    done(er);
  }
}

function defineAutoClose(proto, stateName) {
  Object.defineProperty(proto, 'autoClose', {
    configurable: true,
    enumerable: false,
    get: function () {
      return this[stateName].autoDestroy;
    },
    set: function (val) {
      this[stateName].autoDestroy = val;
    }
  });
  Object.defineProperty(proto, 'pending', {
    configurable: true,
    enumerable: false,
    get: function () {
      return this.fd === null;
    }
  });
}

// ---- ReadStream ----

function ReadStream(path, options) {
  if (!(this instanceof ReadStream))
    return new ReadStream(path, options);
  options = utils.copyObject(utils.getOptions(options, {}));
  if (options.highWaterMark === undefined)
    options.highWaterMark = 64 * 1024;
  setup(this, path, options, 'r');
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  utils.validateFunction(this._fs.read, 'options.fs.read');
  if (options.autoDestroy)
    utils.validateFunction(this._fs.close, 'options.fs.close');

  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  if (this.start !== undefined) {
    utils.validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    utils.validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end)
      throw codes.ERR_OUT_OF_RANGE('start', '<= "end" (here: ' + this.end + ')', this.start);
  }
  Readable.call(this, options);
}
ReadStream.prototype = Object.create(Readable.prototype, {
  constructor: { value: ReadStream, writable: true, enumerable: false, configurable: true }
});
defineAutoClose(ReadStream.prototype, '_readableState');

ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function (n) {
  var self = this;
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  var buf = Buffer.allocUnsafeSlow(n);
  this._ioBusy = true;
  this._fs.read(this.fd, buf, 0, n, this.pos, function (er, bytesRead, b) {
    self._ioBusy = false;
    if (self.destroyed) {
      ioFinished(self, er);
      return;
    }
    if (er) {
      errorOrDestroy(self, er);
    } else if (bytesRead > 0) {
      if (self.pos !== undefined)
        self.pos += bytesRead;
      self.bytesRead += bytesRead;
      b = b || buf;
      if (bytesRead !== b.length) {
        // Copy rather than slice, so a short read does not keep the big buffer alive.
        var dst = Buffer.allocUnsafeSlow(bytesRead);
        b.copy(dst, 0, 0, bytesRead);
        b = dst;
      }
      self.push(b);
    } else {
      self.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroy;

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

// ---- WriteStream ----

function WriteStream(path, options) {
  if (!(this instanceof WriteStream))
    return new WriteStream(path, options);
  options = utils.copyObject(utils.getOptions(options, {}));
  // Only Buffers reach _write.
  options.decodeStrings = true;
  setup(this, path, options, 'w');
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  if (!this._fs.write && !this._fs.writev)
    throw codes.ERR_INVALID_ARG_TYPE('options.fs.write', 'function', this._fs.write);
  if (this._fs.write)
    utils.validateFunction(this._fs.write, 'options.fs.write');
  if (this._fs.writev)
    utils.validateFunction(this._fs.writev, 'options.fs.writev');
  if (options.autoDestroy)
    utils.validateFunction(this._fs.close, 'options.fs.close');

  this.flush = options.flush;
  if (this.flush === null || this.flush === undefined) {
    this.flush = false;
  } else {
    utils.validateBoolean(this.flush, 'options.flush');
    utils.validateFunction(this._fs.fsync, 'options.fs.fsync');
  }
  if (!this._fs.write)
    this._write = null;
  // A custom fs without writev gets one write per chunk, as in Node.
  if (options.fs && !this._fs.writev)
    this._writev = null;

  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  if (this.start !== undefined) {
    utils.validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Writable.call(this, options);
  if (options.encoding)
    this.setDefaultEncoding(options.encoding);
}
WriteStream.prototype = Object.create(Writable.prototype, {
  constructor: { value: WriteStream, writable: true, enumerable: false, configurable: true }
});
defineAutoClose(WriteStream.prototype, '_writableState');

WriteStream.prototype._construct = construct;

// Writes data[0, size) at pos (undefined: the current position), retrying short
// writes, as Node's writeAll.
function writeAll(stream, data, size, pos, cb, retries) {
  stream._fs.write(stream.fd, data, 0, size, pos, function (er, bytesWritten, buffer) {
    if (er && er.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (stream.destroyed || er)
      return cb(er || codes.ERR_STREAM_DESTROYED('write'));
    stream.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    if (pos !== undefined && pos !== null)
      pos += bytesWritten;
    if (retries > 5) {
      var err = new Error('A system error occurred: write failed');
      err.code = 'ERR_SYSTEM_ERROR';
      cb(err);
    } else if (size) {
      writeAll(stream, (buffer || data).slice(bytesWritten), size, pos, cb, retries);
    } else {
      cb();
    }
  });
}

function writeChunk(stream, data, cb) {
  stream._ioBusy = true;
  writeAll(stream, data, data.length, stream.pos, function (er) {
    stream._ioBusy = false;
    if (stream.destroyed) {
      cb(er);
      ioFinished(stream, er);
      return;
    }
    cb(er);
  }, 0);
  if (stream.pos !== undefined)
    stream.pos += data.length;
}

WriteStream.prototype._write = function (data, encoding, cb) {
  writeChunk(this, data, cb);
};

// What queued up while a write was in flight goes out as one write.
WriteStream.prototype._writev = function (data, cb) {
  var chunks = new Array(data.length);
  for (var i = 0; i < data.length; i++)
    chunks[i] = data[i].chunk;
  writeChunk(this, Buffer.concat(chunks), cb);
};

WriteStream.prototype._destroy = destroy;

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose, destroy on 'finish'.
  if (!this.autoClose)
    this.on('finish', this.destroy);
  // end(), not destroy(): pending writes still go out (nodejs/node#2006).
  this.end();
};

// There is no shutdown() for files.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

exports.ReadStream = ReadStream;
exports.WriteStream = WriteStream;
