'use strict';
// console — the global console and the Console class (Node 20's
// lib/internal/console/constructor.js, ported to ES5).
//
// module.exports is the global console (a Console instance whose streams are
// looked up on every write: process.stdout / process.stderr when they exist,
// otherwise binding.writeSync(1 | 2, string)). `console.Console` is the class.
//
// console.log('a string') and console.log(<number>) never load
// internal/inspect; everything else loads it on first use.

var inspectModule = null;
function lazyInspect() {
  if (inspectModule === null) inspectModule = require('internal/inspect');
  return inspectModule;
}

var hasOwn = Object.prototype.hasOwnProperty;

var kSecond = 1000;
var kMinute = 60 * kSecond;
var kHour = 60 * kMinute;
var kMaxGroupIndentation = 1000;

var kColorInspectOptions = { colors: true };
var kNoColorInspectOptions = {};

// Method names in Node's order (Object.keys(new Console(...)) order).
var kMethodNames = ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace',
  'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table',
  'debug', 'info', 'dirxml', 'error', 'groupCollapsed'];

function repeat(str, n) {
  var out = '';
  for (var i = 0; i < n; i++) out += str;
  return out;
}

function noop() {}

function makeError(Ctor, code, message) {
  return lazyInspect().makeNodeError(Ctor, code, message);
}

function hidden(obj, name, value) {
  Object.defineProperty(obj, name, {
    value: value,
    writable: true,
    enumerable: false,
    configurable: true
  });
}

function emitWarning(msg) {
  if (typeof process === 'object' && process !== null &&
      typeof process.emitWarning === 'function') {
    process.emitWarning(msg);
  }
}

// ---------------------------------------------------------------------------
// Color detection (Node's internal/tty getColorDepth + util/colors
// shouldColorize), used when a stream has no getColorDepth of its own.

var COLORS_2 = 1;
var COLORS_16 = 4;
var COLORS_256 = 8;
var COLORS_16m = 24;

function getEnv() {
  if (typeof process === 'object' && process !== null && process.env) return process.env;
  return {};
}

function getColorDepth(env) {
  if (env === undefined) env = getEnv();
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '':
      case '1':
      case 'true':
        return COLORS_16;
      case '2':
        return COLORS_256;
      case '3':
        return COLORS_16m;
      default:
        return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
      env.TERM === 'dumb') {
    return COLORS_2;
  }
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    var signs = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS',
      'GITLAB_CI', 'TRAVIS'];
    for (var i = 0; i < signs.length; i++) {
      if (signs[i] in env) return COLORS_256;
    }
    if (env.CI_NAME === 'codeship') return COLORS_256;
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) {
        return COLORS_256;
      }
      return COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    var termEnv = String(env.TERM).toLowerCase();
    switch (termEnv) {
      case 'eterm': case 'cons25': case 'console': case 'cygwin': case 'dtterm':
      case 'gnome': case 'hurd': case 'jfbterm': case 'konsole': case 'kterm':
      case 'mlterm': case 'putty': case 'st':
        return COLORS_16;
      case 'mosh': case 'rxvt-unicode-24bit': case 'terminator':
        return COLORS_16m;
    }
    if (/ansi/.test(termEnv) || /color/.test(termEnv) || /linux/.test(termEnv) ||
        /^con[0-9]*x[0-9]/.test(termEnv) || /^rxvt/.test(termEnv) ||
        /^screen/.test(termEnv) || /^xterm/.test(termEnv) || /^vt100/.test(termEnv)) {
      return COLORS_16;
    }
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function shouldColorize(stream) {
  var env = getEnv();
  if (env.FORCE_COLOR !== undefined) {
    return getColorDepth(env) > 2;
  }
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

// ---------------------------------------------------------------------------
// Fallback streams over binding.writeSync.

function FdWriter(fd) {
  this.fd = fd;
  this.isTTY = false;
  if (typeof binding === 'object' && binding !== null && binding.stdio) {
    this.isTTY = binding.stdio.guessHandleType(fd) === 'TTY';
  }
}
FdWriter.prototype.write = function (str) {
  // binding.stdio.writeSync: 0, a negative uv code (EPIPE...: console swallows it), or 1
  // when the string holds U+0000 or a lone surrogate and needs Buffer's UTF-8
  if (binding.stdio.writeSync(this.fd, str) === 1) {
    binding.stdio.writeSync(this.fd, require('buffer').Buffer.from(str, 'utf8'));
  }
  return true;
};
FdWriter.prototype.getColorDepth = function (env) {
  return getColorDepth(env);
};

var fdWriters = [null, null, null];
function fdWriter(fd) {
  if (fdWriters[fd] === null) fdWriters[fd] = new FdWriter(fd);
  return fdWriters[fd];
}

// ---------------------------------------------------------------------------
// Console

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (!(this instanceof Console)) {
    var self = Object.create(Console.prototype);
    Console.apply(self, arguments);
    return self;
  }

  if (!options || typeof options.write === 'function') {
    options = {
      stdout: options,
      stderr: arguments[1],
      ignoreErrors: arguments[2]
    };
  }

  var stdout = options.stdout;
  var stderr = options.stderr === undefined ? stdout : options.stderr;
  var ignoreErrors = options.ignoreErrors === undefined ? true : options.ignoreErrors;
  var colorMode = options.colorMode === undefined ? 'auto' : options.colorMode;
  var inspectOptions = options.inspectOptions;
  var groupIndentation = options.groupIndentation;

  if (!stdout || typeof stdout.write !== 'function') {
    throw makeError(TypeError, 'ERR_CONSOLE_WRITABLE_STREAM',
      'Console expects a writable stream instance for stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw makeError(TypeError, 'ERR_CONSOLE_WRITABLE_STREAM',
      'Console expects a writable stream instance for stderr');
  }
  if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
    throw makeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      "The argument 'colorMode' must be one of: 'auto', true, false. Received " +
      lazyInspect().inspect(colorMode));
  }
  if (groupIndentation !== undefined) {
    if (typeof groupIndentation !== 'number') {
      throw lazyInspect().invalidArgType('groupIndentation', 'number', groupIndentation);
    }
    if (groupIndentation % 1 !== 0 || groupIndentation < 0 ||
        groupIndentation > kMaxGroupIndentation) {
      throw makeError(RangeError, 'ERR_OUT_OF_RANGE',
        'The value of "groupIndentation" is out of range. ' +
        'It must be ' + (groupIndentation % 1 !== 0 ? 'an integer' :
          '>= 0 && <= ' + kMaxGroupIndentation) + '. Received ' +
        lazyInspect().inspect(groupIndentation));
    }
  }
  if (inspectOptions !== undefined) {
    if (inspectOptions === null || typeof inspectOptions !== 'object' ||
        Array.isArray(inspectOptions)) {
      throw lazyInspect().invalidArgType('options.inspectOptions', 'object', inspectOptions);
    }
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw makeError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
        'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"');
    }
  }

  bindMethods(this);
  hidden(this, '_stdout', stdout);
  hidden(this, '_stderr', stderr);
  initProperties(this, ignoreErrors, colorMode, groupIndentation, inspectOptions);
}

function bindMethods(self) {
  // Bind the methods grabbed from the instance (not the prototype) so that
  // subclasses can override them.
  for (var i = 0; i < kMethodNames.length; i++) {
    var key = kMethodNames[i];
    var fn = self[key];
    if (key === 'trace' && fn === Console.prototype.trace) {
      self.trace = bindTrace(self);
    } else if (fn === Console.prototype.log) {
      self[key] = makeFastWriter(self, true);
    } else if (fn === Console.prototype.warn) {
      self[key] = makeFastWriter(self, false);
    } else {
      self[key] = bindTo(self[key], self);
    }
    // Node's bound console methods keep their names (console.log.name is 'log')
    Object.defineProperty(self[key], 'name', { value: key, configurable: true });
  }
}

// log/info/debug/dirxml and warn/error, bound without Function#apply: the
// common `console.log('text')` is one closure call and one stream write.
// (mujs: a function that uses `arguments` or try/catch keeps its variables in
// a heap environment, so those stay out of the path taken by plain strings.)
function makeFastWriter(self, useStdout) {
  return function () {
    if (arguments.length === 1 && typeof arguments[0] === 'string') {
      writeString(self, useStdout, arguments[0]);
    } else {
      writeFormatted(self, useStdout, arguments);
    }
  };
}

function writeString(self, useStdout, string) {
  writeToStream(self, useStdout ? self._stdout : self._stderr, useStdout, string);
}

function writeFormatted(self, useStdout, args) {
  var stream = useStdout ? self._stdout : self._stderr;
  writeToStream(self, stream, useStdout, self._formatFor(stream, args));
}

// console.trace's stack starts at its caller: the bound wrapper is the frame
// to cut at (Node binds natively, so no wrapper frame shows there).
function bindTrace(self) {
  var wrapper = function () {
    traceImpl(self, arguments, wrapper);
  };
  return wrapper;
}

function bindTo(fn, self) {
  return function () {
    return fn.apply(self, arguments);
  };
}

function initProperties(self, ignoreErrors, colorMode, groupIndentation, inspectOptions) {
  hidden(self, '_stdoutErrorHandler', createWriteErrorHandler(self, true));
  hidden(self, '_stderrErrorHandler', createWriteErrorHandler(self, false));
  hidden(self, '_ignoreErrors', Boolean(ignoreErrors));
  hidden(self, '_times', Object.create(null));
  hidden(self, '_counts', Object.create(null));
  hidden(self, '_colorMode', colorMode);
  hidden(self, '_isConsole', true);
  hidden(self, '_groupIndent', '');
  hidden(self, '_groupIndentationWidth', groupIndentation === undefined ? 2 : groupIndentation);
  hidden(self, '_inspectOptions', inspectOptions);
}

function createWriteErrorHandler(instance, useStdout) {
  return function (err) {
    if (err !== null && err !== undefined) {
      var stream = useStdout ? instance._stdout : instance._stderr;
      var state = stream && stream._writableState;
      if (state && state.errorEmitted) return;
      if (stream && typeof stream.listenerCount === 'function' &&
          typeof stream.once === 'function' && stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
    }
  };
}

function isStackOverflowError(e) {
  if (!(e instanceof RangeError) && !(e instanceof Error)) return false;
  var msg = String(e.message);
  return msg.indexOf('call stack') !== -1 || msg.indexOf('stack overflow') !== -1;
}

Console.prototype._writeToConsole = function (useStdout, string) {
  writeToStream(this, useStdout ? this._stdout : this._stderr, useStdout, string);
};

function writeToStream(self, stream, useStdout, string) {
  var groupIndent = self._groupIndent;
  if (groupIndent.length !== 0) {
    if (string.indexOf('\n') !== -1) {
      string = string.split('\n').join('\n' + groupIndent);
    }
    string = groupIndent + string;
  }
  string += '\n';

  if (self._ignoreErrors === false) return stream.write(string);
  writeIgnoringErrors(stream, string,
    useStdout ? self._stdoutErrorHandler : self._stderrErrorHandler);
}

function writeIgnoringErrors(stream, string, errorHandler) {
  try {
    // The fd writers report errors by throwing; streams (process.stdout too) call back.
    if (stream instanceof FdWriter) stream.write(string);
    else stream.write(string, errorHandler);
  } catch (e) {
    if (isStackOverflowError(e)) throw e;
    // Console is a debugging utility: swallow write errors as Node does.
  }
}

Console.prototype._getInspectOptions = function (stream) {
  var color = this._colorMode;
  if (color === 'auto') color = shouldColorize(stream);
  var options = this._inspectOptions;
  if (options) {
    if (options.colors === undefined) options.colors = color;
    return options;
  }
  return color ? kColorInspectOptions : kNoColorInspectOptions;
};

// Fast path: a single string, a single number, or a string without '%'
// followed by strings/numbers/booleans/null/undefined. Returns undefined if
// the full formatter is needed.
function fastFormat(self, args, stream) {
  var n = args.length;
  var first = args[0];
  if (n === 1) {
    if (typeof first === 'string') return first;
    if (typeof first === 'number') {
      if (colorsWanted(self, stream)) return undefined;
      return first === 0 && 1 / first < 0 ? '-0' : '' + first;
    }
    return undefined;
  }
  if (n === 0) return '';
  if (typeof first !== 'string' || first.indexOf('%') !== -1) return undefined;
  var out = first;
  var checkedColors = false;
  for (var i = 1; i < n; i++) {
    var v = args[i];
    var t = typeof v;
    if (t === 'string') {
      out += ' ' + v;
    } else if (t === 'number' || t === 'boolean' || v === null || v === undefined) {
      if (!checkedColors) {
        if (colorsWanted(self, stream)) return undefined;
        checkedColors = true;
      }
      out += ' ' + (t === 'number' && v === 0 && 1 / v < 0 ? '-0' : String(v));
    } else {
      return undefined;
    }
  }
  return out;
}

function colorsWanted(self, stream) {
  // true: the full formatter is needed for non-string primitives.
  if (self._inspectOptions !== undefined) return true;
  var color = self._colorMode;
  if (color === 'auto') return shouldColorize(stream);
  return !!color;
}

Console.prototype._formatFor = function (stream, args) {
  var fast = fastFormat(this, args, stream);
  if (fast !== undefined) return fast;
  var opts = this._getInspectOptions(stream);
  var a = new Array(args.length + 1);
  a[0] = opts;
  for (var i = 0; i < args.length; i++) a[i + 1] = args[i];
  var insp = lazyInspect();
  return insp.formatWithOptions.apply(null, a);
};

Console.prototype.log = function log() {
  var stream = this._stdout;
  this._writeToConsole(true, this._formatFor(stream, arguments));
};

Console.prototype.warn = function warn() {
  var stream = this._stderr;
  this._writeToConsole(false, this._formatFor(stream, arguments));
};

Console.prototype.dir = function dir(object, options) {
  var opts = { customInspect: false };
  var base = this._getInspectOptions(this._stdout);
  var k;
  for (k in base) if (hasOwn.call(base, k)) opts[k] = base[k];
  if (options !== null && typeof options === 'object') {
    for (k in options) if (hasOwn.call(options, k)) opts[k] = options[k];
  }
  this._writeToConsole(true, lazyInspect().inspect(object, opts));
};

function now() {
  if (typeof process === 'object' && process !== null && typeof process.hrtime === 'function') {
    return process.hrtime();
  }
  var t = Date.now();
  return [Math.floor(t / 1000), (t % 1000) * 1e6];
}

function elapsedMs(start) {
  if (typeof process === 'object' && process !== null && typeof process.hrtime === 'function') {
    var d = process.hrtime(start);
    return d[0] * 1000 + d[1] / 1e6;
  }
  var t = Date.now();
  return t - (start[0] * 1000 + start[1] / 1e6);
}

Console.prototype.time = function time(label) {
  if (label === undefined) label = 'default';
  label = String(label);
  if (this._times[label] !== undefined) {
    emitWarning("Label '" + label + "' already exists for console.time()");
    return;
  }
  this._times[label] = now();
};

Console.prototype.timeEnd = function timeEnd(label) {
  if (label === undefined) label = 'default';
  label = String(label);
  var found = timeLogImpl(this, 'timeEnd', label);
  if (found) delete this._times[label];
};

Console.prototype.timeLog = function timeLog(label) {
  if (label === undefined) label = 'default';
  label = String(label);
  var data = [];
  for (var i = 1; i < arguments.length; i++) data.push(arguments[i]);
  timeLogImpl(this, 'timeLog', label, data);
};

function timeLogImpl(self, name, label, data) {
  var time = self._times[label];
  if (time === undefined) {
    emitWarning("No such label '" + label + "' for console." + name + '()');
    return false;
  }
  var ms = elapsedMs(time);
  var formatted = formatTime(ms);
  if (data === undefined) {
    self.log('%s: %s', label, formatted);
  } else {
    self.log.apply(self, ['%s: %s', label, formatted].concat(data));
  }
  return true;
}

function pad(value) {
  var s = '' + value;
  return s.length < 2 ? '0' + s : s;
}

function formatTime(ms) {
  var hours = 0;
  var minutes = 0;
  var seconds = 0;

  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms = ms % kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms = ms % kMinute;
    }
    seconds = ms / kSecond;
  }

  if (hours !== 0 || minutes !== 0) {
    var parts = seconds.toFixed(3).split('.');
    seconds = parts[0];
    ms = parts[1];
    var res = hours !== 0 ? hours + ':' + pad(minutes) : minutes;
    return res + ':' + pad(seconds) + '.' + ms + ' (' + (hours !== 0 ? 'h:m' : '') + 'm:ss.mmm)';
  }

  if (seconds !== 0) {
    return seconds.toFixed(3) + 's';
  }

  return Number(ms.toFixed(3)) + 'ms';
}

// The file this module runs as, from a stack frame of its own (frames of
// console.js are cut from traces when the engine cannot cut them itself).
var selfFile = null;
function consoleFile() {
  if (selfFile === null) {
    selfFile = '';
    var stack = new Error('').stack;
    if (typeof stack === 'string') {
      var lines = stack.split('\n');
      for (var i = 0; i < lines.length; i++) {
        if (/^\s+at /.test(lines[i])) {
          selfFile = frameFile(lines[i]);
          break;
        }
      }
    }
  }
  return selfFile;
}

function traceStack(message, fnToSkip) {
  var head = message ? 'Trace: ' + message : 'Trace';
  var stack;
  if (typeof Error.captureStackTrace === 'function') {
    var err = { name: 'Trace', message: message };
    Error.captureStackTrace(err, fnToSkip);
    stack = err.stack;
  }
  if (typeof stack !== 'string') stack = new Error('').stack;
  if (typeof stack !== 'string') return head;
  var framePart;
  if (stack.slice(0, head.length) === head) {
    framePart = stack.slice(head.length + 1);
  } else {
    // Another header ("Error"): frames start at the first "    at " line.
    var idx = stack.search(/\n\s+at /);
    framePart = idx === -1 ? '' : stack.slice(idx + 1);
  }
  var frames = framePart === '' ? [] : framePart.split('\n');
  // Drop leading frames of this file (trace, its helpers and wrappers).
  var file = consoleFile();
  if (file !== '') {
    while (frames.length !== 0 && frameFile(frames[0]) === file) frames.shift();
  }
  return frames.length === 0 ? head : head + '\n' + frames.join('\n');
}

function frameFile(line) {
  var loc = line.replace(/^\s+at\s+/, '').replace(/\s+$/, '');
  if (loc.charAt(loc.length - 1) === ')') {
    var open = loc.indexOf('(');
    if (open !== -1) loc = loc.slice(open + 1, -1);
  }
  return loc.replace(/(:\d+)+$/, '');
}

function traceImpl(self, args, skip) {
  var message = self._formatFor(self._stderr, args);
  self.error(traceStack(message, skip));
}

Console.prototype.trace = function trace() {
  traceImpl(this, arguments, trace);
};

Console.prototype.assert = function assert(expression) {
  if (!expression) {
    var args = [];
    for (var i = 1; i < arguments.length; i++) args.push(arguments[i]);
    args[0] = 'Assertion failed' + (args.length === 0 ? '' : ': ' + String(args[0]));
    this.warn.apply(this, args);
  }
};

Console.prototype.clear = function clear() {
  var out = this._stdout;
  if (out && out.isTTY && getEnv().TERM !== 'dumb') {
    // cursorTo(0, 0) + clearScreenDown()
    out.write('\u001b[1;1H');
    out.write('\u001b[0J');
  }
};

Console.prototype.count = function count(label) {
  if (label === undefined) label = 'default';
  label = String(label);
  var counts = this._counts;
  var c = counts[label];
  if (c === undefined) c = 1;
  else c++;
  counts[label] = c;
  this.log(label + ': ' + c);
};

Console.prototype.countReset = function countReset(label) {
  if (label === undefined) label = 'default';
  var counts = this._counts;
  // Node looks the raw label up in a Map keyed by strings.
  if (typeof label !== 'string' || counts[label] === undefined) {
    emitWarning("Count for '" + String(label) + "' does not exist");
    return;
  }
  delete counts[label];
};

Console.prototype.group = function group() {
  if (arguments.length > 0) {
    this.log.apply(this, arguments);
  }
  this._groupIndent += repeat(' ', this._groupIndentationWidth);
};

Console.prototype.groupEnd = function groupEnd() {
  this._groupIndent = this._groupIndent.slice(0,
    this._groupIndent.length - this._groupIndentationWidth);
};

// ---------------------------------------------------------------------------
// console.table (Node's internal/cli_table).

var tableChars = {
  middleMiddle: '\u2500',
  rowMiddle: '\u253c',
  topRight: '\u2510',
  topLeft: '\u250c',
  leftMiddle: '\u251c',
  topMiddle: '\u252c',
  bottomRight: '\u2518',
  bottomLeft: '\u2514',
  bottomMiddle: '\u2534',
  rightMiddle: '\u2524',
  left: '\u2502 ',
  right: ' \u2502',
  middle: ' \u2502 '
};

function renderRow(row, columnWidths, getStringWidth) {
  var out = tableChars.left;
  for (var i = 0; i < row.length; i++) {
    var cell = row[i];
    var len = getStringWidth(cell);
    var needed = columnWidths[i] - len;
    out += cell + repeat(' ', Math.ceil(needed));
    if (i !== row.length - 1) out += tableChars.middle;
  }
  out += tableChars.right;
  return out;
}

function cliTable(head, columns) {
  var getStringWidth = lazyInspect().getStringWidth;
  var rows = [];
  var columnWidths = [];
  var i, j;
  for (i = 0; i < head.length; i++) columnWidths.push(getStringWidth(head[i]));
  var longestColumn = 0;
  for (i = 0; i < columns.length; i++) {
    if (columns[i].length > longestColumn) longestColumn = columns[i].length;
  }
  for (i = 0; i < head.length; i++) {
    var column = columns[i];
    for (j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      var value = rows[j][i] = hasOwn.call(column, j) ? column[j] : '';
      var width = columnWidths[i] || 0;
      var counted = getStringWidth(value);
      columnWidths[i] = Math.max(width, counted);
    }
  }
  var divider = [];
  for (i = 0; i < columnWidths.length; i++) {
    divider.push(repeat(tableChars.middleMiddle, columnWidths[i] + 2));
  }
  var result = tableChars.topLeft + divider.join(tableChars.topMiddle) +
    tableChars.topRight + '\n' +
    renderRow(head, columnWidths, getStringWidth) + '\n' +
    tableChars.leftMiddle + divider.join(tableChars.rowMiddle) +
    tableChars.rightMiddle + '\n';
  for (i = 0; i < rows.length; i++) {
    result += renderRow(rows[i], columnWidths, getStringWidth) + '\n';
  }
  result += tableChars.bottomLeft + divider.join(tableChars.bottomMiddle) +
    tableChars.bottomRight;
  return result;
}

var keyKey = 'Key';
var valuesKey = 'Values';
var indexKey = '(index)';
var iterKey = '(iteration index)';

Console.prototype.table = function table(tabularData, properties) {
  var self = this;
  var insp = lazyInspect();
  if (properties !== undefined && !Array.isArray(properties)) {
    throw insp.invalidArgType('properties', 'Array', properties);
  }
  if (tabularData === null || typeof tabularData !== 'object') {
    return this.log(tabularData);
  }

  function final(k, v) {
    return self.log(cliTable(k, v));
  }

  function _inspect(v) {
    var depth = v !== null && typeof v === 'object' && !Array.isArray(v) &&
      Object.keys(v).length > 2 ? -1 : 0;
    var opt = { depth: depth, maxArrayLength: 3, breakLength: Infinity };
    var extra = self._getInspectOptions(self._stdout);
    for (var k in extra) if (hasOwn.call(extra, k)) opt[k] = extra[k];
    return insp.inspect(v, opt);
  }

  function getIndexArray(length) {
    var out = [];
    for (var n = 0; n < length; n++) out.push(_inspect(n));
    return out;
  }

  var i = 0;
  var reg = insp.getRegisteredType(tabularData);
  var kind = reg !== null ? reg.kind : '';
  var mapIter = false;
  var isKeyValue = false;
  var keys, values, length;

  if (kind === 'iterator' && typeof reg.preview === 'function') {
    var res = reg.preview(tabularData);
    if (res.isKeyValue) {
      mapIter = true;
      isKeyValue = true;
      tabularData = res.entries;
    } else {
      tabularData = res.entries;
      kind = 'setiter';
    }
  }

  if (isKeyValue || kind === 'map') {
    keys = [];
    values = [];
    length = 0;
    if (mapIter) {
      for (; i < tabularData.length / 2; ++i) {
        keys.push(_inspect(tabularData[i * 2]));
        values.push(_inspect(tabularData[i * 2 + 1]));
        length++;
      }
    } else {
      var entries = typeof reg.entries === 'function' ? reg.entries(tabularData) : [];
      for (; i < entries.length; i++) {
        keys.push(_inspect(entries[i][0]));
        values.push(_inspect(entries[i][1]));
        length++;
      }
    }
    return final([iterKey, keyKey, valuesKey], [getIndexArray(length), keys, values]);
  }

  if (kind === 'setiter' || kind === 'set') {
    var list = kind === 'set' ?
      (typeof reg.values === 'function' ? reg.values(tabularData) : []) : tabularData;
    values = [];
    for (i = 0; i < list.length; i++) values.push(_inspect(list[i]));
    return final([iterKey, valuesKey], [getIndexArray(values.length), values]);
  }

  var map = Object.create(null);
  var mapKeys = [];
  var hasPrimitives = false;
  var valuesKeyArray = [];
  var indexKeyArray = Object.keys(tabularData);

  for (; i < indexKeyArray.length; i++) {
    var item = tabularData[indexKeyArray[i]];
    var primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = _inspect(item);
    } else {
      var itemKeys = properties || Object.keys(item);
      for (var j = 0; j < itemKeys.length; j++) {
        var key = itemKeys[j];
        if (map[key] === undefined) {
          map[key] = [];
          mapKeys.push(key);
        }
        if ((primitive && properties) || !hasOwn.call(item, key)) {
          map[key][i] = '';
        } else {
          map[key][i] = _inspect(item[key]);
        }
      }
    }
  }

  keys = mapKeys;
  values = [];
  for (i = 0; i < mapKeys.length; i++) values.push(map[mapKeys[i]]);
  if (hasPrimitives) {
    keys.push(valuesKey);
    values.push(valuesKeyArray);
  }
  keys.unshift(indexKey);
  values.unshift(indexKeyArray);

  return final(keys, values);
};

Console.prototype.debug = Console.prototype.log;
Console.prototype.info = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

// Internal helpers are not enumerable, as Node's symbol-keyed ones are not.
(function () {
  var internals = ['_writeToConsole', '_getInspectOptions', '_formatFor'];
  for (var i = 0; i < internals.length; i++) {
    var fn = Console.prototype[internals[i]];
    Object.defineProperty(Console.prototype, internals[i], {
      value: fn, writable: true, enumerable: false, configurable: true
    });
  }
})();

// Shared with util (styleText, debuglog) and tty; not part of Node's API.
hidden(Console, '_shouldColorize', shouldColorize);
hidden(Console, '_getColorDepth', getColorDepth);

// ---------------------------------------------------------------------------
// The global console: streams looked up lazily on each write.

// process.stdout/stderr once they exist; until then the fd writers (see process.js).
function peekStdio(p, fd) {
  if (typeof p._peekStdio === 'function') return p._peekStdio(fd);
  return fd === 1 ? p.stdout : p.stderr;
}

// The global console is Node's { __proto__: {} } holding Console.prototype's members
// (so inspect shows it as Object [console]); Console[Symbol.hasInstance] still owns it.
function createGlobalConsole() {
  var proto = {};
  Object.getOwnPropertyNames(Console.prototype).forEach(function (k) {
    if (k !== 'constructor')
      Object.defineProperty(proto, k, Object.getOwnPropertyDescriptor(Console.prototype, k));
  });
  var c = Object.create(proto);
  bindMethods(c);
  Object.defineProperty(c, '_stdout', {
    get: function () {
      var s = typeof process === 'object' && process !== null ? peekStdio(process, 1) : undefined;
      return s && typeof s.write === 'function' ? s : fdWriter(1);
    },
    set: function (v) { Object.defineProperty(c, '_stdout', { value: v, writable: true, configurable: true, enumerable: false }); },
    enumerable: false,
    configurable: true
  });
  Object.defineProperty(c, '_stderr', {
    get: function () {
      var s = typeof process === 'object' && process !== null ? peekStdio(process, 2) : undefined;
      return s && typeof s.write === 'function' ? s : fdWriter(2);
    },
    set: function (v) { Object.defineProperty(c, '_stderr', { value: v, writable: true, configurable: true, enumerable: false }); },
    enumerable: false,
    configurable: true
  });
  initProperties(c, true, 'auto', undefined, undefined);
  c.Console = Console;
  c.profile = function profile() {};
  c.profileEnd = function profileEnd() {};
  c.timeStamp = function timeStamp() {};
  // `new console.log()` throws, as Node's bound methods do (mujs patch 0122)
  if (typeof binding === 'object' && binding !== null && binding.nonConstructors)
    binding.nonConstructors(c);
  return c;
}

var globalConsole = createGlobalConsole();
Object.defineProperty(Console, '\x01Symbol(Symbol.hasInstance)', {
  value: function (instance) {
    if (instance === globalConsole)
      return true;
    return instance !== null && typeof instance === 'object' &&
      Console.prototype.isPrototypeOf(instance);
  },
  writable: false, enumerable: false, configurable: true
});
// Object.prototype.toString.call(console) is [object console], as in Node
Object.defineProperty(globalConsole, '\x01Symbol(Symbol.toStringTag)', {
  value: 'console', writable: false, enumerable: false, configurable: true
});
module.exports = globalConsole;
// Used by tests and by the runtime (not part of Node's public API).
Object.defineProperty(globalConsole, '_formatTime', {
  value: formatTime, writable: true, enumerable: false, configurable: true
});
