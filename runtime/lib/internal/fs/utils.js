// internal/fs/utils — what fs.js, fs/promises and the fs streams share: Stats and
// Dirent, flag strings, option parsing and argument validation with Node 20's error
// codes and messages (ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE…),
// and the two algorithms Node runs in C++ that are easier to follow here: recursive
// mkdir (the first directory created is the result) and the lstat walk that gives
// realpath() its errors.
'use strict';

var errors = require('internal/errors');
var codes = require('internal/streams/errors');
var pathModule = require('path');
var bufferModule = require('buffer');
var Buffer = bufferModule.Buffer;
var fsb = binding.fs;
var constants = fsb.constants;

var S_IFMT = constants.S_IFMT;
var S_IFREG = constants.S_IFREG;
var S_IFDIR = constants.S_IFDIR;
var S_IFCHR = constants.S_IFCHR;
var S_IFBLK = constants.S_IFBLK;
var S_IFIFO = constants.S_IFIFO;
var S_IFLNK = constants.S_IFLNK;
var S_IFSOCK = constants.S_IFSOCK;
var O_RDONLY = constants.O_RDONLY;
var O_WRONLY = constants.O_WRONLY;
var O_RDWR = constants.O_RDWR;
var O_CREAT = constants.O_CREAT;
var O_EXCL = constants.O_EXCL;
var O_TRUNC = constants.O_TRUNC;
var O_APPEND = constants.O_APPEND;
var O_SYNC = constants.O_SYNC;

var kMaxSafe = 9007199254740991;
// uv error numbers are negated errno values; these two are what recursive mkdir reports
// itself (Linux numbering, as everywhere in this runtime).
var UV_EEXIST = -17;
var UV_ENOTDIR = -20;

function isArrayBufferView(x) {
  return x !== null && typeof x === 'object' && ArrayBuffer.isView(x);
}

function isInt32(v) {
  return v === (v | 0);
}

function isUint32(v) {
  return v === (v >>> 0);
}

// ---- validators (Node's internal/validators) ----

function validateInteger(value, name, min, max) {
  if (min === undefined) min = -kMaxSafe;
  if (max === undefined) max = kMaxSafe;
  if (typeof value !== 'number')
    throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (Math.floor(value) !== value || !isFinite(value))
    throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max)
    throw codes.ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max, value);
}

// validateInteger within the int32 range by default.
function validateInt32(value, name, min, max) {
  validateInteger(value, name, min === undefined ? -2147483648 : min,
    max === undefined ? 2147483647 : max);
}

function validateUint32(value, name, positive) {
  if (typeof value !== 'number')
    throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (Math.floor(value) !== value || !isFinite(value))
    throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  var min = positive ? 1 : 0;
  if (value < min || value > 4294967295)
    throw codes.ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= 4294967295', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function')
    throw codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean')
    throw codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

// validateObject with kValidateObjectAllowNullable
function validateObjectNullable(value, name) {
  if (value !== null && value !== undefined &&
      (typeof value !== 'object' || Array.isArray(value)))
    throw codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
}

function validateBuffer(buffer, name) {
  if (!isArrayBufferView(buffer))
    throw codes.ERR_INVALID_ARG_TYPE(name || 'buffer', ['Buffer', 'TypedArray', 'DataView'],
      buffer);
}

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string')
    throw codes.ERR_INVALID_ARG_TYPE(name,
      ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
}

function validateEncoding(data, encoding) {
  var normalized = bufferModule.normalizeEncoding(encoding);
  if (normalized === 'hex' && data.length % 2 !== 0)
    throw codes.ERR_INVALID_ARG_VALUE('encoding', encoding,
      'is invalid for data of length ' + data.length);
}

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding))
    throw codes.ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
}

// A path argument as a string: strings and Buffers (and file: URL objects) are
// accepted, null bytes are not.
function getValidatedPath(path, name) {
  if (name === undefined) name = 'path';
  if (path !== null && typeof path === 'object' && !isArrayBufferView(path) &&
      require('internal/url').isURL(path))
    path = require('url').fileURLToPath(path);
  if (typeof path !== 'string') {
    if (!bufferModule.isUint8Array(path))
      throw codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
    path = Buffer.from(path.buffer === undefined ? path : path).toString();
  }
  if (path.indexOf('\u0000') !== -1)
    throw codes.ERR_INVALID_ARG_VALUE(name, path,
      'must be a string, Uint8Array, or URL without null bytes');
  return path;
}

function getValidatedFd(fd, name) {
  if (fd === 0 && 1 / fd < 0)
    return 0;
  validateInt32(fd, name || 'fd', 0);
  return fd;
}

var modeDesc = 'must be a 32-bit unsigned integer or an octal string';
function parseFileMode(value, name, def) {
  if (value === undefined || value === null)
    value = def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value))
      throw codes.ERR_INVALID_ARG_VALUE(name, value, modeDesc);
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// access() and copyFile() modes are checked in Node's C++, with its own wording.
function getValidMode(mode, def) {
  if (mode === undefined || mode === null)
    return def;
  if (typeof mode !== 'number')
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'mode must be int32 or null/undefined');
  mode = mode | 0;
  if (mode < 0 || mode > 7)
    throw errors.makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
      'mode is out of range: >= 0 && <= 7');
  return mode;
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0)
    throw codes.ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0)
    throw codes.ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength)
    throw codes.ERR_OUT_OF_RANGE('length', '<= ' + (bufferLength - offset), length);
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength)
    throw codes.ERR_OUT_OF_RANGE('offset', '<= ' + byteLength, offset);
  if (length > byteLength - offset)
    throw codes.ERR_OUT_OF_RANGE('length', '<= ' + (byteLength - offset), length);
  if (length < 0)
    throw codes.ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validatePosition(position, name) {
  if (typeof position === 'number')
    validateInteger(position, name, -1);
  else
    throw codes.ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
}

// ---- options and flags ----

// Node's getOptions: undefined/function → defaults; a string is the encoding.
function getOptions(options, defaults) {
  if (defaults === undefined) defaults = {};
  if (options === null || options === undefined || typeof options === 'function')
    return defaults;
  if (typeof options === 'string') {
    var copy = {};
    for (var k in defaults) copy[k] = defaults[k];
    copy.encoding = options;
    options = copy;
  } else if (typeof options !== 'object') {
    throw codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer')
    assertEncoding(options.encoding);
  return options;
}

function copyObject(source) {
  var target = {};
  for (var key in source) target[key] = source[key];
  return target;
}

function stringToFlags(flags, name) {
  if (typeof flags === 'number')
    return flags;
  if (flags === null || flags === undefined)
    return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw codes.ERR_INVALID_ARG_VALUE('flags', flags);
}

function stringToSymlinkType(type) {
  var flags = 0;
  if (typeof type === 'string') {
    switch (type) {
      case 'dir': flags |= constants.UV_FS_SYMLINK_DIR; break;
      case 'junction': flags |= constants.UV_FS_SYMLINK_JUNCTION; break;
      case 'file': break;
      default:
        throw errors.makeNodeError(Error, 'ERR_FS_INVALID_SYMLINK_TYPE',
          'Symlink type must be one of "dir", "file", or "junction". Received "' +
          type + '"');
    }
  }
  return flags;
}

function toUnixTimestamp(time, name) {
  if (name === undefined) name = 'time';
  if (typeof time === 'string' && +time == time) // eslint-disable-line eqeqeq
    return +time;
  if (typeof time === 'number' && isFinite(time)) {
    if (time < 0)
      return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date)
    return time.getTime() / 1000;
  throw codes.ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// A name from readdir/readlink/realpath/mkdtemp in the requested encoding.
function encodeName(name, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8')
    return name;
  var buf = Buffer.from(name);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

// ---- Stats ----

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

function defineMethods(proto, methods) {
  for (var name in methods) {
    Object.defineProperty(proto, name, {
      value: methods[name], writable: true, enumerable: false, configurable: true
    });
  }
}

function modeChecker(type) {
  return function () {
    return this._checkModeProperty(type);
  };
}

// Assigned, so enumerable, as Node's are.
StatsBase.prototype.isDirectory = modeChecker(S_IFDIR);
StatsBase.prototype.isFile = modeChecker(S_IFREG);
StatsBase.prototype.isBlockDevice = modeChecker(S_IFBLK);
StatsBase.prototype.isCharacterDevice = modeChecker(S_IFCHR);
StatsBase.prototype.isSymbolicLink = modeChecker(S_IFLNK);
StatsBase.prototype.isFIFO = modeChecker(S_IFIFO);
StatsBase.prototype.isSocket = modeChecker(S_IFSOCK);

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Stats.prototype = Object.create(StatsBase.prototype);
defineMethods(Stats.prototype, { constructor: Stats });
Stats.prototype.isFile = StatsBase.prototype.isFile;
Stats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (this.mode & S_IFMT) === property;
};

// binding.fs's 14-number array → Stats.
function getStatsFromBinding(a) {
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
    a[10], a[11], a[12], a[13]);
}

// ---- Dirent ----

// Node keeps the type under Symbol('type') (inspect prints [Symbol(type)]: 1), made with
// the first Dirent: Symbol's first use loads internal/es2015.js, which fs's start-up need not.
var kType;
function Dirent(name, type, path) {
  if (kType === undefined) kType = Symbol('type');
  this.name = name;
  this.parentPath = path;
  this.path = path;
  this[kType] = type;
}

function direntChecker(type) {
  return function () {
    return this[kType] === type;
  };
}

defineMethods(Dirent.prototype, {
  isDirectory: direntChecker(constants.UV_DIRENT_DIR),
  isFile: direntChecker(constants.UV_DIRENT_FILE),
  isBlockDevice: direntChecker(constants.UV_DIRENT_BLOCK),
  isCharacterDevice: direntChecker(constants.UV_DIRENT_CHAR),
  isSymbolicLink: direntChecker(constants.UV_DIRENT_LINK),
  isFIFO: direntChecker(constants.UV_DIRENT_FIFO),
  isSocket: direntChecker(constants.UV_DIRENT_SOCKET)
});

// The dirent type of a mode (for entries readdir could not type).
function typeOfMode(mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return constants.UV_DIRENT_FILE;
    case S_IFDIR: return constants.UV_DIRENT_DIR;
    case S_IFLNK: return constants.UV_DIRENT_LINK;
    case S_IFIFO: return constants.UV_DIRENT_FIFO;
    case S_IFSOCK: return constants.UV_DIRENT_SOCKET;
    case S_IFCHR: return constants.UV_DIRENT_CHAR;
    case S_IFBLK: return constants.UV_DIRENT_BLOCK;
  }
  return constants.UV_DIRENT_UNKNOWN;
}

// [names, types] from binding.fs.readdir → Dirents (typing unknown entries by lstat).
function getDirents(path, result, encoding) {
  var names = result[0];
  var types = result[1];
  var out = [];
  for (var i = 0; i < names.length; i++) {
    var type = types[i];
    if (type === constants.UV_DIRENT_UNKNOWN) {
      try {
        type = typeOfMode(fsb.lstat(pathModule.join(path, names[i]))[1]);
      } catch (e) {
        // gone meanwhile: stays unknown
      }
    }
    out.push(new Dirent(encodeName(names[i], encoding), type, path));
  }
  return out;
}

// One directory of readdir({ recursive: true }), res being fsb.readdir(dir, true): its
// entries go to results (Dirents, or names relative to basePath), its subdirectories
// to queue (to be read after the directories already there: breadth first).
function readdirRecursiveStep(basePath, dir, res, withFileTypes, encoding, results, queue) {
  var names = res[0];
  var types = res[1];
  if (withFileTypes) {
    var dirents = getDirents(dir, res, encoding);
    for (var i = 0; i < dirents.length; i++) {
      results.push(dirents[i]);
      if (dirents[i].isDirectory())
        queue.push(pathModule.join(dir, names[i]));
    }
    return;
  }
  for (var j = 0; j < names.length; j++) {
    var full = pathModule.join(dir, names[j]);
    results.push(encodeName(pathModule.relative(basePath, full), encoding));
    var isDir = types[j] === constants.UV_DIRENT_DIR;
    if (types[j] === constants.UV_DIRENT_UNKNOWN || types[j] === constants.UV_DIRENT_LINK) {
      try {
        isDir = (fsb.stat(full)[1] & S_IFMT) === S_IFDIR;
      } catch (e) {
        isDir = false;
      }
    }
    if (isDir)
      queue.push(full);
  }
}

// readdirSync({ recursive: true }), as Node's readdirSyncRecursive.
function readdirRecursive(basePath, withFileTypes, encoding) {
  var results = [];
  var queue = [basePath];
  for (var q = 0; q < queue.length; q++) {
    readdirRecursiveStep(basePath, queue[q], fsb.readdir(queue[q], true), withFileTypes,
      encoding, results, queue);
  }
  return results;
}

// ---- recursive mkdir, as Node's MKDirpSync/MKDirpAsync ----

// Runs the algorithm with `mkdir(path, mode, cb)` and `stat(path, cb)` callbacks (sync
// callers pass functions that call back at once). done(errno, firstCreated): Node
// reports a failure with the path the caller gave, whichever part failed.
function mkdirp(path, mode, ops, done) {
  var stack = [path];
  var first;
  function dirname(p) {
    var i = p.lastIndexOf('/');
    return i === -1 ? p : p.slice(0, i);
  }
  function next() {
    if (stack.length === 0)
      return done(null, first);
    var p = stack.pop();
    ops.mkdir(p, mode, function (err) {
      handle(p, err);
    });
  }
  function handle(p, err) {
    if (!err) {
      if (first === undefined) first = p;
      return next();
    }
    var code = err.code;
    if (code === 'EACCES' || code === 'ENOSPC' || code === 'ENOTDIR' || code === 'EPERM')
      return done(err.errno);
    if (code === 'ENOENT') {
      var dir = dirname(p);
      if (dir !== p) {
        stack.push(p);
        stack.push(dir);
        return next();
      }
      if (stack.length === 0)
        return other(p, 'EEXIST', err);
      return next();
    }
    other(p, code, err);
  }
  function other(p, code, err) {
    ops.stat(p, function (serr, st) {
      if (!serr && (st[1] & S_IFMT) !== S_IFDIR)
        return done(code === 'EEXIST' && stack.length > 0 ? UV_ENOTDIR : UV_EEXIST);
      if (serr)
        return done(serr.errno);
      next();
    });
  }
  next();
}

// ---- realpath: Node's JS realpath reports errors from lstat on the first missing part.

// The error Node's realpath would give for `p` where the native call failed with err.
function realpathError(p, err) {
  var resolved = pathModule.resolve(p);
  var parts = resolved.split('/');
  var current = '/';
  for (var i = 1; i < parts.length; i++) {
    if (parts[i] === '')
      continue;
    var next = current === '/' ? '/' + parts[i] : current + '/' + parts[i];
    var st;
    try {
      st = fsb.lstat(next);
    } catch (e) {
      return e;
    }
    if ((st[1] & S_IFMT) === S_IFLNK) {
      // Node stats a link before following it: a dangling one fails there.
      try {
        fsb.stat(next);
        next = fsb.realpath(next);
      } catch (e) {
        return e;
      }
    }
    current = next;
  }
  return err;
}

// ---- errors that are not uv errors ----

// Node's SystemError for ERR_FS_EISDIR (rm of a directory without `recursive`).
function eisdirError(path, syscall) {
  var message = 'Path is a directory: ' + syscall + ' returned EISDIR (is a directory) ' + path;
  var err = new Error(message);
  Object.defineProperty(err, 'name', {
    value: 'SystemError', writable: true, enumerable: false, configurable: true
  });
  err.code = 'ERR_FS_EISDIR';
  err.info = { code: 'EISDIR', message: 'is a directory', path: path, syscall: syscall,
    errno: 21 };
  err.errno = 21;
  err.syscall = syscall;
  err.path = path;
  Object.defineProperty(err, 'toString', {
    value: function toString() {
      return 'SystemError [ERR_FS_EISDIR]: ' + this.message;
    },
    writable: true, enumerable: false, configurable: true
  });
  return errors.withCodeInStack(err);
}

exports.constants = constants;
exports.isArrayBufferView = isArrayBufferView;
exports.isInt32 = isInt32;
exports.isUint32 = isUint32;
exports.validateInteger = validateInteger;
exports.validateInt32 = validateInt32;
exports.validateUint32 = validateUint32;
exports.validateFunction = validateFunction;
exports.validateBoolean = validateBoolean;
exports.validateObjectNullable = validateObjectNullable;
exports.validateBuffer = validateBuffer;
exports.validateStringAfterArrayBufferView = validateStringAfterArrayBufferView;
exports.validateEncoding = validateEncoding;
exports.assertEncoding = assertEncoding;
exports.getValidatedPath = getValidatedPath;
exports.getValidatedFd = getValidatedFd;
exports.parseFileMode = parseFileMode;
exports.getValidMode = getValidMode;
exports.validateOffsetLengthRead = validateOffsetLengthRead;
exports.validateOffsetLengthWrite = validateOffsetLengthWrite;
exports.validatePosition = validatePosition;
exports.getOptions = getOptions;
exports.copyObject = copyObject;
exports.stringToFlags = stringToFlags;
exports.stringToSymlinkType = stringToSymlinkType;
exports.toUnixTimestamp = toUnixTimestamp;
exports.encodeName = encodeName;
exports.Stats = Stats;
exports.StatsBase = StatsBase;
exports.getStatsFromBinding = getStatsFromBinding;
exports.Dirent = Dirent;
exports.getDirents = getDirents;
exports.readdirRecursive = readdirRecursive;
exports.readdirRecursiveStep = readdirRecursiveStep;
exports.mkdirp = mkdirp;
exports.realpathError = realpathError;
exports.eisdirError = eisdirError;
exports.codes = codes;
