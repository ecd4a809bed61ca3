// internal/glob_regexp — the regular expressions internal/glob.js makes, as mujs runs them.
//
// toEngine(source) returns a source that mujs compiles and that matches what V8 matches
// with the given one, or the source itself when V8 would reject it too (so that mujs
// throws as V8 does). It handles only the forms internal/glob.js makes: characters and
// identity escapes, classes, (?: ( (?! (?= groups, '|', '^', '$' and the quantifiers
// * + ? (lazy or not). Two things need it:
//  - mujs's \p{...} lacks Nl, Cc, Pc and C, which the POSIX classes use: the first three
//    are listed out, and a class with C is rewritten with the other categories (C is
//    what is not L, M, N, P, S or Z);
//  - mujs refuses a repeated group that can match nothing (below).
//
// ES5: body of function (exports, require, module, binding) on mujs.
'use strict';

function toEngine(src)
{
  return repeatSafe(knownProperties(src));
}

// ---- Unicode properties

var NL = '\\u16ee-\\u16f0\\u2160-\\u2182\\u2185-\\u2188\\u3007\\u3021-\\u3029\\u3038-\\u303a' +
  '\\ua6e6-\\ua6ef\\u{10140}-\\u{10174}\\u{10341}\\u{1034a}\\u{103d1}-\\u{103d5}' +
  '\\u{12400}-\\u{1246e}';
var CC = '\\x00-\\x1f\\x7f-\\x9f';
var PC = '_\\u203f\\u2040\\u2054\\ufe33\\ufe34\\ufe4d-\\ufe4f\\uff3f';
var NOT_C = '[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}\\p{Z}]';

// A class's source with \p{C}: [XC] is 'in X or not in NOT_C', [^XC] 'not in X and in NOT_C'.
function withoutC(cls)
{
  var neg = cls.charAt(1) === '^';
  var rest = cls.slice(neg ? 2 : 1, -1).split('\\p{C}').join('');
  if (neg)
    return rest ? '(?![' + rest + '])' + NOT_C : NOT_C;
  return rest ? '(?:[' + rest + ']|[^' + NOT_C.slice(1) + ')' : '[^' + NOT_C.slice(1);
}

// The source in what mujs's \p{...} knows: Nl, Cc and Pc listed, and a class with C
// turned into one without it.
function knownProperties(src)
{
  src = src.split('\\p{Nl}').join(NL).split('\\p{Cc}').join(CC).split('\\p{Pc}').join(PC);
  if (src.indexOf('\\p{C}') !== -1) {
    var chars = src.split('');
    var out = [];
    for (var i = 0; i < chars.length; i++) {
      var c = chars[i];
      if (c === '\\') {
        out.push(c, chars[++i]);
      } else if (c === '[') {
        var end = i + 1;
        while (end < chars.length && chars[end] !== ']')
          end += chars[end] === '\\' ? 2 : 1;
        var cls = chars.slice(i, end + 1).join('');
        out.push(cls.indexOf('\\p{C}') === -1 ? cls : withoutC(cls));
        i = end;
      } else {
        out.push(c);
      }
    }
    src = out.join('');
  }
  return src;
}

// ---- repeated groups that can match nothing
//
// mujs refuses '(?:X)*' and '(?:X)+' when X can match the empty string, where V8 just
// skips an empty repetition. As test() only asks whether some match exists, X* is the
// same as (X')*, X' being X's non-empty matches, and X+ as X(X')*. The expression is
// parsed into a small tree, those groups rewritten, and it is printed back.
// A tree node: { t: 'chr' (one character or class) | 'assert' ('^', '$') | 'group'
// (open: '(?:', '(', '(?!' or '(?=') | 'alt' | 'seq' | 'rep' (min, max, lazy), src, x,
// list }.

function repeatSafe(src)
{
  if (!/\)[*+]/.test(src))
    return src;
  try {
    var r = { s: src.split(''), i: 0 };
    var tree = reAlternatives(r);
    if (r.i !== r.s.length)
      return src;
    return reString(reRepeatSafe(tree));
  } catch (e) {
    return src;  // V8 rejects it too: let the engine say so
  }
}

function reAlternatives(r)
{
  var list = [reSequence(r)];
  while (r.s[r.i] === '|') {
    r.i++;
    list.push(reSequence(r));
  }
  return list.length === 1 ? list[0] : { t: 'alt', list: list };
}

function reSequence(r)
{
  var list = [];
  for (;;) {
    var c = r.s[r.i];
    if (c === undefined || c === '|' || c === ')')
      break;
    var atom = reAtom(r);
    var q = r.s[r.i];
    if (q === '*' || q === '+' || q === '?') {
      r.i++;
      var lazy = r.s[r.i] === '?';
      if (lazy)
        r.i++;
      atom = { t: 'rep', x: atom, min: q === '+' ? 1 : 0, max: q === '?' ? 1 : Infinity,
        lazy: lazy };
    }
    list.push(atom);
  }
  return { t: 'seq', list: list };
}

function reAtom(r)
{
  var s = r.s;
  var c = s[r.i];
  var start = r.i;
  if (c === '(') {
    var open = s.slice(r.i, r.i + 3).join('');
    if (open !== '(?:' && open !== '(?!' && open !== '(?=')
      open = '(';
    r.i += open.length;
    var x = reAlternatives(r);
    if (s[r.i] !== ')')
      throw new Error('unclosed group');
    r.i++;
    return { t: 'group', open: open, x: x };
  }
  if (c === '[') {
    for (r.i++; r.i < s.length && s[r.i] !== ']'; r.i++) {
      if (s[r.i] === '\\')
        r.i++;
    }
    r.i++;
    return { t: 'chr', src: s.slice(start, r.i).join('') };
  }
  if (c === '\\') {
    r.i += 2;
    return { t: 'chr', src: s.slice(start, r.i).join('') };
  }
  if (c === '*' || c === '+' || c === '?')
    throw new Error('nothing to repeat');
  r.i++;
  return { t: c === '^' || c === '$' ? 'assert' : 'chr', src: c };
}

function reString(n)
{
  switch (n.t) {
  case 'chr':
  case 'assert':
    return n.src;
  case 'group':
    return n.open + reString(n.x) + ')';
  case 'alt':
    return n.list.map(reString).join('|');
  case 'seq':
    return n.list.map(reString).join('');
  default:  // rep
    var x = n.x.t === 'chr' || n.x.t === 'group' ? reString(n.x) : '(?:' + reString(n.x) + ')';
    return x + (n.max === 1 ? '?' : n.min === 1 ? '+' : '*') + (n.lazy ? '?' : '');
  }
}

function isLookahead(n)
{
  return n.t === 'group' && (n.open === '(?!' || n.open === '(?=');
}

// Whether n can match without consuming anything (assertions aside).
function reNullable(n)
{
  switch (n.t) {
  case 'chr':
    return false;
  case 'assert':
    return true;
  case 'group':
    return isLookahead(n) || reNullable(n.x);
  case 'alt':
    return n.list.some(reNullable);
  case 'seq':
    return n.list.every(reNullable);
  default:
    return n.min === 0 || reNullable(n.x);
  }
}

var EMPTY = { t: 'seq', list: [] };

function reAlt(list)
{
  return list.length === 0 ? null : list.length === 1 ? list[0] : { t: 'alt', list: list };
}

// The matches of n that consume nothing (with n's assertions), or null for none.
function reEmptyOnly(n)
{
  var list;
  switch (n.t) {
  case 'chr':
    return null;
  case 'assert':
    return n;
  case 'group':
    if (isLookahead(n))
      return n;
    var x = reEmptyOnly(n.x);
    return x && { t: 'group', open: n.open, x: x };
  case 'alt':
    return reAlt(n.list.map(reEmptyOnly).filter(Boolean));
  case 'seq':
    list = n.list.map(reEmptyOnly);
    return list.indexOf(null) === -1 ? { t: 'seq', list: list } : null;
  default:
    return n.min === 0 ? EMPTY : reEmptyOnly(n.x);
  }
}

// X* with X's empty matches left out: mujs accepts it.
function reStar(x, lazy)
{
  var ne = reNullable(x) ? reNonEmpty(x) : x;
  return ne ? { t: 'rep', x: ne, min: 0, max: Infinity, lazy: lazy } : EMPTY;
}

// The matches of n that consume something, or null for none.
function reNonEmpty(n)
{
  switch (n.t) {
  case 'chr':
    return n;
  case 'assert':
    return null;
  case 'group':
    if (isLookahead(n))
      return null;
    var x = reNonEmpty(n.x);
    return x && { t: 'group', open: n.open, x: x };
  case 'alt':
    return reAlt(n.list.map(reNonEmpty).filter(Boolean));
  case 'seq':
    // the first element to consume something is the k-th: those before it consumed nothing
    var alts = [];
    for (var k = 0; k < n.list.length; k++) {
      var pre = [];
      for (var j = 0; j < k && pre; j++) {
        var e = reEmptyOnly(n.list[j]);
        pre = e ? pre.concat([e]) : null;
      }
      if (!pre)
        break;
      var ne = reNonEmpty(n.list[k]);
      if (ne)
        alts.push({ t: 'seq', list: pre.concat([ne], n.list.slice(k + 1)) });
    }
    return reAlt(alts);
  default:
    var first = reNonEmpty(n.x);
    if (!first)
      return null;
    if (n.max === 1)
      return first;
    var rest = reStar(n.x, n.lazy);
    var nonEmptyFirst = { t: 'seq', list: [first, rest] };
    var emptyFirst = n.min === 1 ? reEmptyOnly(n.x) : null;
    return emptyFirst ? reAlt([nonEmptyFirst, { t: 'seq', list: [emptyFirst, first, rest] }]) :
      nonEmptyFirst;
  }
}

// n with every unbounded repetition of something that can match nothing rewritten.
function reRepeatSafe(n)
{
  switch (n.t) {
  case 'group':
    return { t: 'group', open: n.open, x: reRepeatSafe(n.x) };
  case 'alt':
  case 'seq':
    return { t: n.t, list: n.list.map(reRepeatSafe) };
  case 'rep':
    var x = reRepeatSafe(n.x);
    if (n.max !== Infinity || !reNullable(x))
      return { t: 'rep', x: x, min: n.min, max: n.max, lazy: n.lazy };
    if (n.min === 0)
      return reStar(x, n.lazy);
    return { t: 'seq', list: [x, reStar(x, n.lazy)] };  // X+ is X X*
  default:
    return n;
  }
}

exports.toEngine = toEngine;
