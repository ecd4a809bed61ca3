// internal/fs/cp — fs.cpSync, fs.cp and fs.promises.cp: copy a file, a symbolic link or
// (with recursive) a directory tree, with Node's options (force, errorOnExist, filter,
// dereference, preserveTimestamps, mode, verbatimSymlinks) and Node's SystemErrors
// (ERR_FS_EISDIR, ERR_FS_CP_EINVAL, ERR_FS_CP_EEXIST, ERR_FS_CP_DIR_TO_NON_DIR,
// ERR_FS_CP_NON_DIR_TO_DIR). The callback and Promise forms do the copy synchronously
// after validation and report in a later loop phase; their filter may return a Promise
// only in so far as a thenable's settled value is not awaited (a truthy object copies).
'use strict';

var fs = require('fs');
var pathModule = require('path');
var errors = require('internal/errors');
var utils = require('internal/fs/utils');

var ERRNO = { EINVAL: 22, EEXIST: 17, EISDIR: 21, ENOTDIR: 20 };

// Node's SystemError for cp: "<title>: cp returned <CODE> (<detail>) <path>"
function cpError(code, title, errname, detail, path) {
  var context = { message: detail, path: path, syscall: 'cp', errno: ERRNO[errname],
    code: errname };
  var message = title + ': cp returned ' + errname + ' (' + detail + ') ' + path;
  var err = new Error(message);
  Object.defineProperty(err, 'name', {
    value: 'SystemError', enumerable: false, writable: true, configurable: true
  });
  err.code = code;
  Object.defineProperty(err, 'info', {
    value: context, enumerable: true, configurable: true, writable: false
  });
  ['errno', 'syscall', 'path'].forEach(function (key) {
    Object.defineProperty(err, key, {
      get: function () { return context[key]; },
      set: function (v) { context[key] = v; },
      enumerable: true,
      configurable: true
    });
  });
  Object.defineProperty(err, 'toString', {
    value: function toString() {
      return this.name + ' [' + this.code + ']: ' + this.message;
    },
    writable: true, enumerable: false, configurable: true
  });
  // Node's SystemError inspects itself with getters shown
  Object.defineProperty(err, 'nodejs.util.inspect.custom', {
    value: function (depth, ctx) {
      var opts = {};
      for (var k in ctx)
        opts[k] = ctx[k];
      opts.getters = true;
      opts.customInspect = false;
      return require('internal/inspect').inspect(this, opts);
    },
    writable: true, enumerable: false, configurable: true
  });
  if (typeof err.stack === 'string')
    err.stack = 'SystemError [' + code + ']: ' + message +
      err.stack.slice(err.stack.indexOf('\n') < 0 ? err.stack.length : err.stack.indexOf('\n'));
  return err;
}

function validateOptions(options) {
  if (options === undefined || options === null)
    options = {};
  if (typeof options !== 'object')
    throw errors.invalidArgType('options', 'Object', options);
  var o = {
    dereference: false, errorOnExist: false, filter: undefined, force: true,
    preserveTimestamps: false, recursive: false, verbatimSymlinks: false, mode: 0
  };
  ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive',
    'verbatimSymlinks'].forEach(function (k) {
    if (options[k] !== undefined) {
      if (typeof options[k] !== 'boolean')
        throw errors.invalidArgType('options.' + k, 'boolean', options[k]);
      o[k] = options[k];
    }
  });
  if (options.filter !== undefined) {
    if (typeof options.filter !== 'function')
      throw errors.invalidArgType('options.filter', 'Function', options.filter);
    o.filter = options.filter;
  }
  if (options.mode !== undefined)
    o.mode = options.mode;
  if (o.dereference === true && o.verbatimSymlinks === true)
    throw errors.makeNodeError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
      'Option "dereference" cannot be used in combination with option "verbatimSymlinks"');
  return o;
}

function toPath(p, name) {
  p = utils.getValidatedPath(p, name);
  return typeof p === 'string' ? p : String(p);
}

function statOf(path, deref) {
  try {
    return deref ? fs.statSync(path) : fs.lstatSync(path);
  } catch (e) {
    if (e && e.code === 'ENOENT')
      return null;
    throw e;
  }
}

function isSubdir(src, dest) {
  var s = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  var d = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  for (var i = 0; i < s.length; i++)
    if (s[i] !== d[i])
      return false;
  return true;
}

// the checks Node makes before copying src to dest
function checkPaths(src, dest, o) {
  var st = o.dereference ? fs.statSync(src) : fs.lstatSync(src);
  var dt = statOf(dest, o.dereference);
  if (dt !== null && st.ino === dt.ino && st.dev === dt.dev)
    throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL',
      'src and dest cannot be the same', dest);
  if (st.isDirectory() && dt !== null && !dt.isDirectory())
    throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory',
      'EISDIR', 'cannot overwrite non-directory ' + dest + ' with directory ' + src, dest);
  if (!st.isDirectory() && dt !== null && dt.isDirectory())
    throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory',
      'ENOTDIR', 'cannot overwrite directory ' + dest + ' with non-directory ' + src, dest);
  if (st.isDirectory() && isSubdir(src, dest))
    throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL',
      'cannot copy ' + src + ' to a subdirectory of self ' + dest, dest);
  return { st: st, dt: dt };
}

function copyEntry(src, dest, o, top) {
  if (o.filter !== undefined && !o.filter(src, dest))
    return;
  var s = top || checkPaths(src, dest, o);
  var st = s.st;
  if (st.isDirectory()) {
    if (!o.recursive)
      throw cpError('ERR_FS_EISDIR', 'Path is a directory', 'EISDIR',
        src + ' is a directory (not copied)', src);
    if (s.dt === null)
      fs.mkdirSync(dest, st.mode & 0xfff);
    var names = fs.readdirSync(src);
    for (var i = 0; i < names.length; i++)
      copyEntry(pathModule.join(src, names[i]), pathModule.join(dest, names[i]), o);
  } else if (st.isSymbolicLink()) {
    var target = fs.readlinkSync(src);
    if (!o.verbatimSymlinks && !pathModule.isAbsolute(target))
      target = pathModule.resolve(pathModule.dirname(src), target);
    if (s.dt !== null)
      fs.unlinkSync(dest);
    fs.symlinkSync(target, dest);
    return;
  } else {
    if (s.dt !== null) {
      if (!o.force) {
        if (o.errorOnExist)
          throw cpError('ERR_FS_CP_EEXIST', 'Target already exists', 'EEXIST',
            dest + ' already exists', dest);
        return;
      }
      fs.unlinkSync(dest);
    }
    fs.copyFileSync(src, dest, o.mode);
  }
  if (o.preserveTimestamps)
    fs.utimesSync(dest, st.atime, st.mtime);
}

function cpSync(src, dest, options) {
  var o = validateOptions(options);
  src = toPath(src, 'src');
  dest = toPath(dest, 'dest');
  if (o.filter !== undefined && !o.filter(src, dest))
    return;
  copyEntry(src, dest, o, checkPaths(src, dest, o));
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (typeof callback !== 'function')
    throw errors.invalidArgType('cb', 'function', callback);
  var o = validateOptions(options);
  src = toPath(src, 'src');
  dest = toPath(dest, 'dest');
  setImmediate(function () {
    try {
      if (o.filter === undefined || o.filter(src, dest))
        copyEntry(src, dest, o, checkPaths(src, dest, o));
    } catch (e) {
      return callback(e);
    }
    callback(null);
  });
}

function cpPromise(src, dest, options) {
  return new Promise(function (resolve, reject) {
    cp(src, dest, options, function (err) {
      if (err) reject(err);
      else resolve();
    });
  });
}

exports.cp = cp;
exports.cpSync = cpSync;
exports.cpPromise = cpPromise;
