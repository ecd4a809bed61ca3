// buffer — Node's Buffer, Uint8Array and ArrayBuffer on C memory (runtime/buffer.c).
//
// mujs has no typed arrays: a Buffer is a userdata whose bytes live in a C store;
// b[i] and b.length are served by the userdata's hooks. `new Uint8Array(n)` and
// Buffer.alloc(n) make the same kind of object with different prototypes, and
// Buffer.prototype inherits from Uint8Array.prototype, so `b instanceof Uint8Array`
// holds as in Node. Encodings are Node's: utf8, utf16le (ucs2), latin1 (binary), ascii,
// base64, base64url, hex. Argument checks follow Node 20's lib/buffer.js and
// lib/internal/buffer.js in order and wording, so errors carry Node's codes and
// messages. Not here: the BigInt methods (no BigInt in mujs), Blob, File,
// resolveObjectURL, and the other TypedArray classes; Buffer.from makes no pool slices
// (byteOffset is 0 where Node's would be an offset into its 8 KiB pool).
'use strict';

// `void 0` rather than `undefined` throughout: mujs looks `undefined` up as a global
// variable each time (through every enclosing scope), which made it the single
// biggest cost of Buffer.alloc.

var errors = require('internal/errors');
var B = binding.buffer;

var kMaxLength = 4294967296;
var kStringMaxLength = 0x1fffffe8;
var customInspect = 'nodejs.util.inspect.custom';

var ENC = { utf8: 0, utf16le: 1, latin1: 2, ascii: 3, base64: 4, base64url: 5, hex: 6 };

// ---- errors and validators (Node's internal/errors and internal/validators) ----

function nodeError(Ctor, code, message) {
  return errors.makeNodeError(Ctor, code, message);
}

function invalidArgType(name, expected, actual) {
  return errors.invalidArgType(name, expected, actual);
}

function outOfRange(name, range, input) {
  return errors.outOfRange(name, range, input);
}

function unknownEncoding(enc) {
  var shown = typeof enc === 'string' ? enc : require('util').format('%s', enc);
  return nodeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + shown);
}

function bufferOutOfBounds(name) {
  return nodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', name ?
    '"' + name + '" is outside of buffer bounds' :
    'Attempt to access memory outside buffer bounds');
}

function invalidArgValue(name, value) {
  return nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
    "The argument '" + name + "' is invalid. Received " + errors.inspectValue(value));
}

function missingArgs(name) {
  return nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "' + name + '" argument must be specified');
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number')
    throw invalidArgType(name, 'number', value);
  if ((min !== void 0 && value < min) || (max !== void 0 && value > max) ||
      ((min !== void 0 || max !== void 0) && value !== value)) {
    throw outOfRange(name,
      (min !== void 0 ? '>= ' + min : '') +
      (min !== void 0 && max !== void 0 ? ' && ' : '') +
      (max !== void 0 ? '<= ' + max : ''), value);
  }
}

function isInteger(n) {
  return typeof n === 'number' && isFinite(n) && Math.floor(n) === n;
}

function validateInteger(value, name, min, max) {
  if (typeof value !== 'number')
    throw invalidArgType(name, 'number', value);
  if (!isInteger(value))
    throw outOfRange(name, 'an integer', value);
  if (value < min || value > max)
    throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
}

function validateOffset(value, name, min, max) {
  validateInteger(value, name, min === void 0 ? 0 : min, max === void 0 ? kMaxLength : max);
}

// ---- encodings ----

// Node's normalizeEncoding: the canonical name, or undefined for an unknown one.
function normalizeEncoding(enc) {
  if (enc === void 0 || enc === null || enc === 'utf8' || enc === 'utf-8')
    return 'utf8';
  if (typeof enc !== 'string')
    return void 0;
  switch (enc.toLowerCase()) {
    case 'utf8': case 'utf-8': case '': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': return 'ascii';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
  }
  return void 0;
}

// Node's getEncodingOps: the encoding's code for binding.buffer, or undefined. Takes
// any value (it is converted to a string first, so 'UTF8' and new String('hex') work).
function encodingOf(enc) {
  var s = '' + enc;
  if (s === '')
    return void 0;
  var n = normalizeEncoding(s);
  return n === void 0 ? void 0 : ENC[n];
}

// ---- ArrayBuffer and Uint8Array ----

function hidden(obj, name, value) {
  Object.defineProperty(obj, name, { value: value, writable: true, configurable: true });
}

// ToIndex: the integer value, or -1 when it is negative or too big.
function toIndex(value) {
  var n = value === void 0 ? 0 : +value;
  if (n !== n)
    n = 0;
  n = n < 0 ? Math.ceil(n) : Math.floor(n);
  return n < 0 || n > kMaxLength ? -1 : n;
}

function typedArrayLength(value) {
  var n = toIndex(value);
  if (n < 0)
    throw new RangeError('Invalid typed array length: ' + value);
  return n;
}

// A relative index as TypedArray methods take them: negative counts from the end.
function relIndex(i, len, dflt) {
  if (i === void 0)
    return dflt;
  var n = +i;
  if (n !== n)
    return 0;
  n = n < 0 ? Math.ceil(n) : Math.floor(n);
  if (n < 0)
    return Math.max(len + n, 0);
  return Math.min(n, len);
}

function isUint8Array(x) {
  return B.kind(x) === 1;
}

function isAnyArrayBuffer(x) {
  return B.kind(x) === 2;
}

function ArrayBuffer(length) {
  if (!(this instanceof ArrayBuffer))
    throw new TypeError("Constructor ArrayBuffer requires 'new'");
  var n = toIndex(length);
  if (n < 0)
    throw new RangeError('Invalid array buffer length');
  return B.createArrayBuffer(n);
}
hidden(ArrayBuffer, 'isView', function isView(x) {
  var k = B.kind(x);
  return k === 1 || k === 3 ||
    (k === 0 && x instanceof require('internal/typed_array').DataView);
});
hidden(ArrayBuffer.prototype, 'slice', function slice(start, end) {
  if (!isAnyArrayBuffer(this))
    throw new TypeError('Method ArrayBuffer.prototype.slice called on incompatible receiver ' +
                        errors.inspectValue(this));
  var len = this.byteLength;
  var s = relIndex(start, len, 0);
  var e = relIndex(end, len, len);
  var out = B.createArrayBuffer(e > s ? e - s : 0);
  if (e > s)
    B.copy(this, out, 0, s, e);
  return out;
});

// new Uint8Array(length | arrayLike | typedArray | arrayBuffer [, byteOffset [, length]])
function Uint8Array(arg, byteOffset, length) {
  if (!(this instanceof Uint8Array))
    throw new TypeError("Constructor Uint8Array requires 'new'");
  // a subclass's `new` (a down-leveled class's super()) gets its own prototype
  return construct(arg, byteOffset, length, Object.getPrototypeOf(this));
}

function construct(arg, byteOffset, length, proto) {
  var kind = B.kind(arg);
  if (kind === 2) {
    var off = toIndex(byteOffset);
    if (off < 0 || off > arg.byteLength)
      throw new RangeError('Start offset ' + (off < 0 ? byteOffset : off) +
                           ' is outside the bounds of the buffer');
    var len;
    if (length === void 0) {
      len = arg.byteLength - off;
    } else {
      len = typedArrayLength(length);
      if (off + len > arg.byteLength)
        throw new RangeError('Invalid typed array length: ' + len);
    }
    return B.viewOf(arg, off, off + len, proto);
  }
  if (kind === 1)
    return B.concat([arg], arg.length, proto);
  if (arg !== null && typeof arg === 'object')
    return B.fromArray(arg, proto);
  return B.create(typedArrayLength(arg), proto, true);
}

hidden(Uint8Array, 'BYTES_PER_ELEMENT', 1);
hidden(Uint8Array, 'from', function from(src, mapFn, thisArg) {
  var out = construct(src, void 0, void 0, this.prototype);
  if (typeof mapFn === 'function') {
    for (var i = 0; i < out.length; i++)
      out[i] = mapFn.call(thisArg, src[i], i);
  }
  return out;
});
hidden(Uint8Array, 'of', function of() {
  return B.fromArray(arguments, this.prototype);
});

var u8 = Uint8Array.prototype;

function protoOf(view) {
  return Object.getPrototypeOf(view);
}

// Iterators with next() (no Symbol.iterator in ES5).
function ArrayIterator(view, kind) {
  this._view = view;
  this._kind = kind;
  this._i = 0;
}
hidden(ArrayIterator.prototype, 'next', function next() {
  var v = this._view;
  if (v === void 0 || this._i >= v.length) {
    this._view = void 0;
    return { value: void 0, done: true };
  }
  var i = this._i++;
  return { value: this._kind === 0 ? i : this._kind === 1 ? v[i] : [i, v[i]], done: false };
});

var typedArrayMethods = {
  subarray: B.typedArraySubarray,
  slice: function slice(start, end) {
    var len = this.length;
    var s = relIndex(start, len, 0);
    var e = relIndex(end, len, len);
    return B.concat([B.viewOf(this, s, e > s ? e : s, u8)], e > s ? e - s : 0, protoOf(this));
  },
  set: function set(src, offset) {
    var off = offset === void 0 ? 0 : +offset;
    if (off !== off)
      off = 0;
    off = Math.floor(off);
    if (off < 0)
      throw new RangeError('offset is out of bounds');
    var n = src.length >>> 0;
    if (off + n > this.length)
      throw new RangeError('offset is out of bounds');
    if (B.kind(src) === 1) {
      B.copy(src, this, off, 0, n);
      return;
    }
    for (var i = 0; i < n; i++)
      this[off + i] = src[i];
  },
  fill: function fill(value, start, end) {
    var len = this.length;
    B.fillByte(this, +value, relIndex(start, len, 0), relIndex(end, len, len));
    return this;
  },
  indexOf: function indexOf(value, from) {
    var len = this.length;
    for (var i = relIndex(from, len, 0); i < len; i++)
      if (this[i] === value)
        return i;
    return -1;
  },
  lastIndexOf: function lastIndexOf(value, from) {
    var len = this.length;
    var i = len - 1;
    if (arguments.length > 1) {
      var n = +from;
      n = n !== n ? 0 : n < 0 ? Math.ceil(n) : Math.floor(n);
      i = n < 0 ? len + n : Math.min(n, len - 1);
    }
    for (; i >= 0; i--)
      if (this[i] === value)
        return i;
    return -1;
  },
  includes: function includes(value, from) {
    var len = this.length;
    for (var i = relIndex(from, len, 0); i < len; i++)
      if (this[i] === value || (value !== value && this[i] !== this[i]))
        return true;
    return false;
  },
  join: function join(sep) {
    return B.toArray(this).join(sep === void 0 ? ',' : sep);
  },
  toString: function toString() {
    return B.toArray(this).join(',');
  },
  toLocaleString: function toLocaleString() {
    return B.toArray(this).toLocaleString();
  },
  forEach: function forEach(fn, thisArg) {
    for (var i = 0; i < this.length; i++)
      fn.call(thisArg, this[i], i, this);
  },
  map: function map(fn, thisArg) {
    var out = B.create(this.length, protoOf(this), false);
    for (var i = 0; i < this.length; i++)
      out[i] = fn.call(thisArg, this[i], i, this);
    return out;
  },
  reduce: function reduce(fn, init) {
    var arr = B.toArray(this);
    return arguments.length > 1 ? arr.reduce(fn, init) : arr.reduce(fn);
  },
  reduceRight: function reduceRight(fn, init) {
    var arr = B.toArray(this);
    return arguments.length > 1 ? arr.reduceRight(fn, init) : arr.reduceRight(fn);
  },
  every: function every(fn, thisArg) {
    for (var i = 0; i < this.length; i++)
      if (!fn.call(thisArg, this[i], i, this))
        return false;
    return true;
  },
  some: function some(fn, thisArg) {
    for (var i = 0; i < this.length; i++)
      if (fn.call(thisArg, this[i], i, this))
        return true;
    return false;
  },
  filter: function filter(fn, thisArg) {
    var kept = [];
    for (var i = 0; i < this.length; i++)
      if (fn.call(thisArg, this[i], i, this))
        kept.push(this[i]);
    return B.fromArray(kept, protoOf(this));
  },
  find: function find(fn, thisArg) {
    for (var i = 0; i < this.length; i++)
      if (fn.call(thisArg, this[i], i, this))
        return this[i];
    return void 0;
  },
  findIndex: function findIndex(fn, thisArg) {
    for (var i = 0; i < this.length; i++)
      if (fn.call(thisArg, this[i], i, this))
        return i;
    return -1;
  },
  findLast: function findLast(fn, thisArg) {
    for (var i = this.length - 1; i >= 0; i--)
      if (fn.call(thisArg, this[i], i, this))
        return this[i];
    return void 0;
  },
  findLastIndex: function findLastIndex(fn, thisArg) {
    for (var i = this.length - 1; i >= 0; i--)
      if (fn.call(thisArg, this[i], i, this))
        return i;
    return -1;
  },
  reverse: function reverse() {
    for (var i = 0, j = this.length - 1; i < j; i++, j--) {
      var t = this[i];
      this[i] = this[j];
      this[j] = t;
    }
    return this;
  },
  sort: function sort(cmp) {
    var arr = B.toArray(this).sort(cmp || function (a, b) { return a - b; });
    for (var i = 0; i < arr.length; i++)
      this[i] = arr[i];
    return this;
  },
  copyWithin: function copyWithin(target, start, end) {
    var len = this.length;
    var t = relIndex(target, len, 0);
    var s = relIndex(start, len, 0);
    var e = relIndex(end, len, len);
    if (e > s && t < len)
      B.copy(B.viewOf(this, s, e, u8), this, t, 0, e - s);
    return this;
  },
  at: function at(index) {
    var n = +index;
    n = n !== n ? 0 : n < 0 ? Math.ceil(n) : Math.floor(n);
    return this[n < 0 ? this.length + n : n];
  },
  keys: function keys() {
    return new ArrayIterator(this, 0);
  },
  values: function values() {
    return new ArrayIterator(this, 1);
  },
  entries: function entries() {
    return new ArrayIterator(this, 2);
  },
  toReversed: function toReversed() {
    return typedArrayMethods.reverse.call(B.concat([this], this.length, u8));
  },
  toSorted: function toSorted(cmp) {
    return typedArrayMethods.sort.call(B.concat([this], this.length, u8), cmp);
  },
  'with': function (index, value) {
    var len = this.length;
    var n = +index;
    n = n !== n ? 0 : n < 0 ? Math.ceil(n) : Math.floor(n);
    var i = n < 0 ? len + n : n;
    if (i < 0 || i >= len)
      throw new RangeError('Invalid typed array index');
    var out = B.concat([this], len, u8);
    out[i] = value;
    return out;
  }
};
for (var m in typedArrayMethods)
  hidden(u8, m, typedArrayMethods[m]);

// Iterable, for down-leveled for-of, spread and destructuring: the property key of
// Symbol.iterator in the runtime's Symbol shim (internal/es2015.js), a hidden name.
var kIterator = '\x01Symbol(Symbol.iterator)';
hidden(u8, kIterator, typedArrayMethods.values);
hidden(ArrayIterator.prototype, kIterator, function () { return this; });
hidden(u8, 'BYTES_PER_ELEMENT', 1);
Object.defineProperty(u8, 'buffer', {
  get: function () { return B.arrayBufferOf(this); },
  configurable: true
});

// ---- Buffer ----

var bufferWarningEmitted = false;
var nodeModulesChecks = 0;

// Node's isInsideNodeModules: whether the first stack frame in a file (not in the
// runtime) is under node_modules.
function isInsideNodeModules() {
  var lines = String(new Error().stack).split('\n');
  for (var i = 1; i < lines.length; i++) {
    var m = /^\s*at (?:.*? \()?(.*?)(?::\d+)*\)?$/.exec(lines[i]);
    if (m === null || !/^\/|\\/.test(m[1]))
      continue;
    return /[\/\\]node_modules[\/\\]/.test(m[1]);
  }
  return false;
}

// Buffer() is deprecated (DEP0005); Node warns once, unless called from node_modules.
function showFlaggedDeprecation() {
  if (bufferWarningEmitted || ++nodeModulesChecks > 10000 || isInsideNodeModules())
    return;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. ' +
                      'Please use the Buffer.alloc(), Buffer.allocUnsafe(), or ' +
                      'Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
  bufferWarningEmitted = true;
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string')
      throw invalidArgType('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Buffer.prototype = Object.create(Uint8Array.prototype, {
  constructor: { value: Buffer, writable: true, configurable: true }
});

var proto = Buffer.prototype;

function createUnsafeBuffer(size) {
  return B.create(size, proto, false);
}

Buffer.poolSize = 8 * 1024;

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string')
    return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value))
      return fromArrayBuffer(value, encodingOrOffset, length);
    var valueOf = value.valueOf && value.valueOf();
    if (valueOf !== null && valueOf !== void 0 && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    var b = fromObject(value);
    if (b)
      return b;
    // Node asks value[Symbol.toPrimitive]('string'); of the built-ins only Date has one
    if (Object.prototype.toString.call(value) === '[object Date]')
      return fromString(String(value), encodingOrOffset);
  }
  throw invalidArgType('first argument',
                       ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'],
                       value);
};

function fromString(string, encoding) {
  var enc;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    enc = ENC.utf8;
  } else {
    enc = encodingOf(encoding);
    if (enc === void 0)
      throw unknownEncoding(encoding);
  }
  return B.fromString(string, enc, proto);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === void 0) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset)
      byteOffset = 0;
  }
  var maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0)
    throw bufferOutOfBounds('offset');
  if (length === void 0) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength)
        throw bufferOutOfBounds('length');
    } else {
      length = 0;
    }
  }
  return construct(obj, byteOffset, length, proto);
}

function fromArrayLike(obj) {
  if (isUint8Array(obj))
    return B.concat([obj], obj.length, proto);
  return B.fromArray(obj, proto);
}

function fromObject(obj) {
  if (obj.length !== void 0 || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number')
      return B.create(0, proto, false);
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data))
    return fromArrayLike(obj.data);
}

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isUint8Array(view))
    throw invalidArgType('view', ['TypedArray'], view);
  var viewLength = view.length;
  if (viewLength === 0)
    return Buffer.alloc(0);
  var start = 0;
  var end = viewLength;
  if (offset !== void 0 || length !== void 0) {
    if (offset !== void 0) {
      validateInteger(offset, 'offset', 0, 9007199254740991);
      if (offset >= viewLength)
        return Buffer.alloc(0);
      start = offset;
    }
    if (length !== void 0) {
      validateInteger(length, 'length', 0, 9007199254740991);
      end = Math.min(start + length, viewLength);
    }
  }
  return B.concat([B.viewOf(view, start, end, u8)], end - start, proto);
};

Buffer.of = function of() {
  return B.fromArray(arguments, proto);
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== void 0 && fill !== 0 && size > 0) {
    var buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return B.create(size, proto, true);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}
SlowBuffer.prototype = Object.create(Uint8Array.prototype);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1))
    throw invalidArgType('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2))
    throw invalidArgType('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2)
    return 0;
  return B.compare(buf1, buf2, 0, buf1.length, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== void 0;
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list))
    throw invalidArgType('list', 'Array', list);
  if (list.length === 0)
    return B.create(0, proto, false);
  var i;
  if (length === void 0) {
    length = 0;
    for (i = 0; i < list.length; i++) {
      if (list[i].length)
        length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  for (i = 0; i < list.length; i++) {
    if (!isUint8Array(list[i]))
      throw invalidArgType('list[' + i + ']', ['Buffer', 'Uint8Array'], list[i]);
  }
  return B.concat(list, length, proto);
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (B.kind(string) !== 0)
      return string.byteLength;
    throw invalidArgType('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0)
    return 0;
  var enc = encoding ? encodingOf(encoding) : void 0;
  return B.byteLength(string, enc === void 0 ? ENC.utf8 : enc);
};

// ---- Buffer.prototype, in Node's order (for-in lists methods in this order) ----

// Number reading and writing (Node's lib/internal/buffer.js). A read checks the first
// and last byte it touches; so does a write, after checking the value's range.

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw outOfRange(type || 'offset', 'an integer', value);
  }
  if (length < 0)
    throw bufferOutOfBounds();
  throw outOfRange(type || 'offset', '>= ' + (type ? 1 : 0) + ' and <= ' + length, value);
}

// Whether bytes [offset, offset + size) exist: what Node's `buf[offset] === void 0
// || buf[offset + size - 1] === void 0` test asks.
function inBounds(buf, offset, size) {
  return offset >= 0 && Math.floor(offset) === offset && offset + size <= buf.length;
}

function checkBounds(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (!inBounds(buf, offset, size))
    boundsError(offset, buf.length - size);
}

function checkInt(value, min, max, buf, offset, size) {
  if (value > max || value < min) {
    var range;
    if (size > 4) {
      if (min === 0)
        range = '>= 0 and < 2 ** ' + (size * 8);
      else
        range = '>= -(2 ** ' + (size * 8 - 1) + ') and < 2 ** ' + (size * 8 - 1);
    } else {
      range = '>= ' + min + ' and <= ' + max;
    }
    throw outOfRange('value', range, value);
  }
  checkBounds(buf, offset, size);
}

// type: 0 unsigned, 1 signed, 2 float
function readAt(buf, offset, size, type, le) {
  if (offset === void 0)
    offset = 0;
  validateNumber(offset, 'offset');
  if (!inBounds(buf, offset, size))
    boundsError(offset, buf.length - size);
  return B.readNumber(buf, offset, size, type, le);
}

function limits(size, type) {
  var bits = size * 8;
  return type === 1 ? [-Math.pow(2, bits - 1), Math.pow(2, bits - 1) - 1] :
    [0, Math.pow(2, bits) - 1];
}

function writeIntAt(buf, value, offset, size, type, le) {
  value = +value;
  var lim = limits(size, type);
  if (size === 1) {
    validateNumber(offset, 'offset');
    if (value > lim[1] || value < lim[0])
      throw outOfRange('value', '>= ' + lim[0] + ' and <= ' + lim[1], value);
    if (!inBounds(buf, offset, 1))
      boundsError(offset, buf.length - 1);
  } else {
    checkInt(value, lim[0], lim[1], buf, offset, size);
  }
  return B.writeNumber(buf, offset, size, type, le, value);
}

function writeFloatAt(buf, value, offset, size, le) {
  value = +value;
  checkBounds(buf, offset === void 0 ? 0 : offset, size);
  return B.writeNumber(buf, offset === void 0 ? 0 : offset, size, 2, le, value);
}

function fixedReader(size, type, le) {
  return function (offset) {
    return readAt(this, offset, size, type, le);
  };
}

function fixedWriter(size, type, le) {
  if (type === 2) {
    return function (value, offset) {
      return writeFloatAt(this, value, offset, size, le);
    };
  }
  return function (value, offset) {
    return writeIntAt(this, value, offset === void 0 ? 0 : offset, size, type, le);
  };
}

function variableReader(type, le) {
  return function (offset, byteLength) {
    if (offset === void 0)
      throw invalidArgType('offset', 'number', offset);
    if (byteLength >= 1 && byteLength <= 6 && Math.floor(byteLength) === byteLength)
      return readAt(this, offset, byteLength, type, le);
    boundsError(byteLength, 6, 'byteLength');
  };
}

function variableWriter(type, le) {
  return function (value, offset, byteLength) {
    if (byteLength >= 1 && byteLength <= 6 && Math.floor(byteLength) === byteLength)
      return writeIntAt(this, value, offset, byteLength, type, le);
    boundsError(byteLength, 6, 'byteLength');
  };
}

function named(fn, name) {
  // mujs function names come from the source; keep Node's for inspect and errors.
  try {
    Object.defineProperty(fn, 'name', { value: name, configurable: true });
  } catch (e) {
    // not configurable here: keep the source name
  }
  return fn;
}

// The 64-bit BigInt methods (Node's lib/internal/buffer.js), first in Node's order. A
// value that is no BigInt fails in the first mixed operation, as in Node.
var TWO32 = BigInt(4294967296), MASK32 = BigInt(0xffffffff), SHIFT32 = BigInt(32);

function readBig64(signed, le) {
  return function (offset) {
    if (offset === void 0)
      offset = 0;
    checkBounds(this, offset, 8);
    var lo = 0, hi = 0;
    for (var i = 0; i < 4; i++) {
      lo += this[offset + (le ? i : 7 - i)] * Math.pow(2, 8 * i);
      hi += this[offset + (le ? 4 + i : 3 - i)] * Math.pow(2, 8 * i);
    }
    if (signed && hi >= 0x80000000)
      hi -= 4294967296;
    return BigInt(hi) * TWO32 + BigInt(lo);
  };
}

function writeBig64(signed, le) {
  var min = signed ? -(TWO32 * TWO32 / BigInt(2)) : BigInt(0);
  var max = signed ? TWO32 * TWO32 / BigInt(2) : TWO32 * TWO32;
  return function (value, offset) {
    if (offset === void 0)
      offset = 0;
    if (value >= max || value < min) {
      throw outOfRange('value', signed ? '>= -(2n ** 63n) and < 2n ** 63n' :
        '>= 0n and < 2n ** 64n', value);
    }
    var lo = Number(value & MASK32), hi = Number(value >> SHIFT32 & MASK32);
    checkBounds(this, offset, 8);
    for (var i = 0; i < 4; i++) {
      this[offset + (le ? i : 7 - i)] = lo & 0xff;
      this[offset + (le ? 4 + i : 3 - i)] = hi & 0xff;
      lo = lo >>> 8;
      hi = hi >>> 8;
    }
    return offset + 8;
  };
}

[['readBigUInt64LE', readBig64, 0, true], ['readBigUInt64BE', readBig64, 0, false],
  ['readBigUint64LE', 'readBigUInt64LE'], ['readBigUint64BE', 'readBigUInt64BE'],
  ['readBigInt64LE', readBig64, 1, true], ['readBigInt64BE', readBig64, 1, false],
  ['writeBigUInt64LE', writeBig64, 0, true], ['writeBigUInt64BE', writeBig64, 0, false],
  ['writeBigUint64LE', 'writeBigUInt64LE'], ['writeBigUint64BE', 'writeBigUInt64BE'],
  ['writeBigInt64LE', writeBig64, 1, true], ['writeBigInt64BE', writeBig64, 1, false]
].forEach(function (d) {
  proto[d[0]] = typeof d[1] === 'string' ? proto[d[1]] : named(d[1](d[2], d[3]), d[0]);
});

var numberMethods = [
  // [name, make, size, type, le] in Node's order (after the BigInt methods above)
  ['readUIntLE', variableReader, 0, 0, true],
  ['readUInt32LE', fixedReader, 4, 0, true],
  ['readUInt16LE', fixedReader, 2, 0, true],
  ['readUInt8', fixedReader, 1, 0, true],
  ['readUIntBE', variableReader, 0, 0, false],
  ['readUInt32BE', fixedReader, 4, 0, false],
  ['readUInt16BE', fixedReader, 2, 0, false],
  ['readUintLE', 'readUIntLE'],
  ['readUint32LE', 'readUInt32LE'],
  ['readUint16LE', 'readUInt16LE'],
  ['readUint8', 'readUInt8'],
  ['readUintBE', 'readUIntBE'],
  ['readUint32BE', 'readUInt32BE'],
  ['readUint16BE', 'readUInt16BE'],
  ['readIntLE', variableReader, 0, 1, true],
  ['readInt32LE', fixedReader, 4, 1, true],
  ['readInt16LE', fixedReader, 2, 1, true],
  ['readInt8', fixedReader, 1, 1, true],
  ['readIntBE', variableReader, 0, 1, false],
  ['readInt32BE', fixedReader, 4, 1, false],
  ['readInt16BE', fixedReader, 2, 1, false],
  ['writeUIntLE', variableWriter, 0, 0, true],
  ['writeUInt32LE', fixedWriter, 4, 0, true],
  ['writeUInt16LE', fixedWriter, 2, 0, true],
  ['writeUInt8', fixedWriter, 1, 0, true],
  ['writeUIntBE', variableWriter, 0, 0, false],
  ['writeUInt32BE', fixedWriter, 4, 0, false],
  ['writeUInt16BE', fixedWriter, 2, 0, false],
  ['writeUintLE', 'writeUIntLE'],
  ['writeUint32LE', 'writeUInt32LE'],
  ['writeUint16LE', 'writeUInt16LE'],
  ['writeUint8', 'writeUInt8'],
  ['writeUintBE', 'writeUIntBE'],
  ['writeUint32BE', 'writeUInt32BE'],
  ['writeUint16BE', 'writeUInt16BE'],
  ['writeIntLE', variableWriter, 0, 1, true],
  ['writeInt32LE', fixedWriter, 4, 1, true],
  ['writeInt16LE', fixedWriter, 2, 1, true],
  ['writeInt8', fixedWriter, 1, 1, true],
  ['writeIntBE', variableWriter, 0, 1, false],
  ['writeInt32BE', fixedWriter, 4, 1, false],
  ['writeInt16BE', fixedWriter, 2, 1, false],
  ['readFloatLE', fixedReader, 4, 2, true],
  ['readFloatBE', fixedReader, 4, 2, false],
  ['readDoubleLE', fixedReader, 8, 2, true],
  ['readDoubleBE', fixedReader, 8, 2, false],
  ['writeFloatLE', fixedWriter, 4, 2, true],
  ['writeFloatBE', fixedWriter, 4, 2, false],
  ['writeDoubleLE', fixedWriter, 8, 2, true],
  ['writeDoubleBE', fixedWriter, 8, 2, false]
];
// The methods are C functions (binding.buffer.numberMethod) for valid arguments; they
// call these JS versions for anything else, which throw Node's errors.
var slowNumberMethods = {};
for (var k = 0; k < numberMethods.length; k++) {
  var d = numberMethods[k];
  if (typeof d[1] === 'string') {
    proto[d[0]] = proto[d[1]];
    continue;
  }
  if (d[1] === variableReader || d[1] === variableWriter)
    slowNumberMethods[d[0]] = d[1](d[3], d[4]);
  else
    slowNumberMethods[d[0]] = d[1](d[2], d[3], d[4]);
  proto[d[0]] = B.numberMethod(d[0]);
}
B.setNumberSlowPaths(slowNumberMethods);

// The per-encoding slices and writes Node keeps on Buffer.prototype.
// Node's ParseArrayIndex: undefined gives dflt; a negative index is out of range.
function arrayIndex(value, dflt) {
  if (value === void 0)
    return dflt;
  var n = +value;
  n = n !== n ? 0 : n < 0 ? Math.ceil(n) : Math.floor(n);
  if (n < 0)
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return n;
}

function sliceMethod(enc) {
  return function (start, end) {
    var len = this.length;
    if (len === 0)
      return '';
    var s = arrayIndex(start, 0);
    var e = arrayIndex(end, len);
    if (e < s)
      e = s;
    if (e > len)
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
    return B.toString(this, enc, s, e);
  };
}

function writeMethod(enc) {
  return function (string, offset, length) {
    if (typeof string !== 'string')
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    var len = this.length;
    var off = arrayIndex(offset, 0);
    if (off > len)
      throw bufferOutOfBounds('offset');
    var max = arrayIndex(length, len - off);
    if (max > len - off)
      max = len - off;
    if (max === 0)
      return 0;
    return B.write(this, string, off, max, enc);
  };
}

var encNames = ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8'];
var encCodes = [ENC.ascii, ENC.base64, ENC.base64url, ENC.latin1, ENC.hex, ENC.utf16le, ENC.utf8];
for (k = 0; k < encNames.length; k++)
  proto[encNames[k] + 'Slice'] = named(sliceMethod(encCodes[k]), encNames[k] + 'Slice');
for (k = 0; k < encNames.length; k++)
  proto[encNames[k] + 'Write'] = named(writeMethod(encCodes[k]), encNames[k] + 'Write');

Object.defineProperty(proto, 'parent', {
  enumerable: true,
  configurable: true,
  get: function () {
    if (!(this instanceof Buffer))
      return void 0;
    return this.buffer;
  }
});
Object.defineProperty(proto, 'offset', {
  enumerable: true,
  configurable: true,
  get: function () {
    if (!(this instanceof Buffer))
      return void 0;
    return this.byteOffset;
  }
});

function toInteger(n, dflt) {
  n = +n;
  if (n === n && n >= -9007199254740991 && n <= 9007199254740991)
    return n % 1 === 0 ? n : Math.floor(n);
  return dflt;
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  var source = this;
  if (!isUint8Array(source))
    throw invalidArgType('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target))
    throw invalidArgType('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === void 0) {
    targetStart = 0;
  } else {
    targetStart = isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0)
      throw outOfRange('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === void 0) {
    sourceStart = 0;
  } else {
    sourceStart = isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length)
      throw outOfRange('sourceStart', '>= 0 && <= ' + source.length, sourceStart);
  }
  if (sourceEnd === void 0) {
    sourceEnd = source.length;
  } else {
    sourceEnd = isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0)
      throw outOfRange('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd)
    return 0;
  return B.copy(source, target, targetStart, sourceStart, Math.min(sourceEnd, source.length));
};

proto.toString = function toString(encoding, start, end) {
  // Node tests arguments.length === 0; explicit undefineds give the same result, and
  // mentioning `arguments` would make mujs build an arguments object on every call
  if (encoding === void 0 && start === void 0 && end === void 0)
    return B.toString(this, ENC.utf8, 0, this.length);
  var len = this.length;
  if (start <= 0)
    start = 0;
  else if (start >= len)
    return '';
  else
    start |= 0;
  if (end === void 0 || end > len)
    end = len;
  else
    end |= 0;
  if (end <= start)
    return '';
  if (encoding === void 0)
    return B.toString(this, ENC.utf8, start, end);
  var enc = encodingOf(encoding);
  if (enc === void 0)
    throw unknownEncoding(encoding);
  return B.toString(this, enc, start, end);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer))
    throw invalidArgType('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  if (this === otherBuffer)
    return true;
  var len = this.length;
  if (len !== otherBuffer.length)
    return false;
  return len === 0 || B.compare(this, otherBuffer, 0, len, 0, len) === 0;
};

var INSPECT_MAX_BYTES = 50;

function bufferInspect(recurseTimes, ctx) {
  var max = INSPECT_MAX_BYTES;
  var actualMax = Math.min(max, this.length);
  var remaining = this.length - max;
  var str = B.toString(this, ENC.hex, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0)
    str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  if (ctx) {
    var extras = false;
    var obj = Object.create(null);
    var keys = B.namedKeys(this, !!ctx.showHidden);
    for (var i = 0; i < keys.length; i++) {
      if (keys[i] === customInspect)
        continue;
      extras = true;
      obj[keys[i]] = this[keys[i]];
    }
    if (extras) {
      if (this.length !== 0)
        str += ', ';
      var opts = {};
      for (var o in ctx)
        opts[o] = ctx[o];
      opts.breakLength = Infinity;
      opts.compact = true;
      // '[Object: null prototype] {'.length === 26
      str += require('util').inspect(obj, opts).slice(27, -2);
    }
  }
  return '<' + this.constructor.name + ' ' + str + '>';
}
hidden(proto, customInspect, named(bufferInspect, 'inspect'));
proto.inspect = proto[customInspect];

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target))
    throw invalidArgType('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === void 0 && targetEnd === void 0 && sourceStart === void 0 &&
      sourceEnd === void 0)
    return B.compare(this, target, 0, this.length, 0, target.length);
  if (targetStart === void 0)
    targetStart = 0;
  else
    validateOffset(targetStart, 'targetStart');
  if (targetEnd === void 0)
    targetEnd = target.length;
  else
    validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === void 0)
    sourceStart = 0;
  else
    validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === void 0)
    sourceEnd = this.length;
  else
    validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd)
    return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd)
    return 1;
  return B.compare(this, target, sourceStart, sourceEnd, targetStart, targetEnd);
};

// Finds the first index of val at offset >= byteOffset (forward), or the last at
// offset <= byteOffset, as Node's bidirectionalIndexOf.
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!isUint8Array(buffer))
    throw invalidArgType('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = void 0;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (byteOffset !== byteOffset)
    byteOffset = dir ? 0 : buffer.length;

  if (typeof val === 'number')
    return B.indexOf(buffer, B.fromArray([(val >>> 0) & 255], u8), byteOffset, dir, false);

  var enc = encoding === void 0 ? ENC.utf8 : encodingOf(encoding);
  if (typeof val === 'string') {
    if (enc === void 0)
      throw unknownEncoding(encoding);
    return B.indexOf(buffer, B.fromString(val, enc, u8), byteOffset, dir, enc === ENC.utf16le);
  }
  if (isUint8Array(val))
    return B.indexOf(buffer, val, byteOffset, dir, enc === ENC.utf16le);
  throw invalidArgType('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

function _fill(buf, value, offset, end, encoding) {
  var enc;
  if (typeof value === 'string') {
    if (offset === void 0 || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    var normalized = normalizeEncoding(encoding);
    if (normalized === void 0) {
      if (typeof encoding !== 'string')
        throw invalidArgType('encoding', 'string', encoding);
      throw unknownEncoding(encoding);
    }
    enc = ENC[normalized];
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      var code = value.charCodeAt(0);
      if ((normalized === 'utf8' && code < 128) || normalized === 'latin1')
        value = code;
    }
  }

  if (offset === void 0) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === void 0)
      end = buf.length;
    else
      validateOffset(end, 'end', 0, buf.length);
    if (offset >= end)
      return buf;
  }

  if (typeof value === 'number') {
    B.fillByte(buf, value, offset, end);
    return buf;
  }
  var pattern;
  if (typeof value === 'string')
    pattern = B.fromString(value, enc, u8);
  else if (isUint8Array(value))
    pattern = value;
  if (pattern === void 0) {
    // Node's binding fills with ToUint32(value) & 255 for anything else
    B.fillByte(buf, (+value >>> 0) & 255, offset, end);
    return buf;
  }
  if (pattern.byteLength === 0)
    throw invalidArgValue('value', value);
  B.fill(buf, pattern, offset, end);
  return buf;
}

proto.write = function write(string, offset, length, encoding) {
  if (offset === void 0)
    return this.utf8Write(string, 0, this.length);
  if (length === void 0 && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    var remaining = this.length - offset;
    if (length === void 0) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining)
        length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8')
    return this.utf8Write(string, offset, length);
  var enc = encodingOf(encoding);
  if (enc === void 0)
    throw unknownEncoding(encoding);
  return proto[encNames[encCodes.indexOf(enc)] + 'Write'].call(this, string, offset, length);
};

proto.toJSON = function toJSON() {
  return { type: 'Buffer', data: this.length > 0 ? B.toArray(this) : [] };
};

// Node's subarray (adjustOffset on both ends), in C: binding.buffer.bufferSubarray.
proto.subarray = B.bufferSubarray;

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swapper(size) {
  return function () {
    if (this.length % size !== 0)
      throw nodeError(RangeError, 'ERR_INVALID_BUFFER_SIZE',
                      'Buffer size must be a multiple of ' + (size * 8) + '-bits');
    B.swap(this, size);
    return this;
  };
}
proto.swap16 = named(swapper(2), 'swap16');
proto.swap32 = named(swapper(4), 'swap32');
proto.swap64 = named(swapper(8), 'swap64');

proto.toLocaleString = proto.toString;

B.setPrototypes(proto, ArrayBuffer.prototype);

// ---- module functions ----

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source))
    throw invalidArgType('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0)
    return Buffer.alloc(0);
  var from = normalizeEncoding(fromEncoding) || fromEncoding;
  var to = normalizeEncoding(toEncoding) || toEncoding;
  var ok = { utf8: 1, utf16le: 1, latin1: 1, ascii: 1 };
  if (ok[from] !== 1 || ok[to] !== 1 || from === 'ascii' && to === 'latin1' ||
      from === 'latin1' && to === 'ascii') {
    var err = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  var str = B.toString(source, ENC[from], 0, source.length);
  if (to === 'latin1' || to === 'ascii') {
    var limit = to === 'latin1' ? 0xff : 0x7f;
    str = str.replace(/[\s\S]/g, function (c) {
      return c.charCodeAt(0) > limit ? '?' : c;
    });
  }
  return B.fromString(str, ENC[to], proto);
}

function isUtf8(input) {
  if (B.kind(input) !== 0)
    return B.isUtf8(input);
  throw invalidArgType('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (B.kind(input) !== 0)
    return B.isAscii(input);
  throw invalidArgType('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

// The DOMException atob/btoa throw: internal/domexception's (Node 20's global) where
// the runtime has it, else a minimal stand-in.
var DOMExceptionImpl;
function lazyDOMException(message, name) {
  if (DOMExceptionImpl === void 0) {
    try {
      DOMExceptionImpl = require('internal/domexception');
    } catch (e) {
      DOMExceptionImpl = DOMException;
    }
  }
  return new DOMExceptionImpl(message, name);
}

function DOMException(message, name) {
  var err = new Error(message);
  hidden(this, 'message', String(message));
  hidden(this, 'name', name);
  hidden(this, 'code', name === 'InvalidCharacterError' ? 5 : 0);
  var stack = String(err.stack);
  var nl = stack.indexOf('\n');
  hidden(this, 'stack', 'DOMException [' + name + ']: ' + message +
         (nl === -1 ? '' : stack.slice(nl)));
}
DOMException.prototype = Object.create(Error.prototype, {
  constructor: { value: DOMException, writable: true, configurable: true }
});

function invalidCharacter(message) {
  return lazyDOMException(message, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0)
    throw missingArgs('input');
  input = '' + input;
  for (var n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff)
      throw invalidCharacter('Invalid character');
  }
  return B.toString(B.fromString(input, ENC.latin1, u8), ENC.base64, 0, kMaxLength);
}

// Node 20's atob: the forgiving-base64 decode of the WHATWG infra spec.
function atob(input) {
  if (arguments.length === 0)
    throw missingArgs('input');
  input = '' + input;
  var nonWhitespace = 0;
  var equals = 0;
  for (var n = 0; n < input.length; n++) {
    var c = input.charCodeAt(n);
    if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20)
      continue;
    var isB64 = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
    if (!isB64 && c !== 0x3d)
      throw invalidCharacter('Invalid character');
    nonWhitespace++;
    if (c === 0x3d)
      equals++;
    else if (equals)
      throw invalidCharacter('Invalid character');
    if (equals > 2)
      throw invalidCharacter('Invalid character');
  }
  var reminder = nonWhitespace % 4;
  if (!reminder)
    reminder = (nonWhitespace - equals) % 4;
  else if (equals)
    throw invalidCharacter('Invalid character');
  if (reminder === 1)
    throw invalidCharacter('The string to be decoded is not correctly encoded.');
  var bytes = B.fromString(input, ENC.base64, u8);
  return B.toString(bytes, ENC.latin1, 0, bytes.length);
}

// the built-ins' methods are not constructors and have no 'prototype', as V8's (mujs
// patch 0122); Buffer's own are plain functions in Node too
[ArrayBuffer, ArrayBuffer.prototype, Uint8Array, u8].forEach(binding.nonConstructors);

exports.Buffer = Buffer;
exports.SlowBuffer = SlowBuffer;
exports.transcode = transcode;
exports.isUtf8 = isUtf8;
exports.isAscii = isAscii;
exports.kMaxLength = kMaxLength;
exports.kStringMaxLength = kStringMaxLength;
exports.btoa = btoa;
exports.atob = atob;
Object.defineProperty(exports, 'constants', {
  enumerable: true,
  value: Object.defineProperties({}, {
    MAX_LENGTH: { value: kMaxLength, enumerable: true },
    MAX_STRING_LENGTH: { value: kStringMaxLength, enumerable: true }
  })
});
Object.defineProperty(exports, 'INSPECT_MAX_BYTES', {
  enumerable: true,
  configurable: true,
  get: function () { return INSPECT_MAX_BYTES; },
  set: function (val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  }
});

// For the runtime's own modules (bootstrap's globals, fs, zlib, util, streams): not
// enumerable, so require('buffer') lists what Node's does.
hidden(exports, 'Uint8Array', Uint8Array);
hidden(exports, 'ArrayBuffer', ArrayBuffer);
hidden(exports, 'normalizeEncoding', normalizeEncoding);
hidden(exports, 'isUint8Array', isUint8Array);
hidden(exports, 'isAnyArrayBuffer', isAnyArrayBuffer);
