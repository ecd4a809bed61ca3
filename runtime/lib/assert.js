// assert.js — Node 20's assert module (lib/assert.js, lib/internal/assert/*), in ES5.
//
// The observable parts follow Node 20.20: which checks throw, the AssertionError's
// properties (name, code, actual, expected, operator, generatedMessage) and its message
// texts, including the "+ actual - expected" line diff of createErrDiff() and the
// "The expression evaluated to a falsy value" message of ok(), which quotes the call
// from the caller's source file.
//
// Differences that come from mujs: stack frames carry no column, so ok() finds its call
// by line (the call on that line whose callee is named ok/assert/strict or an alias
// bound to require('assert'), the innermost when several qualify); AssertionError
// instances are ordinary objects inheriting from Error.prototype (instanceof Error is
// true, Object.prototype.toString gives [object Object]); CallTracker (deprecated) is
// not provided. Deep equality is util's (require('util')._isDeepEqual).
'use strict';

var errors = require('internal/errors');
var insp = require('internal/inspect');
var inspect = insp.inspect;

var objToString = Object.prototype.toString;
var hasOwn = Object.prototype.hasOwnProperty;

var deepEqualImpl;
function isDeepEqual(a, b) {
  if (deepEqualImpl === undefined) deepEqualImpl = require('util')._isDeepEqual;
  return deepEqualImpl(a, b, false);
}
function isDeepStrictEqual(a, b) {
  if (deepEqualImpl === undefined) deepEqualImpl = require('util')._isDeepEqual;
  return deepEqualImpl(a, b, true);
}

// ---------------------------------------------------------------------------
// Small helpers (primordials in Node).

function slice(args, start) {
  var out = [];
  for (var i = start; i < args.length; i++) out.push(args[i]);
  return out;
}

function objectIs(a, b) {
  if (a === b) return a !== 0 || 1 / a === 1 / b;
  return a !== a && b !== b;
}

function numberIsNaN(v) {
  return typeof v === 'number' && v !== v;
}

function isRegExp(v) {
  return objToString.call(v) === '[object RegExp]';
}

function isError(e) {
  return objToString.call(e) === '[object Error]' || e instanceof Error;
}

function repeat(s, n) {
  return new Array(n + 1).join(s);
}

function endsWith(s, suffix) {
  return s.length >= suffix.length && s.slice(s.length - suffix.length) === suffix;
}

// fn.name (mujs functions have none: internal/errors reads it from the source).
function nameOf(fn) {
  return typeof fn === 'function' ? errors.functionName(fn) : '';
}

function nodeError(Ctor, code, message) {
  return errors.withCodeInStack(errors.makeNodeError(Ctor, code, message));
}

function invalidArgType(name, expected, actual) {
  return errors.withCodeInStack(errors.invalidArgType(name, expected, actual));
}

function missingArgs() {
  return nodeError(TypeError, 'ERR_MISSING_ARGS',
    'The "actual" and "expected" arguments must be specified');
}

function invalidArgValue(name, value, reason) {
  var inspected = inspect(value);
  if (inspected.length > 128) inspected = inspected.slice(0, 128) + '...';
  var type = name.indexOf('.') !== -1 ? 'property' : 'argument';
  return nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
    'The ' + type + " '" + name + "' " + reason + '. Received ' + inspected);
}

function ambiguousArgument(name, reason) {
  return nodeError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT',
    'The "' + name + '" argument is ambiguous. ' + reason);
}

function invalidReturnValue(input, name, value) {
  return nodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
    'Expected ' + input + ' to be returned from the "' + name + '"' +
    ' function but got ' + errors.describeReceived(value) + '.');
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'Function', value);
}

// Node's internal/util/colors: escape codes only when stderr is a colour terminal.
var colors = { blue: '', green: '', white: '', red: '' };
function refreshColors() {
  var on = false;
  try {
    var s = process.stderr;
    on = !!(s && s.isTTY && typeof s.hasColors === 'function' && s.hasColors());
  } catch (e) {
    on = false;
  }
  colors.blue = on ? '\u001b[34m' : '';
  colors.green = on ? '\u001b[32m' : '';
  colors.white = on ? '\u001b[39m' : '';
  colors.red = on ? '\u001b[31m' : '';
}

function removeColors(str) {
  return str.replace(/\u001b\[\d\d?m/g, '');
}

// ---------------------------------------------------------------------------
// AssertionError (lib/internal/assert/assertion_error.js)

var kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject:
    'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:'
};

// Comparing short primitives should just show === / !== instead of using the diff.
var kMaxShortLength = 12;

function copyError(source) {
  var target = Object.create(Object.getPrototypeOf(source));
  var keys = Object.keys(source);
  for (var i = 0; i < keys.length; i++) target[keys[i]] = source[keys[i]];
  Object.defineProperty(target, 'message', { value: source.message });
  return target;
}

function inspectValue(val) {
  // The util.inspect default values could be changed. This makes sure the error
  // messages contain the necessary information nevertheless.
  return inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true
  });
}

function getErrorMessage(operator, message) {
  return message || kReadableOperator[operator];
}

function stderrColumns() {
  try {
    var s = process.stderr;
    if (s && s.isTTY) return s.columns;
  } catch (e) {
    // fall through
  }
  return 80;
}

// The message of a failed strictEqual/deepStrictEqual: both values inspected, one per
// line, compared line by line from the top after dropping identical trailing lines.
function createErrDiff(actual, expected, operator, message) {
  if (message === undefined) message = '';
  var other = '';
  var res = '';
  var end = '';
  var skipped = false;
  var actualInspected = inspectValue(actual);
  var actualLines = actualInspected.split('\n');
  var expectedLines = inspectValue(expected).split('\n');
  var i = 0;
  var indicator = '';

  // In case both values are objects or functions explicitly mark them as not
  // reference equal for the `strictEqual` operator.
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null &&
        typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  // If "actual" and "expected" fit on a single line and they are not strictly
  // equal, check further special handling.
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    var c = inspect.defaultOptions.colors;
    var actualRaw = c ? removeColors(actualLines[0]) : actualLines[0];
    var expectedRaw = c ? removeColors(expectedLines[0]) : expectedLines[0];
    var inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) &&
          (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) { // -0 === +0
        return getErrorMessage(operator, message) + '\n\n' +
          actualLines[0] + ' !== ' + expectedLines[0] + '\n';
      }
    } else if (operator !== 'strictEqualObject') {
      // Add a mismatch indicator below the output when both fit the terminal (80
      // columns when stderr is not a terminal).
      var maxLength = stderrColumns();
      if (inputLength < maxLength) {
        while (actualRaw.charAt(i) === expectedRaw.charAt(i) && i < actualRaw.length) {
          i++;
        }
        // Ignore the first characters.
        if (i > 2) {
          indicator = '\n  ' + repeat(' ', i) + '^';
          i = 0;
        }
      }
    }
  }

  // Remove all ending lines that match (this optimizes the output for readability
  // by reducing the number of total changed lines).
  var a = actualLines[actualLines.length - 1];
  var b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) {
      end = '\n  ' + a + end;
    } else {
      other = a;
    }
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  var maxLines = Math.max(actualLines.length, expectedLines.length);
  // Strict equal with identical objects that are not identical by reference.
  if (maxLines === 0) {
    var all = actualInspected.split('\n');
    if (all.length > 50) {
      all[46] = colors.blue + '...' + colors.white;
      while (all.length > 47) all.pop();
    }
    return kReadableOperator.notIdentical + '\n\n' + all.join('\n') + '\n';
  }

  // There were at least five identical lines at the end. Mark a couple of skipped.
  if (i >= 5) {
    end = '\n' + colors.blue + '...' + colors.white + end;
    skipped = true;
  }
  if (other !== '') {
    end = '\n  ' + other + end;
    other = '';
  }

  var printedLines = 0;
  var identical = 0;
  var msg = getErrorMessage(operator, message) + '\n' + colors.green + '+ actual' +
    colors.white + ' ' + colors.red + '- expected' + colors.white;
  var skippedMsg = ' ' + colors.blue + '...' + colors.white + ' Lines skipped';

  var lines = actualLines;
  var plusMinus = colors.green + '+' + colors.white;
  var maxLength2 = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = colors.red + '-' + colors.white;
    maxLength2 = actualLines.length;
  }

  for (i = 0; i < maxLines; i++) {
    if (maxLength2 < i + 1) {
      // If more than two former lines are identical, print them. Collapse them in
      // case more than five lines were identical.
      if (identical > 2) {
        if (identical > 3) {
          if (identical > 4) {
            if (identical === 5) {
              res += '\n  ' + lines[i - 3];
              printedLines++;
            } else {
              res += '\n' + colors.blue + '...' + colors.white;
              skipped = true;
            }
          }
          res += '\n  ' + lines[i - 2];
          printedLines++;
        }
        res += '\n  ' + lines[i - 1];
        printedLines++;
      }
      identical = 0;
      if (lines === actualLines) {
        res += '\n' + plusMinus + ' ' + lines[i];
      } else {
        other += '\n' + plusMinus + ' ' + lines[i];
      }
      printedLines++;
    } else {
      var expectedLine = expectedLines[i];
      var actualLine = actualLines[i];
      // Lines that differ only by a trailing comma count as identical.
      var divergingLines = actualLine !== expectedLine &&
        (!endsWith(actualLine, ',') || actualLine.slice(0, -1) !== expectedLine);
      if (divergingLines && endsWith(expectedLine, ',') &&
          expectedLine.slice(0, -1) === actualLine) {
        divergingLines = false;
        actualLine += ',';
      }
      if (divergingLines) {
        if (identical > 2) {
          if (identical > 3) {
            if (identical > 4) {
              if (identical === 5) {
                res += '\n  ' + actualLines[i - 3];
                printedLines++;
              } else {
                res += '\n' + colors.blue + '...' + colors.white;
                skipped = true;
              }
            }
            res += '\n  ' + actualLines[i - 2];
            printedLines++;
          }
          res += '\n  ' + actualLines[i - 1];
          printedLines++;
        }
        identical = 0;
        // Consecutive diverging lines show up as +++--- and not +-+-+-.
        res += '\n' + colors.green + '+' + colors.white + ' ' + actualLine;
        other += '\n' + colors.red + '-' + colors.white + ' ' + expectedLine;
        printedLines += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += '\n  ' + actualLine;
          printedLines++;
        }
      }
    }
    // Inspected object to big (Show ~50 rows max)
    if (printedLines > 50 && i < maxLines - 2) {
      return msg + skippedMsg + '\n' + res + '\n' + colors.blue + '...' + colors.white +
        other + '\n' + colors.blue + '...' + colors.white;
    }
  }

  return msg + (skipped ? skippedMsg : '') + '\n' + res + other + end + indicator;
}

function addEllipsis(string) {
  var lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return lines.join('\n') + '\n...';
  } else if (string.length > 512) {
    return string.slice(512) + '...';
  }
  return string;
}

function isAssertFrame(frame) {
  return /(?:^|\()node:assert(?:\/strict)?:\d+\)?$/.test(frame);
}

function isNativeFrame(frame) {
  return / \(native\)$/.test(frame) || frame === 'native';
}

// The call stack of the code that called into this module, as "\n\tat ..." lines
// (mujs's stackTrace layout): the leading frames inside assert, native frames among
// and right after them (fn.apply, fn.call) included, are left out, as V8 leaves out
// everything above stackStartFn.
function callerTrace() {
  var t = new Error().stackTrace;
  if (typeof t !== 'string') return '';
  var lines = t.split('\n\tat ');
  var i = 1;
  var start = 1;
  while (i < lines.length && (isAssertFrame(lines[i]) || isNativeFrame(lines[i]))) {
    if (isAssertFrame(lines[i])) start = i + 1;
    i++;
  }
  while (start < lines.length && isNativeFrame(lines[start])) start++;
  return [''].concat(lines.slice(start)).join('\n\tat ');
}

function formatFrames(trace) {
  var lines = trace.split('\n\tat ');
  var limit = Error.stackTraceLimit;
  var out = '';
  if (typeof limit !== 'number' || limit !== limit) limit = 10;
  for (var i = 1; i < lines.length && i <= limit; i++) out += '\n    at ' + lines[i];
  return out;
}

function defineHidden(obj, name, value) {
  Object.defineProperty(obj, name, {
    value: value, writable: true, enumerable: false, configurable: true
  });
}

function AssertionError(options) {
  if (!(this instanceof AssertionError)) {
    throw new TypeError("Class constructor AssertionError cannot be invoked without 'new'");
  }
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw invalidArgType('options', 'Object', options);
  }
  var message = options.message;
  var operator = options.operator;
  var details = options.details;
  var actual = options.actual;
  var expected = options.expected;
  var msg;

  if (message != null) {
    if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      msg = createErrDiff(actual, expected, operator, message);
    } else {
      msg = String(message);
    }
  } else {
    refreshColors();
    // Prevent the error stack from being visible by duplicating the error in a very
    // close way to the original in case both sides are actually instances of Error.
    if (typeof actual === 'object' && actual !== null &&
        typeof expected === 'object' && expected !== null &&
        'stack' in actual && actual instanceof Error &&
        'stack' in expected && expected instanceof Error) {
      actual = copyError(actual);
      expected = copyError(expected);
    }

    if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      msg = createErrDiff(actual, expected, operator);
    } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      // In case the objects are equal but the operator requires unequal, show the
      // first object and say A equals B
      var base = kReadableOperator[operator];
      var res = inspectValue(actual).split('\n');
      if (operator === 'notStrictEqual' &&
          ((typeof actual === 'object' && actual !== null) ||
           typeof actual === 'function')) {
        base = kReadableOperator.notStrictEqualObject;
      }
      if (res.length > 50) {
        res[46] = colors.blue + '...' + colors.white;
        while (res.length > 47) res.pop();
      }
      if (res.length === 1) {
        msg = base + (res[0].length > 5 ? '\n\n' : ' ') + res[0];
      } else {
        msg = base + '\n\n' + res.join('\n') + '\n';
      }
    } else {
      var r = inspectValue(actual);
      var other = inspectValue(expected);
      var knownOperator = kReadableOperator[operator];
      if (operator === 'notDeepEqual' && r === other) {
        r = knownOperator + '\n\n' + r;
        if (r.length > 1024) r = r.slice(0, 1021) + '...';
        msg = r;
      } else {
        if (r.length > 512) r = r.slice(0, 509) + '...';
        if (other.length > 512) other = other.slice(0, 509) + '...';
        if (operator === 'deepEqual') {
          r = knownOperator + '\n\n' + r + '\n\nshould loosely deep-equal\n\n';
        } else {
          var newOp = kReadableOperator[operator + 'Unequal'];
          if (newOp) {
            r = newOp + '\n\n' + r + '\n\nshould not loosely deep-equal\n\n';
          } else {
            other = ' ' + operator + ' ' + other;
          }
        }
        msg = r + other;
      }
    }
  }

  defineHidden(this, 'message', msg);
  this.generatedMessage = !message;
  defineHidden(this, 'name', 'AssertionError [ERR_ASSERTION]');
  this.code = 'ERR_ASSERTION';
  if (details) {
    this.actual = undefined;
    this.expected = undefined;
    this.operator = undefined;
    for (var i = 0; i < details.length; i++) {
      this['message ' + i] = details[i].message;
      this['actual ' + i] = details[i].actual;
      this['expected ' + i] = details[i].expected;
      this['operator ' + i] = details[i].operator;
      this['stack trace ' + i] = details[i].stack;
    }
  } else {
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
  }
  // The stack header names the code, as Node's does; the name is reset afterwards.
  var trace = callerTrace();
  defineHidden(this, 'stackTrace', trace);
  defineHidden(this, 'stack', 'AssertionError [ERR_ASSERTION]: ' + msg + formatFrames(trace));
  this.name = 'AssertionError';
}

AssertionError.prototype = Object.create(Error.prototype, {
  constructor: { value: AssertionError, writable: true, enumerable: false, configurable: true },
  toString: {
    value: function toString() {
      return this.name + ' [' + this.code + ']: ' + this.message;
    },
    writable: true, enumerable: false, configurable: true
  }
});

// Long strings are cut, and actual/expected shown at depth 0: the message already
// holds the combined view of both values.
defineHidden(AssertionError.prototype, insp.customInspectSymbol,
  function (recurseTimes, ctx) {
    var tmpActual = this.actual;
    var tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    var opts = {};
    if (ctx !== null && typeof ctx === 'object') {
      var keys = Object.keys(ctx);
      for (var i = 0; i < keys.length; i++) opts[keys[i]] = ctx[keys[i]];
    }
    opts.customInspect = false;
    opts.depth = 0;
    var result;
    try {
      result = inspect(this, opts);
    } finally {
      this.actual = tmpActual;
      this.expected = tmpExpected;
    }
    return result;
  });

// ---------------------------------------------------------------------------
// ok(): "The expression evaluated to a falsy value" quotes the failing call.

// Escape control characters but not \n and \t to keep the line breaks and
// indentation intact.
var escapeSequencesRegExp = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
var meta = [
  '\\u0000', '\\u0001', '\\u0002', '\\u0003', '\\u0004',
  '\\u0005', '\\u0006', '\\u0007', '\\b', '',
  '', '\\u000b', '\\f', '', '\\u000e',
  '\\u000f', '\\u0010', '\\u0011', '\\u0012', '\\u0013',
  '\\u0014', '\\u0015', '\\u0016', '\\u0017', '\\u0018',
  '\\u0019', '\\u001a', '\\u001b', '\\u001c', '\\u001d',
  '\\u001e', '\\u001f'
];
function escapeFn(str) {
  return meta[str.charCodeAt(0)];
}

var keywords = {
  'if': 1, 'for': 1, 'while': 1, 'switch': 1, 'catch': 1, 'function': 1, 'return': 1,
  'typeof': 1, 'instanceof': 1, 'in': 1, 'of': 1, 'new': 1, 'delete': 1, 'void': 1,
  'throw': 1, 'case': 1, 'do': 1, 'else': 1, 'with': 1, 'var': 1, 'let': 1,
  'const': 1, 'yield': 1, 'await': 1
};

// Keywords after which a '/' starts a regular expression.
var regexAfterWord = {
  'return': 1, 'typeof': 1, 'instanceof': 1, 'in': 1, 'of': 1, 'new': 1, 'delete': 1,
  'void': 1, 'throw': 1, 'case': 1, 'do': 1, 'else': 1, 'yield': 1, 'await': 1
};

function isIdentStart(ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_' ||
    ch === '$' || ch > '\x7f';
}

function isIdentPart(ch) {
  return isIdentStart(ch) || (ch >= '0' && ch <= '9');
}

// Every call expression in `src` whose callee is a dotted name (a, a.b, a.b.c), as
// { start, end, name, segs } with `name` the callee's last identifier and `segs` the
// start of each identifier. A tokenizer good enough for strings, comments, template
// literals and regular expressions.
function findCalls(src) {
  var calls = [];
  var parens = [];	// { open, callee } for each unclosed '('
  var n = src.length;
  var i = 0;
  var last = '';		// kind of the last significant token: 'id', 'kw', 'punc', ')', 'lit'
  var lastWord = '';
  var chainStart = -1;	// start of the dotted name ending at the last token
  var chainSegs = [];	// start of each of its names
  var chainName = '';
  var afterDot = false;
  var afterFunction = false;
  while (i < n) {
    var ch = src.charAt(i);
    var ch2 = src.charAt(i + 1);
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' ||
        ch === '\v' || ch === '\u00a0' || ch === '\ufeff') {
      i++;
      continue;
    }
    if (ch === '/' && ch2 === '/') {
      while (i < n && src.charAt(i) !== '\n') i++;
      continue;
    }
    if (ch === '/' && ch2 === '*') {
      var close = src.indexOf('*/', i + 2);
      i = close === -1 ? n : close + 2;
      continue;
    }
    if (ch === '#' && ch2 === '!' && i === 0) {
      while (i < n && src.charAt(i) !== '\n') i++;
      continue;
    }
    if (isIdentStart(ch) || ch === '\\') {
      var s = i;
      i++;
      while (i < n && (isIdentPart(src.charAt(i)) || src.charAt(i) === '\\')) i++;
      var word = src.slice(s, i);
      if (afterDot && chainStart !== -1) {
        chainName = word;
        chainSegs.push(s);
        last = 'id';
      } else if (hasOwn.call(keywords, word)) {
        chainStart = -1;
        last = 'kw';
        afterFunction = word === 'function';
        lastWord = word;
        afterDot = false;
        continue;
      } else {
        chainStart = s;
        chainName = word;
        chainSegs = [s];
        last = 'id';
      }
      afterDot = false;
      continue;
    }
    if (ch === '.' && !(ch2 >= '0' && ch2 <= '9')) {
      afterDot = last === 'id';
      if (!afterDot) chainStart = -1;
      last = 'punc';
      i++;
      continue;
    }
    if (ch === '(') {
      var callee = last === 'id' && !afterFunction && chainStart !== -1 ? chainStart : -1;
      parens.push({ open: i, callee: callee, name: chainName, segs: chainSegs });
      chainStart = -1;
      afterFunction = false;
      afterDot = false;
      last = 'punc';
      i++;
      continue;
    }
    afterDot = false;
    chainStart = -1;
    if (last !== 'id') afterFunction = false;
    if (ch === ')') {
      var p = parens.pop();
      if (p && p.callee !== -1) {
        calls.push({ start: p.callee, end: i + 1, name: p.name, segs: p.segs });
      }
      last = ')';
      i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      i++;
      while (i < n && src.charAt(i) !== ch && src.charAt(i) !== '\n') {
        if (src.charAt(i) === '\\') i++;
        i++;
      }
      i++;
      last = 'lit';
      continue;
    }
    if (ch === '`') {
      i++;
      while (i < n && src.charAt(i) !== '`') {
        if (src.charAt(i) === '\\') i++;
        i++;
      }
      i++;
      last = 'lit';
      continue;
    }
    if (ch >= '0' && ch <= '9' || ch === '.') {
      i++;
      while (i < n && (isIdentPart(src.charAt(i)) || src.charAt(i) === '.')) i++;
      last = 'lit';
      continue;
    }
    if (ch === '/' && (last === '' || last === 'punc' ||
        (last === 'kw' && hasOwn.call(regexAfterWord, lastWord)))) {
      var inClass = false;
      i++;
      while (i < n && src.charAt(i) !== '\n') {
        var rc = src.charAt(i);
        if (rc === '\\') {
          i += 2;
          continue;
        }
        if (rc === '[') inClass = true;
        else if (rc === ']') inClass = false;
        else if (rc === '/' && !inClass) break;
        i++;
      }
      i++;
      while (i < n && isIdentPart(src.charAt(i))) i++;
      last = 'lit';
      continue;
    }
    // ']' ends an operand as ')' does ('/' after it divides); any other character
    // is an operator or a block brace ('/' after it starts a regular expression).
    last = ch === ']' ? ')' : 'punc';
    i++;
  }
  return calls;
}

// Names the call may have been made through: ok, assert, strict, and variables bound
// to require('assert') (or its ok/strict) in the file.
function calleeNames(src) {
  var names = { ok: 1, assert: 1, strict: 1 };
  var re = /([A-Za-z_$][\w$]*)\s*=\s*require\(\s*['"](?:node:)?assert(?:\/strict)?['"]\s*\)(?:\s*\.\s*(?:ok|strict))?\s*(?:[;,\n]|$)/g;
  var m;
  while ((m = re.exec(src)) !== null) names[m[1]] = 1;
  return names;
}

function lineStarts(src) {
  var starts = [0];
  var idx = -1;
  while ((idx = src.indexOf('\n', idx + 1)) !== -1) starts.push(idx + 1);
  return starts;
}

function lineOf(starts, offset) {
  var lo = 0;
  var hi = starts.length - 1;
  while (lo < hi) {
    var mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

// The failing call's source for ok(), or undefined where it cannot be found.
function getErrMessage() {
  var trace = callerTrace();
  var frame = trace.split('\n\tat ')[1];
  if (frame === undefined) return undefined;
  var m = /(?:\(|^)([^()]+):(\d+)\)?$/.exec(frame);
  if (!m) return undefined;
  var filename = m[1];
  var line = Number(m[2]);
  // Skip Node.js modules! (Node cannot open '[eval]' either.)
  if (filename.indexOf('node:') === 0 || filename === '[eval]') return undefined;
  var src;
  try {
    src = binding.readFileUtf8(filename);
  } catch (e) {
    return undefined;
  }
  if (typeof src !== 'string' || src.length > 1048576) return undefined;

  var starts = lineStarts(src);
  var calls = findCalls(src);
  var names = calleeNames(src);
  var best = null;
  var fallback = null;
  for (var i = 0; i < calls.length; i++) {
    var c = calls[i];
    if (lineOf(starts, c.start) > line || lineOf(starts, c.end - 1) < line) continue;
    // Innermost: the latest start among calls that span the line.
    if (hasOwn.call(names, c.name)) {
      if (best === null || c.start > best.start) best = c;
    } else if (fallback === null || c.start > fallback.start) {
      fallback = c;
    }
  }
  if (best === null) best = fallback;
  if (best === null) return undefined;

  // V8 places a member call at its last name, and Node quotes from the first name on
  // that line ("assert\n  .ok(x)" quotes "ok(x)").
  var start = best.start;
  var nameLine = lineOf(starts, best.segs[best.segs.length - 1]);
  for (var k = 0; k < best.segs.length; k++) {
    if (lineOf(starts, best.segs[k]) === nameLine) {
      start = best.segs[k];
      break;
    }
  }
  best = { start: start, end: best.end };

  var column = best.start - starts[lineOf(starts, best.start) - 1];
  var message = src.slice(best.start, best.end).replace(escapeSequencesRegExp, escapeFn);
  // Always normalize indentation, otherwise the message could look weird.
  if (message.indexOf('\n') !== -1) {
    message = message.replace(/\r\n/g, '\n');
    var frames = message.split('\n');
    message = frames.shift();
    for (var j = 0; j < frames.length; j++) {
      var f = frames[j];
      var pos = 0;
      while (pos < column && (f.charAt(pos) === ' ' || f.charAt(pos) === '\t')) pos++;
      message += '\n  ' + f.slice(pos);
    }
  }
  return 'The expression evaluated to a falsy value:\n\n  ' + message + '\n';
}

function innerOk(argLen, value, message) {
  if (!value) {
    var generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = getErrMessage();
    } else if (isError(message)) {
      throw message;
    }
    var err = new AssertionError({
      actual: value,
      expected: true,
      message: message,
      operator: '=='
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

// ---------------------------------------------------------------------------
// The module (lib/assert.js)

function ok(value, message) {
  innerOk(arguments.length, value, message);
}

var assert = module.exports = ok;

var NO_EXCEPTION_SENTINEL = {};

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

var warned = false;

function fail(actual, expected, message, operator, stackStartFn) {
  var argsLen = arguments.length;
  var internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (warned === false) {
      warned = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning',
        'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }

  if (message instanceof Error) throw message;

  var err = new AssertionError({
    actual: actual,
    expected: expected,
    operator: operator === undefined ? 'fail' : operator,
    message: message
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

assert.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!numberIsNaN(actual) || !numberIsNaN(expected))) {
    innerFail({ actual: actual, expected: expected, message: message, operator: '==' });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (numberIsNaN(actual) && numberIsNaN(expected))) {
    innerFail({ actual: actual, expected: expected, message: message, operator: '!=' });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'deepEqual' });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (isDeepEqual(actual, expected)) {
    innerFail({
      actual: actual, expected: expected, message: message, operator: 'notDeepEqual'
    });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual: actual, expected: expected, message: message, operator: 'deepStrictEqual'
    });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual: actual, expected: expected, message: message, operator: 'notDeepStrictEqual'
    });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (!objectIs(actual, expected)) {
    innerFail({
      actual: actual, expected: expected, message: message, operator: 'strictEqual'
    });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs();
  if (objectIs(actual, expected)) {
    innerFail({
      actual: actual, expected: expected, message: message, operator: 'notStrictEqual'
    });
  }
};

// Placeholder objects for a readable diff of the compared error keys.
function Comparison(obj, keys, actual) {
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i];
    if (key in obj) {
      if (actual !== undefined &&
          typeof actual[key] === 'string' &&
          isRegExp(obj[key]) &&
          obj[key].exec(actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = obj[key];
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fnName) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      var a = new Comparison(actual, keys);
      var b = new Comparison(expected, keys, actual);
      var err = new AssertionError({
        actual: a,
        expected: b,
        operator: 'deepStrictEqual'
      });
      err.actual = actual;
      err.expected = expected;
      err.operator = fnName;
      throw err;
    }
    innerFail({ actual: actual, expected: expected, message: message, operator: fnName });
  }
}

var nativeErrorCtors = [TypeError, RangeError, SyntaxError, ReferenceError, EvalError,
  URIError];

// Error.isPrototypeOf(expected): V8's native error constructors inherit from Error
// (and so does AssertionError, a class in Node); mujs's do not.
function isErrorSubclass(ctor) {
  return Error.isPrototypeOf(ctor) || ctor === AssertionError ||
    nativeErrorCtors.indexOf(ctor) !== -1;
}

function expectedException(actual, expected, message, fnName) {
  var generatedMessage = false;
  var throwError = false;
  var err;

  if (typeof expected !== 'function') {
    // Handle regular expressions.
    if (isRegExp(expected)) {
      var str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          inspect(expected) + '. Input:\n\n' + inspect(str) + '\n';
      }
      throwError = true;
      // Handle primitives properly.
    } else if (typeof actual !== 'object' || actual === null) {
      err = new AssertionError({
        actual: actual,
        expected: expected,
        message: message,
        operator: 'deepStrictEqual'
      });
      err.operator = fnName;
      throw err;
    } else {
      // Handle validation objects.
      var keys = Object.keys(expected);
      // Special handle errors to make sure the name and the message are compared
      // as well.
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw invalidArgValue('error', expected, 'may not be an empty object');
      }
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (typeof actual[key] === 'string' &&
            isRegExp(expected[key]) &&
            expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fnName);
      }
      return;
    }
  // Guard instanceof against arrow functions as they don't have a prototype.
  // Check for matching Error classes.
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (isErrorSubclass(expected)) {
    if (!message) {
      generatedMessage = true;
      message = 'The error is expected to be an instance of "' + nameOf(expected) +
        '". Received ';
      if (isError(actual)) {
        var name = (actual.constructor && nameOf(actual.constructor)) || actual.name;
        if (nameOf(expected) === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += '"' + name + '"';
        }
        if (actual.message) {
          message += '\n\nError message:\n\n' + actual.message;
        }
      } else {
        message += '"' + inspect(actual, { depth: -1 }) + '"';
      }
    }
    throwError = true;
  } else {
    // Check validation functions return value.
    var res = expected.apply({}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        var vname = nameOf(expected) ? '"' + nameOf(expected) + '" ' : '';
        message = 'The ' + vname + 'validation function is expected to return' +
          ' "true". Received ' + inspect(res);
        if (isError(actual)) {
          message += '\n\nCaught error:\n\n' + actual;
        }
      }
      throwError = true;
    }
  }

  if (throwError) {
    err = new AssertionError({
      actual: actual,
      expected: expected,
      message: message,
      operator: fnName
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function isPromise(obj) {
  var types = require('util').types;
  return types.isPromise(obj);
}

function checkIsPromise(obj) {
  // Accept native ES6 promises and promises that are implemented in a similar way.
  // Do not accept thenables that use a function as `obj` and that have no `catch`
  // handler.
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' &&
     typeof obj.then === 'function' &&
     typeof obj.catch === 'function');
}

// Node's async waitForActual(): resolves with the rejection reason, or with the
// sentinel when the promise fulfils; rejects when promiseFn is not usable.
function waitForActual(promiseFn) {
  return new Promise(function (resolve) {
    var resultPromise;
    if (typeof promiseFn === 'function') {
      // Return a rejected promise if `promiseFn` throws synchronously.
      resultPromise = promiseFn();
      // Fail in case no promise is returned.
      if (!checkIsPromise(resultPromise)) {
        throw invalidReturnValue('instance of Promise', 'promiseFn', resultPromise);
      }
    } else if (checkIsPromise(promiseFn)) {
      resultPromise = promiseFn;
    } else {
      throw invalidArgType('promiseFn', ['Function', 'Promise'], promiseFn);
    }
    resultPromise.then(function () {
      resolve(NO_EXCEPTION_SENTINEL);
    }, function (e) {
      resolve(e);
    });
  });
}

function expectsError(fnName, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw invalidArgType('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw ambiguousArgument('error/message',
          'The error message "' + actual.message + '" is identical to the message.');
      }
    } else if (actual === error) {
      throw ambiguousArgument('error/message',
        'The error "' + actual + '" is identical to the message.');
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw invalidArgType('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION_SENTINEL) {
    var details = '';
    if (error && error.name) {
      details += ' (' + error.name + ')';
    } else if (typeof error === 'function' && nameOf(error)) {
      details += ' (' + nameOf(error) + ')';
    }
    details += message ? ': ' + message : '.';
    var fnType = fnName === 'rejects' ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: fnName,
      message: 'Missing expected ' + fnType + details
    });
  }

  if (!error) return;

  expectedException(actual, error, message, fnName);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      var str = String(actual);
      return expected.exec(str) !== null;
    }
    throw invalidArgType('expected', ['Function', 'RegExp'], expected);
  }
  // Guard instanceof against arrow functions as they don't have a prototype.
  if (expected.prototype !== undefined && actual instanceof expected) {
    return true;
  }
  if (isErrorSubclass(expected)) {
    return false;
  }
  return expected.apply({}, [actual]) === true;
}

function expectsNoError(fnName, actual, error, message) {
  if (actual === NO_EXCEPTION_SENTINEL) return;

  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }

  if (!error || hasMatchingError(actual, error)) {
    var details = message ? ': ' + message : '.';
    var fnType = fnName === 'doesNotReject' ? 'rejection' : 'exception';
    innerFail({
      actual: actual,
      expected: error,
      operator: fnName,
      message: 'Got unwanted ' + fnType + details + '\n' +
        'Actual message: "' + (actual && actual.message) + '"'
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn) {
  expectsError.apply(null, ['throws', getActual(promiseFn)].concat(slice(arguments, 1)));
};

assert.rejects = function rejects(promiseFn) {
  var args = slice(arguments, 1);
  return waitForActual(promiseFn).then(function (actual) {
    expectsError.apply(null, ['rejects', actual].concat(args));
  });
};

assert.doesNotThrow = function doesNotThrow(fn) {
  expectsNoError.apply(null, ['doesNotThrow', getActual(fn)].concat(slice(arguments, 1)));
};

assert.doesNotReject = function doesNotReject(fn) {
  var args = slice(arguments, 1);
  return waitForActual(fn).then(function (actual) {
    expectsNoError.apply(null, ['doesNotReject', actual].concat(args));
  });
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    var message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) {
        message += nameOf(err.constructor);
      } else {
        message += err.message;
      }
    } else {
      message += inspect(err);
    }

    var newErr = new AssertionError({
      actual: err,
      expected: null,
      operator: 'ifError',
      message: message
    });

    // Make sure we actually have a stack trace!
    var origStack = err.stack;

    if (typeof origStack === 'string') {
      // Remove the frames newErr shares with the original error and add the
      // original error's frames after the new ones.
      var origStackStart = origStack.indexOf('\n    at');
      if (origStackStart !== -1) {
        var originalFrames = origStack.slice(origStackStart + 1).split('\n');
        var newFrames = newErr.stack.split('\n');
        for (var i = 0; i < originalFrames.length; i++) {
          var pos = newFrames.indexOf(originalFrames[i]);
          if (pos !== -1) {
            newFrames = newFrames.slice(0, pos);
            break;
          }
        }
        newErr.stack = newFrames.join('\n') + '\n' + originalFrames.join('\n');
      }
    }

    throw newErr;
  }
};

function internalMatch(string, regexp, message, fnName) {
  if (!isRegExp(regexp)) {
    throw invalidArgType('regexp', 'RegExp', regexp);
  }
  var match = fnName === 'match';
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
    if (message instanceof Error) {
      throw message;
    }

    var generatedMessage = !message;

    message = message || (typeof string !== 'string' ?
      'The "string" argument must be of type string. Received type ' +
        typeof string + ' (' + inspect(string) + ')' :
      (match ?
        'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
          inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n');
    var err = new AssertionError({
      actual: string,
      expected: regexp,
      message: message,
      operator: fnName
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, 'match');
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, 'doesNotMatch');
};

// A strict only variant of assert: the loose checks are the strict ones.
function strict(value, message) {
  innerOk(arguments.length, value, message);
}

(function () {
  var keys = Object.keys(assert);
  for (var i = 0; i < keys.length; i++) strict[keys[i]] = assert[keys[i]];
  strict.equal = assert.strictEqual;
  strict.deepEqual = assert.deepStrictEqual;
  strict.notEqual = assert.notStrictEqual;
  strict.notDeepEqual = assert.notDeepStrictEqual;
})();
assert.strict = strict;
assert.strict.strict = assert.strict;
