// es_string.js — the ES2015+ String additions: String.fromCodePoint/raw and
// String.prototype.at, codePointAt, endsWith, includes, isWellFormed, matchAll,
// normalize, padEnd, padStart, repeat, replaceAll, startsWith, substr (Annex B),
// toWellFormed, trimEnd, trimStart. The functions users see are C stubs
// (runtime/es_builtins.c) with the built-in's name and length; each calls exports[its
// full name] here with its `this` and arguments. Compiled the first time one runs. ES5.
//
// Positions are UTF-16 code units, as in the spec, and so are those of mujs's own
// indexOf, lastIndexOf, slice and RegExp indices and lastIndex (mujs patch 0121; they
// counted code points before, or bytes for lastIndex). normalize is
// internal/es_normalize.js (see its header for the Unicode blocks it covers).
'use strict';
var global = (function () { return this; })() || Function('return this')();
var toStr = Object.prototype.toString;

// a lone surrogate (mujs keeps a pair as one 4-byte UTF-8 sequence, patch 0012)
var LONE = /[\ud800-\udfff]/;
var LONE_ALL = /[\ud800-\udfff]/g;
var MAX_STRING = 536870888;	// V8's String::kMaxLength

function es2015() {
  return global.__ls || require('internal/es2015');
}

// ToString: String(v), except that a symbol throws V8's TypeError as ToString does
// (String(sym) describes it: mujs patch 0112)
function stringOf(v) {
  if (typeof v === 'symbol')
    throw new TypeError('Cannot convert a Symbol value to a string');
  return String(v);
}

function str(v, name) {
  if (v === null || v === undefined)
    throw new TypeError('String.prototype.' + name + ' called on null or undefined');
  return stringOf(v);
}

function toInteger(v) {
  var n = +v;
  if (n !== n)
    return 0;
  return n < 0 ? Math.ceil(n) : Math.floor(n);
}

function clamp(n, lo, hi) {
  return n < lo ? lo : n > hi ? hi : n;
}

function isRegExp(v) {
  return v !== null && typeof v === 'object' && toStr.call(v) === '[object RegExp]';
}

function noRegExp(v, name) {
  if (isRegExp(v))
    throw new TypeError('First argument to String.prototype.' + name +
      ' must not be a regular expression');
  return stringOf(v);
}

function flagsOf(re) {
  return (re.hasIndices ? 'd' : '') + (re.global ? 'g' : '') + (re.ignoreCase ? 'i' : '') +
    (re.multiline ? 'm' : '') + (re.dotAll ? 's' : '') + (re.unicode ? 'u' : '') +
    (re.sticky ? 'y' : '');
}

exports['String.fromCodePoint'] = function fromCodePoint() {
  var out = '';
  for (var i = 0; i < arguments.length; i++) {
    var n = +arguments[i];
    if (!(n >= 0 && n <= 0x10FFFF && Math.floor(n) === n))
      throw new RangeError('Invalid code point ' + (typeof arguments[i] === 'number' ||
        n !== n ? String(n) : String(arguments[i])));
    if (n < 0x10000) {
      out += String.fromCharCode(n);
    } else {
      n -= 0x10000;
      out += String.fromCharCode(0xD800 + (n >> 10), 0xDC00 + (n & 0x3FF));
    }
  }
  return out;
};

exports['String.raw'] = function raw(template) {
  if (template === null || template === undefined)
    throw new TypeError('Cannot convert undefined or null to object');
  var r = Object(template).raw;
  if (r === null || r === undefined)
    throw new TypeError('Cannot convert undefined or null to object');
  r = Object(r);
  var n = toInteger(r.length), out = '';
  for (var i = 0; i < n; i++) {
    out += stringOf(r[i]);
    if (i + 1 < n && i + 1 < arguments.length)
      out += stringOf(arguments[i + 1]);
  }
  return out;
};

exports['String.prototype.at'] = function at(index) {
  var s = str(this, 'at'), k = toInteger(index);
  if (k < 0)
    k += s.length;
  return k < 0 || k >= s.length ? undefined : s.charAt(k);
};

exports['String.prototype.codePointAt'] = function codePointAt(pos) {
  var s = str(this, 'codePointAt'), k = toInteger(pos);
  if (k < 0 || k >= s.length)
    return undefined;
  var c = s.charCodeAt(k);
  if (c >= 0xD800 && c <= 0xDBFF && k + 1 < s.length) {
    var d = s.charCodeAt(k + 1);
    if (d >= 0xDC00 && d <= 0xDFFF)
      return (c - 0xD800) * 0x400 + (d - 0xDC00) + 0x10000;
  }
  return c;
};

exports['String.prototype.endsWith'] = function endsWith(search, endPosition) {
  var s = str(this, 'endsWith'), t = noRegExp(search, 'endsWith');
  var end = endPosition === undefined ? s.length : clamp(toInteger(endPosition), 0, s.length);
  var start = end - t.length;
  return start >= 0 && s.slice(start, end) === t;
};

exports['String.prototype.includes'] = function includes(search, position) {
  var s = str(this, 'includes'), t = noRegExp(search, 'includes');
  var start = clamp(toInteger(position), 0, s.length);
  return t === '' || s.indexOf(t, start) !== -1;
};

exports['String.prototype.startsWith'] = function startsWith(search, position) {
  var s = str(this, 'startsWith'), t = noRegExp(search, 'startsWith');
  var start = clamp(toInteger(position), 0, s.length);
  return s.slice(start, start + t.length) === t;
};

exports['String.prototype.isWellFormed'] = function isWellFormed() {
  return !LONE.test(str(this, 'isWellFormed'));
};

exports['String.prototype.toWellFormed'] = function toWellFormed() {
  return str(this, 'toWellFormed').replace(LONE_ALL, '\ufffd');
};

// AdvanceStringIndex: past the code unit at i, or the pair there when unicode (lastIndex
// on a pair's low half would start a unicode search at the pair again)
function advance(s, i, unicode) {
  if (!unicode || i + 1 >= s.length)
    return i + 1;
  var c = s.charCodeAt(i), d = s.charCodeAt(i + 1);
  return c >= 0xD800 && c <= 0xDBFF && d >= 0xDC00 && d <= 0xDFFF ? i + 2 : i + 1;
}

// matchAll's iterator (V8's %RegExpStringIteratorPrototype%), made on first use
var RegExpStringIterator;
function regExpStringIterator() {
  if (RegExpStringIterator)
    return RegExpStringIterator;
  RegExpStringIterator = function RegExpStringIterator(rx, s) {
    Object.defineProperty(this, '\x01rx', { value: rx });
    Object.defineProperty(this, '\x01s', { value: s, writable: true });
  };
  Object.defineProperty(RegExpStringIterator.prototype, 'next', {
    writable: true, configurable: true,
    value: function next() {
      var rx = this['\x01rx'], s = this['\x01s'];
      if (s === undefined)
        return { value: undefined, done: true };
      var m = rx.exec(s);
      if (m === null) {
        this['\x01s'] = undefined;
        return { value: undefined, done: true };
      }
      if (!rx.global)
        this['\x01s'] = undefined;
      else if (m[0] === '')
        rx.lastIndex = advance(s, toInteger(rx.lastIndex), rx.unicode);
      return { value: m, done: false };
    }
  });
  es2015();
  Object.defineProperty(RegExpStringIterator.prototype, global.Symbol.iterator.valueOf(), {
    writable: true, configurable: true, value: function () { return this; }
  });
  Object.defineProperty(RegExpStringIterator.prototype, global.Symbol.toStringTag.valueOf(), {
    configurable: true, value: 'RegExp String Iterator'
  });
  return RegExpStringIterator;
}

exports['String.prototype.matchAll'] = function matchAll(regexp) {
  var s = str(this, 'matchAll'), rx;
  if (isRegExp(regexp)) {
    if (!regexp.global)
      throw new TypeError('String.prototype.matchAll called with a non-global RegExp argument');
    rx = new RegExp(regexp.source, flagsOf(regexp));
    rx.lastIndex = toInteger(regexp.lastIndex);
  } else {
    rx = new RegExp(regexp === undefined ? '(?:)' : stringOf(regexp), 'g');
  }
  var It = regExpStringIterator();
  return new It(rx, s);
};

// localeCompare as ICU's root collation orders text (Node 20 has full ICU): letters by
// their base letter first (accents and case only break ties: a < A < á < b), digits
// before letters, spaces and punctuation before digits; options.numeric compares runs
// of digits by value, options.sensitivity 'base'/'accent'/'case' ignores what it says
// to. An approximation of the Unicode Collation Algorithm for Latin text, not all of it.
var COMBINING = /[\u0300-\u036f]/g;

function collationKeys(s) {
  var nfd = /[^\x00-\x7f]/.test(s) ? require('internal/es_normalize')(s, 'NFD') : s;
  var base = nfd.replace(COMBINING, '').replace(/\u00df/g, 'ss');
  return { base: base, lower: base.toLowerCase(), accents: nfd.toLowerCase(), full: nfd };
}

// ASCII punctuation and symbols in the root collation's order, after the controls
var PUNCT = '\t\n\v\f\r _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$';

function primaryWeight(c) {
  if (c >= 48 && c <= 57)
    return 0x10000 + c;			// digits
  if ((c >= 97 && c <= 122) || c > 127)
    return 0x20000 + c;			// letters (lowercased), then the rest of Unicode
  var k = PUNCT.indexOf(String.fromCharCode(c));
  return k < 0 ? c : 0x100 + k;		// spaces, punctuation, symbols
}

function comparePrimary(a, b, numeric) {
  var i = 0, j = 0;
  while (i < a.length && j < b.length) {
    var ca = a.charCodeAt(i), cb = b.charCodeAt(j);
    if (numeric && ca >= 48 && ca <= 57 && cb >= 48 && cb <= 57) {
      var si = i, sj = j;
      while (i < a.length && a.charCodeAt(i) >= 48 && a.charCodeAt(i) <= 57) i++;
      while (j < b.length && b.charCodeAt(j) >= 48 && b.charCodeAt(j) <= 57) j++;
      var na = a.slice(si, i).replace(/^0+(?=\d)/, ''), nb = b.slice(sj, j).replace(/^0+(?=\d)/, '');
      if (na.length !== nb.length)
        return na.length < nb.length ? -1 : 1;
      if (na !== nb)
        return na < nb ? -1 : 1;
      continue;
    }
    var wa = primaryWeight(ca), wb = primaryWeight(cb);
    if (wa !== wb)
      return wa < wb ? -1 : 1;
    i++;
    j++;
  }
  return a.length - i === b.length - j ? 0 : (a.length - i < b.length - j ? -1 : 1);
}

function compareCase(a, b) {
  // lowercase before uppercase at the first difference of case
  for (var i = 0; i < a.length && i < b.length; i++) {
    var ca = a.charAt(i), cb = b.charAt(i);
    if (ca !== cb) {
      var la = ca.toLowerCase() === ca, lb = cb.toLowerCase() === cb;
      if (la !== lb)
        return la ? -1 : 1;
    }
  }
  return 0;
}

exports['String.prototype.localeCompare'] = function localeCompare(that, locales, options) {
  var a = str(this, 'localeCompare'), b = stringOf(that);
  if (a === b)
    return 0;
  if (options === undefined) {	// ASCII without options: one pass, no keys
    var n = a.length < b.length ? a.length : b.length, tie = 0, i, ca, cb;
    for (i = 0; i < n; i++) {
      ca = a.charCodeAt(i);
      cb = b.charCodeAt(i);
      if (ca === cb)
        continue;
      if (ca > 127 || cb > 127)
        break;
      var la = ca >= 65 && ca <= 90 ? ca + 32 : ca, lb = cb >= 65 && cb <= 90 ? cb + 32 : cb;
      if (la === lb) {
        if (tie === 0)
          tie = ca > cb ? -1 : 1;	// lowercase (the larger code) first
        continue;
      }
      return primaryWeight(la) < primaryWeight(lb) ? -1 : 1;
    }
    if (i === n) {
      if (a.length !== b.length)
        return a.length < b.length ? -1 : 1;
      return tie;
    }
  }
  var o = options === undefined ? {} : Object(options);
  var sensitivity = o.sensitivity === undefined ? 'variant' : stringOf(o.sensitivity);
  var numeric = o.numeric === true;
  var ka = collationKeys(a), kb = collationKeys(b);
  var r = comparePrimary(ka.lower, kb.lower, numeric);
  if (r !== 0 || sensitivity === 'base')
    return r;
  if (sensitivity !== 'case' && ka.accents !== kb.accents) {
    r = comparePrimary(ka.accents, kb.accents, numeric);
    if (r !== 0)
      return r;
    return ka.accents.length < kb.accents.length ? -1 : 1;
  }
  if (sensitivity === 'accent')
    return 0;
  r = compareCase(ka.base, kb.base);
  if (r !== 0)
    return r;
  return sensitivity === 'case' ? 0 : (ka.full < kb.full ? -1 : ka.full > kb.full ? 1 : 0);
};

var forms = { NFC: true, NFD: true, NFKC: true, NFKD: true };

exports['String.prototype.normalize'] = function normalize(form) {
  var s = str(this, 'normalize');
  var f = form === undefined ? 'NFC' : stringOf(form);
  if (forms[f] !== true)
    throw new RangeError('The normalization form should be one of NFC, NFD, NFKC, NFKD.');
  // ASCII is the same in every form
  if (!/[^\x00-\x7f]/.test(s))
    return s;
  return require('internal/es_normalize')(s, f);
};

function pad(self, name, maxLength, fillString, atStart) {
  var s = str(self, name), len = toInteger(maxLength);
  if (len <= s.length)
    return s;
  var fill = fillString === undefined ? ' ' : stringOf(fillString);
  if (fill === '')
    return s;
  if (len > MAX_STRING)
    throw new RangeError('Invalid string length');
  var need = len - s.length, filler = fill;
  while (filler.length < need)
    filler += filler;
  filler = filler.slice(0, need);
  return atStart ? filler + s : s + filler;
}

exports['String.prototype.padEnd'] = function padEnd(maxLength, fillString) {
  return pad(this, 'padEnd', maxLength, fillString, false);
};

exports['String.prototype.padStart'] = function padStart(maxLength, fillString) {
  return pad(this, 'padStart', maxLength, fillString, true);
};

exports['String.prototype.repeat'] = function repeat(count) {
  var s = str(this, 'repeat'), n = toInteger(count);
  if (n < 0 || n === Infinity)
    throw new RangeError('Invalid count value: ' + (+count));
  if (n === 0 || s === '')
    return '';
  if (s.length * n > MAX_STRING)
    throw new RangeError('Invalid string length');
  var out = '';
  for (;;) {
    if (n & 1)
      out += s;
    n >>>= 1;
    if (n === 0)
      return out;
    s += s;
  }
};

// GetSubstitution for a string pattern: $$, $&, $` and $' ($n has no captures here)
function substitute(matched, s, pos, replacement) {
  if (replacement.indexOf('$') === -1)
    return replacement;
  return replacement.replace(/\$([$&`'])/g, function (all, c) {
    if (c === '$')
      return '$';
    if (c === '&')
      return matched;
    if (c === '`')
      return s.slice(0, pos);
    return s.slice(pos + matched.length);
  });
}

exports['String.prototype.replaceAll'] = function replaceAll(searchValue, replaceValue) {
  var s = str(this, 'replaceAll');
  if (isRegExp(searchValue)) {
    if (!searchValue.global)
      throw new TypeError('String.prototype.replaceAll called with a non-global RegExp argument');
    return s.replace(searchValue, replaceValue);
  }
  var search = stringOf(searchValue), fn = typeof replaceValue === 'function';
  var replacement = fn ? undefined : stringOf(replaceValue);
  var step = Math.max(1, search.length), positions = [], p = s.indexOf(search, 0);
  while (p !== -1) {
    positions.push(p);
    p = p + step > s.length ? -1 : s.indexOf(search, p + step);
  }
  if (search === '' && positions[positions.length - 1] !== s.length)
    positions.push(s.length);
  var out = '', end = 0;
  for (var i = 0; i < positions.length; i++) {
    p = positions[i];
    out += s.slice(end, p) + (fn ? stringOf(replaceValue(search, p, s)) :
      substitute(search, s, p, replacement));
    end = p + search.length;
  }
  return out + s.slice(end);
};

exports['String.prototype.substr'] = function substr(start, length) {
  var s = str(this, 'substr'), size = s.length, from = toInteger(start);
  if (from < 0)
    from = Math.max(size + from, 0);
  from = Math.min(from, size);
  var n = length === undefined ? size - from : clamp(toInteger(length), 0, size - from);
  return n <= 0 ? '' : s.slice(from, from + n);
};

// WhiteSpace and LineTerminator (ES2015 11.2, 11.3)
function isSpace(c) {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xA0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200A) || c === 0x2028 || c === 0x2029 || c === 0x202F ||
    c === 0x205F || c === 0x3000 || c === 0xFEFF;
}

exports['String.prototype.trimEnd'] = function trimEnd() {
  var s = str(this, 'trimRight'), end = s.length;
  while (end > 0 && isSpace(s.charCodeAt(end - 1)))
    end--;
  return end === s.length ? s : s.slice(0, end);
};

exports['String.prototype.trimStart'] = function trimStart() {
  var s = str(this, 'trimLeft'), start = 0;
  while (start < s.length && isSpace(s.charCodeAt(start)))
    start++;
  return start === 0 ? s : s.slice(start);
};
