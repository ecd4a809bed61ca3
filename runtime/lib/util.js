'use strict';
// util — Node 20's public util module, ported to ES5.
//
// Symbols do not exist here: util.inspect.custom is the string key
// 'nodejs.util.inspect.custom' and util.promisify.custom is
// 'nodejs.util.promisify.custom' (Node's Symbol.for() descriptions).

var insp = require('internal/inspect');
var inspect = insp.inspect;
var format = insp.format;
var formatWithOptions = insp.formatWithOptions;
var invalidArgType = insp.invalidArgType;
var getRegisteredType = insp.getRegisteredType;
var fnName = insp.fnName;

var ObjectProto = Object.prototype;
var hasOwn = ObjectProto.hasOwnProperty;
var propIsEnum = ObjectProto.propertyIsEnumerable;
var objToString = ObjectProto.toString;
var getProto = Object.getPrototypeOf;

var kCustomPromisifiedSymbol = 'nodejs.util.promisify.custom';
// Names for callbacks that receive several values (fs.read: bytesRead, buffer).
var kCustomPromisifyArgsSymbol = 'nodejs.util.promisify.customArgs';

function hasProcess() {
  return typeof process === 'object' && process !== null;
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'Function', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

function validateNumber(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
}

function slice(args, start) {
  var out = [];
  for (var i = start || 0; i < args.length; i++) out.push(args[i]);
  return out;
}

// mujs 1.3.6 has neither Object.setPrototypeOf nor a __proto__ accessor: assigning
// obj.__proto__ there creates an ordinary own property named '__proto__' (which
// util.inherits would then copy, and inspect would show). So __proto__ is tried only
// where it is known to work. Returns whether obj's prototype is now proto.
var protoAssignable = (function () {
  var p = {};
  var o = {};
  try {
    o.__proto__ = p; // eslint-disable-line no-proto
  } catch (e) {
    return false;
  }
  return getProto(o) === p;
})();

function setPrototypeOf(obj, proto) {
  if (typeof Object.setPrototypeOf === 'function') {
    Object.setPrototypeOf(obj, proto);
    return true;
  }
  if (!protoAssignable) return false;
  try {
    obj.__proto__ = proto; // eslint-disable-line no-proto
    return getProto(obj) === proto;
  } catch (e) {
    return false;
  }
}

// Copy own property descriptors from `from` onto `to`, skipping whatever the
// engine refuses to redefine (e.g. non-configurable `length`).
function copyOwnProperties(to, from, adjust) {
  var names = Object.getOwnPropertyNames(from);
  for (var i = 0; i < names.length; i++) {
    var name = names[i];
    var desc = Object.getOwnPropertyDescriptor(from, name);
    if (adjust) adjust(name, desc);
    try {
      Object.defineProperty(to, name, desc);
    } catch (e) {
      // ignore
    }
  }
}

// ---------------------------------------------------------------------------
// Legacy type checks.

function isBoolean(arg) { return typeof arg === 'boolean'; }
function isNull(arg) { return arg === null; }
function isNullOrUndefined(arg) { return arg === null || arg === undefined; }
function isNumber(arg) { return typeof arg === 'number'; }
function isString(arg) { return typeof arg === 'string'; }
function isSymbol(arg) { return typeof arg === 'symbol'; }
function isUndefined(arg) { return arg === undefined; }
function isObject(arg) { return arg !== null && typeof arg === 'object'; }
function isError(e) { return objToString.call(e) === '[object Error]' || e instanceof Error; }
function isFunction(arg) { return typeof arg === 'function'; }
function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

function isBuffer(b) {
  var B = typeof Buffer === 'function' ? Buffer : undefined;
  if (B !== undefined && typeof B.isBuffer === 'function') return B.isBuffer(b);
  return false;
}

// ---------------------------------------------------------------------------
// util.types

function isObjectLike(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

function classIs(value, cls) {
  return isObjectLike(value) && objToString.call(value) === '[object ' + cls + ']';
}

function registeredIs(type) {
  return function (value) {
    var r = getRegisteredType(value);
    return r !== null && r.type === type;
  };
}

function registeredIsKind(kind, type) {
  return function (value) {
    var r = getRegisteredType(value);
    return r !== null && r.kind === kind && (type === undefined || r.type === type);
  };
}

function alwaysFalse() {
  return false;
}

var typedArrayNames = ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array',
  'Uint32Array', 'Int8Array', 'Int16Array', 'Int32Array', 'Float32Array',
  'Float64Array', 'BigInt64Array', 'BigUint64Array'];

function isTypedArray(value) {
  var r = getRegisteredType(value);
  return r !== null && typedArrayNames.indexOf(r.type) !== -1;
}

// a down-leveled generator (1), async (2) or async generator (3) function: __ls.fnKind
// (internal/es2015) marked it; 0 for anything else
function fnKind(value) {
  if (typeof value !== 'function') return 0;
  var d = Object.getOwnPropertyDescriptor(value, '\x01kind');
  return d !== undefined && typeof d.value === 'number' ? d.value : 0;
}

var types = {
  isExternal: alwaysFalse,
  isDate: function isDate(value) { return classIs(value, 'Date'); },
  isArgumentsObject: function isArgumentsObject(value) { return classIs(value, 'Arguments'); },
  isBigIntObject: alwaysFalse,
  isBooleanObject: function isBooleanObject(value) {
    return typeof value === 'object' && classIs(value, 'Boolean');
  },
  isNumberObject: function isNumberObject(value) {
    return typeof value === 'object' && classIs(value, 'Number');
  },
  isStringObject: function isStringObject(value) {
    return typeof value === 'object' && classIs(value, 'String');
  },
  // Object(sym): mujs patch 0122's wrapper, holding its symbol in '\x01symbol'
  isSymbolObject: function isSymbolObject(value) {
    return typeof value === 'object' && value !== null && hasOwn.call(value, '\x01symbol') &&
      typeof value['\x01symbol'] === 'symbol';
  },
  isNativeError: function isNativeError(value) { return classIs(value, 'Error'); },
  isRegExp: function isRegExp(value) { return classIs(value, 'RegExp'); },
  isAsyncFunction: function isAsyncFunction(value) { return (fnKind(value) & 2) !== 0; },
  isGeneratorFunction: function isGeneratorFunction(value) { return (fnKind(value) & 1) !== 0; },
  isGeneratorObject: function isGeneratorObject(value) {
    // a generator or async generator object holds its machine (internal/generator)
    if (typeof value !== 'object' || value === null) return false;
    var d = Object.getOwnPropertyDescriptor(value, '\x01gen');
    return d !== undefined && typeof d.value === 'object' && d.value !== null;
  },
  isPromise: registeredIs('Promise'),
  isMap: registeredIsKind('map', 'Map'),
  isSet: registeredIsKind('set', 'Set'),
  isMapIterator: registeredIs('Map Iterator'),
  isSetIterator: registeredIs('Set Iterator'),
  isWeakMap: registeredIs('WeakMap'),
  isWeakSet: registeredIs('WeakSet'),
  isArrayBuffer: registeredIs('ArrayBuffer'),
  isDataView: registeredIs('DataView'),
  isSharedArrayBuffer: registeredIs('SharedArrayBuffer'),
  isProxy: function isProxy(v) {
    return typeof binding.proxyTarget === 'function' && binding.proxyTarget(v) !== undefined;
  },
  isModuleNamespaceObject: function isModuleNamespaceObject(v) {
    var esm = require.natives['internal/esm'];	// no namespace before the loader ran
    return esm !== undefined && esm.loaded && esm.exports.isNamespace(v);
  },
  isAnyArrayBuffer: function isAnyArrayBuffer(value) {
    var r = getRegisteredType(value);
    return r !== null && (r.type === 'ArrayBuffer' || r.type === 'SharedArrayBuffer');
  },
  isBoxedPrimitive: function isBoxedPrimitive(value) {
    if (typeof value !== 'object' || value === null) return false;
    var c = objToString.call(value);
    return c === '[object Number]' || c === '[object String]' || c === '[object Boolean]' ||
      types.isSymbolObject(value);
  },
  isArrayBufferView: function isArrayBufferView(value) {
    var r = getRegisteredType(value);
    return r !== null && (r.type === 'DataView' || typedArrayNames.indexOf(r.type) !== -1);
  },
  isTypedArray: isTypedArray,
  isUint8Array: registeredIs('Uint8Array'),
  isUint8ClampedArray: registeredIs('Uint8ClampedArray'),
  isUint16Array: registeredIs('Uint16Array'),
  isUint32Array: registeredIs('Uint32Array'),
  isInt8Array: registeredIs('Int8Array'),
  isInt16Array: registeredIs('Int16Array'),
  isInt32Array: registeredIs('Int32Array'),
  isFloat32Array: registeredIs('Float32Array'),
  isFloat64Array: registeredIs('Float64Array'),
  isBigInt64Array: registeredIs('BigInt64Array'),
  isBigUint64Array: registeredIs('BigUint64Array'),
  isKeyObject: alwaysFalse,
  isCryptoKey: alwaysFalse
};

// ---------------------------------------------------------------------------
// inherits / _extend

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw invalidArgType('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw invalidArgType('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    value: superCtor,
    writable: true,
    configurable: true,
    enumerable: false
  });
  if (!setPrototypeOf(ctor.prototype, superCtor.prototype)) {
    // No way to change an existing object's prototype: replace ctor.prototype
    // with a new object inheriting from superCtor.prototype, carrying over
    // whatever was already defined on the old one.
    var old = ctor.prototype;
    var proto = Object.create(superCtor.prototype);
    copyOwnProperties(proto, old);
    if (!hasOwn.call(proto, 'constructor')) {
      Object.defineProperty(proto, 'constructor', {
        value: ctor, writable: true, configurable: true, enumerable: false
      });
    }
    ctor.prototype = proto;
  }
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  var keys = Object.keys(source);
  var i = keys.length;
  while (i--) {
    target[keys[i]] = source[keys[i]];
  }
  return target;
}

// ---------------------------------------------------------------------------
// deprecate

var codesWarned = Object.create(null);

function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');
  var warned = false;

  function emitDeprecationWarning() {
    if (warned) return;
    warned = true;
    if (!hasProcess() || typeof process.emitWarning !== 'function') return;
    if (code !== undefined) {
      if (codesWarned[code] !== true) {
        process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        codesWarned[code] = true;
      }
    } else {
      // Node passes `deprecated` as the code argument (emitWarning takes a function
      // there as the stack's ctor); leakscope's emitWarning would use it as a code.
      process.emitWarning(msg, 'DeprecationWarning', undefined, deprecated);
    }
  }

  function deprecated() {
    if (!(hasProcess() && process.noDeprecation)) {
      emitDeprecationWarning();
    }
    if (this instanceof deprecated && fn.prototype !== undefined) {
      // Called with `new`.
      var args = [null];
      for (var i = 0; i < arguments.length; i++) args.push(arguments[i]);
      var Bound = Function.prototype.bind.apply(fn, args);
      return new Bound();
    }
    return fn.apply(this, arguments);
  }

  setPrototypeOf(deprecated, fn);
  if (fn && fn.prototype) {
    deprecated.prototype = fn.prototype;
  }
  return deprecated;
}

// ---------------------------------------------------------------------------
// promisify / callbackify

function promisify(original) {
  validateFunction(original, 'original');

  if (original[kCustomPromisifiedSymbol]) {
    var custom = original[kCustomPromisifiedSymbol];
    validateFunction(custom, 'util.promisify.custom');
    Object.defineProperty(custom, kCustomPromisifiedSymbol, {
      value: custom, enumerable: false, writable: false, configurable: true
    });
    return custom;
  }

  var argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn() {
    var self = this;
    var args = slice(arguments);
    return new Promise(function (resolve, reject) {
      args.push(function (err) {
        if (err) {
          return reject(err);
        }
        if (argumentNames !== undefined && arguments.length > 2) {
          var obj = {};
          for (var i = 0; i < argumentNames.length; i++) {
            obj[argumentNames[i]] = arguments[i + 1];
          }
          resolve(obj);
        } else {
          resolve(arguments[1]);
        }
      });
      original.apply(self, args);
    });
  }

  setPrototypeOf(fn, getProto(original));

  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true
  });

  copyOwnProperties(fn, original);
  return fn;
}

promisify.custom = kCustomPromisifiedSymbol;
Object.defineProperty(promisify, 'customArgs', {
  value: kCustomPromisifyArgsSymbol, enumerable: false, writable: false, configurable: true
});

function falsyValueRejection(reason) {
  var err = insp.makeNodeError(Error, 'ERR_FALSY_VALUE_REJECTION',
    'Promise was rejected with falsy value');
  err.reason = reason;
  return err;
}

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    reason = falsyValueRejection(reason);
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified() {
    var args = slice(arguments);
    var maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    var self = this;
    var cb = function () {
      return maybeCb.apply(self, arguments);
    };
    original.apply(this, args).then(
      function (ret) { process.nextTick(cb, null, ret); },
      function (rej) { process.nextTick(callbackifyOnRejected, rej, cb); });
  }

  copyOwnProperties(callbackified, original, function (name, desc) {
    if (name === 'length' && typeof desc.value === 'number') desc.value++;
    if (name === 'name' && typeof desc.value === 'string') desc.value += 'Callbackified';
  });
  return callbackified;
}

// ---------------------------------------------------------------------------
// isDeepStrictEqual (Node's internal/util/comparisons, strict and loose).

var kNoIterator = 0;
var kIsArray = 1;
var kIsSet = 2;
var kIsMap = 3;

function isIndexKey(key) {
  return /^(0|[1-9][0-9]*)$/.test(key) && +key < 4294967295;
}

function nonIndexKeys(arr) {
  var keys = Object.keys(arr);
  var out = [];
  for (var i = 0; i < keys.length; i++) {
    if (!isIndexKey(keys[i])) out.push(keys[i]);
  }
  return out;
}

function regExpFlags(r) {
  if (typeof r.flags === 'string') return r.flags;
  return (r.global ? 'g' : '') + (r.ignoreCase ? 'i' : '') + (r.multiline ? 'm' : '');
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    return val1 !== 0 || 1 / val1 === 1 / val2 || !strict;
  }

  if (strict) {
    if (typeof val1 === 'number') {
      return val1 !== val1 && val2 !== val2;
    }
    if (typeof val2 !== 'object' || typeof val1 !== 'object' ||
        val1 === null || val2 === null || getProto(val1) !== getProto(val2)) {
      return false;
    }
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (val1 !== val1 && val2 !== val2);
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') {
      return false;
    }
  }

  var val1Tag = objToString.call(val1);
  var val2Tag = objToString.call(val2);
  if (val1Tag !== val2Tag) return false;

  var reg1 = getRegisteredType(val1);
  var reg2 = getRegisteredType(val2);
  if (reg1 !== reg2) return false;

  var keys1, keys2;
  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) return false;
    keys1 = nonIndexKeys(val1);
    keys2 = nonIndexKeys(val2);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kIsArray, keys1, reg1);
  } else if (reg1 !== null && reg1.kind === 'typedarray') {
    // Buffer/Uint8Array: the bytes, then the named keys (indices are not listed).
    if (!sameBytes(val1, val2)) return false;
    keys1 = binding.buffer.namedKeys(val1, false);
    if (keys1.length !== binding.buffer.namedKeys(val2, false).length) return false;
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys1, reg1);
  } else if (reg1 !== null && reg1.kind === 'arraybuffer') {
    if (!sameBytes(val1, val2)) return false;
  } else if (reg1 !== null && (reg1.kind === 'set' || reg1.kind === 'map')) {
    if (collectionSize(reg1, val1) !== collectionSize(reg1, val2)) return false;
    return keyCheck(val1, val2, strict, memos, reg1.kind === 'set' ? kIsSet : kIsMap, undefined, reg1);
  } else if (val1Tag === '[object Object]') {
    return keyCheck(val1, val2, strict, memos, kNoIterator, undefined, reg1);
  } else if (val1Tag === '[object Date]') {
    if (val1.getTime() !== val2.getTime()) return false;
  } else if (val1Tag === '[object RegExp]') {
    if (val1.source !== val2.source || regExpFlags(val1) !== regExpFlags(val2) ||
        val1.lastIndex !== val2.lastIndex) {
      return false;
    }
  } else if (val1Tag === '[object Error]' || val1 instanceof Error) {
    if (!(val2Tag === '[object Error]' || val2 instanceof Error)) return false;
    var message1Enumerable = propIsEnum.call(val1, 'message');
    var name1Enumerable = propIsEnum.call(val1, 'name');
    var cause1Enumerable = propIsEnum.call(val1, 'cause');
    var errors1Enumerable = propIsEnum.call(val1, 'errors');
    if ((message1Enumerable !== propIsEnum.call(val2, 'message') ||
          (!message1Enumerable && val1.message !== val2.message)) ||
        (name1Enumerable !== propIsEnum.call(val2, 'name') ||
          (!name1Enumerable && val1.name !== val2.name)) ||
        (cause1Enumerable !== propIsEnum.call(val2, 'cause') ||
          (!cause1Enumerable && !innerDeepEqual(val1.cause, val2.cause, strict, memos))) ||
        (errors1Enumerable !== propIsEnum.call(val2, 'errors') ||
          (!errors1Enumerable && !innerDeepEqual(val1.errors, val2.errors, strict, memos)))) {
      return false;
    }
  } else if (val1Tag === '[object Number]') {
    var n1 = Number.prototype.valueOf.call(val1);
    var n2 = Number.prototype.valueOf.call(val2);
    if (!(n1 === n2 ? (n1 !== 0 || 1 / n1 === 1 / n2) : (n1 !== n1 && n2 !== n2))) return false;
  } else if (val1Tag === '[object String]') {
    if (String.prototype.valueOf.call(val1) !== String.prototype.valueOf.call(val2)) return false;
    // Index keys of boxed strings are compared through the value.
    return keyCheck(val1, val2, strict, memos, kNoIterator, nonIndexKeys(val1), reg1, nonIndexKeys(val2).length);
  } else if (val1Tag === '[object Boolean]') {
    if (Boolean.prototype.valueOf.call(val1) !== Boolean.prototype.valueOf.call(val2)) return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator, undefined, reg1);
}

function sameBytes(a, b) {
  return a.byteLength === b.byteLength &&
    binding.buffer.compare(a, b, 0, a.byteLength, 0, b.byteLength) === 0;
}

function collectionSize(reg, value) {
  return typeof reg.size === 'function' ? reg.size(value) : value.size;
}

function keyCheck(val1, val2, strict, memos, iterationType, aKeys, reg, bKeyCount) {
  var isArrayLikeObject = aKeys !== undefined;
  if (aKeys === undefined) aKeys = Object.keys(val1);

  for (var i = 0; i < aKeys.length; i++) {
    if (!propIsEnum.call(val2, aKeys[i])) return false;
  }

  if (bKeyCount !== undefined) {
    if (aKeys.length !== bKeyCount) return false;
  } else if (!isArrayLikeObject) {
    if (aKeys.length !== Object.keys(val2).length) return false;
  }

  if (aKeys.length === 0 &&
      (iterationType === kNoIterator ||
       (iterationType === kIsArray && val1.length === 0) ||
       ((iterationType === kIsSet || iterationType === kIsMap) &&
        collectionSize(reg, val1) === 0))) {
    return true;
  }

  // Cycle detection: pairs currently being compared.
  if (memos === undefined) memos = { a: [], b: [] };
  for (var j = 0; j < memos.a.length; j++) {
    if (memos.a[j] === val1 && memos.b[j] === val2) return true;
  }
  memos.a.push(val1);
  memos.b.push(val2);
  var result = objEquiv(val1, val2, strict, aKeys, memos, iterationType, reg);
  memos.a.pop();
  memos.b.pop();
  return result;
}

function objEquiv(a, b, strict, keys, memos, iterationType, reg) {
  var i, key;
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos, reg)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos, reg)) return false;
  } else if (iterationType === kIsArray) {
    for (i = 0; i < a.length; i++) {
      if (hasOwn.call(a, i)) {
        if (!hasOwn.call(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn.call(b, i)) {
        return false;
      } else {
        // Array is sparse.
        var keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          key = keysA[i];
          if (!hasOwn.call(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) {
            return false;
          }
        }
        if (keysA.length !== Object.keys(b).length) return false;
        return true;
      }
    }
  }
  for (i = 0; i < keys.length; i++) {
    key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function sameValueZero(x, y) {
  return x === y || (x !== x && y !== y);
}

function setEquiv(a, b, strict, memos, reg) {
  var aVals = typeof reg.values === 'function' ? reg.values(a) : [];
  var bVals = typeof reg.values === 'function' ? reg.values(b) : [];
  var used = new Array(bVals.length);
  for (var i = 0; i < aVals.length; i++) {
    var v = aVals[i];
    var found = -1;
    var j;
    // Identical element first (what Set#has would find).
    for (j = 0; j < bVals.length; j++) {
      if (!used[j] && sameValueZero(v, bVals[j])) { found = j; break; }
    }
    if (found === -1 && ((typeof v === 'object' && v !== null) || !strict)) {
      for (j = 0; j < bVals.length; j++) {
        if (!used[j] && innerDeepEqual(v, bVals[j], strict, memos)) { found = j; break; }
      }
    }
    if (found === -1) return false;
    used[found] = true;
  }
  return true;
}

function mapEquiv(a, b, strict, memos, reg) {
  var aEntries = typeof reg.entries === 'function' ? reg.entries(a) : [];
  var bEntries = typeof reg.entries === 'function' ? reg.entries(b) : [];
  var used = new Array(bEntries.length);
  for (var i = 0; i < aEntries.length; i++) {
    var k = aEntries[i][0];
    var v = aEntries[i][1];
    var found = -1;
    var j;
    for (j = 0; j < bEntries.length; j++) {
      if (!used[j] && sameValueZero(k, bEntries[j][0])) {
        if (innerDeepEqual(v, bEntries[j][1], strict, memos)) found = j;
        break;
      }
    }
    if (found === -1 && ((typeof k === 'object' && k !== null) || !strict)) {
      for (j = 0; j < bEntries.length; j++) {
        if (!used[j] && innerDeepEqual(k, bEntries[j][0], strict, memos) &&
            innerDeepEqual(v, bEntries[j][1], strict, memos)) {
          found = j;
          break;
        }
      }
    }
    if (found === -1) return false;
    used[found] = true;
  }
  return true;
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true, undefined);
}

// ---------------------------------------------------------------------------
// debuglog

var debugImpls = null;
var testEnabled = null;

function initializeDebugEnv() {
  debugImpls = Object.create(null);
  var debugEnv = hasProcess() && process.env ? process.env.NODE_DEBUG : undefined;
  if (debugEnv) {
    debugEnv = String(debugEnv).replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
      .split('*').join('.*')
      .split(',').join('$|^');
    var re = new RegExp('^' + debugEnv + '$', 'i');
    testEnabled = function (str) { return re.test(str); };
  } else {
    testEnabled = function () { return false; };
  }
}

function debuglogImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      var pid = hasProcess() ? process.pid : 0;
      if (set === 'HTTP' || set === 'HTTP2') {
        if (hasProcess() && typeof process.emitWarning === 'function') {
          process.emitWarning('Setting the NODE_DEBUG environment variable ' +
            "to '" + set.toLowerCase() + "' can expose sensitive " +
            'data (such as passwords, tokens and authentication headers) ' +
            'in the resulting log.');
        }
      }
      debugImpls[set] = function debug() {
        var colors = shouldColorizeStderr();
        var args = [{ colors: colors }].concat(slice(arguments));
        var msg = formatWithOptions.apply(null, args);
        var coloredPID = inspect(pid, { colors: colors });
        writeStderr(format('%s %s: %s\n', set, coloredPID, msg));
      };
    } else {
      debugImpls[set] = function () {};
    }
  }
  return debugImpls[set];
}

function shouldColorizeStderr() {
  if (!hasProcess() || !process.stderr) return false;
  var C = require('console').Console;
  return C && typeof C._shouldColorize === 'function' ? C._shouldColorize(process.stderr) : false;
}

function writeStderr(str) {
  if (hasProcess() && process.stderr && typeof process.stderr.write === 'function') {
    process.stderr.write(str);
  } else if (typeof binding === 'object' && binding !== null && typeof binding.writeSync === 'function') {
    binding.writeSync(2, str);
  }
}

function debuglog(set, cb) {
  var enabled;
  var initialized = false;
  function init() {
    if (debugImpls === null) initializeDebugEnv();
    set = String(set).toUpperCase();
    enabled = testEnabled(set);
    initialized = true;
  }
  var debug = function () {
    init();
    debug = debuglogImpl(enabled, set);
    if (typeof cb === 'function') cb(debug);
    return debug.apply(null, arguments);
  };
  var logger = function () {
    return debug.apply(null, arguments);
  };
  Object.defineProperty(logger, 'enabled', {
    get: function () {
      if (!initialized) init();
      return enabled;
    },
    configurable: true,
    enumerable: true
  });
  return logger;
}

// ---------------------------------------------------------------------------
// Misc.

function pad(n) {
  var s = n.toString();
  return s.length < 2 ? '0' + s : s;
}

var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
  'Oct', 'Nov', 'Dec'];

function timestamp() {
  var d = new Date();
  var t = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return d.getDate() + ' ' + months[d.getMonth()] + ' ' + t;
}

function log() {
  var c = require('console');
  c.log('%s - %s', timestamp(), format.apply(null, arguments));
}

function toUSVString(input) {
  var str = '' + input;
  var out = '';
  var last = 0;
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < str.length) {
        var n = str.charCodeAt(i + 1);
        if (n >= 0xdc00 && n <= 0xdfff) {
          i++;
          continue;
        }
      }
      out += str.slice(last, i) + '\ufffd';
      last = i + 1;
    }
  }
  return last === 0 ? str : out + str.slice(last);
}

function escapeStyleCode(code) {
  return '\u001b[' + code + 'm';
}

function styleText(fmt, text, options) {
  validateString(text, 'text');
  var validateStream = true;
  var stream;
  if (options !== undefined && options !== null) {
    if (options.validateStream !== undefined) validateStream = options.validateStream;
    stream = options.stream;
  }
  if (typeof validateStream !== 'boolean') {
    throw invalidArgType('options.validateStream', 'boolean', validateStream);
  }
  if (stream === undefined && hasProcess()) stream = process.stdout;
  if (validateStream) {
    if (!stream || typeof stream !== 'object' ||
        (typeof stream.write !== 'function' && typeof stream.pipe !== 'function' &&
         typeof stream.getReader !== 'function' && typeof stream.getWriter !== 'function')) {
      throw invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
  }
  var colors = inspect.colors;
  var fmts = Array.isArray(fmt) ? fmt : [fmt];
  var left = '';
  var right = '';
  for (var i = 0; i < fmts.length; i++) {
    var codes = colors[fmts[i]];
    if (codes == null) {
      var list = Object.keys(colors);
      throw insp.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        "The argument 'format' must be one of: " +
        list.map(function (k) { return "'" + k + "'"; }).join(', ') +
        '. Received ' + inspect(fmts[i]));
    }
    left += escapeStyleCode(codes[0]);
    right = escapeStyleCode(codes[1]) + right;
  }
  if (validateStream) {
    var C = require('console').Console;
    var colorize = C && typeof C._shouldColorize === 'function' ? C._shouldColorize(stream) : false;
    if (!colorize) return text;
  }
  return left + text + right;
}

function lookupErrname(err) {
  if (typeof binding === 'object' && binding !== null) {
    if (typeof binding.errname === 'function') return binding.errname(err);
    if (typeof binding.getSystemErrorName === 'function') return binding.getSystemErrorName(err);
  }
  try {
    var os = require('os');
    var errno = os && os.constants && os.constants.errno;
    if (errno) {
      var names = Object.keys(errno);
      for (var i = 0; i < names.length; i++) {
        if (errno[names[i]] === -err) return names[i];
      }
    }
  } catch (e) {
    // no os module
  }
  return 'Unknown system error ' + err;
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || err % 1 !== 0 || Math.abs(err) > 9007199254740991) {
    throw insp.makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
      'The value of "err" is out of range. It must be a negative integer. Received ' +
      inspect(err));
  }
  return lookupErrname(err);
}

function _errnoException(err, syscall, original) {
  var code = lookupErrname(err);
  var message = original ? syscall + ' ' + code + ' ' + original : syscall + ' ' + code;
  var ex = new Error(message);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

function _exceptionWithHostPort(err, syscall, address, port, additional) {
  var code = lookupErrname(err);
  var details = '';
  if (port && port > 0) {
    details = ' ' + address + ':' + port;
  } else if (address) {
    details = ' ' + address;
  }
  if (additional) details += ' - Local (' + additional + ')';
  var ex = new Error(syscall + ' ' + code + details);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

module.exports = {
  _errnoException: _errnoException,
  _exceptionWithHostPort: _exceptionWithHostPort,
  _extend: _extend,
  callbackify: callbackify,
  debug: debuglog,
  debuglog: debuglog,
  deprecate: deprecate,
  format: format,
  styleText: styleText,
  formatWithOptions: formatWithOptions,
  getSystemErrorName: getSystemErrorName,
  inherits: inherits,
  inspect: inspect,
  isArray: Array.isArray,
  isBoolean: isBoolean,
  isBuffer: isBuffer,
  isDeepStrictEqual: isDeepStrictEqual,
  isNull: isNull,
  isNullOrUndefined: isNullOrUndefined,
  isNumber: isNumber,
  isString: isString,
  isSymbol: isSymbol,
  isUndefined: isUndefined,
  isRegExp: types.isRegExp,
  isObject: isObject,
  isDate: types.isDate,
  isError: isError,
  isFunction: isFunction,
  isPrimitive: isPrimitive,
  log: log,
  promisify: promisify,
  stripVTControlCharacters: insp.stripVTControlCharacters,
  toUSVString: toUSVString,
  types: types
};

// util.parseArgs (internal/parse_args), loaded on first use as in Node
Object.defineProperty(module.exports, 'parseArgs', {
  enumerable: true,
  configurable: true,
  get: function () {
    var v = require('internal/parse_args').parseArgs;
    Object.defineProperty(module.exports, 'parseArgs', {
      value: v, writable: true, enumerable: true, configurable: true
    });
    return v;
  },
  set: function (v) {
    Object.defineProperty(module.exports, 'parseArgs', {
      value: v, writable: true, enumerable: true, configurable: true
    });
  }
});

// Globals provided by the runtime, when present (Node exposes them lazily).
['TextDecoder', 'TextEncoder'].forEach(function (name) {
  Object.defineProperty(module.exports, name, {
    get: function () {
      return typeof global === 'object' && global !== null ? global[name] : undefined;
    },
    set: function (v) {
      Object.defineProperty(module.exports, name, {
        value: v, writable: true, enumerable: true, configurable: true
      });
    },
    enumerable: true,
    configurable: true
  });
});

// Shared with the assert module (loose and strict deep equality).
Object.defineProperty(module.exports, '_isDeepEqual', {
  value: function (a, b, strict) { return innerDeepEqual(a, b, !!strict, undefined); },
  enumerable: false,
  writable: true,
  configurable: true
});
