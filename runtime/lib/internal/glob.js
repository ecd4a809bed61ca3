// internal/glob — path.matchesGlob(path, pattern) and path.win32.matchesGlob: Node 20's
// glob matching, written from its observed behaviour.
//
// matches(path, pattern, windows) returns what Node 20's matchesGlob returns, and throws
// what it throws: ERR_INVALID_ARG_TYPE for a non-string path or pattern, a TypeError for
// a pattern over 64 KiB, V8's SyntaxError for a pattern whose regular expression V8
// rejects. The first call emits Node's ExperimentalWarning. Node hands the work to
// minimatch 9 with fixed options; under them:
//  - a backslash in the pattern is a separator, never an escape, and on win32 so is one
//    in the path; '!' and '#' at the start are ordinary characters; case matters (Node
//    asks for case-insensitive matching only on macOS and Windows hosts);
//  - braces expand first, as bash's do ('{a,b}', '{1..3}', '{01..10}', '{a..e..2}');
//  - each alternative is split at separators into names and simplified, and so is the
//    path: empty and '.' names go, 'x/..' goes, '**/**' is '**', and '**/../a/b' stands
//    for both '../a/b' and '**/a/b'. So 'a/../b' matches 'b', and 'a//b' matches 'a/b';
//  - '**' matches any number of names, none starting with '.'; a name matches as the
//    regular expression minimatch makes of it: '*', '?', '[...]' (ranges, '!' or '^'
//    for negation, POSIX classes), and the extglobs @(a|b) ?(a|b) *(a|b) +(a|b) !(a|b);
//    nothing but a literal '.' matches a leading '.', and '.' and '..' only themselves;
//  - on win32, '//server/share' keeps its root and a drive matches in either case, also
//    in the '//?/c:' form.
// Differences: mujs sees a character outside the BMP as one character where V8 sees two
// ('?' matches an emoji here, '??' in Node); mujs's \p{...} tables (mujs patch 0058)
// lack characters V8's have, so beyond Latin the POSIX classes but [:ascii:],
// [:xdigit:], [:cntrl:] and [:space:] can differ; '{1..3..0}' (a step of 0) throws a
// RangeError where Node loops until it runs out of memory.
//
// ES5: body of function (exports, require, module, binding) on mujs.
'use strict';

var toEngine = require('internal/glob_regexp').toEngine;

var GLOBSTAR = { globstar: true };
var MAX_PATTERN = 64 * 1024;

var errors = null;
var warned = false;

function validateString(value, name)
{
  if (typeof value !== 'string') {
    if (errors === null)
      errors = require('internal/errors');
    throw errors.invalidArgType(name, 'string', value);
  }
}

// ---- brace expansion, as bash (and npm's brace-expansion) do it

// Placeholders for braces that are text, not expansion (a leading '{}', a '}' that
// closes nothing): put back at the end.
var OPEN = '\u0000OPEN' + Math.random() + '\u0000';
var CLOSE = '\u0000CLOSE' + Math.random() + '\u0000';

// The brace pair to expand first in s: { start, end } of its '{' and '}', or null. It is
// the first pair that closes at the depth of the first '{', else, with braces left
// open, the leftmost pair that closed.
function bracePair(s)
{
  var open = s.indexOf('{');
  if (open === -1)
    return null;
  var close = s.indexOf('}', open + 1);
  var stack = [];
  var best = null;
  while (open !== -1 || close !== -1) {
    if (open !== -1 && (close === -1 || open < close)) {
      stack.push(open);
      open = s.indexOf('{', open + 1);
      continue;
    }
    if (stack.length === 1)
      return { start: stack.pop(), end: close };
    var start = stack.pop();
    if (best === null || start < best.start)
      best = { start: start, end: close };
    close = s.indexOf('}', close + 1);
  }
  return best;
}

// The comma-separated parts of a brace body, commas inside inner braces left alone.
function commaParts(body)
{
  if (body === '')
    return [''];
  var m = bracePair(body);
  if (m === null)
    return body.split(',');
  var parts = body.slice(0, m.start).split(',');
  parts[parts.length - 1] += body.slice(m.start, m.end + 1);
  var post = body.slice(m.end + 1);
  if (post.length > 0) {
    var rest = commaParts(post);
    parts[parts.length - 1] += rest.shift();
    parts = parts.concat(rest);
  }
  return parts;
}

// A sequence bound or step: a number when the text is one, else its first character's code.
function seqValue(s)
{
  var n = parseInt(s, 10);
  return n == s ? n : s.charCodeAt(0);  // '01' is 1
}

// The values of '{x..y}' or '{x..y..step}' from its parts.
function sequence(parts, alpha)
{
  var x = seqValue(parts[0]);
  var y = seqValue(parts[1]);
  var width = Math.max(parts[0].length, parts[1].length);
  var step = parts.length === 3 ? Math.abs(seqValue(parts[2])) : 1;
  if (step === 0 || step !== step) {
    // Node's brace expansion loops until the heap is exhausted and the process dies.
    throw new RangeError('Invalid array length');
  }
  var pad = parts.some(function (p) { return /^-?0\d/.test(p); });
  var out = [];
  for (var i = x; y < x ? i >= y : i <= y; i += y < x ? -step : step) {
    var c;
    if (alpha) {
      c = String.fromCharCode(i);
      if (c === '\\')
        c = '';
    } else {
      c = String(i);
      var need = width - c.length;
      if (pad && need > 0) {
        var zeros = new Array(need + 1).join('0');
        c = i < 0 ? '-' + zeros + c.slice(1) : zeros + c;
      }
    }
    out.push(c);
  }
  return out;
}

function expandBraces(s, top)
{
  var m = bracePair(s);
  if (m === null)
    return [s];
  var pre = s.slice(0, m.start);
  var body = s.slice(m.start + 1, m.end);
  var post = s.slice(m.end + 1);
  var posts = post.length > 0 ? expandBraces(post, false) : [''];
  var out = [];
  var i, j;
  if (pre.charAt(pre.length - 1) === '$') {
    // '${...}' is not an expansion
    for (i = 0; i < posts.length; i++)
      out.push(pre + '{' + body + '}' + posts[i]);
    return out;
  }
  var numeric = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(body);
  var alpha = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(body);
  var seq = numeric || alpha;
  if (!seq && body.indexOf(',') === -1) {
    // '{a}' is text; in '{a},b}' the first '}' is, and the rest may expand
    if (/,(?!,).*\}/.test(post))
      return expandBraces(pre + '{' + body + CLOSE + post, false);
    return [s];
  }
  var values;
  if (seq) {
    values = sequence(body.split('..'), alpha);
  } else {
    var parts = commaParts(body);
    if (parts.length === 1) {
      // '{{a,b}}': the inner set expands, the outer braces stay
      values = expandBraces(parts[0], false).map(function (v) { return '{' + v + '}'; });
      if (values.length === 1) {
        return posts.map(function (p) { return pre + values[0] + p; });
      }
    } else {
      values = [];
      for (i = 0; i < parts.length; i++)
        values = values.concat(expandBraces(parts[i], false));
    }
  }
  for (i = 0; i < values.length; i++) {
    for (j = 0; j < posts.length; j++) {
      var e = pre + values[i] + posts[j];
      if (!top || seq || e)
        out.push(e);
    }
  }
  return out;
}

// The pattern's alternatives, each once.
function braceAlternatives(pattern)
{
  if (!/\{(?:(?!\{).)*\}/.test(pattern))
    return [pattern];
  if (pattern.slice(0, 2) === '{}')
    pattern = OPEN + CLOSE + pattern.slice(2);
  var all = expandBraces(pattern, true);
  var seen = {};
  var out = [];
  for (var i = 0; i < all.length; i++) {
    var s = all[i].split(OPEN).join('{').split(CLOSE).join('}');
    if (!Object.prototype.hasOwnProperty.call(seen, '$' + s)) {
      seen['$' + s] = true;
      out.push(s);
    }
  }
  return out;
}

// ---- names

// A path or pattern as names. On win32 '//server/...' keeps both leading empty names.
function splitNames(s, windows)
{
  var names = s.split(/\/+/);
  if (windows && /^\/\/[^\/]+/.test(s))
    names.unshift('');
  return names;
}

// Drops '.' and empty names that are neither first nor last (nor the second of a
// '//server' root), and a lone trailing '.' or '' after a leading '.'. True if it did.
function dropEmptyNames(names)
{
  var changed = false;
  for (var i = 1; i < names.length - 1; i++) {
    if (i === 1 && names[1] === '' && names[0] === '')
      continue;
    if (names[i] === '.' || names[i] === '') {
      names.splice(i, 1);
      i--;
      changed = true;
    }
  }
  if (names[0] === '.' && names.length === 2 && (names[1] === '.' || names[1] === '')) {
    names.pop();
    changed = true;
  }
  return changed;
}

// Takes out a name followed by '..' (not '.', '..', '' or '**'). A pattern that starts
// 'x/../**' keeps a '.' in their place. True if it did.
function dropParents(names, pattern)
{
  var changed = false;
  for (var dd = names.indexOf('..', 1); dd !== -1; dd = names.indexOf('..', dd + 1)) {
    var p = names[dd - 1];
    if (p && p !== '.' && p !== '..' && p !== '**') {
      changed = true;
      if (pattern && dd === 1 && names[dd + 1] === '**')
        names.splice(dd - 1, 2, '.');
      else
        names.splice(dd - 1, 2);
      if (names.length === 0)
        names.push('');
      dd -= 2;
    }
  }
  return changed;
}

// The path's names as minimatch compares them: simplified in place.
function simplifyPath(names)
{
  var changed;
  do {
    changed = dropEmptyNames(names);
    changed = dropParents(names, false) || changed;
  } while (changed);
  return names.length === 0 ? [''] : names;
}

// Simplifies the alternatives' names in place; '**/../a/b' adds an alternative.
function simplifyPatterns(sets)
{
  var changed;
  do {
    changed = false;
    for (var s = 0; s < sets.length; s++) {
      var names = sets[s];
      for (var gs = names.indexOf('**'); gs !== -1; gs = names.indexOf('**', gs + 1)) {
        var more = gs;
        while (names[more + 1] === '**')
          more++;
        if (more > gs)
          names.splice(gs + 1, more - gs);
        var p = names[gs + 2];
        var p2 = names[gs + 3];
        if (names[gs + 1] !== '..' || !p || p === '.' || p === '..' || !p2 || p2 === '.' ||
            p2 === '..')
          continue;
        changed = true;
        names.splice(gs, 1);
        var other = names.slice(0);
        other[gs] = '**';
        sets.push(other);
        gs--;
      }
      if (dropEmptyNames(names))
        changed = true;
      if (dropParents(names, true))
        changed = true;
    }
  } while (changed);
  return sets;
}

// One alternative that matches what both a and b match when one covers the other ('*'
// covers a name not starting with '.', '**' covers nothing as well as something), else
// false.
function mergeTwo(a, b)
{
  var ai = 0;
  var bi = 0;
  var out = [];
  var which = '';
  while (ai < a.length && bi < b.length) {
    if (a[ai] === b[bi]) {
      out.push(which === 'b' ? b[bi] : a[ai]);
      ai++;
      bi++;
    } else if (a[ai] === '**' && b[bi] === a[ai + 1]) {
      out.push(a[ai]);
      ai++;
    } else if (b[bi] === '**' && a[ai] === b[bi + 1]) {
      out.push(b[bi]);
      bi++;
    } else if (a[ai] === '*' && b[bi] && b[bi].charAt(0) !== '.' && b[bi] !== '**') {
      if (which === 'b')
        return false;
      which = 'a';
      out.push(a[ai]);
      ai++;
      bi++;
    } else if (b[bi] === '*' && a[ai] && a[ai].charAt(0) !== '.' && a[ai] !== '**') {
      if (which === 'a')
        return false;
      which = 'b';
      out.push(b[bi]);
      ai++;
      bi++;
    } else {
      return false;
    }
  }
  return a.length === b.length && out;
}

// Each alternative merged into the first later one that covers it or that it covers.
function mergePatterns(sets)
{
  for (var i = 0; i < sets.length - 1; i++) {
    for (var j = i + 1; j < sets.length; j++) {
      var merged = mergeTwo(sets[i], sets[j]);
      if (merged) {
        sets[i] = [];
        sets[j] = merged;
        break;
      }
    }
  }
  return sets.filter(function (s) { return s.length > 0; });
}

// ---- one name's pattern as a regular expression

var STAR = '[^/]*?';
var STAR_NO_EMPTY = '[^/]+?';
var QMARK = '[^/]';
var NO_DOT = '(?!\\.)';
var NO_TRAVERSAL = '(?!(?:^|/)\\.\\.?(?:$|/))';

function escapeRe(s)
{
  return s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
}

function escapeClass(s)
{
  return s.replace(/[[\]\\-]/g, '\\$&');
}

// The text a name without magic stands for, from its expression's source: escapes
// dropped, and '[x]' (one character) as x.
function unescape(s)
{
  return s.replace(/((?!\\).|^)\[([^\/\\])\]/g, '$1$2').replace(/\\([^\/])/g, '$1');
}

// Whether an expression starting with c may match a leading '.': '[' starts a class,
// '*' and '?' alike ('[^/]...'); an unescaped '.' starts none, but counts as Node's does.
function mayMatchDot(c)
{
  return c === '[' || c === '.';
}

// POSIX classes in V8's terms: [source, needs the u flag, matches what is not listed].
var POSIX = [
  ['[:alnum:]', '\\p{L}\\p{Nl}\\p{Nd}', true, false],
  ['[:alpha:]', '\\p{L}\\p{Nl}', true, false],
  ['[:ascii:]', '\\x00-\\x7f', false, false],
  ['[:blank:]', '\\p{Zs}\\t', true, false],
  ['[:cntrl:]', '\\p{Cc}', true, false],
  ['[:digit:]', '\\p{Nd}', true, false],
  ['[:graph:]', '\\p{Z}\\p{C}', true, true],
  ['[:lower:]', '\\p{Ll}', true, false],
  ['[:print:]', '\\p{C}', true, false],  // sic: matches what Node's does, control characters
  ['[:punct:]', '\\p{P}', true, false],
  ['[:space:]', '\\p{Z}\\t\\r\\n\\v\\f', true, false],
  ['[:upper:]', '\\p{Lu}', true, false],
  ['[:word:]', '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true, false],
  ['[:xdigit:]', 'A-Fa-f0-9', false, false]
];

// The class at chars[pos] ('['): [source, u flag, characters consumed, magic]. Consumed
// is 0 when it is not a class (no ']'): then '[' is a character. A class that can
// match nothing, or a range with a POSIX class in it, makes the whole name match
// nothing ('$.') and consumes the rest of it. (Patterns are walked as arrays of
// characters: mujs's charAt costs a walk from the string's start.)
function parseClass(chars, pos)
{
  var ranges = [];
  var negs = [];
  var i = pos + 1;
  var sawStart = false;
  var uflag = false;
  var negate = false;
  var endPos = pos;
  var rangeStart = '';
  scan:
  while (i < chars.length) {
    var c = chars[i];
    if ((c === '!' || c === '^') && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === ']' && sawStart) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === '[') {
      for (var k = 0; k < POSIX.length; k++) {
        var cls = POSIX[k];
        if (chars.slice(i, i + cls[0].length).join('') === cls[0]) {
          if (rangeStart)
            return ['$.', false, chars.length - pos, true];
          i += cls[0].length;
          (cls[3] ? negs : ranges).push(cls[1]);
          uflag = uflag || cls[2];
          continue scan;
        }
      }
    }
    if (rangeStart) {
      if (c > rangeStart)
        ranges.push(escapeClass(rangeStart) + '-' + escapeClass(c));
      else if (c === rangeStart)
        ranges.push(escapeClass(c));
      rangeStart = '';
      i++;
      continue;
    }
    if (chars[i + 1] === '-' && chars[i + 2] === ']') {
      ranges.push(escapeClass(c + '-'));
      i += 2;
      continue;
    }
    if (chars[i + 1] === '-') {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(escapeClass(c));
    i++;
  }
  if (endPos < i)
    return ['', false, 0, false];
  if (ranges.length === 0 && negs.length === 0)
    return ['$.', false, chars.length - pos, true];
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    var r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [escapeRe(r), false, endPos - pos, false];
  }
  var sranges = '[' + (negate ? '^' : '') + ranges.join('') + ']';
  var snegs = '[' + (negate ? '' : '^') + negs.join('') + ']';
  var src = ranges.length > 0 && negs.length > 0 ? '(' + sranges + '|' + snegs + ')' :
    ranges.length > 0 ? sranges : snegs;
  return [src, uflag, endPos - pos, true];
}

// A run of pattern text without extglobs: [source, text, magic, u flag]. noEmpty: the
// run is all there is (of the name, or of an extglob's alternative), so a lone '*' must
// match something.
function globSource(glob, magic, noEmpty)
{
  var chars = glob.split('');
  var re = [];
  var uflag = false;
  var star = false;  // the last thing added is a '*': another one adds nothing
  for (var i = 0; i < chars.length; i++) {
    var c = chars[i];
    if (c === '[') {
      var cls = parseClass(chars, i);
      if (cls[2]) {
        re.push(cls[0]);
        uflag = uflag || cls[1];
        i += cls[2] - 1;
        magic = magic || cls[3];
        star = false;
        continue;
      }
    }
    if (c === '*') {
      if (!star)
        re.push(noEmpty && /^\*+$/.test(glob) ? STAR_NO_EMPTY : STAR);
      star = true;
      magic = true;
      continue;
    }
    re.push(c === '?' ? QMARK : escapeRe(c));
    magic = magic || c === '?';
    star = false;
  }
  return [re.join(''), unescape(glob), !!magic, uflag];
}

// A name's pattern as a tree: a node is a sequence (type null: text and extglobs) or an
// extglob (type '!', '?', '+', '*' or '@': alternatives, each a sequence). Every node
// knows its parent and its index there; the root keeps the '!' extglobs.
function Node(type, parent)
{
  this.type = type;
  this.parts = [];
  this.parent = parent;
  this.root = parent ? parent.root : this;
  this.index = parent ? parent.parts.length : 0;
  this.magic = type ? true : undefined;
  this.uflag = false;
  this.emptyExt = false;
  this.text = undefined;
  if (this.root === this) {
    this.negs = [];
    this.filled = false;
  }
  if (type === '!' && !this.root.filled)
    this.root.negs.push(this);
}

Node.prototype.push = function (p) {
  if (p !== '')
    this.parts.push(p);
};

Node.prototype.toString = function () {
  if (this.text !== undefined)
    return this.text;
  var inner = this.parts.map(String);
  this.text = this.type ? this.type + '(' + inner.join('|') + ')' : inner.join('');
  return this.text;
};

// Whether nothing but '!' extglobs comes before the node in its name.
Node.prototype.isStart = function () {
  if (this.root === this)
    return true;
  if (!this.parent.isStart())
    return false;
  for (var i = 0; i < this.index; i++) {
    var p = this.parent.parts[i];
    if (!(p instanceof Node && p.type === '!'))
      return false;
  }
  return true;
};

// Whether nothing comes after the node in its name (an alternative of '!' always ends,
// the rest of the name being copied into it).
Node.prototype.isEnd = function () {
  if (this.root === this)
    return true;
  if (this.parent.type === '!')
    return true;
  if (!this.parent.isEnd())
    return false;
  if (!this.type)
    return true;
  return this.index === this.parent.parts.length - 1;
};

Node.prototype.copyIn = function (p) {
  this.push(typeof p === 'string' ? p : p.clone(this));
};

Node.prototype.clone = function (parent) {
  var c = new Node(this.type, parent);
  for (var i = 0; i < this.parts.length; i++)
    c.copyIn(this.parts[i]);
  return c;
};

function isExtglob(c)
{
  return c === '!' || c === '?' || c === '+' || c === '*' || c === '@';
}

function text(chars, from, to)
{
  return chars.slice(from, to).join('');
}

// Follows '[...]' while parsing: whether c, just read (i is past it), is part of a class.
// In one, nothing is an extglob; '[]...]' and '[!]...]' hold their first ']'.
function inClass(cls, c, i)
{
  if (cls.open) {
    if (i === cls.start + 1) {
      if (c === '^' || c === '!')
        cls.neg = true;
    } else if (c === ']' && !(i === cls.start + 2 && cls.neg)) {
      cls.open = false;
    }
    return true;
  }
  if (c !== '[')
    return false;
  cls.open = true;
  cls.start = i;
  cls.neg = false;
  return true;
}

// Parses chars (the name's pattern as an array of characters) from pos into node;
// returns where it stopped. An extglob without its ')' is text from its type character
// on.
function parseNode(chars, node, pos)
{
  var cls = { open: false, start: -1, neg: false };
  var i = pos;
  var from = pos;  // where the text not yet pushed starts
  var c, ext;
  if (node.type === null) {
    while (i < chars.length) {
      c = chars[i++];
      if (!inClass(cls, c, i) && isExtglob(c) && chars[i] === '(') {
        node.push(text(chars, from, i - 1));
        ext = new Node(c, node);
        i = parseNode(chars, ext, i);
        node.push(ext);
        from = i;
      }
    }
    node.push(text(chars, from, i));
    return i;
  }

  // an extglob: pos is at its '('
  i = from = pos + 1;
  var part = new Node(null, node);
  var alts = [];
  while (i < chars.length) {
    c = chars[i++];
    if (inClass(cls, c, i))
      continue;
    if (isExtglob(c) && chars[i] === '(') {
      part.push(text(chars, from, i - 1));
      ext = new Node(c, part);
      part.push(ext);
      i = from = parseNode(chars, ext, i);
    } else if (c === '|') {
      part.push(text(chars, from, i - 1));
      alts.push(part);
      part = new Node(null, node);
      from = i;
    } else if (c === ')') {
      var last = text(chars, from, i - 1);
      if (last === '' && node.parts.length === 0)
        node.emptyExt = true;
      part.push(last);
      alts.push(part);
      for (var k = 0; k < alts.length; k++)
        node.push(alts[k]);
      return i;
    }
  }
  node.type = null;
  node.magic = undefined;
  node.parts = [text(chars, pos - 1, chars.length)];
  return i;
}

// Copies what follows each '!' extglob in its name into each of its alternatives, so
// that its look-ahead sees the rest of the name.
function fillNegs(root)
{
  if (root.filled)
    return;
  root.toString();
  root.filled = true;
  var n;
  while ((n = root.negs.pop()) !== undefined) {
    if (n.type !== '!')
      continue;
    var p = n;
    for (var pp = p.parent; pp; p = pp, pp = p.parent) {
      for (var i = p.index + 1; !pp.type && i < pp.parts.length; i++) {
        for (var k = 0; k < n.parts.length; k++)
          n.parts[k].copyIn(pp.parts[i]);
      }
    }
  }
}

// The node's regular expression source: [source, text, magic, u flag].
function nodeSource(node, allowDot)
{
  return node.type ? extglobSource(node, allowDot) : sequenceSource(node, allowDot);
}

function sequenceSource(node, allowDot)
{
  var dot = !!allowDot;
  if (node.root === node)
    fillNegs(node);
  var noEmpty = node.isStart() && node.isEnd() &&
    node.parts.every(function (p) { return typeof p === 'string'; });
  var src = node.parts.map(function (p) {
    var r = typeof p === 'string' ? globSource(p, node.magic, noEmpty) : nodeSource(p, allowDot);
    node.magic = node.magic || r[2];
    node.uflag = node.uflag || r[3];
    return r[0];
  }).join('');
  var start = '';
  if (node.isStart() && typeof node.parts[0] === 'string' &&
      !(node.parts.length === 1 && (node.parts[0] === '.' || node.parts[0] === '..'))) {
    var noTraversal = (dot && mayMatchDot(src.charAt(0))) ||
      (src.slice(0, 2) === '\\.' && mayMatchDot(src.charAt(2))) ||
      (src.slice(0, 4) === '\\.\\.' && mayMatchDot(src.charAt(4)));
    var noDot = !dot && mayMatchDot(src.charAt(0));
    start = noTraversal ? NO_TRAVERSAL : noDot ? NO_DOT : '';
  }
  var end = '';
  if (node.isEnd() && node.root.filled && node.parent && node.parent.type === '!')
    end = '(?:$|\\/)';
  node.magic = !!node.magic;
  return [start + src + end, unescape(src), node.magic, node.uflag];
}

// The alternatives' sources joined by '|' (an empty one dropped when the extglob is the
// whole name).
function alternativesSource(node, dot)
{
  var whole = node.isStart() && node.isEnd();
  var srcs = [];
  for (var i = 0; i < node.parts.length; i++) {
    var r = nodeSource(node.parts[i], dot);
    node.uflag = node.uflag || r[3];
    if (!whole || r[0])
      srcs.push(r[0]);
  }
  return srcs.join('|');
}

function extglobSource(node, allowDot)
{
  var dot = !!allowDot;
  var repeated = node.type === '*' || node.type === '+';
  var body = alternativesSource(node, dot);
  if (node.isStart() && node.isEnd() && !body && node.type !== '!') {
    // '@()' as the whole name is text
    var s = node.toString();
    node.parts = [s];
    node.type = null;
    node.magic = undefined;
    return [s, unescape(node.toString()), false, false];
  }
  // After its first time, a repeated extglob may match a leading dot.
  var bodyDot = !repeated || dot ? '' : alternativesSource(node, true);
  if (bodyDot === body)
    bodyDot = '';
  if (bodyDot)
    body = '(?:' + body + ')(?:' + bodyDot + ')*?';
  var src;
  if (node.type === '!' && node.emptyExt) {
    src = (node.isStart() && !dot ? NO_DOT : '') + STAR_NO_EMPTY;
  } else {
    var close;
    if (node.type === '!')
      close = '))' + (node.isStart() && !dot ? NO_DOT : '') + STAR + ')';
    else if (node.type === '@')
      close = ')';
    else if (node.type === '?')
      close = ')?';
    else if (node.type === '+' && bodyDot)
      close = ')';
    else if (node.type === '*' && bodyDot)
      close = ')?';
    else
      close = ')' + node.type;
    src = (node.type === '!' ? '(?:(?!(?:' : '(?:') + body + close;
  }
  node.magic = !!node.magic;
  return [src, unescape(body), node.magic, node.uflag];
}

// V8 rejects an identity escape of anything but syntax characters (and '-' in a class)
// under the u flag; mujs does not, so the error is raised here, with V8's message.
function checkUnicodeEscapes(src)
{
  var chars = src.split('');
  var inClass = false;
  for (var i = 0; i < chars.length; i++) {
    var c = chars[i];
    if (c === '\\') {
      var e = chars[++i];
      if (!/[\^$\\.*+?()[\]{}|\/]/.test(e) && !(inClass && e === '-') &&
          !/[pPxutrnvfdDsSwWbB0-9]/.test(e))
        throw new SyntaxError('Invalid regular expression: /' + src + '/u: Invalid escape');
    } else if (c === '[') {
      inClass = true;
    } else if (c === ']') {
      inClass = false;
    }
  }
}

// A name's pattern: GLOBSTAR, a string to compare, or an object with test(name).
function compileName(pattern)
{
  if (pattern.length > MAX_PATTERN)
    throw new TypeError('pattern is too long');
  if (pattern === '**')
    return GLOBSTAR;
  if (pattern === '')
    return '';
  // Names of these shapes are tested by a function instead of the expression (which is
  // still made, for its errors), as Node does.
  var fast = null;
  var m;
  if (/^\*+$/.test(pattern)) {
    fast = function (f) { return f.length !== 0 && f.charAt(0) !== '.'; };
  } else if ((m = /^\*+([^+@!?\*\[\(]*)$/.exec(pattern)) !== null) {
    var ext = m[1];
    fast = function (f) { return f.charAt(0) !== '.' && endsWith(f, ext); };
  } else if ((m = /^\?+([^+@!?\*\[\(]*)?$/.exec(pattern)) !== null) {
    var len = m[0].length;
    var qext = m[1] || '';
    fast = function (f) { return f.length === len && f.charAt(0) !== '.' && endsWith(f, qext); };
  } else if (/^\*+\.\*+$/.test(pattern)) {
    fast = function (f) { return f.charAt(0) !== '.' && f.indexOf('.') !== -1; };
  } else if (/^\.\*+$/.test(pattern)) {
    fast = function (f) { return f !== '.' && f !== '..' && f.charAt(0) === '.'; };
  }

  var root = new Node(null, null);
  parseNode(pattern.split(''), root, 0);
  var r = nodeSource(root);
  if (!r[2] && !root.magic)
    return r[1];
  var src = '^' + r[0] + '$';
  if (r[3])
    checkUnicodeEscapes(src);
  var re = new RegExp(toEngine(src), r[3] ? 'u' : '');
  return fast ? { test: fast } : re;
}

function endsWith(s, suffix)
{
  return s.length >= suffix.length && s.slice(s.length - suffix.length) === suffix;
}

// ---- matching

var DRIVE = /^[a-z]:$/i;

// Whether the path's names match the pattern's. On win32 a drive ('c:' or '//?/c:') in
// both is compared without regard to case. '**' matches any number of names except '.',
// '..' and names starting with '.'; a trailing empty name (a path ending in '/') is
// allowed after the pattern's end.
function matchNames(file, pattern, windows)
{
  if (windows) {
    var fileDrive = typeof file[0] === 'string' && DRIVE.test(file[0]);
    var fileUNC = !fileDrive && file[0] === '' && file[1] === '' && file[2] === '?' &&
      DRIVE.test(file[3]);
    var patternDrive = typeof pattern[0] === 'string' && DRIVE.test(pattern[0]);
    var patternUNC = !patternDrive && pattern[0] === '' && pattern[1] === '' &&
      pattern[2] === '?' && typeof pattern[3] === 'string' && DRIVE.test(pattern[3]);
    var fdi = fileUNC ? 3 : fileDrive ? 0 : -1;
    var pdi = patternUNC ? 3 : patternDrive ? 0 : -1;
    if (fdi !== -1 && pdi !== -1 && file[fdi].toLowerCase() === pattern[pdi].toLowerCase()) {
      pattern[pdi] = file[fdi];
      if (pdi > fdi)
        pattern = pattern.slice(pdi);
      else if (fdi > pdi)
        file = file.slice(fdi);
    }
  }
  file = simplifyPath(file);

  var fl = file.length;
  var pl = pattern.length;
  var fi = 0;
  var pi = 0;
  for (; fi < fl && pi < pl; fi++, pi++) {
    var p = pattern[pi];
    var f = file[fi];
    if (p === GLOBSTAR) {
      if (pi + 1 === pl) {
        for (; fi < fl; fi++) {
          if (file[fi] === '.' || file[fi] === '..' || file[fi].charAt(0) === '.')
            return false;
        }
        return true;
      }
      for (var fr = fi; fr < fl; fr++) {
        if (matchNames(file.slice(fr), pattern.slice(pi + 1), windows))
          return true;
        var swallowed = file[fr];
        if (swallowed === '.' || swallowed === '..' || swallowed.charAt(0) === '.')
          break;
      }
      return false;
    }
    if (typeof p === 'string' ? f !== p : !p.test(f))
      return false;
  }
  if (fi === fl && pi === pl)
    return true;
  if (fi === fl)
    return false;
  return fi === fl - 1 && file[fi] === '';
}

exports.matches = function matches(path, pattern, windows) {
  if (!warned) {
    warned = true;
    process.emitWarning('glob is an experimental feature and might change at any time',
      'ExperimentalWarning');
  }
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (pattern.length > MAX_PATTERN)
    throw new TypeError('pattern is too long');
  pattern = pattern.replace(/\\/g, '/');
  if (pattern === '')
    return path === '';

  var names = braceAlternatives(pattern).map(function (s) { return splitNames(s, windows); });
  names = mergePatterns(simplifyPatterns(names));
  var sets = names.map(function (n) { return n.map(compileName); });
  if (windows) {
    // the '?' of '//?/c:' is not a wildcard
    for (var i = 0; i < sets.length; i++) {
      var s = sets[i];
      if (s[0] === '' && s[1] === '' && names[i][2] === '?' && typeof s[3] === 'string' &&
          DRIVE.test(s[3]))
        s[2] = '?';
    }
    path = path.split('\\').join('/');
  }
  var file = splitNames(path, windows);
  for (var k = 0; k < sets.length; k++) {
    if (matchNames(file, sets[k], windows))
      return true;
  }
  return false;
};
