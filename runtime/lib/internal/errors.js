// internal/errors — Node-style error construction shared by the runtime's modules.
//
// Mirrors the parts of Node 20's lib/internal/errors.js that user code can observe:
// the exact message text of ERR_INVALID_ARG_TYPE (including how the received value is
// described), an own enumerable `code`, and a toString() of the form
// "TypeError [ERR_CODE]: message". ES5 only: this file is the body of
// function (exports, require, module, binding) and runs on mujs.
'use strict';

// Type names that are printed lower-cased after "of type" (Node's kTypes).
var kTypes = [
  'string',
  'function',
  'number',
  'object',
  // Accept 'Function' and 'Object' as alternative to the lower cased version.
  'Function',
  'Object',
  'boolean',
  'bigint',
  'symbol'
];

// Names of classes, printed after "an instance of".
var classRegExp = /^[A-Z][a-zA-Z0-9]*$/;

var fnToString = Function.prototype.toString;
var objToString = Object.prototype.toString;

// The name of a function. Node reads fn.name; mujs has no `name` property on functions,
// so fall back to the name in its source text ("function foo(a,b) { [byte code] }").
function functionName(fn) {
  if ('name' in fn)
    return String(fn.name);
  var src;
  try {
    src = fnToString.call(fn);
  } catch (e) {
    return '';
  }
  var m = /^function\s*([^(\s]*)\s*\(/.exec(src);
  // A bound function prints as "function [bind]() { [native code] }": no name.
  return m && m[1] !== '[bind]' ? m[1] : '';
}

// Node's getConstructorName(): the name of the first constructor on the prototype chain
// the value is an instance of, or null for an object whose prototype is null.
function constructorName(obj) {
  var tmp = obj;
  var firstProto;
  while (obj) {
    var desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function') {
      var name = functionName(desc.value);
      if (name !== '' && isInstanceof(tmp, desc.value))
        return name;
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined)
      firstProto = obj;
  }
  if (firstProto === null)
    return null;
  // A prototype chain with no named constructor that does not end right after the
  // object itself. Node's inspect at depth -1 says exactly this.
  return internalClassName(tmp) + ' <Complex prototype>';
}

function isInstanceof(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch (e) {
    return false;
  }
}

function internalClassName(obj) {
  return objToString.call(obj).slice(8, -1);
}

// util.inspect(value, { depth: -1 }) for the objects that reach it from
// describeReceived(): ones with no usable `constructor`. Approximates Node for plain
// objects, null-prototype objects and arrays.
function inspectShallow(value) {
  var ctor = constructorName(value);
  var keys = Object.keys(value);
  var prefix;
  if (Array.isArray(value)) {
    var extra = 0;
    for (var i = 0; i < keys.length; i++) {
      if (!/^(0|[1-9][0-9]*)$/.test(keys[i]))
        extra++;
    }
    if (value.length === 0 && extra === 0) {
      if (ctor === 'Array')
        return '[]';
      return (ctor === null ?
        '[Array(0): null prototype] ' : ctor + '(0) ') + '[]';
    }
    if (ctor === null)
      return '[Array: null prototype]';
    return '[' + ctor + ']';
  }
  if (ctor === null) {
    var fallback = internalClassName(value);
    prefix = '[' + fallback + ': null prototype]';
    return keys.length === 0 ? prefix + ' {}' : prefix;
  }
  if (keys.length === 0)
    return ctor === 'Object' ? '{}' : ctor + ' {}';
  return '[' + ctor + ']';
}

function hex4(code) {
  var s = code.toString(16);
  while (s.length < 4)
    s = '0' + s;
  return s;
}

// JSON.stringify(string) as V8 does it (well-formed: lone surrogates escaped, lower-case
// hex), independent of the engine's own JSON.
function jsonQuote(str) {
  var out = '"';
  for (var i = 0; i < str.length; i++) {
    var c = str.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20) out += '\\u' + hex4(c);
    else if (c >= 0xd800 && c <= 0xdbff) {
      var d = i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += str.charAt(i) + str.charAt(i + 1);
        i++;
      } else {
        out += '\\u' + hex4(c);
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      out += '\\u' + hex4(c);
    } else {
      out += str.charAt(i);
    }
  }
  return out + '"';
}

// Node's determineSpecificType(): how "Received ..." describes a value.
function describeReceived(value) {
  if (value === null)
    return 'null';
  if (value === undefined)
    return 'undefined';

  var type = typeof value;
  switch (type) {
    case 'number':
      if (value === 0)
        return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      if (value !== value)
        return 'type number (NaN)';
      if (value === Infinity)
        return 'type number (Infinity)';
      if (value === -Infinity)
        return 'type number (-Infinity)';
      return 'type number (' + String(value) + ')';
    case 'boolean':
      return value ? 'type boolean (true)' : 'type boolean (false)';
    case 'function':
      return 'function ' + functionName(value);
    case 'object':
      var ctor = value.constructor;
      if (ctor && 'name' in ctor)
        return 'an instance of ' + String(ctor.name);
      if (typeof ctor === 'function')
        return 'an instance of ' + functionName(ctor);
      return inspectShallow(value);
    case 'string':
      if (value.length > 28)
        value = value.slice(0, 25) + '...';
      if (value.indexOf("'") === -1)
        return "type string ('" + value + "')";
      return 'type string (' + jsonQuote(value) + ')';
    case 'bigint':
      return 'type bigint (' + value + 'n)';
    case 'symbol':
      return 'type symbol (Symbol(' + (value.description === undefined ? '' : value.description) + '))';
    default:
      // No other `typeof` result exists; kept in Node's shape all the same.
      var s;
      try {
        s = String(value);
      } catch (e) {
        s = '';
      }
      if (s.length > 28)
        s = s.slice(0, 25) + '...';
      return 'type ' + type + ' (' + s + ')';
  }
}

// 'A', 'A or B', 'A, B, or C', 'A, B, C, or D'.
function formatList(array, type) {
  if (type === undefined)
    type = 'and';
  switch (array.length) {
    case 0: return '';
    case 1: return String(array[0]);
    case 2: return array[0] + ' ' + type + ' ' + array[1];
    case 3: return array[0] + ', ' + array[1] + ', ' + type + ' ' + array[2];
    default:
      return array.slice(0, -1).join(', ') + ', ' + type + ' ' +
        array[array.length - 1];
  }
}

// An error of class Ctor with Node's observable shape: the message, an own enumerable
// `code`, and toString() giving "Name [CODE]: message".
function makeNodeError(Ctor, code, message) {
  var err = new Ctor(message);
  err.code = code;
  Object.defineProperty(err, 'toString', {
    value: function toString() {
      return String(this.name) + ' [' + code + ']: ' + String(this.message);
    },
    writable: true,
    enumerable: false,
    configurable: true
  });
  return withCodeInStack(err);
}

// The message of ERR_INVALID_ARG_TYPE. `expected` is a type name or an array of them:
// lower-case primitive types ('string', 'Object' counts as 'object'), class names
// ('Buffer'), or free text ('a valid path').
function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected))
    expected = [expected];

  var msg = 'The ';
  if (name.length >= 9 && name.slice(-9) === ' argument') {
    // For cases like 'first argument'
    msg += name + ' ';
  } else {
    var kind = name.indexOf('.') !== -1 ? 'property' : 'argument';
    msg += '"' + name + '" ' + kind + ' ';
  }
  msg += 'must be ';

  var types = [];
  var instances = [];
  var other = [];
  var i;
  for (i = 0; i < expected.length; i++) {
    var value = expected[i];
    if (kTypes.indexOf(value) !== -1)
      types.push(value.toLowerCase());
    else if (classRegExp.test(value))
      instances.push(value);
    else
      other.push(value);
  }

  // Special handle `object` in case other instances are allowed to outline the
  // differences between each other.
  if (instances.length > 0) {
    var pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }

  if (types.length > 0) {
    msg += (types.length > 1 ? 'one of type' : 'of type') + ' ' +
      formatList(types, 'or');
    if (instances.length > 0 || other.length > 0)
      msg += ' or ';
  }

  if (instances.length > 0) {
    msg += 'an instance of ' + formatList(instances, 'or');
    if (other.length > 0)
      msg += ' or ';
  }

  if (other.length > 0) {
    if (other.length > 1) {
      msg += 'one of ' + formatList(other, 'or');
    } else {
      if (other[0].toLowerCase() !== other[0])
        msg += 'an ';
      msg += other[0];
    }
  }

  msg += '. Received ' + describeReceived(actual);
  return msg;
}

// new ERR_INVALID_ARG_TYPE(name, expected, actual): a TypeError to throw.
function invalidArgType(name, expected, actual) {
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    invalidArgTypeMessage(name, expected, actual));
}

// Node's stack header names the code: "TypeError [ERR_X]: message". Reading `stack`
// formats it (the runtime's lazy Error.prototype.stack getter caches it as an own
// property), then the header is rewritten. Returns err.
function withCodeInStack(err) {
  try {
    var stack = err.stack;
    var head = err.name + ': ';
    if (typeof stack === 'string' && stack.indexOf(head) === 0) {
      err.stack = err.name + ' [' + err.code + ']: ' + stack.slice(head.length);
    }
  } catch (e) {
    // leave the stack alone
  }
  return err;
}

var inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) {
    var m = require('internal/inspect');
    inspectModule = typeof m === 'function' ? m : m.inspect;
  }
  return inspectModule;
}

var strMeta = [
  '\\x00', '\\x01', '\\x02', '\\x03', '\\x04', '\\x05', '\\x06', '\\x07',
  '\\b', '\\t', '\\n', '\\x0B', '\\f', '\\r', '\\x0E', '\\x0F',
  '\\x10', '\\x11', '\\x12', '\\x13', '\\x14', '\\x15', '\\x16', '\\x17',
  '\\x18', '\\x19', '\\x1A', '\\x1B', '\\x1C', '\\x1D', '\\x1E', '\\x1F'
];

function hex2(n) {
  var s = n.toString(16).toUpperCase();
  return s.length < 2 ? '0' + s : s;
}

// util.inspect's strEscape: quote choice and escapes.
function strEscape(str) {
  var quote = 39; // '
  if (str.indexOf("'") !== -1) {
    if (str.indexOf('"') === -1) quote = -1;
    else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) quote = -2;
  }
  var result = '';
  var last = 0;
  for (var i = 0; i < str.length; i++) {
    var point = str.charCodeAt(i);
    var esc = null;
    if (point === quote) esc = "\\'";
    else if (point === 92) esc = '\\\\';
    else if (point < 32) esc = strMeta[point];
    else if (point > 126 && point < 160) esc = '\\x' + hex2(point);
    else if (point >= 0xd800 && point <= 0xdfff) {
      if (point <= 0xdbff && i + 1 < str.length) {
        var next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      esc = '\\u' + point.toString(16);
    }
    if (esc !== null) {
      result += str.slice(last, i) + esc;
      last = i + 1;
    }
  }
  if (last !== str.length) result += str.slice(last);
  if (quote === -1) return '"' + result + '"';
  if (quote === -2) return '`' + result + '`';
  return "'" + result + "'";
}

// util.inspect(value) for a string, with default options.
function inspectString(value) {
  var trailer = '';
  if (value.length > 10000) {
    var remaining = value.length - 10000;
    value = value.slice(0, 10000);
    trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
  }
  if (value.length > 16 && value.length > 128 - 4) {
    // Split after each newline, as util.inspect does for long strings.
    var parts = [];
    var start = 0;
    var idx;
    while ((idx = value.indexOf('\n', start)) !== -1 && idx + 1 < value.length) {
      parts.push(strEscape(value.slice(start, idx + 1)));
      start = idx + 1;
    }
    parts.push(strEscape(value.slice(start)));
    return parts.join(' +\n  ') + trailer;
  }
  return strEscape(value) + trailer;
}

// util.inspect(value) with default options. Primitives are formatted here, so that
// internal/inspect is loaded only for objects, functions and symbols.
function inspectValue(value) {
  switch (typeof value) {
    case 'string': return inspectString(value);
    case 'number': return value === 0 && 1 / value < 0 ? '-0' : '' + value;
    case 'boolean': return value ? 'true' : 'false';
    case 'undefined': return 'undefined';
  }
  if (value === null) return 'null';
  return lazyInspect()(value);
}

// 1234567 -> '1_234_567' (Node's addNumericalSeparator).
function addNumericalSeparator(val) {
  var res = '';
  var i = val.length;
  var start = val.charAt(0) === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = '_' + val.slice(i - 3, i) + res;
  return val.slice(0, i) + res;
}

// The message of ERR_OUT_OF_RANGE: `range` is the text after "It must be ".
function outOfRangeMessage(name, range, input) {
  var received;
  if (typeof input === 'number' && isFinite(input) && Math.floor(input) === input &&
      Math.abs(input) > 4294967296) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 4294967296 || input < -4294967296)
      received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspectValue(input);
  }
  return 'The value of "' + name + '" is out of range. It must be ' + range +
    '. Received ' + received;
}

// new ERR_OUT_OF_RANGE(name, range, input): a RangeError to throw.
function outOfRange(name, range, input) {
  return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', outOfRangeMessage(name, range, input));
}

// new ERR_UNHANDLED_ERROR(err): `err` is what to show in parentheses (events passes
// inspectValue() of the value emitted with 'error').
function unhandledError(err) {
  var msg = 'Unhandled error.';
  if (err !== undefined) msg += ' (' + err + ')';
  return makeNodeError(Error, 'ERR_UNHANDLED_ERROR', msg);
}

exports.invalidArgType = invalidArgType;
exports.functionName = functionName;
exports.invalidArgTypeMessage = invalidArgTypeMessage;
exports.describeReceived = describeReceived;
exports.makeNodeError = makeNodeError;
exports.formatList = formatList;
exports.withCodeInStack = withCodeInStack;
exports.inspectValue = inspectValue;
exports.inspectShallow = inspectShallow;
exports.addNumericalSeparator = addNumericalSeparator;
exports.outOfRangeMessage = outOfRangeMessage;
exports.outOfRange = outOfRange;
exports.unhandledError = unhandledError;
