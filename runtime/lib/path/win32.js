// path/win32 — Node 20's path.win32: Windows paths, on any host (also require('path').win32).
//
// Every function returns what Node 20's path.win32 returns for the same arguments, byte
// for byte, and throws the TypeError Node throws (ERR_INVALID_ARG_TYPE, Node's message),
// checking arguments in Node's order. Written from Node's observed behaviour, which
// tests/js/path-win32-*.js compare with node's output.
//
// A Windows path separates with '\' or '/' and may start with a root:
//   C:            a drive: relative to that drive's current folder
//   C:\           the root folder of a drive
//   \             the root folder of the current drive
//   \\srv\share\  a UNC share (after the first two separators, any run of them counts as one)
//   \\.\name  \\?\name   a device or a verbatim path: the device is '\\.' or '\\?' and the
//                 rest is the path on it (resolve and normalize; the others see a share)
// normalize() and join() never make of a relative path one that Windows would read as
// a drive or a device (Node's fixes for CVE-2024-36139 and CVE-2025-27210): after a
// reserved device name and its colon ('CON:', 'nul:', PRN, AUX, COM1-9, LPT1-9, COM or
// LPT with ¹²³), or when the result would start like a drive or the path has a colon at
// the end of a name, they put '.\' in front. So they do for a name that is reserved
// without its last character ('CONx'): Node 20's check reads the text before a colon
// that is not there.
//
// resolve() asks process.cwd() for the current folder when it is called, so a test or an
// app may replace process.cwd. Node on Windows first reads a drive's own current folder
// from the variable '=C:'; on POSIX no environment variable can have such a name, so
// Node never finds one, and neither does this (leakscope's process.env would keep a key
// Node's drops).
//
// ES5 only: this file is the body of function (exports, require, module, binding) on mujs.
'use strict';

var SLASH = 47;      // /
var BACKSLASH = 92;  // \
var DOT = 46;        // .
var COLON = 58;      // :

var errors = null;

function validateString(value, name)
{
  if (typeof value !== 'string') {
    if (errors === null)
      errors = require('internal/errors');
    throw errors.invalidArgType(name, 'string', value);
  }
}

function validateObject(value, name)
{
  if (value === null || Array.isArray(value) || typeof value !== 'object') {
    if (errors === null)
      errors = require('internal/errors');
    throw errors.invalidArgType(name, 'Object', value);
  }
}

function isSep(code)
{
  return code === SLASH || code === BACKSLASH;
}

function isLetter(code)
{
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// 'C:...' (any ASCII letter, either case)
function hasDrive(path)
{
  return path.length >= 2 && path.charCodeAt(1) === COLON && isLetter(path.charCodeAt(0));
}

// The index of the first character at or after i that is (seps true) or is not (seps
// false) a separator; path.length if there is none.
function skip(path, i, seps)
{
  while (i < path.length && isSep(path.charCodeAt(i)) === seps)
    i++;
  return i;
}

var RESERVED = ['CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3', 'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3'];

function isReserved(name)
{
  return RESERVED.indexOf(name.toUpperCase()) !== -1;
}

// root(path): how path begins, as every function but basename and extname sees it.
//   end       index just past the root ('\\srv\share' and '\\.' end before the separator
//             that follows them)
//   device    'C:', '\\srv\share', '\\.' or '\\?'; '' when the path names none
//   absolute  whether the path starts at a root folder: it starts with a separator or 'C:\'
//   unc       the root is a share (a whole one: '\\srv\share', not '\\.' or '\\?')
//   uncEnd    for a share or device path seen as one: the index just past the share's name
function root(path)
{
  var r = { end: 0, device: '', absolute: false, unc: false, uncEnd: -1 };
  var len = path.length;
  if (len === 0)
    return r;
  if (isSep(path.charCodeAt(0))) {
    r.absolute = true;
    r.end = 1;
    if (len < 2 || !isSep(path.charCodeAt(1)))
      return r;
    // \\server\share: each part at least a character, separators between
    var serverEnd = skip(path, 2, false);
    if (serverEnd === 2 || serverEnd === len)
      return r;
    var shareStart = skip(path, serverEnd, true);
    if (shareStart === len)
      return r;
    r.uncEnd = skip(path, shareStart, false);
    var server = path.slice(2, serverEnd);
    if (server === '.' || server === '?') {
      r.device = '\\\\' + server;
      r.end = 3;
    } else {
      r.device = '\\\\' + server + '\\' + path.slice(shareStart, r.uncEnd);
      r.end = r.uncEnd;
      r.unc = true;
    }
  } else if (hasDrive(path)) {
    r.device = path.slice(0, 2);
    r.end = 2;
    if (len > 2 && isSep(path.charCodeAt(2))) {
      r.absolute = true;
      r.end = 3;
    }
  }
  return r;
}

// The root as dirname and parse give it back: a share's root keeps the separator after
// it, and '\\.\name' or '\\?\name' is a share like any other.
function rootLength(path)
{
  var r = root(path);
  if (r.uncEnd === -1)
    return r.end;
  return r.uncEnd === path.length ? r.uncEnd : r.uncEnd + 1;
}

// The path's '.' and '..' resolved, its segments joined by '\'. A '..' with nothing left
// to take away is kept only when aboveRoot (a relative path), else dropped.
function normalizeSegments(path, aboveRoot)
{
  var out = [];
  var end = 0;
  for (;;) {
    var start = skip(path, end, true);
    end = skip(path, start, false);
    if (start === end)
      break;
    var seg = path.slice(start, end);
    if (seg === '.')
      continue;
    if (seg !== '..')
      out.push(seg);
    else if (out.length > 0 && out[out.length - 1] !== '..')
      out.pop();
    else if (aboveRoot)
      out.push('..');
  }
  return out.join('\\');
}

// Whether normalize must prefix a relative result with '.\' so that Windows cannot read
// it as rooted: its tail now starts like a drive, or the path had a colon ending a
// segment ('a:\b' once 'x\..\' went in front of it, 'name:').
function looksRooted(path, tail)
{
  if (hasDrive(tail))
    return true;
  for (var i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
    if (i === path.length - 1 || isSep(path.charCodeAt(i + 1)))
      return true;
  }
  return false;
}

// The last name in path[start..]: { start, end } of it, with trailing separators
// ignored, and sep, the index of the separator before it (-1 when it reaches start).
// end is -1 when there is no name.
function lastName(path, start)
{
  var end = path.length;
  while (end > start && isSep(path.charCodeAt(end - 1)))
    end--;
  if (end === start)
    return { start: start, end: -1, sep: -1 };
  var i = end - 1;
  while (i >= start && !isSep(path.charCodeAt(i)))
    i--;
  return { start: i + 1, end: end, sep: i >= start ? i : -1 };
}

// The index of a name's extension: its last dot, unless that is its first character
// ('.profile') or the name is '..'; -1 when it has none.
function extensionStart(path, start, end)
{
  var dot = path.lastIndexOf('.', end - 1);
  if (dot <= start)
    return -1;
  if (end - start === 2 && path.charCodeAt(start) === DOT)
    return -1;  // '..'
  return dot;
}

// The name part of basename(path, suffix): path[start..end) without suffix when it ends
// with it. Node matches the suffix from the name's end character by character, so a suffix
// longer than the name whose end matches all of the name keeps the name's trailing
// separators ('a\bc\' with suffix 'xbc' gives 'bc\'): reproduced.
function stripSuffix(path, name, suffix)
{
  var k = suffix.length - 1;
  var i = name.end - 1;
  while (k >= 0 && i >= name.start && path.charCodeAt(i) === suffix.charCodeAt(k)) {
    i--;
    k--;
  }
  if (k === -1)
    return i + 1 === name.start ? path.slice(name.start, name.end) : path.slice(name.start, i + 1);
  if (i < name.start)
    return path.slice(name.start);
  return path.slice(name.start, name.end);
}

// s lower-cased as V8 does it for the one character whose lower case is longer: 'İ'
// (U+0130) becomes 'i' and a combining dot, which mujs's toLowerCase leaves out.
function lower(s)
{
  return s.replace(/\u0130/g, 'i\u0307').toLowerCase();
}

// relative() for paths whose lower case is longer than they are: indices into the
// lower-cased paths would not fit the originals, so Node compares them name by name.
function relativeByNames(from, to)
{
  var a = from.split('\\');
  var b = to.split('\\');
  if (a[a.length - 1] === '')
    a.pop();
  if (b[b.length - 1] === '')
    b.pop();
  var n = a.length < b.length ? a.length : b.length;
  var i = 0;
  while (i < n && lower(a[i]) === lower(b[i]))
    i++;
  if (i === 0)
    return to;
  var ups = '';
  if (i === n) {
    if (b.length > n)
      return b.slice(i).join('\\');
    if (a.length === n)
      return '';
    for (var k = i + 1; k < a.length; k++)
      ups += '..\\';
    return ups + '..';
  }
  for (var j = i; j < a.length; j++)
    ups += '..\\';
  return ups + b.slice(i).join('\\');
}

function formatExt(ext)
{
  return ext ? (ext[0] === '.' ? '' : '.') + String(ext) : '';
}

// format(pathObject), bound to '\' as Node binds it (so its name is 'bound _format').
// String() rather than '' + x: Node builds these with template literals.
function _format(sep, pathObject)
{
  validateObject(pathObject, 'pathObject');
  var dir = pathObject.dir || pathObject.root;
  var base = pathObject.base || String(pathObject.name || '') + formatExt(pathObject.ext);
  if (!dir)
    return base;
  return dir === pathObject.root ? String(dir) + String(base) : String(dir) + sep + String(base);
}

var win32 = {
  // resolve(...paths): the absolute path the arguments lead to, taken from the right
  // until one is absolute and on a known device. A path on another drive than the one
  // found so far is skipped. The current folder comes last: the process's, or for a
  // drive that is not the current folder's, that drive's root.
  resolve: function resolve() {
    var device = '';
    var tail = '';
    var absolute = false;
    for (var i = arguments.length - 1; i >= -1; i--) {
      var path;
      if (i >= 0) {
        path = arguments[i];
        validateString(path, 'paths[' + i + ']');
        if (path.length === 0)
          continue;
      } else {
        path = process.cwd();
        if (device.length > 0 && (path === undefined ||
            (lower(path.slice(0, 2)) !== lower(device) &&
             path.charCodeAt(2) === BACKSLASH)))
          path = device + '\\';
      }
      var r = root(path);
      if (r.device.length > 0) {
        if (device.length === 0)
          device = r.device;
        else if (lower(r.device) !== lower(device))
          continue;  // a path on another drive
      }
      if (!absolute) {
        tail = path.slice(r.end) + '\\' + tail;
        absolute = r.absolute;
      }
      if (absolute && device.length > 0)
        break;
    }
    tail = normalizeSegments(tail, !absolute);
    if (absolute)
      return device + '\\' + tail;
    return device + tail || '.';
  },

  normalize: function normalize(path) {
    validateString(path, 'path');
    var len = path.length;
    if (len === 0)
      return '.';
    if (len === 1)
      return isSep(path.charCodeAt(0)) ? '\\' : path;
    var r = root(path);
    if (r.unc && r.end === len)
      return r.device + '\\';
    var device = r.device;
    var end = r.end;
    var colon = path.indexOf(':');
    var reserved = isReserved(path.slice(0, colon));
    if (reserved) {
      device = path.slice(0, colon + 1);
      end = colon + 1;
    }
    var tail = normalizeSegments(path.slice(end), !r.absolute);
    if (tail.length === 0 && !r.absolute)
      tail = '.';
    if (tail.length > 0 && isSep(path.charCodeAt(len - 1)))
      tail += '\\';
    if (reserved)
      return '.\\' + device + tail;
    if (r.absolute)
      return device + '\\' + tail;
    if (device.length === 0 && colon !== -1 && looksRooted(path, tail))
      return '.\\' + tail;
    return device + tail;
  },

  isAbsolute: function isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && root(path).absolute;
  },

  // join(...paths): the non-empty arguments joined by '\' and normalized. A run of
  // leading separators becomes one unless the first argument starts with exactly two
  // and a name, so that only a first argument meant as a share makes one.
  join: function join() {
    var joined = '';
    var first = '';
    for (var i = 0; i < arguments.length; i++) {
      var arg = arguments[i];
      validateString(arg, 'path');
      if (arg.length === 0)
        continue;
      if (joined.length === 0)
        joined = first = arg;
      else
        joined += '\\' + arg;
    }
    if (joined.length === 0)
      return '.';
    var share = first.length > 2 && isSep(first.charCodeAt(0)) && isSep(first.charCodeAt(1)) &&
      !isSep(first.charCodeAt(2));
    if (!share) {
      var seps = skip(joined, 0, true);
      if (seps >= 2)
        joined = '\\' + joined.slice(seps);
    }
    return win32.normalize(joined);
  },

  // relative(from, to): the path from one to the other after resolving both, compared
  // without regard to case; `to` itself (resolved) when they share no root.
  relative: function relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to)
      return '';
    var fromOrig = win32.resolve(from);
    var toOrig = win32.resolve(to);
    if (fromOrig === toOrig)
      return '';
    from = lower(fromOrig);
    to = lower(toOrig);
    if (from === to)
      return '';
    if (from.length !== fromOrig.length || to.length !== toOrig.length)
      return relativeByNames(fromOrig, toOrig);

    // Leading backslashes are skipped, trailing ones (a share's root) too.
    var fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === BACKSLASH)
      fromStart++;
    var fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BACKSLASH)
      fromEnd--;
    var toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === BACKSLASH)
      toStart++;
    var toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BACKSLASH)
      toEnd--;
    var fromLen = fromEnd - fromStart;
    var toLen = toEnd - toStart;

    // The common part: up to the last separator both have at the same place.
    var length = fromLen < toLen ? fromLen : toLen;
    var common = -1;
    var i = 0;
    for (; i < length; i++) {
      var code = from.charCodeAt(fromStart + i);
      if (code !== to.charCodeAt(toStart + i))
        break;
      if (code === BACKSLASH)
        common = i;
    }
    if (i !== length) {
      if (common === -1)
        return toOrig;  // different roots
    } else {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === BACKSLASH)
          return toOrig.slice(toStart + i + 1);  // from C:\a, to C:\a\b
        if (i === 2)
          return toOrig.slice(toStart + i);      // from C:\, to C:\a
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === BACKSLASH)
          common = i;                            // from C:\a\b, to C:\a
        else if (i === 2)
          common = 3;                            // from C:\a, to C:\
      }
      if (common === -1)
        common = 0;
    }

    // A '..' for each name of `from` after the common part, then the rest of `to`.
    // (The rest can be empty with toStart past toEnd: mujs's slice would swap them.)
    var out = '';
    for (i = fromStart + common + 1; i <= fromEnd; i++) {
      if (i === fromEnd || from.charCodeAt(i) === BACKSLASH)
        out += out.length === 0 ? '..' : '\\..';
    }
    toStart += common;
    if (out.length === 0 && toOrig.charCodeAt(toStart) === BACKSLASH)
      toStart++;
    return out + (toStart < toEnd ? toOrig.slice(toStart, toEnd) : '');
  },

  // toNamespacedPath(path): the resolved path in the \\?\ namespace ('\\?\C:\x',
  // '\\?\UNC\srv\share\x') when it is on a drive or a share, else resolved, or path
  // itself when it resolves to two characters or fewer. Anything but a non-empty
  // string is returned as it is.
  toNamespacedPath: function toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0)
      return path;
    var resolved = win32.resolve(path);
    if (resolved.length <= 2)
      return path;
    var c0 = resolved.charCodeAt(0);
    if (c0 === BACKSLASH) {
      var c2 = resolved.charCodeAt(2);
      if (resolved.charCodeAt(1) === BACKSLASH && c2 !== 63 && c2 !== DOT)  // not \\? or \\.
        return '\\\\?\\UNC\\' + resolved.slice(2);
    } else if (hasDrive(resolved) && resolved.charCodeAt(2) === BACKSLASH) {
      return '\\\\?\\' + resolved;
    }
    return resolved;
  },

  dirname: function dirname(path) {
    validateString(path, 'path');
    var len = path.length;
    if (len === 0)
      return '.';
    if (len === 1)
      return isSep(path.charCodeAt(0)) ? path : '.';
    var rootEnd = rootLength(path);
    if (rootEnd === len && root(path).uncEnd === len)
      return path;  // a share's root and nothing after it
    // Up to the separator just before the last name (the ones before that stay).
    var name = lastName(path, rootEnd);
    if (name.end !== -1 && name.sep !== -1)
      return path.slice(0, name.sep);
    return rootEnd === 0 ? '.' : path.slice(0, rootEnd);
  },

  basename: function basename(path, suffix) {
    if (suffix !== undefined)
      validateString(suffix, 'suffix');
    validateString(path, 'path');
    var name = lastName(path, hasDrive(path) ? 2 : 0);
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      if (suffix === path)
        return '';
      if (name.end === -1)
        return path.slice(name.start);
      return stripSuffix(path, name, suffix);
    }
    return name.end === -1 ? '' : path.slice(name.start, name.end);
  },

  extname: function extname(path) {
    validateString(path, 'path');
    var name = lastName(path, hasDrive(path) ? 2 : 0);
    if (name.end === -1)
      return '';
    var dot = extensionStart(path, name.start, name.end);
    return dot === -1 ? '' : path.slice(dot, name.end);
  },

  format: _format.bind(null, '\\'),

  parse: function parse(path) {
    validateString(path, 'path');
    var ret = { root: '', dir: '', base: '', ext: '', name: '' };
    var len = path.length;
    if (len === 0)
      return ret;
    var rootEnd = rootLength(path);
    ret.root = path.slice(0, rootEnd);
    var name = lastName(path, rootEnd);
    if (name.end !== -1) {
      ret.base = path.slice(name.start, name.end);
      var dot = extensionStart(path, name.start, name.end);
      if (dot === -1) {
        ret.name = ret.base;
      } else {
        ret.name = path.slice(name.start, dot);
        ret.ext = path.slice(dot, name.end);
      }
    }
    ret.dir = name.start > rootEnd ? path.slice(0, name.start - 1) : ret.root;
    return ret;
  },

  matchesGlob: function matchesGlob(path, pattern) {
    return require('internal/glob').matches(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null
};

win32.win32 = win32;
// Legacy internal API, docs-only deprecated: DEP0080
win32._makeLong = win32.toNamespacedPath;

module.exports = win32;
win32.posix = require('path');
