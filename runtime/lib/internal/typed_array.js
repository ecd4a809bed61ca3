// typed_array — the typed arrays other than Uint8Array (Int8Array, Uint8ClampedArray,
// Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array) and
// DataView, on the C memory of runtime/buffer.c.
//
// Contract: each constructor takes (length | array-like | iterable | typed array |
// ArrayBuffer [, byteOffset [, length]]) with V8's RangeErrors for a bad length, offset
// or alignment; a[i], length, byteLength and byteOffset are the userdata's hooks
// (binding.buffer.typedCreate); the prototype methods are ES2023's on elements. No
// BigInt64Array/BigUint64Array (mujs has no BigInt). A DataView reads and writes numbers
// of any size and byte order at byte offsets of its ArrayBuffer window.
'use strict';

var B = binding.buffer;
var kIterator = '\x01Symbol(Symbol.iterator)';	// the Symbol shim's key (internal/es2015)

function hidden(obj, name, value) {
  Object.defineProperty(obj, name, { value: value, writable: true, configurable: true });
}

function getter(obj, name, fn) {
  Object.defineProperty(obj, name, { get: fn, configurable: true });
}

function toInteger(v) {
  var n = +v;
  if (n !== n)
    return 0;
  return n < 0 ? Math.ceil(n) : Math.floor(n);
}

// ToIndex: the integer, or -1 when negative or too big
function toIndex(value) {
  var n = value === void 0 ? 0 : toInteger(value);
  return n < 0 || n > 9007199254740991 ? -1 : n;
}

function relIndex(i, len, dflt) {
  if (i === void 0)
    return dflt;
  var n = toInteger(i);
  if (n < 0)
    return Math.max(len + n, 0);
  return Math.min(n, len);
}

// %TypedArray%.prototype: what every typed array here shares
function TypedArray() {
  throw new TypeError('Abstract class TypedArray not directly constructable');
}
var proto = TypedArray.prototype;

function checkThis(ta) {
  if (B.kind(ta) !== 3)
    throw new TypeError('this is not a typed array.');
}

function create(ctor, count) {
  return new ctor(count);
}

// new C(...) for the constructor C of size bytes per element and element type etype
function construct(C, size, etype, arg, byteOffset, length, proto) {
  var kind = B.kind(arg), count, i, ab;
  if (kind === 2) {
    var off = toIndex(byteOffset);
    if (off < 0)
      throw new RangeError('Start offset ' + byteOffset + ' is outside the bounds of the buffer');
    if (off % size !== 0)
      throw new RangeError('start offset of ' + C.name + ' should be a multiple of ' + size);
    var bl = arg.byteLength;
    if (length === void 0) {
      if (bl % size !== 0)
        throw new RangeError('byte length of ' + C.name + ' should be a multiple of ' + size);
      if (off > bl)
        throw new RangeError('Start offset ' + off + ' is outside the bounds of the buffer');
      count = (bl - off) / size;
    } else {
      count = toIndex(length);
      if (count < 0 || off + count * size > bl)
        throw new RangeError('Invalid typed array length: ' + length);
    }
    return B.typedCreate(arg, off, count, size, etype, proto);
  }
  var src = null;
  if (arg !== null && typeof arg === 'object') {
    src = arg;
    if (kind === 0 && arg.length === void 0 && typeof arg[kIterator] === 'function')
      src = Array.from(arg);
    count = toIndex(src.length);
    if (count < 0)
      count = 0;
  } else {
    count = toIndex(arg);
    if (count < 0 || count * size > 4294967296)
      throw new RangeError('Invalid typed array length: ' + arg);
  }
  ab = new ArrayBuffer(count * size);
  var out = B.typedCreate(ab, 0, count, size, etype, proto);
  if (src !== null) {
    for (i = 0; i < count; i++)
      out[i] = src[i];
  }
  return out;
}

function define(name, size, etype) {
  var C = function () {
    if (!(this instanceof C))
      throw new TypeError("Constructor " + name + " requires 'new'");
    return construct(C, size, etype, arguments[0], arguments[1], arguments[2],
                     Object.getPrototypeOf(this));
  };
  Object.defineProperty(C, 'name', { value: name, configurable: true });
  Object.defineProperty(C, 'length', { value: 3, configurable: true });
  C.prototype = Object.create(proto);
  hidden(C.prototype, 'constructor', C);
  Object.defineProperty(C, 'BYTES_PER_ELEMENT', { value: size });
  Object.defineProperty(C.prototype, 'BYTES_PER_ELEMENT', { value: size });
  hidden(C, 'from', function from(src, mapFn, thisArg) {
    var arr = Array.from(src);
    var out = new this(arr.length);
    for (var i = 0; i < arr.length; i++)
      out[i] = typeof mapFn === 'function' ? mapFn.call(thisArg, arr[i], i) : arr[i];
    return out;
  });
  hidden(C, 'of', function of() {
    var out = new this(arguments.length);
    for (var i = 0; i < arguments.length; i++)
      out[i] = arguments[i];
    return out;
  });
  exports[name] = C;
  types[size * 16 + etype] = C;
  return C;
}

var types = {};
exports.TypedArray = TypedArray;

function speciesOf(ta) {
  var C = types[B.typedType(ta)];
  var own = ta.constructor;
  return typeof own === 'function' && own.prototype instanceof C ? own : C;
}

function ArrayIterator(ta, kind) {
  this._ta = ta;
  this._kind = kind;
  this._i = 0;
}
hidden(ArrayIterator.prototype, 'next', function next() {
  var t = this._ta;
  if (t === void 0 || this._i >= t.length) {
    this._ta = void 0;
    return { value: void 0, done: true };
  }
  var i = this._i++;
  return { value: this._kind === 0 ? i : this._kind === 1 ? t[i] : [i, t[i]], done: false };
});
hidden(ArrayIterator.prototype, kIterator, function () { return this; });

function toArray(ta) {
  var out = new Array(ta.length);
  for (var i = 0; i < out.length; i++)
    out[i] = ta[i];
  return out;
}

function fromList(ta, list) {
  var out = new (speciesOf(ta))(list.length);
  for (var i = 0; i < list.length; i++)
    out[i] = list[i];
  return out;
}

var methods = {
  subarray: function subarray(start, end) {
    checkThis(this);
    var len = this.length;
    var s = relIndex(start, len, 0);
    var e = relIndex(end, len, len);
    var size = this.BYTES_PER_ELEMENT;
    return B.typedCreate(this.buffer, this.byteOffset + s * size, e > s ? e - s : 0,
                         size, B.typedType(this) & 15, Object.getPrototypeOf(this));
  },
  slice: function slice(start, end) {
    checkThis(this);
    var len = this.length;
    var s = relIndex(start, len, 0);
    var e = relIndex(end, len, len);
    var out = new (speciesOf(this))(e > s ? e - s : 0);
    for (var i = s; i < e; i++)
      out[i - s] = this[i];
    return out;
  },
  set: function set(src, offset) {
    checkThis(this);
    var off = toInteger(offset);
    if (off < 0)
      throw new RangeError('offset is out of bounds');
    if (src === null || src === void 0)
      throw new TypeError('Cannot convert undefined or null to object');
    var n = src.length >>> 0;
    if (off + n > this.length)
      throw new RangeError('offset is out of bounds');
    var copy = B.kind(src) !== 0 ? toArray(src) : src;	// overlapping memory
    for (var i = 0; i < n; i++)
      this[off + i] = copy[i];
  },
  fill: function fill(value, start, end) {
    checkThis(this);
    var len = this.length;
    var v = +value;
    for (var i = relIndex(start, len, 0), e = relIndex(end, len, len); i < e; i++)
      this[i] = v;
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
    var i = arguments.length > 1 ? toInteger(from) : len - 1;
    if (i < 0)
      i += len;
    for (i = Math.min(i, len - 1); i >= 0; i--)
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
    return toArray(this).join(sep === void 0 ? ',' : sep);
  },
  toString: function toString() {
    return toArray(this).join(',');
  },
  toLocaleString: function toLocaleString() {
    return toArray(this).toLocaleString();
  },
  forEach: function forEach(fn, thisArg) {
    for (var i = 0; i < this.length; i++)
      fn.call(thisArg, this[i], i, this);
  },
  map: function map(fn, thisArg) {
    var out = new (speciesOf(this))(this.length);
    for (var i = 0; i < this.length; i++)
      out[i] = fn.call(thisArg, this[i], i, this);
    return out;
  },
  filter: function filter(fn, thisArg) {
    var kept = [];
    for (var i = 0; i < this.length; i++)
      if (fn.call(thisArg, this[i], i, this))
        kept.push(this[i]);
    return fromList(this, kept);
  },
  reduce: function reduce(fn, init) {
    var arr = toArray(this);
    return arguments.length > 1 ? arr.reduce(fn, init) : arr.reduce(fn);
  },
  reduceRight: function reduceRight(fn, init) {
    var arr = toArray(this);
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
    // numeric order; -0 before +0 and NaN last, as V8's default
    var arr = toArray(this).sort(cmp || function (a, b) {
      if (a !== a) return b !== b ? 0 : 1;
      if (b !== b) return -1;
      if (a < b) return -1;
      if (a > b) return 1;
      if (a === 0 && b === 0) return 1 / a < 1 / b ? -1 : 1 / a > 1 / b ? 1 : 0;
      return 0;
    });
    for (var i = 0; i < arr.length; i++)
      this[i] = arr[i];
    return this;
  },
  copyWithin: function copyWithin(target, start, end) {
    var len = this.length;
    var t = relIndex(target, len, 0);
    var s = relIndex(start, len, 0);
    var e = relIndex(end, len, len);
    var part = toArray(this).slice(s, e);
    for (var i = 0; i < part.length && t + i < len; i++)
      this[t + i] = part[i];
    return this;
  },
  at: function at(index) {
    var n = toInteger(index);
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
    return methods.reverse.call(methods.slice.call(this));
  },
  toSorted: function toSorted(cmp) {
    return methods.sort.call(methods.slice.call(this), cmp);
  },
  'with': function (index, value) {
    var len = this.length;
    var n = toInteger(index);
    var i = n < 0 ? len + n : n;
    if (i < 0 || i >= len)
      throw new RangeError('Invalid typed array index');
    var out = methods.slice.call(this);
    out[i] = value;
    return out;
  }
};
for (var m in methods)
  hidden(proto, m, methods[m]);
hidden(proto, kIterator, methods.values);
// Object.prototype.toString's tag: the type's name, undefined off a typed array
getter(proto, '\x01Symbol(Symbol.toStringTag)', function () {
  return exports.typeName(this);
});
getter(proto, 'buffer', function () {
  checkThis(this);
  return B.arrayBufferOf(this);
});

define('Int8Array', 1, 1);
define('Uint8ClampedArray', 1, 3);
define('Int16Array', 2, 1);
define('Uint16Array', 2, 0);
define('Int32Array', 4, 1);
define('Uint32Array', 4, 0);
define('Float32Array', 4, 2);
define('Float64Array', 8, 2);

exports.typeName = function typeName(ta) {
  var C = types[B.typedType(ta)];
  return C === void 0 ? void 0 : C.name;
};

// ---- DataView ----

var kView = '\x01dataView';	// a Uint8Array over the DataView's window

function DataView(buffer, byteOffset, byteLength) {
  if (!(this instanceof DataView))
    throw new TypeError("Constructor DataView requires 'new'");
  if (B.kind(buffer) !== 2)
    throw new TypeError('First argument to DataView constructor must be an ArrayBuffer');
  var off = toIndex(byteOffset);
  if (off < 0 || off > buffer.byteLength)
    throw new RangeError('Start offset ' + byteOffset + ' is outside the bounds of the buffer');
  var len;
  if (byteLength === void 0) {
    len = buffer.byteLength - off;
  } else {
    len = toIndex(byteLength);
    if (len < 0 || off + len > buffer.byteLength)
      throw new RangeError('Invalid DataView length ' + byteLength);
  }
  Object.defineProperty(this, kView, { value: new Uint8Array(buffer, off, len) });
}
getter(DataView.prototype, 'buffer', function () { return this[kView].buffer; });
getter(DataView.prototype, 'byteLength', function () { return this[kView].byteLength; });
getter(DataView.prototype, 'byteOffset', function () { return this[kView].byteOffset; });

function viewOf(dv) {
  var v = dv !== null && typeof dv === 'object' ? dv[kView] : void 0;
  if (v === void 0)
    throw new TypeError('Receiver is not a DataView');
  return v;
}

function accessors(name, size, type) {
  hidden(DataView.prototype, 'get' + name, function (byteOffset, littleEndian) {
    var v = viewOf(this);
    var off = toIndex(byteOffset);
    if (off < 0 || off + size > v.length)
      throw new RangeError('Offset is outside the bounds of the DataView');
    return B.readNumber(v, off, size, type, !!littleEndian);
  });
  hidden(DataView.prototype, 'set' + name, function (byteOffset, value, littleEndian) {
    var v = viewOf(this);
    var off = toIndex(byteOffset);
    var n = +value;
    if (off < 0 || off + size > v.length)
      throw new RangeError('Offset is outside the bounds of the DataView');
    if (type !== 2 && size < 8 && n === n && isFinite(n)) {
      // ToInt32/ToUint32 then the low bytes, which writeNumber stores as given
      n = Math.floor(Math.abs(n)) * (n < 0 ? -1 : 1);
      n = ((n % 4294967296) + 4294967296) % 4294967296;
    }
    B.writeNumber(v, off, size, type, !!littleEndian, n);
  });
}
accessors('Int8', 1, 1);
accessors('Uint8', 1, 0);
accessors('Int16', 2, 1);
accessors('Uint16', 2, 0);
accessors('Int32', 4, 1);
accessors('Uint32', 4, 0);
accessors('Float32', 4, 2);
accessors('Float64', 8, 2);
exports.DataView = DataView;

// their methods are not constructors and have no 'prototype', as V8's (mujs patch 0122)
[TypedArray, proto, DataView.prototype].forEach(binding.nonConstructors);
for (var t in types)
  binding.nonConstructors(types[t]);	// from, of
