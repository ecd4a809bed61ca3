// es_array.js — the ES2015+ Array additions: Array.from/of and Array.prototype.at,
// copyWithin, entries, fill, find, findIndex, findLast, findLastIndex, flat, flatMap,
// includes, keys, values, toReversed, toSorted, toSpliced, with. The functions users see
// are C stubs (runtime/es_builtins.c) with the built-in's name and length; each calls
// exports[its full name] here with its `this` and arguments. Compiled the first time one
// of them runs. ES5, like every lib file; generic over array-likes, as the spec says.
//
// Iteration (Array.from of an iterable, keys/values/entries) is internal/es2015.js's:
// its ArrayIterator and its Symbol.iterator, loaded when first needed.
'use strict';
var global = (function () { return this; })() || Function('return this')();
var MAX_LENGTH = 9007199254740991;

function es2015() {
  return global.__ls || require('internal/es2015');
}

function toObject(v, name) {
  if (v === null || v === undefined)
    throw new TypeError(name ? name + ' called on null or undefined' :
      'Cannot convert undefined or null to object');
  return Object(v);
}

function toInteger(v) {
  var n = +v;
  if (n !== n)
    return 0;
  return n < 0 ? Math.ceil(n) : Math.floor(n);
}

function toLength(v) {
  var n = toInteger(v);
  return n <= 0 ? 0 : n > MAX_LENGTH ? MAX_LENGTH : n;
}

// a relative index (negative: from the end) clamped to [0, len]
function relIndex(v, len, dflt) {
  if (v === undefined)
    return dflt;
  var n = toInteger(v);
  return n < 0 ? Math.max(len + n, 0) : Math.min(n, len);
}

function notFunction(f) {
  return new TypeError(describe(f) + ' is not a function');
}

// how V8 names a value in an error message (NoSideEffectsToString)
function describe(v) {
  if (typeof v === 'function')
    return Function.prototype.toString.call(v);
  if (v !== null && typeof v === 'object')
    return Array.isArray(v) ? '[object Array]' : '#<' + ctorName(v) + '>';
  return String(v);
}

function ctorName(o) {
  try {
    var c = o.constructor;
    if (typeof c === 'function' && c.name)
      return c.name;
  } catch (e) {}
  return 'Object';
}

function isConstructor(C) {
  return typeof C === 'function';
}

function newArray(C, n) {
  if (isConstructor(C) && C !== Array)
    return arguments.length > 1 ? new C(n) : new C();
  return arguments.length > 1 ? new Array(n) : [];
}

// CreateDataProperty on what newArray made
function put(A, k, v) {
  if (Array.isArray(A) && Object.getPrototypeOf(A) === Array.prototype)
    A[k] = v;
  else
    Object.defineProperty(A, k, { value: v, writable: true, enumerable: true, configurable: true });
}

function arrayLikeLength(n) {
  if (n > 4294967295)
    throw new RangeError('Invalid array length');
  return n;
}

exports['Array.from'] = function from(items, mapfn, thisArg) {
  var C = this, mapping = mapfn !== undefined, A, k = 0, v;
  if (mapping && typeof mapfn !== 'function')
    throw notFunction(mapfn);
  if (items === null || items === undefined)
    throw new TypeError((items === null ? 'object null' : 'undefined') +
      ' is not iterable (cannot read property Symbol(Symbol.iterator))');
  var ls = es2015();
  var ITER = global.Symbol.iterator.valueOf();
  var usingIterator = items[ITER];
  if (usingIterator !== undefined && usingIterator !== null) {
    A = newArray(C);
    if (Array.isArray(items) && usingIterator === Array.prototype.values && !mapping &&
        A instanceof Array && Object.getPrototypeOf(A) === Array.prototype) {
      for (; k < items.length; k++)
        A[k] = items[k];
      A.length = k;
      return A;
    }
    var it = ls.iter(items), step;
    for (;;) {
      step = it.next();
      if (step.done)
        break;
      v = step.value;
      if (mapping) {
        try {
          v = mapfn.call(thisArg, v, k);
        } catch (e) {
          ls.close(it);
          throw e;
        }
      }
      put(A, k++, v);
    }
    A.length = k;
    return A;
  }
  var arrayLike = Object(items);
  var len = toLength(arrayLike.length);
  A = newArray(C, arrayLikeLength(len));
  for (; k < len; k++) {
    v = arrayLike[k];
    put(A, k, mapping ? mapfn.call(thisArg, v, k) : v);
  }
  A.length = len;
  return A;
};

exports['Array.of'] = function of() {
  var n = arguments.length, A = newArray(this, n);
  for (var k = 0; k < n; k++)
    put(A, k, arguments[k]);
  A.length = n;
  return A;
};

exports['Array.prototype.at'] = function at(index) {
  var O = toObject(this), len = toLength(O.length), k = toInteger(index);
  if (k < 0)
    k += len;
  return k < 0 || k >= len ? undefined : O[k];
};

exports['Array.prototype.copyWithin'] = function copyWithin(target, start, end) {
  var O = toObject(this), len = toLength(O.length);
  var to = relIndex(target, len, 0), from = relIndex(start, len, 0);
  var fin = relIndex(end, len, len);
  var count = Math.min(fin - from, len - to), dir = 1;
  if (from < to && to < from + count) {
    dir = -1;
    from += count - 1;
    to += count - 1;
  }
  for (; count > 0; count--, from += dir, to += dir) {
    if (from in O)
      O[to] = O[from];
    else
      delete O[to];
  }
  return O;
};

exports['Array.prototype.fill'] = function fill(value, start, end) {
  var O = toObject(this), len = toLength(O.length);
  var k = relIndex(start, len, 0), fin = relIndex(end, len, len);
  for (; k < fin; k++)
    O[k] = value;
  return O;
};

function findFrom(self, name, pred, thisArg, last) {
  var O = toObject(self, 'Array.prototype.' + name), len = toLength(O.length);
  if (typeof pred !== 'function')
    throw notFunction(pred);
  for (var i = 0; i < len; i++) {
    var k = last ? len - 1 - i : i, v = O[k];
    if (pred.call(thisArg, v, k, O))
      return { k: k, v: v };
  }
  return null;
}

exports['Array.prototype.find'] = function find(pred, thisArg) {
  var r = findFrom(this, 'find', pred, thisArg, false);
  return r ? r.v : undefined;
};

exports['Array.prototype.findIndex'] = function findIndex(pred, thisArg) {
  var r = findFrom(this, 'findIndex', pred, thisArg, false);
  return r ? r.k : -1;
};

exports['Array.prototype.findLast'] = function findLast(pred, thisArg) {
  var r = findFrom(this, 'findLast', pred, thisArg, true);
  return r ? r.v : undefined;
};

exports['Array.prototype.findLastIndex'] = function findLastIndex(pred, thisArg) {
  var r = findFrom(this, 'findLastIndex', pred, thisArg, true);
  return r ? r.k : -1;
};

// FlattenIntoArray: holes are skipped, arrays below depth are spread
function flatten(target, source, len, start, depth, mapper, thisArg) {
  var at = start;
  for (var k = 0; k < len; k++) {
    if (!(k in source))
      continue;
    var el = source[k];
    if (mapper)
      el = mapper.call(thisArg, el, k, source);
    if (depth > 0 && Array.isArray(el)) {
      at = flatten(target, el, toLength(el.length), at, depth - 1);
    } else {
      if (at >= MAX_LENGTH)
        throw new TypeError('Invalid array length');
      target[at++] = el;
    }
  }
  return at;
}

// a new array of O's Array subclass (mujs patch 0057 does the same for map and co.)
function speciesArray(O) {
  var A = [];
  if (Array.isArray(O)) {
    var proto = Object.getPrototypeOf(O);
    if (proto !== null && proto !== Array.prototype)
      Object.setPrototypeOf(A, proto);
  }
  return A;
}

exports['Array.prototype.flat'] = function flat(depth) {
  var O = toObject(this), len = toLength(O.length);
  var d = depth === undefined ? 1 : toInteger(depth);
  var A = speciesArray(O);
  flatten(A, O, len, 0, d);
  return A;
};

exports['Array.prototype.flatMap'] = function flatMap(mapper, thisArg) {
  var O = toObject(this), len = toLength(O.length);
  if (typeof mapper !== 'function')
    throw new TypeError('flatMap mapper function is not callable');
  var A = speciesArray(O);
  flatten(A, O, len, 0, 1, mapper, thisArg);
  return A;
};

exports['Array.prototype.includes'] = function includes(search, fromIndex) {
  var O = toObject(this), len = toLength(O.length);
  if (len === 0)
    return false;
  var k = relIndex(fromIndex, len, 0);
  if (search === search) {
    if (Array.isArray(O) && k === 0)
      return O.indexOf(search) >= 0 || (search === undefined && hasHole(O, len));
    for (; k < len; k++)
      if (O[k] === search)
        return true;
    return false;
  }
  for (; k < len; k++) {
    var v = O[k];
    if (v !== v)
      return true;
  }
  return false;
};

// indexOf skips holes, which includes reads as undefined
function hasHole(O, len) {
  for (var k = 0; k < len; k++)
    if (!(k in O))
      return true;
  return false;
}

exports['Array.prototype.keys'] = function keys() {
  return new (es2015().ArrayIterator)(toObject(this), 0);
};

exports['Array.prototype.values'] = function values() {
  return new (es2015().ArrayIterator)(toObject(this), 1);
};

exports['Array.prototype.entries'] = function entries() {
  return new (es2015().ArrayIterator)(toObject(this), 2);
};

function copyOf(O, len) {
  var A = new Array(arrayLikeLength(len));
  for (var k = 0; k < len; k++)
    A[k] = O[k];
  return A;
}

exports['Array.prototype.toReversed'] = function toReversed() {
  var O = toObject(this), len = toLength(O.length);
  var A = new Array(arrayLikeLength(len));
  for (var k = 0; k < len; k++)
    A[k] = O[len - 1 - k];
  return A;
};

exports['Array.prototype.toSorted'] = function toSorted(compare) {
  if (compare !== undefined && typeof compare !== 'function')
    throw new TypeError('The comparison function must be either a function or undefined');
  var O = toObject(this), len = toLength(O.length);
  var A = copyOf(O, len);
  return compare === undefined ? A.sort() : A.sort(compare);
};

exports['Array.prototype.toSpliced'] = function toSpliced(start, skipCount) {
  var O = toObject(this), len = toLength(O.length);
  var from = relIndex(start, len, 0), skip;
  var items = arguments.length > 2 ? arguments.length - 2 : 0;
  if (arguments.length === 0)
    skip = 0;
  else if (arguments.length === 1)
    skip = len - from;
  else
    skip = Math.min(Math.max(toInteger(skipCount), 0), len - from);
  var newLen = len + items - skip;
  if (newLen > MAX_LENGTH)
    throw new TypeError('Invalid array length');
  var A = new Array(arrayLikeLength(newLen)), i = 0, k;
  for (k = 0; k < from; k++)
    A[i++] = O[k];
  for (k = 0; k < items; k++)
    A[i++] = arguments[k + 2];
  for (k = from + skip; k < len; k++)
    A[i++] = O[k];
  return A;
};

exports['Array.prototype.with'] = function (index, value) {
  var O = toObject(this), len = toLength(O.length), rel = toInteger(index);
  var at = rel >= 0 ? rel : len + rel;
  if (at >= len || at < 0)
    throw new RangeError('Invalid index : ' + index);
  var A = copyOf(O, len);
  A[at] = value;
  return A;
};
