// es_object.js — the ES2015+ Object additions written in JS: Object.assign, entries,
// fromEntries, getOwnPropertyDescriptors, getOwnPropertySymbols, hasOwn, values
// (Object.is and Object.setPrototypeOf are C, in runtime/es_builtins.c). The functions
// users see are C stubs with the built-in's name and length; each calls exports[its full
// name] here with its `this` and arguments. Compiled the first time one runs. ES5.
//
// Symbol-keyed properties: the runtime's symbols (internal/es2015.js's shim) are hidden
// property names that mujs leaves out of every key listing; getOwnPropertySymbols finds
// them by their prefix (binding.symbolKeys, mujs patch 0113) and es2015.js maps them back
// to their symbols; assign copies the enumerable ones after the string keys, as ES2015.
'use strict';
var global = (function () { return this; })() || Function('return this')();
var hasOwn = Object.prototype.hasOwnProperty;
var propIsEnum = Object.prototype.propertyIsEnumerable;
var keys = Object.keys;

function es2015() {
  return global.__ls || require('internal/es2015');
}

function toObject(v) {
  if (v === null || v === undefined)
    throw new TypeError('Cannot convert undefined or null to object');
  return Object(v);
}

exports['Object.assign'] = function assign(target) {
  var to = toObject(target);
  for (var i = 1; i < arguments.length; i++) {
    var src = arguments[i];
    if (src === null || src === undefined)
      continue;
    var from = Object(src), ks = keys(from);
    for (var k = 0; k < ks.length; k++) {
      // a getter run earlier may have deleted a later key
      if (k === 0 || hasOwn.call(from, ks[k]))
        to[ks[k]] = from[ks[k]];
    }
    if (typeof from === 'object' || typeof from === 'function') {
      var syms = es2015().ownSymbols(from);
      for (var j = 0; j < syms.length; j++)
        if (propIsEnum.call(from, syms[j]))
          to[syms[j]] = from[syms[j]];
    }
  }
  return to;
};

exports['Object.entries'] = function entries(o) {
  var obj = toObject(o), ks = keys(obj), out = [];
  for (var i = 0; i < ks.length; i++)
    if (i === 0 || hasOwn.call(obj, ks[i]))
      out.push([ks[i], obj[ks[i]]]);
  return out;
};

exports['Object.values'] = function values(o) {
  var obj = toObject(o), ks = keys(obj), out = [];
  for (var i = 0; i < ks.length; i++)
    if (i === 0 || hasOwn.call(obj, ks[i]))
      out.push(obj[ks[i]]);
  return out;
};

// CreateDataPropertyOrThrow: an own property even for '__proto__'
function define(o, k, v) {
  if (k === '__proto__')
    Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  else
    o[k] = v;
}

function addEntry(obj, entry) {
  if (entry === null || (typeof entry !== 'object' && typeof entry !== 'function'))
    throw new TypeError('Iterator value ' + String(entry) + ' is not an entry object');
  var k = entry[0], v = entry[1];
  define(obj, typeof k === 'symbol' ? k.valueOf() : String(k), v);	// a symbol: its key
}

exports['Object.fromEntries'] = function fromEntries(iterable) {
  var obj = {};
  if (iterable === null || iterable === undefined)
    throw new TypeError('undefined is not iterable');
  if (typeof iterable !== 'string' && typeof iterable !== 'object' && typeof iterable !== 'function')
    throw new TypeError(typeof iterable + ' ' + String(iterable) +
      ' is not iterable (cannot read property Symbol(Symbol.iterator))');
  if (Array.isArray(iterable)) {
    for (var i = 0; i < iterable.length; i++)
      addEntry(obj, iterable[i]);
    return obj;
  }
  var ls = es2015();
  if (typeof iterable === 'object' && typeof iterable[global.Symbol.iterator.valueOf()] !== 'function' &&
      Object.prototype.toString.call(iterable) !== '[object Arguments]')
    throw new TypeError('object is not iterable (cannot read property Symbol(Symbol.iterator))');
  var it = ls.iter(iterable), step;
  for (;;) {
    step = it.next();
    if (step.done)
      return obj;
    try {
      addEntry(obj, step.value);
    } catch (e) {
      ls.close(it);
      throw e;
    }
  }
};

exports['Object.getOwnPropertyDescriptors'] = function getOwnPropertyDescriptors(o) {
  var obj = toObject(o), out = {};
  var names = Object.getOwnPropertyNames(obj).concat(es2015().ownSymbols(obj));
  for (var i = 0; i < names.length; i++) {
    var d = Object.getOwnPropertyDescriptor(obj, names[i]);
    if (d !== undefined)
      define(out, names[i], d);
  }
  return out;
};

exports['Object.getOwnPropertySymbols'] = function getOwnPropertySymbols(o) {
  return es2015().ownSymbols(toObject(o));
};

exports['Object.hasOwn'] = function hasOwn_(o, key) {
  var obj = toObject(o);
  // mujs's hasOwnProperty misses the 'length' of arrays and strings
  if (key === 'length' && (Array.isArray(obj) || typeof o === 'string' || obj instanceof String))
    return true;
  return hasOwn.call(obj, key);
};
