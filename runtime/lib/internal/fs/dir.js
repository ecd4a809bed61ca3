// internal/fs/dir — fs.opendir, fs.opendirSync, fs.promises.opendir and fs.Dir.
//
// A Dir holds the directory's entries, read when it is opened (binding.fs.readdir with
// types, so in readdir's order) and handed out one Dirent at a time by read()
// (callback or Promise; null at the end), readSync() and async iteration (which closes
// the Dir when it ends or breaks). After close()/closeSync() every operation fails with
// ERR_DIR_CLOSED. Errors opening are readdir's with syscall 'opendir': the sync one
// without the path, as Node words it.
'use strict';

var fsb = binding.fs;
var utils = require('internal/fs/utils');
var errors = require('internal/errors');

var kAsyncIterator = '\x01Symbol(Symbol.asyncIterator)';	// the Symbol shim's key

function dirClosed() {
  return errors.makeNodeError(Error, 'ERR_DIR_CLOSED', 'Directory handle was closed');
}

// readdir's error as opendir's
function asOpendir(e, withPath) {
  if (e === null || typeof e !== 'object' || typeof e.code !== 'string' ||
      e.syscall !== 'scandir')
    return e;
  var old = e.message;
  var msg = old.replace(/, scandir( '.*')?$/, withPath ? ', opendir$1' : ', opendir');
  e.syscall = 'opendir';
  if (!withPath)
    delete e.path;
  e.message = msg;
  if (typeof e.stack === 'string' && e.stack.indexOf(old) >= 0)
    e.stack = e.stack.replace(old, msg);
  return e;
}

function Dir(path, entries) {
  Object.defineProperty(this, '\x01dir', {
    value: { path: path, entries: entries, next: 0, closed: false }
  });
}

function state(dir) {
  var s = dir['\x01dir'];
  if (s === undefined)
    throw new TypeError('Illegal invocation');
  return s;
}

Object.defineProperty(Dir.prototype, 'path', {
  get: function () { return state(this).path; },
  configurable: true
});

function take(s) {
  return s.next < s.entries.length ? s.entries[s.next++] : null;
}

Dir.prototype.readSync = function readSync() {
  var s = state(this);
  if (s.closed)
    throw dirClosed();
  return take(s);
};

Dir.prototype.read = function read(callback) {
  var s = state(this);
  if (callback === undefined) {
    return new Promise(function (resolve, reject) {
      if (s.closed)
        return reject(dirClosed());
      setImmediate(function () { resolve(take(s)); });
    });
  }
  if (typeof callback !== 'function')
    throw errors.invalidArgType('callback', 'function', callback);
  if (s.closed)
    throw dirClosed();	// Node throws here, while close(callback) reports it
  setImmediate(function () { callback(null, take(s)); });
};

Dir.prototype.closeSync = function closeSync() {
  var s = state(this);
  if (s.closed)
    throw dirClosed();
  s.closed = true;
};

Dir.prototype.close = function close(callback) {
  var s = state(this);
  if (callback === undefined) {
    return new Promise(function (resolve, reject) {
      if (s.closed)
        return reject(dirClosed());
      s.closed = true;
      setImmediate(resolve);
    });
  }
  if (typeof callback !== 'function')
    throw errors.invalidArgType('callback', 'function', callback);
  if (s.closed) {
    process.nextTick(callback, dirClosed());
    return;
  }
  s.closed = true;
  setImmediate(callback, null);
};

// for await (const dirent of dir): the Dir is closed at the end or on break
Dir.prototype.entries = function entries() {
  var dir = this;
  var s = state(this);
  var it = {
    next: function () {
      if (s.closed)
        return Promise.reject(dirClosed());
      var d = take(s);
      if (d === null) {
        s.closed = true;
        return Promise.resolve({ value: undefined, done: true });
      }
      return Promise.resolve({ value: d, done: false });
    },
    'return': function () {
      if (!s.closed)
        s.closed = true;
      return Promise.resolve({ value: undefined, done: true });
    }
  };
  it[kAsyncIterator] = function () { return it; };
  void dir;
  return it;
};
Dir.prototype[kAsyncIterator] = Dir.prototype.entries;

function checkOptions(options) {
  if (options !== undefined && options !== null && typeof options !== 'object' &&
      typeof options !== 'string')
    throw errors.invalidArgType('options', 'Object', options);
  var encoding = typeof options === 'string' ? options :
    options && options.encoding ? options.encoding : 'utf8';
  if (options && typeof options === 'object' && options.bufferSize !== undefined) {
    var b = options.bufferSize;
    if (typeof b !== 'number')
      throw errors.invalidArgType('options.bufferSize', 'number', b);
    if (Math.floor(b) !== b)
      throw errors.outOfRange('options.bufferSize', 'an integer', b);
    if (b < 1 || b > 4294967295)
      throw errors.outOfRange('options.bufferSize', '>= 1 && <= 4294967295', b);
  }
  return encoding;
}

function opendirSync(path, options) {
  var encoding = checkOptions(options);
  path = utils.getValidatedPath(path);
  var result;
  try {
    result = fsb.readdir(path, true);
  } catch (e) {
    throw asOpendir(e, false);
  }
  return new Dir(path, utils.getDirents(path, result, encoding));
}

function opendir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (typeof callback !== 'function')
    throw errors.invalidArgType('cb', 'function', callback);
  var encoding = checkOptions(options);
  path = utils.getValidatedPath(path);
  fsb.readdir(path, true, function (err, result) {
    if (err)
      return callback(asOpendir(err, true));
    var dir;
    try {
      dir = new Dir(path, utils.getDirents(path, result, encoding));
    } catch (e) {
      return callback(e);
    }
    callback(null, dir);
  });
}

function opendirPromise(path, options) {
  return new Promise(function (resolve, reject) {
    opendir(path, options, function (err, dir) {
      if (err) reject(err);
      else resolve(dir);
    });
  });
}

exports.Dir = Dir;
exports.opendir = opendir;
exports.opendirSync = opendirSync;
exports.opendirPromise = opendirPromise;
