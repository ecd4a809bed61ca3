// fs — Node 20's fs module on binding.fs (runtime/fs.c, runtime/fs_readfile.c).
//
// Sync and callback forms of the whole-file functions, descriptors (open/read/write/
// close…), metadata (stat, access, chmod, utimes…), directories (readdir, mkdir with
// `recursive`, rm, rmdir, mkdtemp) and links; createReadStream/createWriteStream
// (internal/fs/streams) and fs.promises (internal/fs/promises). Arguments are validated
// here with Node's error codes and messages; the binding gets only strings, integers
// and Buffers. Callbacks arrive from the poll phase as I/O callbacks, as in Node, and
// get (err) or (null, result) with Node's argument counts.
//
// Not here: watch/watchFile, statfs, readv/writev, bigint stats,
// AbortSignal options.
'use strict';

var fsb = binding.fs;
var utils = require('internal/fs/utils');
var codes = utils.codes;
var pathModule = require('path');
var Buffer = require('buffer').Buffer;
var constants = utils.constants;

var F_OK = constants.F_OK;
var S_IFMT = constants.S_IFMT;
var S_IFDIR = constants.S_IFDIR;

var isArrayBufferView = utils.isArrayBufferView;
var isInt32 = utils.isInt32;
var getValidatedPath = utils.getValidatedPath;
var getValidatedFd = utils.getValidatedFd;
var getOptions = utils.getOptions;
var stringToFlags = utils.stringToFlags;
var parseFileMode = utils.parseFileMode;
var validateFunction = utils.validateFunction;
var validateBoolean = utils.validateBoolean;
var validateInteger = utils.validateInteger;
var validateInt32 = utils.validateInt32;
var validateUint32 = utils.validateUint32;
var encodeName = utils.encodeName;
var getStatsFromBinding = utils.getStatsFromBinding;

// Callbacks run in the AsyncLocalStorage frame current when the call was made
// (internal/async_context; cb itself when no storage is in use)
var bindAsyncContext = require('internal/async_context').bind;

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return bindAsyncContext(cb);
}

function makeStatsCallback(cb) {
  validateFunction(cb, 'cb');
  cb = bindAsyncContext(cb);
  return function (err, stats) {
    if (err) return cb(err);
    cb(err, getStatsFromBinding(stats));
  };
}

// A callback given a string result, converted to the requested encoding.
function makeEncodedCallback(cb, encoding) {
  validateFunction(cb, 'cb');
  cb = bindAsyncContext(cb);
  return function (err, result) {
    if (err) return cb(err);
    cb(null, encodeName(result, encoding));
  };
}

function aggregateTwoErrors(inner, outer) {
  return codes.aggregateTwoErrors(inner, outer);
}

// ---- access / exists ----

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = utils.getValidMode(mode, F_OK);
  fsb.access(path, mode, makeCallback(callback));
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  fsb.access(path, utils.getValidMode(mode, F_OK));
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  callback = bindAsyncContext(callback);
  function suppressedCallback(err) {
    callback(!err);
  }
  try {
    module.exports.access(path, F_OK, suppressedCallback);
  } catch (e) {
    return callback(false);
  }
}

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch (e) {
    return false;
  }
  try {
    fsb.access(path, F_OK);
    return true;
  } catch (e) {
    return false;
  }
}

// ---- whole files ----

function readFile(path, options, callback) {
  callback = callback || options;
  validateFunction(callback, 'cb');
  callback = bindAsyncContext(callback);
  options = getOptions(options, { flag: 'r' });
  var encoding = options.encoding;
  function done(err, buffer) {
    if (err) return callback(err);
    var result = buffer;
    if (encoding) {
      try {
        result = buffer.toString(encoding);
      } catch (e) {
        return callback(e);
      }
    }
    callback(null, result);
  }
  if (isInt32(path)) {
    process.nextTick(function tick() {
      fsb.readFile(path, 0, false, done);
    });
    return;
  }
  var flags = stringToFlags(options.flag, 'options.flag');
  path = getValidatedPath(path);
  fsb.readFile(path, flags, false, done);
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  var utf8 = options.encoding === 'utf8' || options.encoding === 'utf-8';
  var isUserFd = isInt32(path);
  if (!isUserFd)
    path = getValidatedPath(path);
  var buffer = fsb.readFile(path, stringToFlags(options.flag), isUserFd && utf8);
  return options.encoding ? buffer.toString(options.encoding) : buffer;
}

function toBufferData(data, encoding) {
  if (isArrayBufferView(data))
    return data;
  utils.validateStringAfterArrayBufferView(data, 'data');
  return Buffer.from(data, encoding || 'utf8');
}

function writeAll(fd, isUserFd, buffer, offset, length, flush, callback) {
  function finish(err) {
    if (isUserFd) {
      if (err) callback(err); else callback(null);
    } else {
      module.exports.close(fd, function (closeErr) {
        if (err || closeErr) callback(aggregateTwoErrors(closeErr, err));
        else callback(null);
      });
    }
  }
  module.exports.write(fd, buffer, offset, length, null, function (writeErr, written) {
    if (writeErr)
      return finish(writeErr);
    if (written === length) {
      if (!flush)
        return finish(null);
      return module.exports.fsync(fd, finish);
    }
    writeAll(fd, isUserFd, buffer, offset + written, length - written, flush, callback);
  });
}

function writeFile(path, data, options, callback) {
  callback = callback || options;
  validateFunction(callback, 'cb');
  callback = bindAsyncContext(callback);
  options = getOptions(options, { encoding: 'utf8', mode: 0x1b6, flag: 'w', flush: false });
  var flag = options.flag || 'w';
  var flush = options.flush === undefined || options.flush === null ? false : options.flush;
  validateBoolean(flush, 'options.flush');
  data = toBufferData(data, options.encoding);
  if (isInt32(path)) {
    writeAll(path, true, data, 0, data.byteLength, flush, callback);
    return;
  }
  module.exports.open(path, flag, options.mode, function (openErr, fd) {
    if (openErr)
      callback(openErr);
    else
      writeAll(fd, false, data, 0, data.byteLength, flush, callback);
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0x1b6, flag: 'w', flush: false });
  var flush = options.flush === undefined || options.flush === null ? false : options.flush;
  validateBoolean(flush, 'options.flush');
  var flag = options.flag || 'w';
  var fromString = typeof data === 'string';
  data = toBufferData(data, options.encoding);
  var isUserFd = isInt32(path);
  var fd = isUserFd ? path : openSync(path, flag, options.mode);
  var offset = 0;
  var length = data.byteLength;
  try {
    while (length > 0) {
      // Node writes strings in C++, whose errors keep the usual key order.
      var written = fromString ? fsb.write(fd, data, offset, length, null) :
        writeSync(fd, data, offset, length);
      offset += written;
      length -= written;
    }
    if (flush)
      fsb.fsync(fd);
  } finally {
    if (!isUserFd)
      closeSync(fd);
  }
}

function appendFile(path, data, options, callback) {
  callback = callback || options;
  validateFunction(callback, 'cb');
  callback = bindAsyncContext(callback);
  options = utils.copyObject(getOptions(options, { encoding: 'utf8', mode: 0x1b6, flag: 'a' }));
  if (!options.flag || isInt32(path))
    options.flag = 'a';
  module.exports.writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = utils.copyObject(getOptions(options, { encoding: 'utf8', mode: 0x1b6, flag: 'a' }));
  if (!options.flag || isInt32(path))
    options.flag = 'a';
  module.exports.writeFileSync(path, data, options);
}

// ---- descriptors ----

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0x1b6;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0x1b6;
  } else {
    mode = parseFileMode(mode, 'mode', 0x1b6);
  }
  var flagsNumber = stringToFlags(flags);
  fsb.open(path, flagsNumber, mode, makeCallback(callback));
}

function openSync(path, flags, mode) {
  return fsb.open(getValidatedPath(path), stringToFlags(flags),
    parseFileMode(mode, 'mode', 0x1b6));
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback) {
  fd = getValidatedFd(fd);
  if (callback === undefined)
    callback = defaultCloseCallback;
  else
    makeCallback(callback);
  fsb.close(fd, callback);
}

function closeSync(fd) {
  fsb.close(getValidatedFd(fd));
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  var offset = offsetOrOptions;
  var params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // read(fd, buffer, options, callback)
      utils.validateObjectNullable(offsetOrOptions, 'options');
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // read(fd, bufferOrParams, callback)
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        buffer = params && params.buffer !== undefined ? params.buffer : Buffer.alloc(16384);
      }
      callback = offsetOrOptions;
    } else {
      // read(fd, callback)
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    // Node 20 applies the defaults whenever there are at most four arguments.
    var p = params || {};
    offset = p.offset === undefined ? 0 : p.offset;
    length = p.length === undefined ? (buffer ? buffer.byteLength : undefined) - offset :
      p.length;
    position = p.position === undefined ? null : p.position;
  }
  utils.validateBuffer(buffer);
  validateFunction(callback, 'cb');
  callback = bindAsyncContext(callback);
  if (offset === null || offset === undefined)
    offset = 0;
  else
    validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) {
    return process.nextTick(function tick() {
      callback(null, 0, buffer);
    });
  }
  if (buffer.byteLength === 0)
    throw codes.ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  utils.validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position === null || position === undefined)
    position = -1;
  utils.validatePosition(position, 'position');
  fsb.read(fd, buffer, offset, length, position, function (err, bytesRead) {
    callback(err, bytesRead || 0, buffer);
  });
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  utils.validateBuffer(buffer);
  var offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined)
      utils.validateObjectNullable(offsetOrOptions, 'options');
    var p = offsetOrOptions || {};
    offset = p.offset === undefined ? 0 : p.offset;
    length = p.length === undefined ? buffer.byteLength - offset : p.length;
    position = p.position === undefined ? null : p.position;
  }
  if (offset === undefined)
    offset = 0;
  else
    validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0)
    return 0;
  if (buffer.byteLength === 0)
    throw codes.ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  utils.validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position === null || position === undefined)
    position = -1;
  utils.validatePosition(position, 'position');
  return fsb.read(fd, buffer, offset, length, position);
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  function wrapper(err, written) {
    callback(err, written || 0, buffer);
  }
  fd = getValidatedFd(fd);
  var offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = makeCallback(callback || position || length || offset);
    if (offset !== null && typeof offset === 'object') {
      var p = offsetOrOptions;
      offset = p.offset === undefined ? 0 : p.offset;
      length = p.length === undefined ? buffer.byteLength - offset : p.length;
      position = p.position === undefined ? null : p.position;
    }
    if (offset === null || offset === undefined || typeof offset === 'function')
      offset = 0;
    else
      validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number')
      length = buffer.byteLength - offset;
    if (typeof position !== 'number')
      position = null;
    utils.validateOffsetLengthWrite(offset, length, buffer.byteLength);
    fsb.write(fd, buffer, offset, length, position, wrapper);
    return;
  }
  utils.validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  utils.validateEncoding(buffer, length);
  callback = makeCallback(position);
  var data = Buffer.from(buffer, length);
  fsb.write(fd, data, 0, data.byteLength, typeof offset === 'number' ? offset : null, wrapper);
}

// Node reports writeSync failures through a context object: the error's keys come in
// the order errno, syscall, code.
function writeSyncError(e) {
  if (e && typeof e.errno === 'number' && e.syscall === 'write') {
    var code = e.code;
    delete e.code;
    e.code = code;
  }
  return e;
}

// The common case first (a UTF-8 string, at the current position or a given one): written
// without a Buffer by binding.fs.writeString, which returns -1 for a string it cannot
// write as it is (U+0000, lone surrogates). Kept apart from writeSyncAny so that it
// stays a lightweight function (no try, no arguments object).
function writeSync(fd, buffer, offsetOrOptions, length, position) {
  if (typeof buffer === 'string' && fd === (fd | 0) && fd >= 0 &&
      (offsetOrOptions === undefined || offsetOrOptions === null ||
       typeof offsetOrOptions === 'number' && offsetOrOptions >= 0 &&
       offsetOrOptions <= 9007199254740991 && offsetOrOptions % 1 === 0) &&
      (length === undefined || length === 'utf8' || length === 'utf-8')) {
    var n = fsb.writeString(fd, buffer, typeof offsetOrOptions === 'number' ? offsetOrOptions : null);
    if (n >= 0) return n;
  }
  return writeSyncAny(fd, buffer, offsetOrOptions, length, position);
}

function writeSyncAny(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  var offset = offsetOrOptions;
  var data = buffer;
  if (isArrayBufferView(buffer)) {
    if (offset !== null && typeof offset === 'object') {
      var p = offsetOrOptions;
      offset = p.offset === undefined ? 0 : p.offset;
      length = p.length === undefined ? buffer.byteLength - offset : p.length;
      position = p.position === undefined ? null : p.position;
    }
    if (position === undefined)
      position = null;
    if (offset === null || offset === undefined)
      offset = 0;
    else
      validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number')
      length = buffer.byteLength - offset;
    utils.validateOffsetLengthWrite(offset, length, buffer.byteLength);
  } else {
    utils.validateStringAfterArrayBufferView(buffer, 'buffer');
    utils.validateEncoding(buffer, length);
    data = Buffer.from(buffer, length);
    position = typeof offset === 'number' ? offset : null;
    offset = 0;
    length = data.byteLength;
  }
  try {
    return fsb.write(fd, data, offset, length, typeof position === 'number' ? position : null);
  } catch (e) {
    throw writeSyncError(e);
  }
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  fsb.fsync(fd, makeCallback(callback));
}

function fsyncSync(fd) {
  fsb.fsync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  fsb.fdatasync(fd, makeCallback(callback));
}

function fdatasyncSync(fd) {
  fsb.fdatasync(getValidatedFd(fd));
}

// ---- stat ----

function stat(path, options, callback) {
  if (typeof options === 'function')
    callback = options;
  callback = makeStatsCallback(callback);
  path = getValidatedPath(path);
  fsb.stat(path, callback);
}

function lstat(path, options, callback) {
  if (typeof options === 'function')
    callback = options;
  callback = makeStatsCallback(callback);
  path = getValidatedPath(path);
  fsb.lstat(path, callback);
}

function fstat(fd, options, callback) {
  if (typeof options === 'function')
    callback = options;
  fd = getValidatedFd(fd);
  fsb.fstat(fd, makeStatsCallback(callback));
}

function statLike(fn, path, options) {
  path = getValidatedPath(path);
  var throwIfNoEntry = !options || options.throwIfNoEntry === undefined ||
    options.throwIfNoEntry;
  try {
    return getStatsFromBinding(fn(path));
  } catch (e) {
    if (!throwIfNoEntry && e.code === 'ENOENT')
      return undefined;
    throw e;
  }
}

function statSync(path, options) {
  return statLike(fsb.stat, path, options);
}

function lstatSync(path, options) {
  return statLike(fsb.lstat, path, options);
}

function fstatSync(fd) {
  return getStatsFromBinding(fsb.fstat(getValidatedFd(fd)));
}

// ---- directories ----

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive !== null && options.recursive !== undefined)
    validateBoolean(options.recursive, 'options.recursive');
  var encoding = options.encoding;
  var withFileTypes = !!options.withFileTypes;
  if (options.recursive) {
    readdirRecursiveAsync(path, withFileTypes, encoding, callback);
    return;
  }
  fsb.readdir(path, withFileTypes, function (err, result) {
    if (err) return callback(err);
    var out;
    try {
      out = withFileTypes ? utils.getDirents(path, result, encoding) :
        encodeNames(result, encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, out);
  });
}

function encodeNames(names, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8')
    return names;
  for (var i = 0; i < names.length; i++)
    names[i] = encodeName(names[i], encoding);
  return names;
}

// readdir({ recursive: true }): the walk of readdirSync's, one directory per request.
function readdirRecursiveAsync(basePath, withFileTypes, encoding, callback) {
  var results = [];
  var queue = [basePath];
  var q = 0;
  function next() {
    if (q === queue.length)
      return callback(null, results);
    var dir = queue[q++];
    fsb.readdir(dir, true, function (err, res) {
      if (err) return callback(err);
      utils.readdirRecursiveStep(basePath, dir, res, withFileTypes, encoding, results, queue);
      next();
    });
  }
  next();
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive !== null && options.recursive !== undefined)
    validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive)
    return utils.readdirRecursive(path, !!options.withFileTypes, options.encoding);
  var result = fsb.readdir(path, !!options.withFileTypes);
  return options.withFileTypes ? utils.getDirents(path, result, options.encoding) :
    encodeNames(result, options.encoding);
}

function mkdirArgs(options) {
  var mode = 0x1ff;
  var recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined)
      recursive = options.recursive;
    if (options.mode !== undefined)
      mode = parseFileMode(options.mode, 'mode');
  }
  return { mode: mode, recursive: recursive };
}

var mkdirpSyncOps = {
  mkdir: function (p, mode, cb) {
    try {
      fsb.mkdir(p, mode);
    } catch (e) {
      return cb(e);
    }
    cb(null);
  },
  stat: function (p, cb) {
    var st;
    try {
      st = fsb.stat(p);
    } catch (e) {
      return cb(e);
    }
    cb(null, st);
  }
};

var mkdirpAsyncOps = {
  mkdir: function (p, mode, cb) {
    fsb.mkdir(p, mode, cb);
  },
  stat: function (p, cb) {
    fsb.stat(p, cb);
  }
};

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  var a = mkdirArgs(options);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateBoolean(a.recursive, 'options.recursive');
  if (!a.recursive) {
    fsb.mkdir(path, a.mode, callback);
    return;
  }
  utils.mkdirp(path, a.mode, mkdirpAsyncOps, function (errno, first) {
    if (errno)
      return callback(fsb.uvException(errno, 'mkdir', path));
    if (first === undefined)
      callback(null);
    else
      callback(null, first);
  });
}

function mkdirSync(path, options) {
  var a = mkdirArgs(options);
  path = getValidatedPath(path);
  validateBoolean(a.recursive, 'options.recursive');
  if (!a.recursive) {
    fsb.mkdir(path, a.mode);
    return undefined;
  }
  var result;
  var failed = 0;
  utils.mkdirp(path, a.mode, mkdirpSyncOps, function (errno, first) {
    failed = errno;
    result = first;
  });
  if (failed)
    throw fsb.uvException(failed, 'mkdir', path);
  return result;
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  fsb.mkdtemp(prefix + 'XXXXXX', function (err, result) {
    if (err) return callback(err);
    callback(null, encodeName(result, options.encoding));
  });
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeName(fsb.mkdtemp(prefix + 'XXXXXX'), options.encoding);
}

// ---- removal ----

var defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };
var defaultRmdirOptions = { retryDelay: 100, maxRetries: 0, recursive: false };

function validateRmdirOptions(options, defaults) {
  if (options === undefined)
    return defaults;
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  var merged = utils.copyObject(defaults);
  for (var k in options) merged[k] = options[k];
  validateBoolean(merged.recursive, 'options.recursive');
  validateInt32(merged.retryDelay, 'options.retryDelay', 0);
  validateUint32(merged.maxRetries, 'options.maxRetries');
  return merged;
}

var notEmptyCodes = { ENOTEMPTY: true, EEXIST: true, EPERM: true };
var retryCodes = { EBUSY: true, EMFILE: true, ENFILE: true, ENOTEMPTY: true, EPERM: true };

function rimraf(path, options, callback) {
  var retries = 0;
  _rimraf(path, options, function CB(err) {
    if (err) {
      if (retryCodes[err.code] && retries < options.maxRetries) {
        retries++;
        return setTimeout(_rimraf, retries * options.retryDelay, path, options, CB);
      }
      if (err.code === 'ENOENT')
        err = null;
    }
    callback(err);
  });
}

function _rimraf(path, options, callback) {
  fsb.lstat(path, function (err, st) {
    if (err) {
      if (err.code === 'ENOENT') return callback(null);
    } else if ((st[1] & S_IFMT) === S_IFDIR) {
      return _rmdir(path, options, err, callback);
    }
    fsb.unlink(path, function (err) {
      if (err) {
        if (err.code === 'ENOENT') return callback(null);
        if (err.code === 'EISDIR' || err.code === 'EPERM')
          return _rmdir(path, options, err, callback);
      }
      callback(err || null);
    });
  });
}

function _rmdir(path, options, originalErr, callback) {
  fsb.rmdir(path, function (err) {
    if (err) {
      if (notEmptyCodes[err.code]) return _rmchildren(path, options, callback);
      if (err.code === 'ENOTDIR') return callback(originalErr);
    }
    callback(err || null);
  });
}

function _rmchildren(path, options, callback) {
  fsb.readdir(path, false, function (err, files) {
    if (err) return callback(err);
    var numFiles = files.length;
    if (numFiles === 0) return fsb.rmdir(path, callback);
    var done = false;
    files.forEach(function (child) {
      rimraf(path + '/' + child, options, function (err) {
        if (done) return;
        if (err) {
          done = true;
          return callback(err);
        }
        numFiles--;
        if (numFiles === 0)
          fsb.rmdir(path, callback);
      });
    });
  });
}

function rimrafSync(path, options) {
  var st;
  try {
    st = fsb.lstat(path);
  } catch (err) {
    if (err.code === 'ENOENT') return;
  }
  try {
    if (st && (st[1] & S_IFMT) === S_IFDIR)
      _rmdirSync(path, options, null);
    else
      _unlinkSync(path, options);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code !== 'EISDIR' && err.code !== 'EPERM') throw err;
    _rmdirSync(path, options, err);
  }
}

function _unlinkSync(path, options) {
  var tries = options.maxRetries + 1;
  for (var i = 1; i <= tries; i++) {
    try {
      return fsb.unlink(path);
    } catch (err) {
      if (err.code === 'ENOENT' || err.code === 'EISDIR' || i === tries || !retryCodes[err.code])
        throw err;
    }
  }
}

function _rmdirSync(path, options, originalErr) {
  try {
    fsb.rmdir(path);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code === 'ENOTDIR') throw originalErr || err;
    if (notEmptyCodes[err.code]) {
      var children = fsb.readdir(path, false);
      for (var c = 0; c < children.length; c++)
        rimrafSync(path + '/' + children[c], options);
      var tries = options.maxRetries + 1;
      for (var i = 1; i <= tries; i++) {
        try {
          return fsb.rmdir(path);
        } catch (err2) {
          if (err2.code === 'ENOENT') return;
          if (i === tries || !retryCodes[err2.code]) throw err2;
        }
      }
    }
    throw originalErr || err;
  }
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  callback = makeCallback(callback);
  fsb.lstat(path, function (err, st) {
    if (err) {
      if (options.force && err.code === 'ENOENT') return callback(null);
      return callback(err);
    }
    if ((st[1] & S_IFMT) === S_IFDIR && !options.recursive)
      return callback(utils.eisdirError(path, 'rm'));
    rimraf(path, options, callback);
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options, defaultRmOptions);
  validateBoolean(options.force, 'options.force');
  if (!options.force || !options.recursive) {
    var st = statLike(fsb.lstat, path, { throwIfNoEntry: !options.force });
    if (st && st.isDirectory() && !options.recursive)
      throw utils.eisdirError(path, 'rm');
    if (!st)
      return;
  }
  rimrafSync(path, options);
}

var warnedRecursiveRmdir = false;
function emitRecursiveRmdirWarning() {
  if (!warnedRecursiveRmdir) {
    warnedRecursiveRmdir = true;
    process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead',
      'DeprecationWarning', 'DEP0147');
  }
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options && options.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions(options, defaultRmdirOptions);
    fsb.lstat(path, function (err, st) {
      if (err) return callback(err);
      if ((st[1] & S_IFMT) !== S_IFDIR) return fsb.rmdir(path, callback);
      rimraf(path, options, callback);
    });
    return;
  }
  validateRmdirOptions(options, defaultRmdirOptions);
  fsb.rmdir(path, callback);
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options && options.recursive) {
    emitRecursiveRmdirWarning();
    options = validateRmdirOptions(options, defaultRmdirOptions);
    var st = fsb.lstat(path);
    if ((st[1] & S_IFMT) === S_IFDIR)
      return rimrafSync(path, options);
  } else {
    validateRmdirOptions(options, defaultRmdirOptions);
  }
  fsb.rmdir(path);
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  fsb.unlink(path, callback);
}

function unlinkSync(path) {
  fsb.unlink(getValidatedPath(path));
}

// ---- names and links ----

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  fsb.rename(oldPath, newPath, callback);
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  fsb.rename(oldPath, newPath);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = makeCallback(callback);
  fsb.copyFile(src, dest, utils.getValidMode(mode, 0), callback);
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  fsb.copyFile(src, dest, utils.getValidMode(mode, 0));
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  fsb.link(existingPath, newPath, callback);
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  fsb.link(existingPath, newPath);
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  callback = makeCallback(callback);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  fsb.symlink(target, path, utils.stringToSymlinkType(type), callback);
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  fsb.symlink(target, path, utils.stringToSymlinkType(type));
}

function readlink(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'cb');
  callback = bindAsyncContext(callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  fsb.readlink(path, makeEncodedCallback(callback, options.encoding));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(fsb.readlink(path), options.encoding);
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = getValidatedPath(p);
  try {
    return encodeName(fsb.realpath(p), options.encoding);
  } catch (err) {
    throw utils.realpathError(p, err);
  }
}

realpathSync.native = function realpathSyncNative(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(fsb.realpath(path), options.encoding);
};

function realpath(p, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'cb');
  callback = bindAsyncContext(callback);
  options = getOptions(options);
  p = getValidatedPath(p);
  fsb.realpath(p, function (err, result) {
    if (err) return callback(utils.realpathError(p, err));
    callback(null, encodeName(result, options.encoding));
  });
}

realpath.native = function realpathNative(path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  path = getValidatedPath(path);
  fsb.realpath(path, makeEncodedCallback(callback, options.encoding));
};

// ---- sizes, modes, owners, times ----

function truncate(path, len, callback) {
  if (typeof path === 'number')
    return ftruncate(path, len, callback);
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  module.exports.open(path, 'r+', function (er, fd) {
    if (er) return callback(er);
    fsb.ftruncate(fd, len, function (er) {
      module.exports.close(fd, function (er2) {
        var err = aggregateTwoErrors(er2, er);
        if (err) callback(err); else callback(null);
      });
    });
  });
}

function truncateSync(path, len) {
  if (typeof path === 'number')
    return ftruncateSync(path, len);
  if (len === undefined)
    len = 0;
  var fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function ftruncate(fd, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  fsb.ftruncate(fd, len, makeCallback(callback));
}

function ftruncateSync(fd, len) {
  if (len === undefined)
    len = 0;
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  fsb.ftruncate(fd, Math.max(0, len));
}

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  fsb.chmod(path, mode, makeCallback(callback));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  fsb.chmod(path, parseFileMode(mode, 'mode'));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  fsb.fchmod(fd, mode, makeCallback(callback));
}

function fchmodSync(fd, mode) {
  fsb.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

var kMaxUserId = 4294967295;
function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  fsb.chown(path, uid, gid, callback);
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  fsb.chown(path, uid, gid);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  fsb.lchown(path, uid, gid, callback);
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  fsb.lchown(path, uid, gid);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  fsb.fchown(fd, uid, gid, makeCallback(callback));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  fsb.fchown(fd, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  fsb.utimes(path, utils.toUnixTimestamp(atime), utils.toUnixTimestamp(mtime), callback);
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  fsb.utimes(path, utils.toUnixTimestamp(atime), utils.toUnixTimestamp(mtime));
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  fsb.lutimes(path, utils.toUnixTimestamp(atime), utils.toUnixTimestamp(mtime), callback);
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  fsb.lutimes(path, utils.toUnixTimestamp(atime), utils.toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = utils.toUnixTimestamp(atime, 'atime');
  mtime = utils.toUnixTimestamp(mtime, 'mtime');
  fsb.futimes(fd, atime, mtime, makeCallback(callback));
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  fsb.futimes(fd, utils.toUnixTimestamp(atime, 'atime'), utils.toUnixTimestamp(mtime, 'mtime'));
}

// ---- streams ----

var streamsModule;
function lazyStreams() {
  if (streamsModule === undefined)
    streamsModule = require('internal/fs/streams');
  return streamsModule;
}

function createReadStream(path, options) {
  var ReadStream = lazyStreams().ReadStream;
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  var WriteStream = lazyStreams().WriteStream;
  return new WriteStream(path, options);
}

module.exports = {
  appendFile: appendFile,
  appendFileSync: appendFileSync,
  access: access,
  accessSync: accessSync,
  chown: chown,
  chownSync: chownSync,
  chmod: chmod,
  chmodSync: chmodSync,
  close: close,
  closeSync: closeSync,
  copyFile: copyFile,
  copyFileSync: copyFileSync,
  createReadStream: createReadStream,
  createWriteStream: createWriteStream,
  exists: exists,
  existsSync: existsSync,
  fchown: fchown,
  fchownSync: fchownSync,
  fchmod: fchmod,
  fchmodSync: fchmodSync,
  fdatasync: fdatasync,
  fdatasyncSync: fdatasyncSync,
  fstat: fstat,
  fstatSync: fstatSync,
  fsync: fsync,
  fsyncSync: fsyncSync,
  ftruncate: ftruncate,
  ftruncateSync: ftruncateSync,
  futimes: futimes,
  futimesSync: futimesSync,
  lchown: lchown,
  lchownSync: lchownSync,
  link: link,
  linkSync: linkSync,
  lstat: lstat,
  lstatSync: lstatSync,
  lutimes: lutimes,
  lutimesSync: lutimesSync,
  mkdir: mkdir,
  mkdirSync: mkdirSync,
  mkdtemp: mkdtemp,
  mkdtempSync: mkdtempSync,
  open: open,
  openSync: openSync,
  readdir: readdir,
  readdirSync: readdirSync,
  read: read,
  readSync: readSync,
  readFile: readFile,
  readFileSync: readFileSync,
  readlink: readlink,
  readlinkSync: readlinkSync,
  realpath: realpath,
  realpathSync: realpathSync,
  rename: rename,
  renameSync: renameSync,
  rm: rm,
  rmSync: rmSync,
  rmdir: rmdir,
  rmdirSync: rmdirSync,
  stat: stat,
  statSync: statSync,
  symlink: symlink,
  symlinkSync: symlinkSync,
  truncate: truncate,
  truncateSync: truncateSync,
  unlink: unlink,
  unlinkSync: unlinkSync,
  utimes: utimes,
  utimesSync: utimesSync,
  write: write,
  writeFile: writeFile,
  writeFileSync: writeFileSync,
  writeSync: writeSync,
  Dirent: utils.Dirent,
  Stats: utils.Stats
};

function lazyGetter(name, get) {
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get: get,
    set: function (v) {
      Object.defineProperty(module.exports, name, {
        value: v, writable: true, enumerable: true, configurable: true
      });
    }
  });
}

// opendir/Dir and cp live in their own modules, loaded on first use
['opendir', 'opendirSync', 'Dir'].forEach(function (name) {
  lazyGetter(name, function () { return require('internal/fs/dir')[name]; });
});
['cp', 'cpSync'].forEach(function (name) {
  lazyGetter(name, function () { return require('internal/fs/cp')[name]; });
});
lazyGetter('ReadStream', function () { return lazyStreams().ReadStream; });
lazyGetter('WriteStream', function () { return lazyStreams().WriteStream; });
lazyGetter('FileReadStream', function () { return lazyStreams().ReadStream; });
lazyGetter('FileWriteStream', function () { return lazyStreams().WriteStream; });

Object.defineProperty(module.exports, 'constants', {
  configurable: false,
  enumerable: true,
  value: constants
});

var promises;
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get: function () {
    if (promises === undefined)
      promises = require('internal/fs/promises').exports;
    return promises;
  }
});

module.exports.F_OK = constants.F_OK;
module.exports.R_OK = constants.R_OK;
module.exports.W_OK = constants.W_OK;
module.exports.X_OK = constants.X_OK;
