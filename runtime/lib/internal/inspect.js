'use strict';
// internal/inspect — util.inspect / util.format, ported to ES5 from Node 20's
// lib/internal/util/inspect.js. Output is meant to match Node byte for byte.
//
// Differences forced by ES5 (no Symbol, no Proxy, no typed arrays, no BigInt):
// - `inspect.custom` is the string key 'nodejs.util.inspect.custom'. When such
//   a key is listed (customInspect: false) it is printed as Node prints the
//   symbol: `[Symbol(nodejs.util.inspect.custom)]: ...`, after the other keys.
// - Map/Set/WeakMap/WeakSet/Promise/iterators are implemented in JS by the
//   runtime and plug in with `inspect.registerType(test, spec)` (see below).
//
// Nothing is built at load time except function definitions and a few
// regular expressions; colors/styles tables are created on first access.

var ObjectProto = Object.prototype;
var hasOwn = ObjectProto.hasOwnProperty;
var propIsEnum = ObjectProto.propertyIsEnumerable;
var objToString = ObjectProto.toString;
var getProto = Object.getPrototypeOf;
var getOwnDesc = Object.getOwnPropertyDescriptor;
var getOwnNames = Object.getOwnPropertyNames;
var objectKeys = Object.keys;
var isArray = Array.isArray;
var fnToString = Function.prototype.toString;
var errorToString = Error.prototype.toString;
var dateGetTime = Date.prototype.getTime;
var dateToISOString = Date.prototype.toISOString;
var dateToString = Date.prototype.toString;
var regexpToString = RegExp.prototype.toString;
var numberValueOf = Number.prototype.valueOf;
var stringValueOf = String.prototype.valueOf;
var booleanValueOf = Boolean.prototype.valueOf;

var customInspectSymbol = 'nodejs.util.inspect.custom';

// String keys that stand in for Node's symbols (ES5 has none). They are listed
// after ordinary keys, in insertion order, and printed as `[Symbol(description)]`:
// the keys below, and the streams' internal 'streams.kName' keys (Symbol(kName)).
var symbolKeys = {
  'nodejs.util.inspect.custom': 'Symbol(nodejs.util.inspect.custom)',
  'nodejs.util.promisify.custom': 'Symbol(nodejs.util.promisify.custom)',
  'events.kShapeMode': 'Symbol(shapeMode)',
  'events.kCapture': 'Symbol(kCapture)'
};

// The `Symbol(...)` a pseudo-symbol key prints as, or null for an ordinary key.
function pseudoSymbol(key) {
  if (key.charCodeAt(0) === 115 /* s */ && key.lastIndexOf('streams.k', 0) === 0 &&
      key.length > 9) {
    return 'Symbol(' + key.slice(8) + ')';
  }
  return hasOwn.call(symbolKeys, key) ? symbolKeys[key] : null;
}

// Node's EventEmitter.init gives every emitter two own symbols, kShapeMode and
// kCapture, which inspect lists before any later symbol. events.js keeps them as
// hidden string keys, and only while true (an emitter costs no more than its three
// public properties), so inspect adds them to the keys of an emitter that went
// through init: one with own _events and _maxListeners. A missing one is false.
// (Node's prototype also holds kCapture: false; here it does not, so that
// Object.getOwnPropertyNames(EventEmitter.prototype) lists no extra key.)
var emitterSymbolKeys = ['events.kShapeMode', 'events.kCapture'];
var EventEmitterCtor;
function isInitializedEmitter(value) {
  if (!hasOwn.call(value, '_maxListeners') || !hasOwn.call(value, '_events')) return false;
  if (EventEmitterCtor === undefined) EventEmitterCtor = require('events');
  return value instanceof EventEmitterCtor;
}

// These options must stay in sync with `getUserOptions`.
var inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false
};
if (typeof Object.seal === 'function') Object.seal(inspectDefaultOptions);
var defaultOptionKeys = ['showHidden', 'depth', 'colors', 'customInspect',
  'showProxy', 'maxArrayLength', 'maxStringLength', 'breakLength', 'compact',
  'sorted', 'getters', 'numericSeparator'];

// mujs looks free variables up by name on every use, so hot code spells these
// constants out as literals: 0 /* kObjectType */ etc.
var kObjectType = 0;
var kArrayType = 1;
var kArrayExtrasType = 2;

var kMinLineLength = 16;

var kWeak = 0;
var kIterator = 1;
var kMapEntries = 2;

// Regular expressions (ES5: no lookbehind; lone surrogates are handled in the
// escape loop instead).
var strEscapeTest = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;
var strEscapeTestSingle = /[\x00-\x1f\x5c\x7f-\x9f\ud800-\udfff]/;
var keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
var numberRegExp = /^(0|[1-9][0-9]*)$/;
var colorRegExp = /\u001b\[\d\d?m/g;
var coreModuleRegExp = /^ {4}at (?:[^\/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
var classRegExp = /^(\s+[^(]*?)\s*\{/;
var stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
var fnSourceNameRegExp = /^function\s*([^\s(]*)\s*\(/;
var ansi = null; // built lazily by stripVTControlCharacters

var builtInObjectNames = null;
function isBuiltInName(name) {
  if (builtInObjectNames === null) {
    builtInObjectNames = {};
    var list = ['Object', 'Function', 'Array', 'Number', 'Boolean', 'String',
      'Symbol', 'Date', 'Promise', 'RegExp', 'Error', 'AggregateError',
      'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
      'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer', 'Atomics',
      'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array',
      'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray',
      'BigUint64Array', 'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set',
      'WeakMap', 'WeakSet', 'Proxy', 'Reflect', 'FinalizationRegistry',
      'WeakRef', 'SharedArrayBuffer', 'WebAssembly'];
    for (var i = 0; i < list.length; i++) builtInObjectNames[list[i]] = true;
  }
  return hasOwn.call(builtInObjectNames, name);
}

// ---------------------------------------------------------------------------
// Small ES5 helpers.

function repeat(str, n) {
  if (str === ' ' && n <= 32) return SPACES.slice(0, n < 0 ? 0 : n);
  var out = '';
  while (n > 0) {
    if (n & 1) out += str;
    n >>= 1;
    if (n) str += str;
  }
  return out;
}

var SPACES = '                                ';

function padStart(str, len, ch) {
  var n = len - str.length;
  return n > 0 ? repeat(ch, n) + str : str;
}

function padEnd(str, len, ch) {
  var n = len - str.length;
  return n > 0 ? str + repeat(ch, n) : str;
}

function isNegativeZero(n) {
  return n === 0 && 1 / n < 0;
}

function mathTrunc(n) {
  return n < 0 ? Math.ceil(n) : Math.floor(n);
}

function replaceAllNewlines(str, replacement) {
  if (str.indexOf('\n') === -1) return str;
  return str.split('\n').join(replacement);
}

function fnName(fn) {
  var name = fn.name;
  if (typeof name === 'string') return name;
  if (name === undefined && !('name' in fn)) {
    // Engines without Function#name: recover it from the source text.
    var m = fnSourceNameRegExp.exec(fnToString.call(fn));
    if (m === null) return '';
    name = m[1];
    var dot = name.lastIndexOf('.');
    if (dot !== -1) name = name.slice(dot + 1);
    if (name.charAt(0) === '[') return '';
    return name;
  }
  return name;
}

// Object(sym): mujs patch 0122's wrapper, holding its symbol in '\x01symbol'
function isSymbolObject(value) {
  return typeof value === 'object' && value !== null && hasOwn.call(value, '\x01symbol') &&
    typeof value['\x01symbol'] === 'symbol';
}

function symbolObjectValue() {
  return this['\x01symbol'];
}

function classOf(value) {
  var s = objToString.call(value);
  return s.slice(8, -1);
}

function isError(value) {
  return objToString.call(value) === '[object Error]' || value instanceof Error;
}

function isNativeError(value) {
  return objToString.call(value) === '[object Error]';
}

// ---------------------------------------------------------------------------
// Registry of runtime-provided types (Map, Set, WeakMap, WeakSet, Promise,
// iterators, ...). Each entry:
//   { test(v) -> bool,
//     type: 'Map' | 'Set' | 'WeakMap' | 'WeakSet' | 'Promise' | ...,
//     kind: 'map' | 'set' | 'weakmap' | 'weakset' | 'promise' | 'iterator'
//           | 'object',
//     tag: what Symbol.toStringTag would be (defaults to `type`),
//     size(v) -> number                       (map, set)
//     entries(v) -> [[k, v], ...]             (map; weakmap with showHidden)
//     values(v) -> [v, ...]                   (set; weakset with showHidden)
//     state(v) -> { state: 'pending'|'fulfilled'|'rejected', value }  (promise)
//     preview(v) -> { entries: [...], isKeyValue: bool }  (iterator; key/value
//                   iterators give a flat [k1, v1, k2, v2, ...] list)
//     format(v, inspectChild) -> [entry strings]          (object) }
//
// Example (what the runtime's Map would do once, at its module load):
//   require('internal/inspect').registerType(
//     function (v) { return v instanceof Map; },
//     { type: 'Map', kind: 'map',
//       size: function (m) { return m.size; },
//       entries: function (m) { /* [[k, v], ...] in insertion order */ } });
// giving `Map(2) { 'a' => 1, 'b' => 2 }`, `Foo(1) [Map] { ... }` for a
// subclass, `Map(0) {}`, and util.types.isMap() / isDeepStrictEqual support.
// Internal state of such objects must be non-enumerable, or it is listed as
// ordinary keys. The Promise of internal/promise is registered automatically.
var registry = [];

function registerType(test, spec) {
  if (typeof test === 'object' && test !== null) {
    spec = test;
    test = spec.test;
  }
  if (typeof test !== 'function') {
    throw new TypeError('The "test" argument must be of type function');
  }
  if (typeof spec === 'function') spec = { kind: 'object', format: spec };
  if (spec === null || typeof spec !== 'object') {
    throw new TypeError('The "spec" argument must be of type object');
  }
  var entry = {
    test: test,
    type: spec.type || 'Object',
    kind: spec.kind || 'object',
    tag: spec.tag !== undefined ? spec.tag : (spec.type || ''),
    size: spec.size,
    entries: spec.entries,
    values: spec.values,
    state: spec.state,
    preview: spec.preview,
    format: spec.format,
    ownKeys: spec.ownKeys	// false: format() lists the own keys itself (module namespaces)
  };
  registry.push(entry);
  return entry;
}

// Types the runtime itself provides are registered on first use: the
// Promise of internal/promise (always loaded at bootstrap).
var builtinTypesRegistered = false;
function typedTest(name) {
  return function (v) {
    return binding.buffer.kind(v) === 3 && require('internal/typed_array').typeName(v) === name;
  };
}
function isDataView(v) {
  return v !== null && typeof v === 'object' && binding.buffer.kind(v) === 0 &&
    require.natives['internal/typed_array'] !== undefined &&
    require.natives['internal/typed_array'].loaded &&
    v instanceof require('internal/typed_array').DataView;
}
function registerBuiltinTypes() {
  builtinTypesRegistered = true;
  // Buffer/Uint8Array and ArrayBuffer (userdata of runtime/buffer.c).
  if (binding.buffer) {
    var kind = binding.buffer.kind;
    registry.push({
      test: function (v) { return kind(v) === 1; }, type: 'Uint8Array', kind: 'typedarray',
      tag: 'Uint8Array', size: undefined, entries: undefined, values: undefined,
      state: undefined, preview: undefined, format: undefined
    }, {
      test: function (v) { return kind(v) === 2; }, type: 'ArrayBuffer', kind: 'arraybuffer',
      tag: 'ArrayBuffer', size: undefined, entries: undefined, values: undefined,
      state: undefined, preview: undefined, format: undefined
    });
    // the other typed arrays (internal/typed_array), one entry per type
    var typedNames = ['Int8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
      'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array'];
    for (var t = 0; t < typedNames.length; t++) {
      registry.push({
        test: typedTest(typedNames[t]), type: typedNames[t], kind: 'typedarray',
        tag: typedNames[t], size: undefined, entries: undefined, values: undefined,
        state: undefined, preview: undefined, format: undefined
      });
    }
    registry.push({
      test: isDataView, type: 'DataView', kind: 'dataview', tag: 'DataView',
      size: undefined, entries: undefined, values: undefined,
      state: undefined, preview: undefined, format: undefined
    });
  }
  var p;
  try {
    p = require('internal/promise');
  } catch (e) {
    return;
  }
  if (p && typeof p.isPromise === 'function' && typeof p.promiseState === 'function') {
    registry.unshift({
      test: p.isPromise, type: 'Promise', kind: 'promise', tag: 'Promise',
      size: undefined, entries: undefined, values: undefined,
      state: p.promiseState, preview: undefined, format: undefined
    });
  }
}

function getRegisteredType(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return null;
  }
  if (!builtinTypesRegistered) registerBuiltinTypes();
  for (var i = 0; i < registry.length; i++) {
    var r = registry[i];
    if (r.test(value)) return r;
  }
  return null;
}

function isRegisteredType(value, type) {
  var r = getRegisteredType(value);
  return r !== null && r.type === type;
}

// ---------------------------------------------------------------------------
// Colors.

var colors = null;
var styles = null;

function initColors() {
  if (colors !== null) return;
  var defaultFG = 39;
  var defaultBG = 49;
  colors = Object.create(null);
  var table = [
    ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23],
    ['underline', 4, 24], ['blink', 5, 25], ['inverse', 7, 27],
    ['hidden', 8, 28], ['strikethrough', 9, 29], ['doubleunderline', 21, 24],
    ['black', 30, defaultFG], ['red', 31, defaultFG], ['green', 32, defaultFG],
    ['yellow', 33, defaultFG], ['blue', 34, defaultFG],
    ['magenta', 35, defaultFG], ['cyan', 36, defaultFG],
    ['white', 37, defaultFG], ['bgBlack', 40, defaultBG],
    ['bgRed', 41, defaultBG], ['bgGreen', 42, defaultBG],
    ['bgYellow', 43, defaultBG], ['bgBlue', 44, defaultBG],
    ['bgMagenta', 45, defaultBG], ['bgCyan', 46, defaultBG],
    ['bgWhite', 47, defaultBG], ['framed', 51, 54], ['overlined', 53, 55],
    ['gray', 90, defaultFG], ['redBright', 91, defaultFG],
    ['greenBright', 92, defaultFG], ['yellowBright', 93, defaultFG],
    ['blueBright', 94, defaultFG], ['magentaBright', 95, defaultFG],
    ['cyanBright', 96, defaultFG], ['whiteBright', 97, defaultFG],
    ['bgGray', 100, defaultBG], ['bgRedBright', 101, defaultBG],
    ['bgGreenBright', 102, defaultBG], ['bgYellowBright', 103, defaultBG],
    ['bgBlueBright', 104, defaultBG], ['bgMagentaBright', 105, defaultBG],
    ['bgCyanBright', 106, defaultBG], ['bgWhiteBright', 107, defaultBG]
  ];
  for (var i = 0; i < table.length; i++) {
    colors[table[i][0]] = [table[i][1], table[i][2]];
  }
  var aliases = [
    ['gray', 'grey'], ['gray', 'blackBright'], ['bgGray', 'bgGrey'],
    ['bgGray', 'bgBlackBright'], ['dim', 'faint'],
    ['strikethrough', 'crossedout'], ['strikethrough', 'strikeThrough'],
    ['strikethrough', 'crossedOut'], ['hidden', 'conceal'],
    ['inverse', 'swapColors'], ['inverse', 'swapcolors'],
    ['doubleunderline', 'doubleUnderline']
  ];
  for (var j = 0; j < aliases.length; j++) defineColorAlias(aliases[j][0], aliases[j][1]);

  styles = Object.create(null);
  styles.special = 'cyan';
  styles.number = 'yellow';
  styles.bigint = 'yellow';
  styles['boolean'] = 'yellow';
  styles['undefined'] = 'grey';
  styles['null'] = 'bold';
  styles.string = 'green';
  styles.symbol = 'green';
  styles.date = 'magenta';
  styles.regexp = 'red';
  styles.module = 'underline';
}

function defineColorAlias(target, alias) {
  Object.defineProperty(colors, alias, {
    get: function () { return this[target]; },
    set: function (value) { this[target] = value; },
    configurable: true,
    enumerable: false
  });
}

function stylizeWithColor(str, styleType) {
  if (styles === null) initColors();
  var style = styles[styleType];
  if (style !== undefined) {
    var color = colors[style];
    if (color !== undefined) {
      return '\u001b[' + color[0] + 'm' + str + '\u001b[' + color[1] + 'm';
    }
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

function removeColors(str) {
  return str.replace(colorRegExp, '');
}

// ---------------------------------------------------------------------------
// inspect()

function inspect(value, opts) {
  // The option fields are inherited from inspectDefaultOptions (read live, as
  // Node reads them on every call): creating an object with few own
  // properties is much cheaper in mujs than copying all twelve.
  var ctx = Object.create(inspectDefaultOptions);
  ctx.budget = {};
  ctx.indentationLvl = 0;
  ctx.seen = [];
  ctx.currentDepth = 0;
  ctx.stylize = stylizeNoColor;
  if (arguments.length > 1) {
    // Legacy: value, showHidden, depth, colors
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts && (typeof opts === 'object' || typeof opts === 'function')) {
      var optKeys = objectKeys(opts);
      for (var i = 0; i < optKeys.length; ++i) {
        var key = optKeys[i];
        if (hasOwn.call(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  get: function () {
    return inspectDefaultOptions;
  },
  set: function (options) {
    if (options === null || typeof options !== 'object' || isArray(options)) {
      throw invalidArgType('options', 'object', options);
    }
    var keys = objectKeys(options);
    for (var i = 0; i < keys.length; i++) {
      inspectDefaultOptions[keys[i]] = options[keys[i]];
    }
    return inspectDefaultOptions;
  },
  enumerable: false,
  configurable: false
});

Object.defineProperty(inspect, 'colors', {
  get: function () { initColors(); return colors; },
  set: function (v) { initColors(); colors = v; },
  enumerable: true,
  configurable: true
});

Object.defineProperty(inspect, 'styles', {
  get: function () { initColors(); return styles; },
  set: function (v) { initColors(); styles = v; },
  enumerable: true,
  configurable: true
});

// Runtime hooks (not in Node's API): kept non-enumerable so that
// Object.keys(util.inspect) stays ['custom', 'colors', 'styles'].
Object.defineProperty(inspect, 'registerType', {
  value: registerType, writable: true, enumerable: false, configurable: true
});
Object.defineProperty(inspect, 'getRegisteredType', {
  value: getRegisteredType, writable: true, enumerable: false, configurable: true
});

function getUserOptions(ctx, isCrossContext) {
  var ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator
  };
  var i, k;
  if (ctx.userOptions !== undefined) {
    var uk = objectKeys(ctx.userOptions);
    for (i = 0; i < uk.length; i++) ret[uk[i]] = ctx.userOptions[uk[i]];
  }
  if (isCrossContext) {
    var out = Object.create(null);
    var keys = objectKeys(ret);
    for (i = 0; i < keys.length; i++) {
      k = keys[i];
      var v = ret[k];
      if ((typeof v === 'object' || typeof v === 'function') && v !== null) continue;
      out[k] = v;
    }
    var stylize = ctx.stylize;
    out.stylize = function (value, flavour) {
      var stylized;
      try {
        stylized = '' + stylize(value, flavour);
      } catch (e) {
        // Continue regardless of error.
      }
      if (typeof stylized !== 'string') return value;
      return stylized;
    };
    return out;
  }
  return ret;
}

// ---------------------------------------------------------------------------
// Strings.

var meta = null;
function getMeta() {
  if (meta === null) {
    meta = [];
    var hex = '0123456789ABCDEF';
    for (var i = 0; i < 160; i++) {
      if (i < 32 || i >= 127) meta.push('\\x' + hex.charAt(i >> 4) + hex.charAt(i & 15));
      else meta.push('');
    }
    meta[8] = '\\b';
    meta[9] = '\\t';
    meta[10] = '\\n';
    meta[12] = '\\f';
    meta[13] = '\\r';
    meta[39] = "\\'";
    meta[92] = '\\\\';
  }
  return meta;
}

function addQuotes(str, quotes) {
  if (quotes === -1) return '"' + str + '"';
  if (quotes === -2) return '`' + str + '`';
  return "'" + str + "'";
}

function escapeFn(str) {
  var charCode = str.charCodeAt(0);
  var m = getMeta();
  return m.length > charCode ? m[charCode] : '\\u' + charCode.toString(16);
}

function strEscape(str) {
  var escapeTest = strEscapeTest;
  var singleQuote = 39;
  if (str.indexOf("'") !== -1) {
    if (str.indexOf('"') === -1) {
      singleQuote = -1;
    } else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) {
      singleQuote = -2;
    }
    if (singleQuote !== 39) escapeTest = strEscapeTestSingle;
  }
  if (!escapeTest.test(str)) return addQuotes(str, singleQuote);

  var m = getMeta();
  var result = '';
  var last = 0;
  var len = str.length;
  for (var i = 0; i < len; i++) {
    var point = str.charCodeAt(i);
    if (point === singleQuote || point === 92 || point < 32 ||
        (point > 126 && point < 160)) {
      if (last === i) {
        result += m[point];
      } else {
        result += str.slice(last, i) + m[point];
      }
      last = i + 1;
    } else if (point >= 0xd800 && point <= 0xdfff) {
      if (point <= 0xdbff && i + 1 < len) {
        var next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      result += str.slice(last, i) + '\\u' + point.toString(16);
      last = i + 1;
    }
  }
  if (last !== len) result += str.slice(last);
  return addQuotes(result, singleQuote);
}

// Escape a key the way Node escapes symbol descriptions / non-enumerable keys.
function escapeKeyRaw(key) {
  if (!strEscapeTest.test(key)) return key;
  var out = '';
  for (var i = 0; i < key.length; i++) {
    var c = key.charCodeAt(i);
    if (c < 32 || c === 39 || c === 92 || (c > 126 && c < 160)) {
      out += escapeFn(key.charAt(i));
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < key.length) {
        var n = key.charCodeAt(i + 1);
        if (n >= 0xdc00 && n <= 0xdfff) {
          out += key.charAt(i) + key.charAt(i + 1);
          i++;
          continue;
        }
      }
      out += '\\u' + c.toString(16);
    } else {
      out += key.charAt(i);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Constructor names and prefixes.

function isInstanceof(object, proto) {
  try {
    return object instanceof proto;
  } catch (e) {
    return false;
  }
}

function internalGetConstructorName(value) {
  var cls = classOf(value);
  if (cls === 'Arguments') return 'Object';
  return cls;
}

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  var firstProto;
  var tmp = obj;
  while (obj) {
    if (obj === ObjectProto) {
      if (tmp instanceof Object) {
        if (protoProps !== undefined && firstProto !== obj) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return 'Object';
      }
    } else if (obj === Function.prototype) {
      if (tmp instanceof Function) {
        if (protoProps !== undefined && firstProto !== obj) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return 'Function';
      }
    }
    var descriptor = getOwnDesc(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function') {
      var name = fnName(descriptor.value);
      if (name !== '' && isInstanceof(tmp, descriptor.value)) {
        if (protoProps !== undefined &&
            (firstProto !== obj || !isBuiltInName(name))) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return String(name);
      }
    }
    obj = getProto(obj);
    if (firstProto === undefined) firstProto = obj;
  }

  if (firstProto === null) return null;

  var res = internalGetConstructorName(tmp);

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return res + ' <Complex prototype>';
  }

  var protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);

  if (protoConstr === null) {
    var sub = {};
    var k;
    for (k in ctx) if (hasOwn.call(ctx, k)) sub[k] = ctx[k];
    sub.customInspect = false;
    sub.depth = -1;
    return res + ' <' + inspect(firstProto, sub) + '>';
  }
  return res + ' <' + protoConstr + '>';
}

function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  var depth = 0;
  var keys;
  var keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = getProto(obj);
      if (obj === null) return;
      var descriptor = getOwnDesc(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          isBuiltInName(fnName(descriptor.value))) {
        return;
      }
    }
    if (depth === 0) {
      keySet = {};
    } else {
      for (var j = 0; j < keys.length; j++) keySet['$' + keys[j]] = true;
    }
    keys = getOwnNames(obj);
    ctx.seen.push(main);
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      if (key === 'constructor' || hasOwn.call(main, key) ||
          (depth !== 0 && keySet['$' + key] === true)) {
        continue;
      }
      var desc = getOwnDesc(obj, key);
      if (typeof desc.value === 'function') continue;
      var value = formatProperty(ctx, obj, recurseTimes, key, 0 /* kObjectType */, desc, main);
      if (ctx.colors) {
        output.push('\u001b[2m' + value + '\u001b[22m');
      } else {
        output.push(value);
      }
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size) {
  if (size === undefined) size = '';
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return '[' + fallback + size + ': null prototype] [' + tag + '] ';
    }
    return '[' + fallback + size + ': null prototype] ';
  }
  if (tag !== '' && constructor !== tag) {
    return constructor + size + ' [' + tag + '] ';
  }
  return constructor + size + ' ';
}

// Moves pseudo-symbol keys to the end (symbols come after string keys in Node),
// keeping their order, and adds an initialized emitter's two symbols before them.
// Edits and returns `keys`.
function moveSymbolKeys(value, keys) {
  var moved = null;
  var n = 0;
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    if (pseudoSymbol(k) === null) {
      keys[n++] = k;
    } else {
      if (moved === null) moved = [];
      moved.push(k);
    }
  }
  keys.length = n;
  if (isInitializedEmitter(value)) {
    keys.push(emitterSymbolKeys[0], emitterSymbolKeys[1]);
  }
  if (moved !== null) {
    for (var j = 0; j < moved.length; j++) {
      if (emitterSymbolKeys.indexOf(moved[j]) === -1 || keys.indexOf(moved[j]) === -1) {
        keys.push(moved[j]);
      }
    }
  }
  return keys;
}

// Symbol-keyed own properties after the string keys, as Node lists them: the
// enumerable ones (all with showHidden). Symbols are the Symbol shim's hidden names
// (internal/es2015.js), so this lists what Object.getOwnPropertySymbols reports.
function addSymbolKeys(value, keys, showHidden) {
  var syms;
  if (typeof Object.getOwnPropertySymbols !== 'function') return keys;
  try {
    syms = Object.getOwnPropertySymbols(value);
  } catch (e) {
    return keys;
  }
  for (var i = 0; i < syms.length; i++) {
    if (showHidden || propIsEnum.call(value, syms[i])) keys.push(syms[i]);
  }
  return keys;
}

function getKeys(value, showHidden) {
  var keys;
  if (showHidden) {
    keys = getOwnNames(value);
  } else {
    keys = objectKeys(value);
  }
  if (keys.length !== 0) moveSymbolKeys(value, keys);
  return addSymbolKeys(value, keys, showHidden);
}

function isIndexKey(key) {
  var c = key.charCodeAt(0);
  if (!(c >= 48 && c <= 57)) return false;
  if (!numberRegExp.test(key)) return false;
  return +key < 4294967295;
}

var nativeNonIndexProperties;
function getOwnNonIndexProperties(value, showHidden) {
  if (nativeNonIndexProperties === undefined) {
    nativeNonIndexProperties = null;
    if (typeof binding === 'object' && binding !== null &&
        typeof binding.getOwnNonIndexProperties === 'function') {
      nativeNonIndexProperties = binding.getOwnNonIndexProperties;
    }
  }
  var keys;
  if (binding.buffer && binding.buffer.kind(value) !== 0) {
    // a Buffer's indices are virtual: list only its named properties
    keys = binding.buffer.namedKeys(value, !!showHidden);
  } else if (nativeNonIndexProperties !== null) {
    keys = nativeNonIndexProperties(value, !!showHidden);
  } else {
    var all = showHidden ? getOwnNames(value) : objectKeys(value);
    keys = [];
    for (var i = 0; i < all.length; i++) {
      if (!isIndexKey(all[i])) keys.push(all[i]);
    }
  }
  if (keys.length !== 0) moveSymbolKeys(value, keys);
  return addSymbolKeys(value, keys, showHidden);
}

function getCtxStyle(value, constructor, tag) {
  var fallback = '';
  if (constructor === null) {
    fallback = internalGetConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

// ---------------------------------------------------------------------------
// formatValue / formatRaw

function formatProxy(ctx, target, handler, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null)
    return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  var res = [formatValue(ctx, target, recurseTimes), formatValue(ctx, handler, recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  var type = typeof value;
  if (type !== 'object' && type !== 'function') {
    if (type === 'number' && !ctx.numericSeparator) {
      return ctx.stylize(value === 0 && 1 / value < 0 ? '-0' : '' + value, 'number');
    }
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) {
    return ctx.stylize('null', 'null');
  }

  var context = value;

  // A proxy is printed as its target, read without running a trap (Node's
  // getProxyDetails), or with showProxy as Proxy [ target, handler ].
  var proxyTarget = typeof binding.proxyTarget === 'function' ?
    binding.proxyTarget(value) : undefined;
  if (proxyTarget !== undefined) {
    if (proxyTarget === null)
      return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy)
      return formatProxy(ctx, proxyTarget, binding.proxyHandler(value), recurseTimes);
    value = proxyTarget;
  }

  if (ctx.customInspect) {
    var maybeCustom = value['nodejs.util.inspect.custom'];
    if (typeof maybeCustom === 'function' &&
        maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      var depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      var isCrossContext = !(context instanceof Object);
      var ret = maybeCustom.call(context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') {
          return formatValue(ctx, ret, recurseTimes);
        }
        return replaceAllNewlines(ret, '\n' + repeat(' ', ctx.indentationLvl));
      }
    }
  }

  if (ctx.seen.indexOf(value) !== -1) {
    var index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = { objs: [value], ids: [index] };
    } else {
      var pos = ctx.circular.objs.indexOf(value);
      if (pos === -1) {
        index = ctx.circular.objs.length + 1;
        ctx.circular.objs.push(value);
        ctx.circular.ids.push(index);
      } else {
        index = ctx.circular.ids[pos];
      }
    }
    return ctx.stylize('[Circular *' + index + ']', 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

// A script's Symbol.toStringTag (internal/es2015's hidden key for it): shown as
// `Foo [Bar] {}` unless it is an own enumerable property (then it is listed with the
// other keys; an own one at all with showHidden), as Node does.
var kToStringTagKey = '\x01Symbol(Symbol.toStringTag)';
function userToStringTag(value, ctx) {
  var t;
  try {
    t = value[kToStringTagKey];
  } catch (e) {
    return '';
  }
  if (typeof t !== 'string' || t === '') return '';
  if (ctx.showHidden ? hasOwn.call(value, kToStringTagKey) :
      Object.prototype.propertyIsEnumerable.call(value, kToStringTagKey)) {
    return '';
  }
  return t;
}

function getEmptyFormatArray() {
  return [];
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  var keys;
  var protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
    protoProps = [];
  }

  var constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) {
    protoProps = undefined;
  }

  var reg = getRegisteredType(value);
  var tag = reg !== null ? reg.tag : '';
  if (typeof tag !== 'string') tag = '';
  // V8's Symbol.toStringTag of the built-in namespaces and of Node's global.
  if (value === Math) tag = 'Math';
  else if (value === JSON) tag = 'JSON';
  else if (value === global) tag = 'global';
  else if (tag === '') tag = userToStringTag(value, ctx);
  var base = '';
  var formatter = getEmptyFormatArray;
  var braces;
  var noIterator = true;
  var i = 0;
  var extrasType = 0 /* kObjectType */;
  var prefix, size;

  if (isArray(value)) {
    noIterator = false;
    prefix = (constructor !== 'Array' || tag !== '') ?
      getPrefix(constructor, tag, 'Array', '(' + value.length + ')') : '';
    keys = getOwnNonIndexProperties(value, ctx.showHidden);
    braces = [prefix + '[', ']'];
    if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
      return braces[0] + ']';
    }
    extrasType = 2 /* kArrayExtrasType */;
    formatter = formatArray;
  } else if (reg !== null && (reg.kind === 'set' || reg.kind === 'map')) {
    noIterator = false;
    var isSetKind = reg.kind === 'set';
    size = typeof reg.size === 'function' ? reg.size(value) : value.size;
    prefix = getPrefix(constructor, tag, reg.type, '(' + size + ')');
    keys = getKeys(value, ctx.showHidden);
    formatter = isSetKind ? makeSetFormatter(reg, size) : makeMapFormatter(reg, size);
    if (size === 0 && keys.length === 0 && protoProps === undefined) {
      return prefix + '{}';
    }
    braces = [prefix + '{', '}'];
  } else if (reg !== null && reg.kind === 'typedarray') {
    keys = getOwnNonIndexProperties(value, ctx.showHidden);
    size = value.length;
    prefix = getPrefix(constructor, tag, '', '(' + size + ')');
    braces = [prefix + '[', ']'];
    if (value.length === 0 && keys.length === 0 && !ctx.showHidden) {
      return braces[0] + ']';
    }
    noIterator = false;
    formatter = formatTypedArray;
    extrasType = 2 /* kArrayExtrasType */;
  } else if (reg !== null && reg.kind === 'iterator') {
    noIterator = false;
    keys = getKeys(value, ctx.showHidden);
    braces = getIteratorBraces(reg.type.replace(/ Iterator$/, ''), tag);
    formatter = makeIteratorFormatter(reg, braces);
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    var cls;
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) {
        return ctx.stylize(base, 'special');
      }
    } else if (reg !== null) {
      braces[0] = getPrefix(constructor, tag, reg.type) + '{';
      if (reg.kind === 'arraybuffer') {
        if (typedArray === undefined) {
          formatter = formatArrayBuffer;
        } else if (keys.length === 0 && protoProps === undefined) {
          return braces[0] + ' byteLength: ' +
            formatNumber(ctx.stylize, value.byteLength, false) + ' }';
        }
        keys.unshift('byteLength');
      } else if (reg.kind === 'dataview') {
        formatter = formatDataView;
      } else if (reg.kind === 'promise') {
        formatter = makePromiseFormatter(reg);
      } else if (reg.kind === 'weakset' || reg.kind === 'weakmap') {
        if (ctx.showHidden && reg.kind === 'weakset' && typeof reg.values === 'function') {
          formatter = makeWeakSetFormatter(reg);
        } else if (ctx.showHidden && reg.kind === 'weakmap' && typeof reg.entries === 'function') {
          formatter = makeWeakMapFormatter(reg);
        } else {
          formatter = formatWeakCollection;
        }
      } else if (typeof reg.format === 'function') {
        formatter = makeCustomFormatter(reg);
        if (reg.ownKeys === false) keys = [];
      } else if (keys.length === 0 && protoProps === undefined) {
        return braces[0] + '}';
      }
    } else if (constructor === 'Object') {
      if (classOf(value) === 'Arguments') {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = getPrefix(constructor, tag, 'Object') + '{';
      }
      if (keys.length === 0 && protoProps === undefined) {
        return braces[0] + '}';
      }
    } else if ((cls = classOf(value)) === 'RegExp') {
      if (ctx.showHidden) keys = filterRegExpKeys(keys);
      base = regexpToString.call(value);
      prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = prefix + base;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (cls === 'Date') {
      var time = dateGetTime.call(value);
      base = time !== time ? dateToString.call(value) : dateToISOString.call(value);
      prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = prefix + base;
      if (keys.length === 0 && protoProps === undefined) {
        return ctx.stylize(base, 'date');
      }
    } else if (cls === 'Error' || value instanceof Error) {
      if (keys.length !== 0) keys = filterErrorKeys(keys);
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (cls === 'Number' || cls === 'String' || cls === 'Boolean' ||
        (cls === 'Symbol' && isSymbolObject(value))) {
      base = getBoxedBase(value, ctx, keys, constructor, tag, cls);
      if (cls === 'String') keys = filterStringIndexKeys(keys, value);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        return getCtxStyle(value, constructor, tag) + '{}';
      }
      braces[0] = getCtxStyle(value, constructor, tag) + '{';
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    var constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    if (constructor !== null) constructorName = '[' + constructorName + ']';
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  var indentationLvl = ctx.indentationLvl;
  var output = formatEntriesGuarded(ctx, value, recurseTimes, formatter, keys, extrasType, protoProps);
  if (output === null) {
    var cName = getCtxStyle(value, constructor, tag).slice(0, -1);
    return handleMaxCallStackSize(ctx, cName, indentationLvl);
  }
  if (ctx.circular !== undefined) {
    var cpos = ctx.circular.objs.indexOf(value);
    if (cpos !== -1) {
      var reference = ctx.stylize('<ref *' + ctx.circular.ids[cpos] + '>', 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : reference + ' ' + base;
      } else {
        braces[0] = reference + ' ' + braces[0];
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    var comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === 0 /* kObjectType */) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      var start = output.length - keys.length;
      var sorted = output.slice(start).sort(comparator);
      for (i = 0; i < sorted.length; i++) output[start + i] = sorted[i];
    }
  }

  var res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  var budget = ctx.budget[ctx.indentationLvl] || 0;
  var newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 134217728) {
    ctx.depth = -1;
  }
  return res;
}

// Kept apart so that formatRaw and formatEntries stay free of try/catch:
// mujs keeps the locals of such functions on the stack ("lightweight").
function formatEntriesGuarded(ctx, value, recurseTimes, formatter, keys, extrasType, protoProps) {
  try {
    return formatEntries(ctx, value, recurseTimes, formatter, keys, extrasType, protoProps);
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    return null;
  }
}

function formatEntries(ctx, value, recurseTimes, formatter, keys, extrasType, protoProps) {
  var output = formatter(ctx, value, recurseTimes);
  var fp = formatProperty;
  var i;
  for (i = 0; i < keys.length; i++) {
    output[output.length] = fp(ctx, value, recurseTimes, keys[i], extrasType);
  }
  if (protoProps !== undefined) {
    for (i = 0; i < protoProps.length; i++) output.push(protoProps[i]);
  }
  return output;
}

function isStackOverflowError(err) {
  if (err === null || typeof err !== 'object') return false;
  if (!(err instanceof RangeError) && !(err instanceof Error)) return false;
  var msg = String(err.message);
  return msg.indexOf('call stack') !== -1 || msg.indexOf('stack overflow') !== -1 ||
    msg.indexOf('too much recursion') !== -1;
}

function handleMaxCallStackSize(ctx, constructorName, indentationLvl) {
  ctx.seen.pop();
  ctx.indentationLvl = indentationLvl;
  return ctx.stylize('[' + constructorName + ': Inspection interrupted ' +
    'prematurely. Maximum call stack size exceeded.]', 'special');
}

function filterErrorKeys(keys) {
  // mujs keeps its own stack data in a `stackTrace` property.
  var idx = keys.indexOf('stackTrace');
  if (idx !== -1) keys.splice(idx, 1);
  return keys;
}

// ES5 engines keep source/global/ignoreCase/multiline as own properties of
// each RegExp; in Node they are prototype accessors.
function filterRegExpKeys(keys) {
  var out = [];
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    if (k === 'source' || k === 'global' || k === 'ignoreCase' || k === 'multiline') continue;
    out.push(k);
  }
  return out;
}

function filterStringIndexKeys(keys, value) {
  var len = value.length;
  var out = [];
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    if (isIndexKey(k) && +k < len) continue;
    out.push(k);
  }
  return out;
}

function getIteratorBraces(type, tag) {
  if (tag !== type + ' Iterator') {
    if (tag !== '') tag += '] [';
    tag += type + ' Iterator';
  }
  return ['[' + tag + '] {', '}'];
}

function getBoxedBase(value, ctx, keys, constructor, tag, cls) {
  var fn, type;
  if (cls === 'Number') {
    fn = numberValueOf;
    type = 'Number';
  } else if (cls === 'String') {
    fn = stringValueOf;
    type = 'String';
  } else if (cls === 'Symbol') {
    fn = symbolObjectValue;
    type = 'Symbol';
  } else {
    fn = booleanValueOf;
    type = 'Boolean';
  }
  var base = '[' + type;
  if (type !== constructor) {
    if (constructor === null) {
      base += ' (null prototype)';
    } else {
      base += ' (' + constructor + ')';
    }
  }
  base += ': ' + formatPrimitive(stylizeNoColor, fn.call(value), ctx) + ']';
  if (tag !== '' && tag !== constructor) {
    base += ' [' + tag + ']';
  }
  var nkeys = cls === 'String' ? filterStringIndexKeys(keys, value).length : keys.length;
  if (nkeys !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function getClassBase(value, constructor, tag) {
  var hasName = hasOwn.call(value, 'name');
  var name = (hasName && value.name) || '(anonymous)';
  var base = 'class ' + name;
  if (constructor !== 'Function' && constructor !== null) {
    base += ' [' + constructor + ']';
  }
  if (tag !== '' && constructor !== tag) {
    base += ' [' + tag + ']';
  }
  if (constructor !== null) {
    var superName = fnName(getProto(value));
    if (superName) base += ' extends ' + superName;
  } else {
    base += ' extends [null prototype]';
  }
  return '[' + base + ']';
}

function getFunctionBase(value, constructor, tag) {
  var stringified = fnToString.call(value);
  if (stringified.slice(0, 5) === 'class' &&
      stringified.charAt(stringified.length - 1) === '}') {
    var slice = stringified.slice(5, -1);
    var bracketIndex = slice.indexOf('{');
    if (bracketIndex !== -1 &&
        (slice.slice(0, bracketIndex).indexOf('(') === -1 ||
         classRegExp.test(slice.replace(stripCommentsRegExp, '')))) {
      return getClassBase(value, constructor, tag);
    }
  }
  var type = 'Function';
  // a down-leveled generator/async function keeps its kind in a hidden property
  // (__ls.fnKind, internal/es2015): Node's isGeneratorFunction/isAsyncFunction
  var kd = Object.getOwnPropertyDescriptor(value, '\x01kind');
  var kind = kd !== undefined && typeof kd.value === 'number' ? kd.value : 0;
  if (kind & 1) type = 'Generator' + type;
  if (kind & 2) type = 'Async' + type;
  var base = '[' + type;
  if (constructor === null) base += ' (null prototype)';
  var name = fnName(value);
  if (name === '') {
    base += ' (anonymous)';
  } else {
    base += ': ' + name;
  }
  base += ']';
  if (constructor !== type && constructor !== null) {
    base += ' ' + constructor;
  }
  if (tag !== '' && constructor !== tag) {
    base += ' [' + tag + ']';
  }
  return base;
}

// ---------------------------------------------------------------------------
// Errors.

function identicalSequenceRange(a, b) {
  for (var i = 0; i < a.length - 3; i++) {
    var pos = b.indexOf(a[i]);
    if (pos !== -1) {
      var rest = b.length - pos;
      if (rest > 3) {
        var len = 1;
        var maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) {
          len++;
        }
        if (len > 3) {
          return { len: len, offset: i };
        }
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackString(error) {
  return error.stack ? String(error.stack) : errorToString.call(error);
}

function getStackFrames(ctx, err, stack) {
  var frames = stack.split('\n');
  var cause;
  try {
    cause = err.cause;
  } catch (e) {
    // If 'cause' is a getter that throws, ignore it.
  }
  if (cause != null && isError(cause)) {
    var causeStack = getStackString(cause);
    var causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      var causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      var r = identicalSequenceRange(frames, causeFrames);
      if (r.len > 0) {
        var skipped = r.len - 2;
        var msg = '    ... ' + skipped + ' lines matching cause stack trace ...';
        frames.splice(r.offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

var improveStackRe1 = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/;
var improveStackRe2 = /^([a-z_A-Z0-9-]*Error)$/;

function endsWith(str, suffix) {
  return str.length >= suffix.length &&
    str.slice(str.length - suffix.length) === suffix;
}

function improveStack(stack, constructor, name, tag) {
  var len = name.length;
  if (constructor === null ||
      (endsWith(name, 'Error') &&
       stack.slice(0, len) === name &&
       (stack.length === len || stack.charAt(len) === ':' || stack.charAt(len) === '\n'))) {
    var fallback = 'Error';
    if (constructor === null) {
      var start = improveStackRe1.exec(stack) || improveStackRe2.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    var prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.indexOf(name) !== -1) {
        if (len === 0) {
          stack = prefix + ': ' + stack;
        } else {
          stack = prefix + stack.slice(len);
        }
      } else {
        stack = prefix + ' [' + name + ']' + stack.slice(len);
      }
    }
  }
  return stack;
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    var names = ['name', 'message', 'stack'];
    for (var i = 0; i < names.length; i++) {
      var index = keys.indexOf(names[i]);
      if (index !== -1 && stack.indexOf(String(err[names[i]])) !== -1) {
        keys.splice(index, 1);
      }
    }
  }
}

function markNodeModules(ctx, line) {
  var tempLine = '';
  var lastPos = 0;
  var searchFrom = 0;
  while (true) {
    var nodeModulePosition = line.indexOf('node_modules', searchFrom);
    if (nodeModulePosition === -1) break;
    var separator = line.charAt(nodeModulePosition - 1);
    var after = line.charAt(nodeModulePosition + 12);
    if ((after !== '/' && after !== '\\') || (separator !== '/' && separator !== '\\')) {
      searchFrom = nodeModulePosition + 1;
      continue;
    }
    var moduleStart = nodeModulePosition + 13;
    tempLine += line.slice(lastPos, moduleStart);
    var moduleEnd = line.indexOf(separator, moduleStart);
    if (line.charAt(moduleStart) === '@') {
      moduleEnd = line.indexOf(separator, moduleEnd + 1);
    }
    var nodeModule = line.slice(moduleStart, moduleEnd);
    tempLine += ctx.stylize(nodeModule, 'module');
    lastPos = moduleEnd;
    searchFrom = moduleEnd;
  }
  if (lastPos !== 0) {
    line = tempLine + line.slice(lastPos);
  }
  return line;
}

function markCwd(ctx, line, workingDirectory) {
  var cwdStartPos = line.indexOf(workingDirectory);
  var tempLine = '';
  var cwdLength = workingDirectory.length;
  if (cwdStartPos !== -1) {
    if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
      cwdLength += 7;
      cwdStartPos -= 7;
    }
    var start = line.charAt(cwdStartPos - 1) === '(' ? cwdStartPos - 1 : cwdStartPos;
    var end = start !== cwdStartPos && endsWith(line, ')') ? -1 : line.length;
    var workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
    var cwdSlice = line.slice(start, workingDirectoryEndPos);
    tempLine += line.slice(0, start);
    tempLine += ctx.stylize(cwdSlice, 'undefined');
    tempLine += line.slice(workingDirectoryEndPos, end);
    if (end === -1) {
      tempLine += ctx.stylize(')', 'undefined');
    }
  } else {
    tempLine += line;
  }
  return tempLine;
}

function safeGetCWD() {
  try {
    if (typeof process === 'object' && process !== null && typeof process.cwd === 'function') {
      return process.cwd();
    }
  } catch (e) {
    // ignore
  }
  return undefined;
}

function formatError(err, constructor, tag, ctx, keys) {
  var name = err.name != null ? String(err.name) : 'Error';
  var stack = getStackString(err);

  removeDuplicateErrorKeys(ctx, keys, err, stack);

  if ('cause' in err && (keys.length === 0 || keys.indexOf('cause') === -1)) {
    keys.push('cause');
  }

  if (isArray(err.errors) && (keys.length === 0 || keys.indexOf('errors') === -1)) {
    keys.push('errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  var pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  var stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = '[' + stack + ']';
  } else {
    var newStack = stack.slice(0, stackStart);
    var stackFramePart = stack.slice(stackStart + 1);
    var lines = getStackFrames(ctx, err, stackFramePart);
    if (ctx.colors) {
      var workingDirectory = safeGetCWD();
      var esmWorkingDirectory;
      for (var i = 0; i < lines.length; i++) {
        var line = lines[i];
        var core = coreModuleRegExp.exec(line);
        if (core !== null) {
          newStack += '\n' + ctx.stylize(line, 'undefined');
        } else {
          newStack += '\n';
          line = markNodeModules(ctx, line);
          if (workingDirectory !== undefined) {
            var newLine = markCwd(ctx, line, workingDirectory);
            if (newLine === line) {
              if (esmWorkingDirectory === undefined) {
                esmWorkingDirectory = 'file://' + encodeURI(workingDirectory);
              }
              newLine = markCwd(ctx, line, esmWorkingDirectory);
            }
            line = newLine;
          }
          newStack += line;
        }
      }
    } else {
      newStack += '\n' + lines.join('\n');
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    stack = replaceAllNewlines(stack, '\n' + repeat(' ', ctx.indentationLvl));
  }
  return stack;
}

// ---------------------------------------------------------------------------
// String width.

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f ||
    code === 0x2329 ||
    code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1F ||
    (code >= 0x7F && code <= 0x9F) ||
    (code >= 0x300 && code <= 0x36F) ||
    (code >= 0x200B && code <= 0x200F) ||
    (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) ||
    (code >= 0xFE20 && code <= 0xFE2F) ||
    (code >= 0xE0100 && code <= 0xE01EF);
}

var nonPrintableAsciiRegExp = /[^\x20-\x7e]/;

function getStringWidth(str, removeControlChars) {
  if (!nonPrintableAsciiRegExp.test(str)) return str.length;
  var width = 0;
  if (removeControlChars !== false) str = stripVTControlCharacters(str);
  var len = str.length;
  for (var i = 0; i < len; i++) {
    var code = str.charCodeAt(i);
    if (code < 127) {
      if (code >= 32) width++;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < len) {
      var low = str.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (isFullWidthCodePoint(code)) {
      width += 2;
    } else if (!isZeroWidthCodePoint(code)) {
      width++;
    }
  }
  return width;
}

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw invalidArgType('str', 'string', str);
  if (str.indexOf('\u001b') === -1 && str.indexOf('\u009b') === -1) return str;
  if (ansi === null) {
    ansi = new RegExp(
      '[\\u001B\\u009B][[\\]()#;?]*' +
      '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
      '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
      '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
      '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
      '[\\dA-PR-TZcf-nq-uy=><~]))', 'g');
  }
  ansi.lastIndex = 0;
  return str.replace(ansi, '');
}

// ---------------------------------------------------------------------------
// Arrays and grouping.

function groupArrayElements(ctx, output, value) {
  var totalLength = 0;
  var maxLength = 0;
  var i = 0;
  var outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    outputLength--;
  }
  var separatorSpace = 2;
  var dataLen = new Array(outputLength);
  var colors = ctx.colors;
  var width = getStringWidth;
  for (; i < outputLength; i++) {
    var len = width(output[i], colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  var actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    var approxCharHeights = 2.5;
    var averageBias = Math.sqrt(actualMax - totalLength / output.length);
    var biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    var columns = Math.min(
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15
    );
    if (columns <= 1) {
      return output;
    }
    var tmp = [];
    var maxLineLength = [];
    for (i = 0; i < columns; i++) {
      var lineMaxLength = 0;
      for (var j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
      }
      lineMaxLength += separatorSpace;
      maxLineLength[i] = lineMaxLength;
    }
    var order = padStart;
    if (value !== undefined) {
      for (i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number') {
          order = padEnd;
          break;
        }
      }
    }
    for (i = 0; i < outputLength; i += columns) {
      var max = i + columns < outputLength ? i + columns : outputLength;
      var str = '';
      var k = i;
      for (; k < max - 1; k++) {
        var padding = maxLineLength[k - i] + output[k].length - dataLen[k];
        var cell = output[k] + ', ';
        var fill = padding - cell.length;
        if (fill > 0) {
          var spaces = fill <= 32 ? SPACES.slice(0, fill) : repeat(' ', fill);
          str += order === padStart ? spaces + cell : cell + spaces;
        } else {
          str += cell;
        }
      }
      if (order === padStart) {
        var padding2 = maxLineLength[k - i] + output[k].length - dataLen[k] - separatorSpace;
        str += padStart(output[k], padding2, ' ');
      } else {
        str += output[k];
      }
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) {
      tmp.push(output[outputLength]);
    }
    output = tmp;
  }
  return output;
}

function addNumericSeparator(integerString) {
  var result = '';
  var i = integerString.length;
  var start = integerString.charAt(0) === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = '_' + integerString.slice(i - 3, i) + result;
  }
  return i === integerString.length ? integerString : integerString.slice(0, i) + result;
}

function addNumericSeparatorEnd(integerString) {
  var result = '';
  var i = 0;
  for (; i < integerString.length - 3; i += 3) {
    result += integerString.slice(i, i + 3) + '_';
  }
  return i === 0 ? integerString : result + integerString.slice(i);
}

function remainingText(remaining) {
  return '... ' + remaining + ' more item' + (remaining > 1 ? 's' : '');
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (isNegativeZero(number)) return fn('-0', 'number');
    return fn('' + number, 'number');
  }
  var numberString = String(number);
  var integer = mathTrunc(number);
  if (integer === number) {
    if (!isFinite(number) || numberString.indexOf('e') !== -1) {
      return fn(numberString, 'number');
    }
    return fn(addNumericSeparator(numberString), 'number');
  }
  if (number !== number) {
    return fn(numberString, 'number');
  }
  var decimalIndex = numberString.indexOf('.');
  var integerPart = numberString.slice(0, decimalIndex);
  var fractionalPart = numberString.slice(decimalIndex + 1);
  return fn(addNumericSeparator(integerPart) + '.' +
    addNumericSeparatorEnd(fractionalPart), 'number');
}

function splitAfterNewlines(value) {
  var parts = [];
  var last = 0;
  var idx;
  while ((idx = value.indexOf('\n', last)) !== -1) {
    parts.push(value.slice(last, idx + 1));
    last = idx + 1;
  }
  if (last < value.length || parts.length === 0) parts.push(value.slice(last));
  return parts;
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    var trailer = '';
    if (value.length > ctx.maxStringLength) {
      var remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
    }
    if (ctx.compact !== true &&
        value.length > 16 /* kMinLineLength */ &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      var lines = splitAfterNewlines(value);
      for (var i = 0; i < lines.length; i++) lines[i] = fn(strEscape(lines[i]), 'string');
      return lines.join(' +\n' + repeat(' ', ctx.indentationLvl + 2)) + trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return fn('' + value, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  if (typeof value === 'bigint') return fn(String(value) + 'n', 'bigint');
  // symbol (internal/es2015.js's: String() of one is its hidden property key)
  return fn('Symbol(' + (value.description === undefined ? '' : value.description) + ')', 'symbol');
}

// Object.keys() of an array with integer keys first, ascending (V8's order),
// whatever order the engine enumerates them in.
function arrayKeysInIndexOrder(value) {
  var keys = objectKeys(value);
  var prev = -1;
  var sortedOk = true;
  var seenNonIndex = false;
  for (var i = 0; i < keys.length; i++) {
    if (isIndexKey(keys[i])) {
      var n = +keys[i];
      if (seenNonIndex || n < prev) {
        sortedOk = false;
        break;
      }
      prev = n;
    } else {
      seenNonIndex = true;
    }
  }
  if (sortedOk) return keys;
  var idx = [];
  var rest = [];
  for (var j = 0; j < keys.length; j++) {
    if (isIndexKey(keys[j])) idx.push(keys[j]);
    else rest.push(keys[j]);
  }
  idx.sort(function (a, b) { return a - b; });
  return idx.concat(rest);
}

function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  var keys = arrayKeysInIndexOrder(value);
  var index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    var key = keys[i];
    var tmp = +key;
    if (tmp > 4294967294) break;
    if ('' + index !== key) {
      if (!numberRegExp.test(key)) break;
      var emptyItems = tmp - index;
      var ending = emptyItems > 1 ? 's' : '';
      var message = '<' + emptyItems + ' empty item' + ending + '>';
      output.push(ctx.stylize(message, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, 1 /* kArrayType */));
    index++;
  }
  var remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      var ending2 = remaining > 1 ? 's' : '';
      output.push(ctx.stylize('<' + remaining + ' empty item' + ending2 + '>', 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

// Node's formatTypedArray (only Uint8Array/Buffer exist here).
function formatTypedArray(ctx, value, recurseTimes) {
  var length = value.length;
  var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  var remaining = length - maxLength;
  var output = new Array(maxLength);
  for (var i = 0; i < maxLength; ++i) {
    output[i] = formatNumber(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) {
    output[maxLength] = remainingText(remaining);
  }
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    var hiddenKeys = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
    for (var k = 0; k < hiddenKeys.length; k++) {
      var str = formatValue(ctx, value[hiddenKeys[k]], recurseTimes, true);
      output.push('[' + hiddenKeys[k] + ']: ' + str);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

// A DataView shows its byteLength, byteOffset and buffer (prototype getters, which
// Node lists as the first keys)
function formatDataView(ctx, value, recurseTimes) {
  var names = ['byteLength', 'byteOffset', 'buffer'];
  var output = [];
  for (var i = 0; i < names.length; i++) {
    ctx.indentationLvl += 2;
    output.push(names[i] + ': ' + formatValue(ctx, value[names[i]], recurseTimes));
    ctx.indentationLvl -= 2;
  }
  return output;
}

// Node's formatArrayBuffer: the first maxArrayLength bytes in hex.
function formatArrayBuffer(ctx, value) {
  var n = Math.min(ctx.maxArrayLength, value.byteLength);
  var str = binding.buffer.toString(value, 6 /* hex */, 0, n).replace(/(.{2})/g, '$1 ').trim();
  var remaining = value.byteLength - ctx.maxArrayLength;
  if (remaining > 0) {
    str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  }
  return [ctx.stylize('[Uint8Contents]', 'special') + ': <' + str + '>'];
}

function formatArray(ctx, value, recurseTimes) {
  var valLen = value.length;
  var max = ctx.maxArrayLength;
  var len = max < 0 ? 0 : (max < valLen ? max : valLen);
  var remaining = valLen - len;
  var output = [];
  var has = hasOwn;
  var fv = formatValue;
  var fp = formatProperty;
  for (var i = 0; i < len; i++) {
    var v = value[i];
    if (v !== undefined) {
      // Common case: a present element (see formatProperty's array path).
      ctx.indentationLvl += 2;
      output[i] = fv(ctx, v, recurseTimes);
      ctx.indentationLvl -= 2;
      continue;
    }
    if (!has.call(value, i)) {
      return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    }
    output[i] = fp(ctx, value, recurseTimes, i, 1 /* kArrayType */);
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// ---------------------------------------------------------------------------
// Registered collection types.

function makeSetFormatter(reg, size) {
  return function (ctx, value, recurseTimes) {
    var values = typeof reg.values === 'function' ? reg.values(value) : [];
    var length = size;
    var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    var remaining = length - maxLength;
    var output = [];
    ctx.indentationLvl += 2;
    for (var i = 0; i < values.length && i < maxLength; i++) {
      output.push(formatValue(ctx, values[i], recurseTimes));
    }
    if (remaining > 0) output.push(remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  };
}

function makeMapFormatter(reg, size) {
  return function (ctx, value, recurseTimes) {
    var entries = typeof reg.entries === 'function' ? reg.entries(value) : [];
    var length = size;
    var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    var remaining = length - maxLength;
    var output = [];
    ctx.indentationLvl += 2;
    for (var i = 0; i < entries.length && i < maxLength; i++) {
      var e = entries[i];
      output.push(formatValue(ctx, e[0], recurseTimes) + ' => ' +
        formatValue(ctx, e[1], recurseTimes));
    }
    if (remaining > 0) output.push(remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  };
}

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  var maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  var maxLength = Math.min(maxArrayLength, entries.length);
  var output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (var i = 0; i < maxLength; i++) {
    output[i] = formatValue(ctx, entries[i], recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (state === 0 /* kWeak */ && !ctx.sorted) output.sort();
  var remaining = entries.length - maxLength;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, state) {
  var maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  var len = entries.length / 2;
  var remaining = len - maxArrayLength;
  var maxLength = Math.min(maxArrayLength, len);
  var output = new Array(maxLength);
  var i = 0;
  ctx.indentationLvl += 2;
  if (state === 0 /* kWeak */) {
    for (; i < maxLength; i++) {
      var pos = i * 2;
      output[i] = formatValue(ctx, entries[pos], recurseTimes) + ' => ' +
        formatValue(ctx, entries[pos + 1], recurseTimes);
    }
    if (!ctx.sorted) output.sort();
  } else {
    for (; i < maxLength; i++) {
      var pos2 = i * 2;
      var res = [
        formatValue(ctx, entries[pos2], recurseTimes),
        formatValue(ctx, entries[pos2 + 1], recurseTimes)
      ];
      output[i] = reduceToSingleString(ctx, res, '', ['[', ']'], 2 /* kArrayExtrasType */, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function flattenPairs(pairs) {
  var flat = [];
  for (var i = 0; i < pairs.length; i++) flat.push(pairs[i][0], pairs[i][1]);
  return flat;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function makeWeakSetFormatter(reg) {
  return function (ctx, value, recurseTimes) {
    return formatSetIterInner(ctx, recurseTimes, reg.values(value), 0 /* kWeak */);
  };
}

function makeWeakMapFormatter(reg) {
  return function (ctx, value, recurseTimes) {
    return formatMapIterInner(ctx, recurseTimes, flattenPairs(reg.entries(value)), 0 /* kWeak */);
  };
}

function makeIteratorFormatter(reg, braces) {
  return function (ctx, value, recurseTimes) {
    var p = typeof reg.preview === 'function' ? reg.preview(value) : { entries: [], isKeyValue: false };
    var entries = p.entries || [];
    if (p.isKeyValue) {
      braces[0] = braces[0].replace(/ Iterator\] \{$/, ' Entries] {');
      return formatMapIterInner(ctx, recurseTimes, entries, 2 /* kMapEntries */);
    }
    return formatSetIterInner(ctx, recurseTimes, entries, 1 /* kIterator */);
  };
}

function makePromiseFormatter(reg) {
  return function (ctx, value, recurseTimes) {
    var details = typeof reg.state === 'function' ? reg.state(value) : { state: 'pending' };
    var state = details.state;
    if (state === 'pending' || state === 0) {
      return [ctx.stylize('<pending>', 'special')];
    }
    var result = 'value' in details ? details.value : details.result;
    ctx.indentationLvl += 2;
    var str = formatValue(ctx, result, recurseTimes);
    ctx.indentationLvl -= 2;
    return [state === 'rejected' || state === 2 ?
      ctx.stylize('<rejected>', 'special') + ' ' + str : str];
  };
}

function makeCustomFormatter(reg) {
  return function (ctx, value, recurseTimes) {
    var out = reg.format(value, function (v) {
      ctx.indentationLvl += 2;
      var s = formatValue(ctx, v, recurseTimes);
      ctx.indentationLvl -= 2;
      return s;
    }, ctx);
    return isArray(out) ? out.slice() : [];
  };
}

// ---------------------------------------------------------------------------
// Properties.

function formatProperty(ctx, value, recurseTimes, key, type, desc, original) {
  var name, str;
  var extra = ' ';
  if (type === 1 /* kArrayType */ && desc === undefined) {
    // Array elements: skip building a property descriptor unless the element
    // could be an accessor. (An accessor element returning a value other than
    // undefined is printed as that value, not as [Getter].)
    var v = value[key];
    if (v !== undefined) {
      ctx.indentationLvl += 2;
      str = formatValue(ctx, v, recurseTimes);
      ctx.indentationLvl -= 2;
      return str;
    }
  }
  if (original === undefined) original = value;
  desc = desc || getOwnDesc(value, key);
  if (desc === undefined) {
    // Inherited keys (e.g. `cause`) print as enumerable, as in Node. mujs also
    // has own "virtual" properties without descriptors (array and string
    // `length`, RegExp `lastIndex`), listed only by getOwnPropertyNames.
    desc = {
      value: emitterSymbolKeys.indexOf(key) !== -1 ? value[key] === true : value[key],
      enumerable: key !== 'length' && key !== 'lastIndex'
    };
  }
  if (desc.value !== undefined) {
    var diff = (ctx.compact !== true || type !== 0 /* kObjectType */) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = '\n' + repeat(' ', ctx.indentationLvl);
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    var label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    var sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      str = formatGetterValue(ctx, desc, original, recurseTimes, label);
    } else {
      str = ctx.stylize('[' + label + ']', sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === 1 /* kArrayType */) return str;
  if (typeof key === 'symbol') {
    return '[' + ctx.stylize('Symbol(' + (key.description === undefined ? '' :
      key.description) + ')', 'symbol') + ']:' + extra + str;
  }
  if (typeof key !== 'string') key = String(key);
  var symbol = pseudoSymbol(key);
  if (symbol !== null) {
    name = '[' + ctx.stylize(symbol, 'symbol') + ']';
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = '[' + escapeKeyRaw(key) + ']';
  } else if (keyStrRegExp.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return name + ':' + extra + str;
}

function formatGetterValue(ctx, desc, original, recurseTimes, label) {
  var s = ctx.stylize;
  var sp = 'special';
  var str;
  try {
    var tmp = desc.get.call(original);
    ctx.indentationLvl += 2;
    if (tmp === null) {
      str = s('[' + label + ':', sp) + ' ' + s('null', 'null') + s(']', sp);
    } else if (typeof tmp === 'object') {
      str = s('[' + label + ']', sp) + ' ' + formatValue(ctx, tmp, recurseTimes);
    } else {
      var primitive = formatPrimitive(s, tmp, ctx);
      str = s('[' + label + ':', sp) + ' ' + primitive + s(']', sp);
    }
    ctx.indentationLvl -= 2;
  } catch (err) {
    var message = '<Inspection threw (' + err.message + ')>';
    str = s('[' + label + ':', sp) + ' ' + message + s(']', sp);
  }
  return str;
}

function isBelowBreakLength(ctx, output, start, base) {
  var totalLength = output.length + start;
  var breakLength = ctx.breakLength;
  if (totalLength + output.length > breakLength) return false;
  var colors = ctx.colors;
  for (var i = 0; i < output.length; i++) {
    if (colors) {
      totalLength += removeColors(output[i]).length;
    } else {
      totalLength += output[i].length;
    }
    if (totalLength > breakLength) return false;
  }
  return base === '' || base.indexOf('\n') === -1;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  var indentation, joined;
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      var entries = output.length;
      if (extrasType === 2 /* kArrayExtrasType */ && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        var start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          joined = output.join(', ');
          if (joined.indexOf('\n') === -1) {
            return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
          }
        }
      }
    }
    indentation = '\n' + repeat(' ', ctx.indentationLvl);
    return (base ? base + ' ' : '') + braces[0] + indentation + '  ' +
      output.join(',' + indentation + '  ') + indentation + braces[1];
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return braces[0] + (base ? ' ' + base : '') + ' ' + output.join(', ') + ' ' + braces[1];
  }
  indentation = repeat(' ', ctx.indentationLvl);
  var ln = base === '' && braces[0].length === 1 ?
    ' ' : (base ? ' ' + base : '') + '\n' + indentation + '  ';
  return braces[0] + ln + output.join(',\n' + indentation + '  ') + ' ' + braces[1];
}

// ---------------------------------------------------------------------------
// format()

function hasBuiltInToString(value) {
  if (typeof value.toString !== 'function') {
    return true;
  }
  if (hasOwn.call(value, 'toString')) {
    return false;
  }
  var pointer = value;
  do {
    pointer = getProto(pointer);
  } while (pointer !== null && !hasOwn.call(pointer, 'toString'));
  if (pointer === null) return true;
  var descriptor = getOwnDesc(pointer, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    isBuiltInName(fnName(descriptor.value));
}

var CIRCULAR_ERROR_MESSAGE;
function firstErrorLine(error) {
  return String(error.message).split('\n')[0];
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (!CIRCULAR_ERROR_MESSAGE) {
      try {
        var a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        CIRCULAR_ERROR_MESSAGE = firstErrorLine(circularError);
      }
    }
    if (err && err.name === 'TypeError' && firstErrorLine(err) === CIRCULAR_ERROR_MESSAGE) {
      return '[Circular]';
    }
    throw err;
  }
}

function format() {
  var args = new Array(arguments.length);
  for (var i = 0; i < args.length; i++) args[i] = arguments[i];
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw invalidArgType('inspectOptions', 'object', inspectOptions);
  }
  var args = new Array(arguments.length - 1);
  for (var i = 1; i < arguments.length; i++) args[i - 1] = arguments[i];
  return formatWithOptionsInternal(inspectOptions, args);
}

function formatNumberNoColor(number, options) {
  var sep = options != null && options.numericSeparator != null ?
    options.numericSeparator : inspectDefaultOptions.numericSeparator;
  return formatNumber(stylizeNoColor, number, sep);
}

function extendOptions(inspectOptions, extra) {
  var o = {};
  var k;
  if (inspectOptions != null) {
    var keys = objectKeys(inspectOptions);
    for (var i = 0; i < keys.length; i++) o[keys[i]] = inspectOptions[keys[i]];
  }
  for (k in extra) if (hasOwn.call(extra, k)) o[k] = extra[k];
  return o;
}

function formatWithOptionsInternal(inspectOptions, args) {
  var first = args[0];
  var a = 0;
  var str = '';
  var join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    var tempStr;
    var lastPos = 0;
    for (var i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) === 37) { // '%'
        var nextChar = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: { // 's'
              var tempArg = args[++a];
              if (typeof tempArg === 'number') {
                tempStr = formatNumberNoColor(tempArg, inspectOptions);
              } else if (typeof tempArg === 'bigint') {
                tempStr = String(tempArg) + 'n';
              } else if (typeof tempArg === 'symbol') {
                tempStr = formatPrimitive(String, tempArg, {});
              } else if (typeof tempArg !== 'object' || tempArg === null ||
                         !hasBuiltInToString(tempArg)) {
                tempStr = String(tempArg);
              } else {
                tempStr = inspect(tempArg, extendOptions(inspectOptions, {
                  compact: 3, colors: false, depth: 0
                }));
              }
              break;
            }
            case 106: // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: { // 'd'
              var tempNum = args[++a];
              if (typeof tempNum === 'bigint') {
                tempStr = String(tempNum) + 'n';
              } else if (typeof tempNum === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumberNoColor(Number(tempNum), inspectOptions);
              }
              break;
            }
            case 79: // 'O'
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111: // 'o'
              tempStr = inspect(args[++a], extendOptions(inspectOptions, {
                showHidden: true, showProxy: true, depth: 4
              }));
              break;
            case 105: { // 'i'
              var tempInteger = args[++a];
              if (typeof tempInteger === 'bigint') {
                tempStr = String(tempInteger) + 'n';
              } else if (typeof tempInteger === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumberNoColor(parseInt(tempInteger), inspectOptions);
              }
              break;
            }
            case 102: { // 'f'
              var tempFloat = args[++a];
              if (typeof tempFloat === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumberNoColor(parseFloat(tempFloat), inspectOptions);
              }
              break;
            }
            case 99: // 'c'
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              str += first.slice(lastPos, i);
              lastPos = i + 1;
              continue;
            default:
              continue;
          }
          if (lastPos !== i - 1) {
            str += first.slice(lastPos, i - 1);
          }
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) {
        str += first.slice(lastPos);
      }
    }
  }

  while (a < args.length) {
    var value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

// ---------------------------------------------------------------------------
// Errors thrown by this module: Node's shapes, from internal/errors.

function invalidArgType(name, expected, actual) {
  return require('internal/errors').invalidArgType(name, expected, actual);
}

function makeNodeError(Ctor, code, message) {
  return require('internal/errors').makeNodeError(Ctor, code, message);
}

// ---------------------------------------------------------------------------

module.exports = {
  inspect: inspect,
  inspectDefaultOptions: inspectDefaultOptions,
  format: format,
  formatWithOptions: formatWithOptions,
  stripVTControlCharacters: stripVTControlCharacters,
  getStringWidth: getStringWidth,
  isZeroWidthCodePoint: isZeroWidthCodePoint,
  identicalSequenceRange: identicalSequenceRange,
  registerType: registerType,
  getRegisteredType: getRegisteredType,
  isRegisteredType: isRegisteredType,
  customInspectSymbol: customInspectSymbol,
  isError: isError,
  isNativeError: isNativeError,
  invalidArgType: invalidArgType,
  makeNodeError: makeNodeError,
  fnName: fnName,
  formatNumber: formatNumber
};
