// internal/fs/promises — fs.promises / require('fs/promises') and FileHandle.
//
// Each function returns a Promise settled from the I/O callback of the matching
// callback-style operation in fs.js, so results, errors (validation errors become
// rejections, never synchronous throws) and loop timing are the callback API's.
// open() resolves to a FileHandle: an EventEmitter owning an fd, with read/write
// (resolving to null-prototype { bytesRead | bytesWritten, buffer }), readFile,
// writeFile, appendFile, stat, truncate, sync, datasync, chmod, chown, utimes,
// createReadStream/createWriteStream and close() (which emits 'close'; operations on a
// closed handle reject with EBADF "file closed").
//
// Not here: statfs, watch, readv/writev, readLines, lchmod.
'use strict';

var fs = require('fs');
var fsb = binding.fs;
var utils = require('internal/fs/utils');
var codes = utils.codes;
var EventEmitter = require('events');
var Buffer = require('buffer').Buffer;

var slice = Array.prototype.slice;

// fs[name] with the caller's arguments padded to `arity` (so an omitted optional
// argument is never mistaken for the callback), as a Promise.
function promised(name, arity) {
  var fn = function () {
    var args = slice.call(arguments, 0, arity);
    while (args.length < arity) args.push(undefined);
    return new Promise(function (resolve, reject) {
      args.push(function (err, result) {
        if (err) reject(err);
        else resolve(result);
      });
      fs[name].apply(fs, args);
    });
  };
  return fn;
}

// A binding.fs call as a Promise (arguments already validated).
function call(fn) {
  var args = slice.call(arguments, 1);
  return new Promise(function (resolve, reject) {
    args.push(function (err, result) {
      if (err) reject(err);
      else resolve(result);
    });
    fn.apply(fsb, args);
  });
}

function nullProto(key, value, buffer) {
  var o = Object.create(null);
  o[key] = value;
  o.buffer = buffer;
  return o;
}

// ---- FileHandle ----

function FileHandle(fd) {
  EventEmitter.call(this);
  Object.defineProperty(this, '_fd', { value: fd, writable: true, enumerable: false });
  Object.defineProperty(this, '_refs', { value: 1, writable: true, enumerable: false });
  Object.defineProperty(this, '_closePromise', { value: null, writable: true, enumerable: false });
  Object.defineProperty(this, '_closeResolve', { value: null, writable: true, enumerable: false });
  Object.defineProperty(this, '_closeReject', { value: null, writable: true, enumerable: false });
}
// Node 20's FileHandle mixes EventEmitter in: it emits, but is no instanceof it.
Object.keys(EventEmitter.prototype).forEach(function (k) {
  FileHandle.prototype[k] = EventEmitter.prototype[k];
});

Object.defineProperty(FileHandle.prototype, 'fd', {
  configurable: true,
  enumerable: false,
  get: function () {
    return this._fd;
  }
});

function closedError(syscall) {
  var err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

// Runs op(fd) holding a reference on the handle, unless it is closed (then rejects
// with EBADF "file closed", as Node's fsCall). A close() requested meanwhile happens
// when the last operation lets go.
function withFd(handle, syscall, op) {
  if (handle._fd === -1)
    return Promise.reject(closedError(syscall));
  handle._ref();
  var p;
  try {
    p = op(handle._fd);
  } catch (e) {
    p = Promise.reject(e);
  }
  return p.then(function (v) {
    handle._unref();
    return v;
  }, function (e) {
    handle._unref();
    throw e;
  });
}

FileHandle.prototype._ref = function () {
  this._refs++;
};

FileHandle.prototype._unref = function () {
  if (--this._refs === 0) {
    var fd = this._fd;
    this._fd = -1;
    call(fsb.close, fd).then(this._closeResolve, this._closeReject);
  }
};

FileHandle.prototype.close = function close() {
  var self = this;
  if (this._fd === -1)
    return Promise.resolve();
  if (this._closePromise)
    return this._closePromise;
  this._refs--;
  var p;
  if (this._refs === 0) {
    var fd = this._fd;
    this._fd = -1;
    p = call(fsb.close, fd);
  } else {
    p = new Promise(function (resolve, reject) {
      self._closeResolve = resolve;
      self._closeReject = reject;
    });
  }
  this._closePromise = p.then(function () {
    self._closePromise = null;
    self._closeResolve = self._closeReject = null;
  }, function (e) {
    self._closePromise = null;
    self._closeResolve = self._closeReject = null;
    throw e;
  });
  this.emit('close');
  return this._closePromise;
};

FileHandle.prototype.getAsyncId = function getAsyncId() {
  return -1;
};

function handleRead(handle, bufferOrParams, offset, length, position) {
  var buffer = bufferOrParams;
  if (!utils.isArrayBufferView(buffer)) {
    if (bufferOrParams !== undefined)
      utils.validateObjectNullable(bufferOrParams, 'options');
    var p = bufferOrParams || {};
    buffer = p.buffer === undefined ? Buffer.alloc(16384) : p.buffer;
    offset = p.offset === undefined ? 0 : p.offset;
    length = p.length === undefined ? buffer.byteLength - offset : p.length;
    position = p.position === undefined ? null : p.position;
    utils.validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    var o = offset;
    offset = o.offset === undefined ? 0 : o.offset;
    length = o.length === undefined ? buffer.byteLength - offset : o.length;
    position = o.position === undefined ? null : o.position;
  }
  if (offset === null || offset === undefined)
    offset = 0;
  else
    utils.validateInteger(offset, 'offset', 0);
  if (length === null || length === undefined)
    length = buffer.byteLength - offset;
  if (length === 0)
    return Promise.resolve(nullProto('bytesRead', 0, buffer));
  if (buffer.byteLength === 0)
    throw codes.ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  utils.validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (typeof position !== 'number' || Math.floor(position) !== position || position < 0)
    position = -1;
  return withFd(handle, 'read', function (fd) {
    return call(fsb.read, fd, buffer, offset, length, position).then(function (n) {
      return nullProto('bytesRead', n || 0, buffer);
    });
  });
}

FileHandle.prototype.read = function read(buffer, offset, length, position) {
  try {
    return handleRead(this, buffer, offset, length, position);
  } catch (e) {
    return Promise.reject(e);
  }
};

function handleWrite(handle, buffer, offsetOrOptions, length, position) {
  if (buffer && buffer.byteLength === 0)
    return Promise.resolve(nullProto('bytesWritten', 0, buffer));
  var offset = offsetOrOptions;
  if (utils.isArrayBufferView(buffer)) {
    if (offset !== null && typeof offset === 'object') {
      var o = offset;
      offset = o.offset === undefined ? 0 : o.offset;
      length = o.length === undefined ? buffer.byteLength - offset : o.length;
      position = o.position === undefined ? null : o.position;
    }
    if (offset === null || offset === undefined)
      offset = 0;
    else
      utils.validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number')
      length = buffer.byteLength - offset;
    if (typeof position !== 'number')
      position = null;
    utils.validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return withFd(handle, 'write', function (fd) {
      return call(fsb.write, fd, buffer, offset, length, position).then(function (n) {
        return nullProto('bytesWritten', n || 0, buffer);
      });
    });
  }
  utils.validateStringAfterArrayBufferView(buffer, 'buffer');
  utils.validateEncoding(buffer, length);
  var data = Buffer.from(buffer, length);
  return withFd(handle, 'write', function (fd) {
    return call(fsb.write, fd, data, 0, data.byteLength,
      typeof offset === 'number' ? offset : null).then(function (n) {
      return nullProto('bytesWritten', n || 0, buffer);
    });
  });
}

FileHandle.prototype.write = function write(buffer, offsetOrOptions, length, position) {
  try {
    return handleWrite(this, buffer, offsetOrOptions, length, position);
  } catch (e) {
    return Promise.reject(e);
  }
};

FileHandle.prototype.readFile = function readFile(options) {
  var self = this;
  try {
    options = utils.getOptions(options, { flag: 'r' });
  } catch (e) {
    return Promise.reject(e);
  }
  return withFd(self, 'read', function (fd) {
    return call(fsb.readFile, fd, 0, false).then(function (buf) {
      return options.encoding ? buf.toString(options.encoding) : buf;
    });
  });
};

// Writes all of data at the current position.
function writeAllFd(fd, data) {
  var offset = 0;
  function step() {
    if (offset >= data.byteLength)
      return undefined;
    return call(fsb.write, fd, data, offset, data.byteLength - offset, null).then(function (n) {
      offset += n;
      return step();
    });
  }
  return Promise.resolve().then(step);
}

function toData(data, encoding) {
  if (utils.isArrayBufferView(data))
    return data;
  utils.validateStringAfterArrayBufferView(data, 'data');
  return Buffer.from(data, encoding || 'utf8');
}

FileHandle.prototype.writeFile = function writeFile(data, options) {
  try {
    options = utils.getOptions(options, { encoding: 'utf8', mode: 0x1b6, flag: 'w' });
    data = toData(data, options.encoding);
  } catch (e) {
    return Promise.reject(e);
  }
  return withFd(this, 'write', function (fd) {
    return writeAllFd(fd, data);
  });
};

FileHandle.prototype.appendFile = function appendFile(data, options) {
  return this.writeFile(data, options);
};

function fdOp(name, syscall, convert) {
  return function () {
    var args = slice.call(arguments);
    var self = this;
    return withFd(self, syscall, function (fd) {
      return promisedFd(name, fd, args);
    }).then(convert);
  };
}

function promisedFd(name, fd, args) {
  return new Promise(function (resolve, reject) {
    var a = [fd].concat(args);
    a.push(function (err, result) {
      if (err) reject(err);
      else resolve(result);
    });
    fs[name].apply(fs, a);
  });
}

FileHandle.prototype.stat = function stat(options) {
  return withFd(this, 'fstat', function (fd) {
    return promisedFd('fstat', fd, [options]);
  });
};

FileHandle.prototype.truncate = function truncate(len) {
  return withFd(this, 'ftruncate', function (fd) {
    return promisedFd('ftruncate', fd, [len === undefined ? 0 : len]);
  });
};

FileHandle.prototype.sync = fdOp('fsync', 'fsync');
FileHandle.prototype.datasync = fdOp('fdatasync', 'fdatasync');
FileHandle.prototype.chmod = fdOp('fchmod', 'fchmod');
FileHandle.prototype.chown = fdOp('fchown', 'fchown');
FileHandle.prototype.utimes = fdOp('futimes', 'futime');

FileHandle.prototype.createReadStream = function createReadStream(options) {
  var o = utils.copyObject(options || {});
  o.fd = this;
  return fs.createReadStream(undefined, o);
};

FileHandle.prototype.createWriteStream = function createWriteStream(options) {
  var o = utils.copyObject(options || {});
  o.fd = this;
  return fs.createWriteStream(undefined, o);
};

// ---- the module ----

function open(path, flags, mode) {
  return new Promise(function (resolve, reject) {
    path = utils.getValidatedPath(path);
    var flagsNumber = utils.stringToFlags(flags);
    mode = utils.parseFileMode(mode, 'mode', 0x1b6);
    fsb.open(path, flagsNumber, mode, function (err, fd) {
      if (err) reject(err);
      else resolve(new FileHandle(fd));
    });
  });
}

// Unlike fs.readFile/writeFile, a number is not a descriptor here: only a FileHandle is.
function readFile(path, options) {
  return new Promise(function (resolve, reject) {
    options = utils.getOptions(options, { flag: 'r' });
    if (path instanceof FileHandle)
      return resolve(path.readFile(options));
    path = utils.getValidatedPath(path);
    fs.readFile(path, options, function (err, data) {
      if (err) reject(err);
      else resolve(data);
    });
  });
}

function writeFile(path, data, options) {
  return new Promise(function (resolve, reject) {
    options = utils.getOptions(options, { encoding: 'utf8', mode: 0x1b6, flag: 'w' });
    data = toData(data, options.encoding);
    if (path instanceof FileHandle)
      return resolve(path.writeFile(data, options));
    path = utils.getValidatedPath(path);
    fs.writeFile(path, data, options, function (err) {
      if (err) reject(err);
      else resolve();
    });
  });
}

function appendFile(path, data, options) {
  return new Promise(function (resolve) {
    options = utils.copyObject(utils.getOptions(options,
      { encoding: 'utf8', mode: 0x1b6, flag: 'a' }));
    if (!options.flag)
      options.flag = 'a';
    resolve(writeFile(path, data, options));
  });
}

// realpath here is the native one, as in Node.
function realpath(path, options) {
  return new Promise(function (resolve, reject) {
    fs.realpath.native(path, options, function (err, p) {
      if (err) reject(err);
      else resolve(p);
    });
  });
}

var api = {
  access: promised('access', 2),
  copyFile: promised('copyFile', 3),
  open: open,
  rename: promised('rename', 2),
  truncate: promised('truncate', 2),
  rm: promised('rm', 2),
  rmdir: promised('rmdir', 2),
  mkdir: promised('mkdir', 2),
  readdir: promised('readdir', 2),
  opendir: function opendir(path, options) {
    return require('internal/fs/dir').opendirPromise(path, options);
  },
  cp: function cp(src, dest, options) {
    return require('internal/fs/cp').cpPromise(src, dest, options);
  },
  readlink: promised('readlink', 2),
  symlink: promised('symlink', 3),
  lstat: promised('lstat', 2),
  stat: promised('stat', 2),
  link: promised('link', 2),
  unlink: promised('unlink', 1),
  chmod: promised('chmod', 2),
  lchown: promised('lchown', 3),
  chown: promised('chown', 3),
  utimes: promised('utimes', 3),
  lutimes: promised('lutimes', 3),
  realpath: realpath,
  mkdtemp: promised('mkdtemp', 2),
  writeFile: writeFile,
  appendFile: appendFile,
  readFile: readFile
};
Object.defineProperty(api, 'constants', {
  configurable: false, enumerable: true, value: fs.constants
});

exports.exports = api;
exports.FileHandle = FileHandle;
