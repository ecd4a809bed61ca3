// buffer — Node's Buffer, Uint8Array and ArrayBuffer on C memory (runtime/buffer.c).
//
// mujs has no typed arrays: a Buffer is a userdata whose bytes live in a C store;
// b[i] and b.length are served by the userdata's hooks. `new Uint8Array(n)` and
// Buffer.alloc(n) make the same kind of object with different prototypes, and
// Buffer.prototype inherits from Uint8Array.prototype, so `b instanceof Uint8Array`
// holds as in Node. Encodings are Node's: utf8, utf16le (ucs2), latin1 (binary), ascii,
// base64, base64url, hex. Errors carry Node's codes and messages.
'use strict';

var errors = require('internal/errors');
var B = binding.buffer;

var ENC = { utf8: 0, utf16le: 1, latin1: 2, ascii: 3, base64: 4, base64url: 5, hex: 6 };

// Node's normalizeEncoding: the canonical name, or undefined for an unknown one.
function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === 'utf8' || enc === 'utf-8')
    return 'utf8';
  var e = String(enc).toLowerCase();
  switch (e) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': return 'ascii';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
  }
  return undefined;
}

function encodingCode(enc) {
  var n = normalizeEncoding(enc);
  if (n === undefined) {
    var err = errors.makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc);
    throw err;
  }
  return ENC[n];
}

function invalidArgType(name, expected, actual) {
  return errors.invalidArgType(name, expected, actual);
}

function outOfRange(name, range, input) {
  return errors.outOfRange(name, range, input);
}

function ArrayBuffer(length) {
  if (!(this instanceof ArrayBuffer))
    throw new TypeError("Constructor ArrayBuffer requires 'new'");
  var n = toIndex(length);
  return B.createArrayBuffer(n);
}
ArrayBuffer.isView = function isView(x) {
  return B.kind(x) === 1;
};
ArrayBuffer.prototype.slice = function slice(start, end) {
  var len = this.byteLength;
  var s = relIndex(start, len, 0);
  var e = relIndex(end, len, len);
  var out = B.createArrayBuffer(e > s ? e - s : 0);
  if (e > s)
    B.copy(this, out, 0, s, e);
  return out;
};

function toIndex(length) {
  var n = length === undefined ? 0 : +length;
  if (n !== n)
    n = 0;
  n = n < 0 ? Math.ceil(n) : Math.floor(n);
  if (n < 0 || n > 0x7fffffff)
    throw new RangeError('Invalid typed array length: ' + length);
  return n;
}

// A relative index as TypedArray methods take them: negative counts from the end.
function relIndex(i, len, dflt) {
  if (i === undefined)
    return dflt;
  var n = +i;
  if (n !== n)
    return 0;
  n = n < 0 ? Math.ceil(n) : Math.floor(n);
  if (n < 0)
    return Math.max(len + n, 0);
  return Math.min(n, len);
}

// new Uint8Array(length | array | arrayBuffer [, byteOffset [, length]] | typedArray)
function Uint8Array(arg, byteOffset, length) {
  if (!(this instanceof Uint8Array))
    throw new TypeError("Constructor Uint8Array requires 'new'");
  return construct(arg, byteOffset, length, Uint8Array.prototype);
}

function construct(arg, byteOffset, length, proto) {
  var kind = B.kind(arg);
  if (kind === 2) {
    var off = byteOffset === undefined ? 0 : toIndex(byteOffset);
    if (off > arg.byteLength)
      throw new RangeError('Start offset ' + off + ' is outside the bounds of the buffer');
    var len = length === undefined ? arg.byteLength - off : toIndex(length);
    if (off + len > arg.byteLength)
      throw new RangeError('Invalid typed array length: ' + len);
    return B.viewOf(arg, off, off + len, proto);
  }
  if (kind === 1)
    return B.concat([arg], arg.length, proto);
  if (arg !== null && typeof arg === 'object')
    return B.fromArray(arg, proto);
  return B.create(toIndex(arg), proto, true);
}

Uint8Array.BYTES_PER_ELEMENT = 1;
Uint8Array.prototype.BYTES_PER_ELEMENT = 1;
Object.defineProperty(Uint8Array.prototype, 'buffer', {
  get: function () { return B.arrayBufferOf(this); },
  configurable: true
});
Uint8Array.from = function from(src) {
  return construct(src, undefined, undefined, this.prototype);
};
Uint8Array.of = function of() {
  return B.fromArray(arguments, this.prototype);
};

var u8 = Uint8Array.prototype;
u8.subarray = function subarray(start, end) {
  var len = this.length;
  var s = relIndex(start, len, 0);
  var e = relIndex(end, len, len);
  return B.viewOf(this, s, e > s ? e : s, Object.getPrototypeOf(this));
};
u8.slice = function slice(start, end) {
  var len = this.length;
  var s = relIndex(start, len, 0);
  var e = relIndex(end, len, len);
  return B.concat([B.viewOf(this, s, e > s ? e : s, u8)], e > s ? e - s : 0,
                  Object.getPrototypeOf(this));
};
u8.set = function set(src, offset) {
  var off = offset === undefined ? 0 : toIndex(offset);
  var n = src.length;
  if (off + n > this.length)
    throw new RangeError('offset is out of bounds');
  if (B.kind(src) === 1) {
    B.copy(src, this, off, 0, n);
    return;
  }
  for (var i = 0; i < n; i++)
    this[off + i] = src[i];
};
u8.fill = function fill(value, start, end) {
  var len = this.length;
  B.fillByte(this, +value, relIndex(start, len, 0), relIndex(end, len, len));
  return this;
};
u8.indexOf = function indexOf(value, from) {
  var len = this.length;
  var i = relIndex(from, len, 0);
  for (; i < len; i++)
    if (this[i] === value)
      return i;
  return -1;
};
u8.lastIndexOf = function lastIndexOf(value, from) {
  var len = this.length;
  var i = from === undefined ? len - 1 : relIndex(from, len, len - 1);
  if (from !== undefined && +from < 0)
    i = len + Math.ceil(+from);
  for (i = Math.min(i, len - 1); i >= 0; i--)
    if (this[i] === value)
      return i;
  return -1;
};
u8.includes = function includes(value, from) {
  return this.indexOf(value, from) !== -1;
};
u8.join = function join(sep) {
  return B.toArray(this).join(sep === undefined ? ',' : sep);
};
u8.toString = function toString() {
  return this.join(',');
};
u8.forEach = function forEach(fn, thisArg) {
  for (var i = 0; i < this.length; i++)
    fn.call(thisArg, this[i], i, this);
};
u8.map = function map(fn, thisArg) {
  var out = B.create(this.length, Object.getPrototypeOf(this), false);
  for (var i = 0; i < this.length; i++)
    out[i] = fn.call(thisArg, this[i], i, this);
  return out;
};
u8.reduce = function reduce(fn, init) {
  var arr = B.toArray(this);
  return arguments.length > 1 ? arr.reduce(fn, init) : arr.reduce(fn);
};
u8.every = function every(fn, thisArg) {
  return B.toArray(this).every(fn, thisArg);
};
u8.some = function some(fn, thisArg) {
  return B.toArray(this).some(fn, thisArg);
};
u8.filter = function filter(fn, thisArg) {
  return B.fromArray(B.toArray(this).filter(fn, thisArg), Object.getPrototypeOf(this));
};
u8.reverse = function reverse() {
  var n = this.length;
  for (var i = 0, j = n - 1; i < j; i++, j--) {
    var t = this[i];
    this[i] = this[j];
    this[j] = t;
  }
  return this;
};
u8.sort = function sort(cmp) {
  var arr = B.toArray(this).sort(cmp || function (a, b) { return a - b; });
  for (var i = 0; i < arr.length; i++)
    this[i] = arr[i];
  return this;
};

// ---- Buffer ----

function Buffer(arg, encodingOrOffset, length) {
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
Buffer.poolSize = 8192;

var kMaxLength = 0x7fffffff;

function checkSize(size) {
  if (typeof size !== 'number')
    throw invalidArgType('size', 'number', size);
  if (!(size >= 0 && size <= kMaxLength))
    throw outOfRange('size', '>= 0 && <= ' + kMaxLength, size);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  checkSize(size);
  var buf = B.create(Math.floor(size), Buffer.prototype, true);
  if (fill !== undefined && fill !== 0 && size > 0)
    buf.fill(fill, encoding);
  return buf;
};
Buffer.allocUnsafe = function allocUnsafe(size) {
  checkSize(size);
  return B.create(Math.floor(size), Buffer.prototype, false);
};
Buffer.allocUnsafeSlow = Buffer.allocUnsafe;

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string')
    return B.fromString(value, encodingCode(encodingOrOffset), Buffer.prototype);
  if (value !== null && typeof value === 'object') {
    var kind = B.kind(value);
    if (kind === 2)
      return construct(value, encodingOrOffset, length, Buffer.prototype);
    if (kind === 1)
      return B.concat([value], value.length, Buffer.prototype);
    var prim = typeof value.valueOf === 'function' ? value.valueOf() : value;
    if (prim !== value && prim !== null && prim !== undefined)
      return Buffer.from(prim, encodingOrOffset, length);
    if (value.type === 'Buffer' && Array.isArray(value.data))
      return B.fromArray(value.data, Buffer.prototype);
    if (typeof value.length === 'number' || Array.isArray(value))
      return B.fromArray(value, Buffer.prototype);
  }
  throw invalidArgType('first argument',
                       ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'],
                       value);
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};
Buffer.isEncoding = function isEncoding(enc) {
  return typeof enc === 'string' && enc.length !== 0 && normalizeEncoding(enc) !== undefined;
};
Buffer.byteLength = function byteLength(value, encoding) {
  if (typeof value !== 'string') {
    if (B.kind(value) !== 0)
      return value.byteLength;
    throw invalidArgType('string', ['string', 'Buffer', 'ArrayBuffer'], value);
  }
  var n = normalizeEncoding(encoding);
  return B.byteLength(value, ENC[n === undefined ? 'utf8' : n]);
};

function isUint8Array(x) {
  return B.kind(x) === 1;
}

Buffer.compare = function compare(a, b) {
  if (!isUint8Array(a))
    throw invalidArgType('buf1', ['Buffer', 'Uint8Array'], a);
  if (!isUint8Array(b))
    throw invalidArgType('buf2', ['Buffer', 'Uint8Array'], b);
  return B.compare(a, b, 0, a.length, 0, b.length);
};

Buffer.concat = function concat(list, totalLength) {
  if (!Array.isArray(list))
    throw invalidArgType('list', 'Array', list);
  var i;
  for (i = 0; i < list.length; i++)
    if (!isUint8Array(list[i]))
      throw invalidArgType('list[' + i + ']', ['Buffer', 'Uint8Array'], list[i]);
  if (totalLength === undefined) {
    totalLength = 0;
    for (i = 0; i < list.length; i++)
      totalLength += list[i].length;
  } else {
    if (typeof totalLength !== 'number')
      throw invalidArgType('length', 'number', totalLength);
    totalLength = Math.max(0, Math.floor(totalLength));
  }
  return B.concat(list, totalLength, Buffer.prototype);
};

var proto = Buffer.prototype;

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0)
    return B.toString(this, 0, 0, this.length);
  var len = this.length;
  start = start === undefined || start < 0 ? 0 : Math.floor(+start) || 0;
  end = end === undefined || end > len ? len : Math.floor(+end) || 0;
  if (start >= len || end <= start)
    return '';
  return B.toString(this, encodingCode(encoding), start, end);
};
proto.toLocaleString = proto.toString;

proto.toJSON = function toJSON() {
  return { type: 'Buffer', data: B.toArray(this) };
};

proto.equals = function equals(other) {
  if (!isUint8Array(other))
    throw invalidArgType('otherBuffer', ['Buffer', 'Uint8Array'], other);
  return this === other || B.compare(this, other, 0, this.length, 0, other.length) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target))
    throw invalidArgType('target', ['Buffer', 'Uint8Array'], target);
  return B.compare(this, target,
                   sourceStart === undefined ? 0 : sourceStart,
                   sourceEnd === undefined ? this.length : sourceEnd,
                   targetStart === undefined ? 0 : targetStart,
                   targetEnd === undefined ? target.length : targetEnd);
};

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(target))
    throw invalidArgType('target', ['Buffer', 'Uint8Array'], target);
  targetStart = targetStart === undefined ? 0 : Math.max(0, Math.floor(+targetStart) || 0);
  sourceStart = sourceStart === undefined ? 0 : Math.max(0, Math.floor(+sourceStart) || 0);
  sourceEnd = sourceEnd === undefined ? this.length : Math.min(this.length, Math.floor(+sourceEnd) || 0);
  if (targetStart >= target.length || sourceStart >= sourceEnd)
    return 0;
  return B.copy(this, target, targetStart, sourceStart, sourceEnd);
};

proto.slice = proto.subarray = function subarray(start, end) {
  return u8.subarray.call(this, start, end);
};

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string')
    throw invalidArgType('argument', 'string', string);
  if (typeof offset === 'string') {
    encoding = offset;
    offset = 0;
    length = this.length;
  } else if (typeof length === 'string') {
    encoding = length;
    length = undefined;
  }
  offset = offset === undefined ? 0 : offset >>> 0;
  if (offset > this.length)
    throw outOfRange('offset', '>= 0 && <= ' + this.length, offset);
  var remaining = this.length - offset;
  length = length === undefined || length > remaining ? remaining : length >>> 0;
  return B.write(this, string, offset, length, encodingCode(encoding));
};

proto.fill = function fill(value, offset, end, encoding) {
  var len = this.length;
  if (typeof offset === 'string') {
    encoding = offset;
    offset = 0;
    end = len;
  } else if (typeof end === 'string') {
    encoding = end;
    end = len;
  }
  offset = offset === undefined ? 0 : offset;
  end = end === undefined ? len : end;
  if (typeof offset !== 'number')
    throw invalidArgType('offset', 'number', offset);
  if (offset < 0 || offset > len)
    throw outOfRange('offset', '>= 0 && <= ' + len, offset);
  if (end < 0 || end > len)
    throw outOfRange('end', '>= 0 && <= ' + len, end);
  if (typeof value === 'number' || typeof value === 'boolean') {
    B.fillByte(this, +value & 255, offset, end);
    return this;
  }
  var pattern = typeof value === 'string' ? Buffer.from(value, encoding) : value;
  if (!isUint8Array(pattern))
    throw invalidArgType('value', ['string', 'Buffer', 'Uint8Array', 'number'], value);
  if (pattern.length === 0) {
    if (typeof value === 'string' && value.length === 0) {
      B.fillByte(this, 0, offset, end);
      return this;
    }
    var err = errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument 'value' is invalid. Received " + errors.inspectValue(value));
    throw err;
  }
  B.fill(this, pattern, offset, end);
  return this;
};

function bidirectionalIndexOf(buf, value, byteOffset, encoding, last) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  }
  var len = buf.length;
  var off = byteOffset === undefined || byteOffset === null ? (last ? len : 0) : +byteOffset;
  if (off !== off)
    off = last ? len : 0;
  off = off < 0 ? Math.max(len + Math.ceil(off), last ? -1 : 0) : Math.min(Math.floor(off), len);
  if (off < 0)
    return -1;
  var needle;
  if (typeof value === 'number') {
    needle = B.fromArray([value], proto);
  } else if (typeof value === 'string') {
    needle = B.fromString(value, encodingCode(encoding), proto);
  } else if (isUint8Array(value)) {
    needle = value;
  } else {
    throw invalidArgType('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
  }
  if (needle.length === 0)
    return last ? Math.min(off, len) : (off <= len ? off : len);
  return B.indexOf(buf, needle, off, last);
}

proto.indexOf = function indexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
};
proto.lastIndexOf = function lastIndexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
};
proto.includes = function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
};

function swapper(size) {
  return function () {
    if (this.length % size !== 0) {
      var err = errors.makeNodeError(RangeError, 'ERR_INVALID_BUFFER_SIZE',
        'Buffer size must be a multiple of ' + (size * 8) + '-bits');
      throw err;
    }
    B.swap(this, size);
    return this;
  };
}
proto.swap16 = swapper(2);
proto.swap32 = swapper(4);
proto.swap64 = swapper(8);

// ---- numbers ----

function checkOffset(buf, offset, size) {
  if (offset === undefined)
    offset = 0;
  if (typeof offset !== 'number')
    throw invalidArgType('offset', 'number', offset);
  if (offset !== Math.floor(offset))
    throw outOfRange('offset', 'an integer', offset);
  if (offset < 0 || offset + size > buf.length) {
    if (buf.length - size < 0) {
      var e = errors.makeNodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
        'Attempt to access memory outside buffer bounds');
      throw e;
    }
    throw outOfRange('offset', '>= 0 and <= ' + (buf.length - size), offset);
  }
  return offset;
}

// type: 0 unsigned, 1 signed, 2 float
function reader(size, type, le) {
  return function (offset) {
    return B.readNumber(this, checkOffset(this, offset, size), size, type, le);
  };
}

function checkInt(value, min, max, size) {
  if (typeof value !== 'number')
    throw invalidArgType('value', 'number', value);
  if (value > max || value < min) {
    var range;
    if (size > 4) {
      range = min === 0 ? '>= 0 and < 2 ** ' + (size * 8) :
        '>= -(2 ** ' + (size * 8 - 1) + ') and < 2 ** ' + (size * 8 - 1);
    } else {
      range = '>= ' + min + ' and <= ' + max;
    }
    throw outOfRange('value', range, value);
  }
}

function writer(size, type, le) {
  var bits = size * 8;
  var max = type === 1 ? Math.pow(2, bits - 1) - 1 : Math.pow(2, bits) - 1;
  var min = type === 1 ? -Math.pow(2, bits - 1) : 0;
  return function (value, offset) {
    if (type !== 2)
      checkInt(value, min, max, size);
    else
      value = +value;
    return B.writeNumber(this, checkOffset(this, offset, size), size, type, le, value);
  };
}

var names = [
  ['UInt8', 1, 0], ['Int8', 1, 1],
  ['UInt16', 2, 0], ['Int16', 2, 1],
  ['UInt32', 4, 0], ['Int32', 4, 1],
  ['Float', 4, 2], ['Double', 8, 2]
];
for (var n = 0; n < names.length; n++) {
  var nm = names[n][0];
  var size = names[n][1];
  var type = names[n][2];
  if (size === 1) {
    proto['read' + nm] = reader(1, type, true);
    proto['write' + nm] = writer(1, type, true);
  } else {
    proto['read' + nm + 'LE'] = reader(size, type, true);
    proto['read' + nm + 'BE'] = reader(size, type, false);
    proto['write' + nm + 'LE'] = writer(size, type, true);
    proto['write' + nm + 'BE'] = writer(size, type, false);
  }
}
// Node's lower-case aliases.
['UInt8', 'UInt16LE', 'UInt16BE', 'UInt32LE', 'UInt32BE'].forEach(function (s) {
  var lower = 'Uint' + s.slice(4);
  proto['read' + lower] = proto['read' + s];
  proto['write' + lower] = proto['write' + s];
});

function checkByteLength(byteLength) {
  if (typeof byteLength !== 'number')
    throw invalidArgType('byteLength', 'number', byteLength);
  if (byteLength !== Math.floor(byteLength) || byteLength < 1 || byteLength > 6)
    throw outOfRange('byteLength', '>= 1 and <= 6', byteLength);
}

function variable(name, type, le, write) {
  proto[name] = write ? function (value, offset, byteLength) {
    checkByteLength(byteLength);
    var bits = byteLength * 8;
    var max = type === 1 ? Math.pow(2, bits - 1) - 1 : Math.pow(2, bits) - 1;
    var min = type === 1 ? -Math.pow(2, bits - 1) : 0;
    checkInt(value, min, max, byteLength);
    return B.writeNumber(this, checkOffset(this, offset, byteLength), byteLength, type, le, value);
  } : function (offset, byteLength) {
    checkByteLength(byteLength);
    return B.readNumber(this, checkOffset(this, offset, byteLength), byteLength, type, le);
  };
}
variable('readUIntLE', 0, true, false);
variable('readUIntBE', 0, false, false);
variable('readIntLE', 1, true, false);
variable('readIntBE', 1, false, false);
variable('writeUIntLE', 0, true, true);
variable('writeUIntBE', 0, false, true);
variable('writeIntLE', 1, true, true);
variable('writeIntBE', 1, false, true);
proto.readUintLE = proto.readUIntLE;
proto.readUintBE = proto.readUIntBE;
proto.writeUintLE = proto.writeUIntLE;
proto.writeUintBE = proto.writeUIntBE;

B.setPrototypes(Buffer.prototype, ArrayBuffer.prototype);

exports.Buffer = Buffer;
exports.kMaxLength = kMaxLength;
exports.kStringMaxLength = 0x1fffffe8;
exports.constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: 0x1fffffe8 };
exports.INSPECT_MAX_BYTES = 50;
exports.SlowBuffer = Buffer.allocUnsafeSlow;
exports.isUtf8 = undefined;
exports.atob = function atob(s) {
  return Buffer.from(String(s), 'base64').toString('latin1');
};
exports.btoa = function btoa(s) {
  return Buffer.from(String(s), 'latin1').toString('base64');
};
delete exports.isUtf8;

// For the runtime's own modules (bootstrap's globals, fs, zlib, util): not enumerable,
// so require('buffer') lists what Node's does.
function hidden(name, value) {
  Object.defineProperty(exports, name, { value: value, configurable: true, writable: true });
}
hidden('Uint8Array', Uint8Array);
hidden('ArrayBuffer', ArrayBuffer);
hidden('normalizeEncoding', normalizeEncoding);
hidden('isUint8Array', isUint8Array);
