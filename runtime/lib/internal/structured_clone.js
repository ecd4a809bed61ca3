// internal/structured_clone — structuredClone(value) for plain data, with V8's
// serializer's observable rules as Node 20 shows them:
//   - primitives are returned as they are; Boolean/Number/String objects stay boxed;
//   - plain objects and class instances become plain objects of their own enumerable
//     string keys (getters are read); arrays keep their length and holes;
//   - Date, RegExp (source and flags), Map, Set, ArrayBuffer are copied; a Buffer or
//     Uint8Array becomes a Uint8Array over new bytes;
//   - errors keep their name when it is a standard one (else 'Error'), message, stack
//     and cause; nothing else;
//   - an object reached twice is cloned once, so cycles survive;
//   - a function (anywhere) throws a DataCloneError DOMException:
//     "<source> could not be cloned.".
// Not supported: the `transfer` option (transferables), views sharing one ArrayBuffer
// stay separate copies.
'use strict';

var errors = require('internal/errors');
var B = binding.buffer;
var objToString = Object.prototype.toString;
var errorNames = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError',
  'TypeError', 'URIError'];

function cloneError(msg) {
  var DOMException = require('internal/domexception');
  return new DOMException(msg, 'DataCloneError');
}

function isMap(v) {
  return typeof Map === 'function' && v instanceof Map;
}

function isSet(v) {
  return typeof Set === 'function' && v instanceof Set;
}

function structuredClone(value, options) {
  if (arguments.length === 0)
    throw errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS',
      'The value argument must be specified');
  if (options !== undefined && options !== null && typeof options !== 'object')
    throw errors.invalidArgType('options', 'Object', options);
  var memo = null;		// source object -> its clone
  return clone(value);

  function remember(src, dst) {
    memo.set(src, dst);
    return dst;
  }

  function clone(v) {
    if (typeof v === 'function')
      throw cloneError(String(v) + ' could not be cloned.');
    if (v === null || typeof v !== 'object')
      return v;
    if (memo === null)
      memo = new Map();
    else if (memo.has(v))
      return memo.get(v);
    var i, keys, out;
    var kind = B.kind(v);
    if (kind === 1) {
      var U8 = require('buffer').Uint8Array;
      return remember(v, B.concat([v], v.length, U8.prototype));
    }
    if (kind === 2)
      return remember(v, v.slice(0));
    var cls = objToString.call(v);
    switch (cls) {
    case '[object Date]':
      return remember(v, new Date(v.getTime()));
    case '[object RegExp]':
      return remember(v, new RegExp(v.source, (v.global ? 'g' : '') +
        (v.ignoreCase ? 'i' : '') + (v.multiline ? 'm' : '')));
    case '[object Boolean]':
      return remember(v, new Boolean(v.valueOf()));	// eslint-disable-line no-new-wrappers
    case '[object Number]':
      return remember(v, new Number(v.valueOf()));	// eslint-disable-line no-new-wrappers
    case '[object String]':
      return remember(v, new String(v.valueOf()));	// eslint-disable-line no-new-wrappers
    case '[object Error]':
      var name = errorNames.indexOf(v.name) >= 0 ? v.name : 'Error';
      var Ctor = name === 'Error' ? Error : global[name];
      var e = remember(v, Object.create(Ctor.prototype));
      var hide = function (key, val) {
        Object.defineProperty(e, key, {
          value: val, writable: true, enumerable: false, configurable: true
        });
      };
      if (v.message !== undefined && v.message !== '')
        hide('message', String(v.message));
      if (typeof v.stack === 'string')
        hide('stack', v.stack);
      if ('cause' in v)
        hide('cause', clone(v.cause));
      return e;
    case '[object Array]':
      out = remember(v, new Array(v.length));
      keys = Object.keys(v);
      for (i = 0; i < keys.length; i++)
        out[keys[i]] = clone(v[keys[i]]);
      return out;
    }
    if (isMap(v)) {
      out = remember(v, new Map());
      v.forEach(function (val, key) { out.set(clone(key), clone(val)); });
      return out;
    }
    if (isSet(v)) {
      out = remember(v, new Set());
      v.forEach(function (val) { out.add(clone(val)); });
      return out;
    }
    if (v instanceof Error) {
      // an Error subclass instance that mujs does not tag as an Error (DOMException)
      out = remember(v, Object.create(Error.prototype));
      Object.defineProperty(out, 'message', {
        value: String(v.message), writable: true, enumerable: false, configurable: true
      });
      return out;
    }
    out = remember(v, {});
    keys = Object.keys(v);
    for (i = 0; i < keys.length; i++)
      out[keys[i]] = clone(v[keys[i]]);
    return out;
  }
}

exports.structuredClone = structuredClone;
