// internal/url — the WHATWG URL Standard's URL and URLSearchParams (Node 20's globals),
// in ES5.
//
// The parser is the standard's basic URL parser (state machine, state overrides for the
// setters), its host parser (IPv4 in all its forms, IPv6 with compression, opaque hosts,
// forbidden code points) and its percent-encode sets as Node 20 (ada) applies them:
// the path set leaves ^ and | alone, the fragment set { and }. Records are plain
// objects: { scheme, username, password, host (serialized string or null), port
// (number or null), path (array of segments, or a string for an opaque path), query,
// fragment }.
//
// Domains: ASCII ones are lower-cased; a label with other characters is lower-cased
// and Punycode-encoded ('münchen.de' -> 'xn--mnchen-3ya.de'), with the ideographic full
// stops mapped to '.'. The rest of UTS #46 (NFC, width folding, ignored code points,
// Bidi and joiner rules, 'xn--' label validation) is not applied, so such hosts may
// differ from Node's or be accepted where Node rejects them.
//
// URLSearchParams is live-linked to its URL: changing one updates the other. Iterators
// (entries/keys/values) are objects with next(), iterable like the params themselves.
'use strict';

var errors = require('internal/errors');

var EOF = -1;
var specialPorts = { ftp: 21, file: null, http: 80, https: 443, ws: 80, wss: 443 };
var hasOwn = Object.prototype.hasOwnProperty;

function isSpecialScheme(s) {
  return hasOwn.call(specialPorts, s);
}

function defaultPort(s) {
  return hasOwn.call(specialPorts, s) ? specialPorts[s] : null;
}

// ---- code points and percent-encoding

// The input as an array of code points; unpaired surrogates become U+FFFD (the
// standard takes USVStrings).
function codePoints(s) {
  var out = new Array(s.length), n = 0;
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      var d = s.charCodeAt(i + 1);
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else {
        c = 0xfffd;
      }
    }
    out[n++] = c;
  }
  out.length = n;
  return out;
}

function cpString(c) {
  if (c < 0x10000)
    return String.fromCharCode(c);
  c -= 0x10000;
  return String.fromCharCode(0xd800 + (c >> 10), 0xdc00 + (c & 0x3ff));
}

// A USVString: unpaired surrogates replaced by U+FFFD.
function toUSV(s) {
  s = String(s);
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      var cps = codePoints(s), out = [];
      for (var k = 0; k < cps.length; k++)
        out.push(cpString(cps[k]));
      return out.join('');
    }
  }
  return s;
}

var HEX = '0123456789ABCDEF';

function pctByte(b) {
  return '%' + HEX.charAt(b >> 4) + HEX.charAt(b & 15);
}

// UTF-8 bytes of one code point, percent-encoded.
function pctEncodeCp(c) {
  if (c < 0x80)
    return pctByte(c);
  if (c < 0x800)
    return pctByte(0xc0 | c >> 6) + pctByte(0x80 | c & 63);
  if (c < 0x10000)
    return pctByte(0xe0 | c >> 12) + pctByte(0x80 | c >> 6 & 63) + pctByte(0x80 | c & 63);
  return pctByte(0xf0 | c >> 18) + pctByte(0x80 | c >> 12 & 63) +
    pctByte(0x80 | c >> 6 & 63) + pctByte(0x80 | c & 63);
}

function inC0(c) {
  return c < 0x20 || c > 0x7e;
}
function inFragment(c) {
  return inC0(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
}
function inQuery(c) {
  return inC0(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
}
function inSpecialQuery(c) {
  return inQuery(c) || c === 0x27;
}
function inPath(c) {
  return inQuery(c) || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d;
}
function inUserinfo(c) {
  return inPath(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 ||
    (c >= 0x5b && c <= 0x5e) || c === 0x7c;
}

function encodeCp(c, set) {
  return set(c) ? pctEncodeCp(c) : cpString(c);
}

function encodeString(s, set) {
  var cps = codePoints(s), out = [];
  for (var i = 0; i < cps.length; i++)
    out.push(encodeCp(cps[i], set));
  return out.join('');
}

function isHex(c) {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function hexVal(c) {
  return c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57;
}

// Percent-decodes s and decodes the bytes as UTF-8 (malformed bytes become U+FFFD).
function pctDecodeString(s) {
  if (s.indexOf('%') === -1)
    return s;
  var out = [], bytes = [];
  function flush() {
    if (bytes.length > 0) {
      out.push(require('buffer').Buffer.from(bytes).toString('utf8'));
      bytes = [];
    }
  }
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c === 0x25 && i + 2 < s.length + 0 && isHex(s.charCodeAt(i + 1)) &&
        isHex(s.charCodeAt(i + 2))) {
      bytes.push(hexVal(s.charCodeAt(i + 1)) * 16 + hexVal(s.charCodeAt(i + 2)));
      i += 2;
    } else {
      flush();
      out.push(s.charAt(i));
    }
  }
  flush();
  return out.join('');
}

// decodeURIComponent as the standard has it: null where that throws URIError (a '%'
// not followed by two hex digits, or escapes whose bytes are not UTF-8). mujs's own
// decodeURIComponent accepts malformed UTF-8, so the bytes are checked here.
function decodeURIComponentStrict(s) {
  if (s.indexOf('%') === -1)
    return s;
  if (/%(?![0-9a-fA-F]{2})/.test(s))
    return null;
  // Literal characters are whole code points, so each run of escapes must be UTF-8 on
  // its own.
  var validUtf8 = require('internal/encoding').validUtf8;
  var run = [];
  for (var i = 0; i <= s.length; i++) {
    if (i < s.length && s.charCodeAt(i) === 0x25) {
      run.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (run.length > 0) {
      if (!validUtf8(run, run.length))
        return null;
      run = [];
    }
  }
  return decodeURIComponent(s);
}

// ---- hosts

function isForbiddenHost(c) {
  return c === 0 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x20 || c === 0x23 ||
    c === 0x2f || c === 0x3a || c === 0x3c || c === 0x3e || c === 0x3f || c === 0x40 ||
    c === 0x5b || c === 0x5c || c === 0x5d || c === 0x5e || c === 0x7c;
}

function isForbiddenDomain(c) {
  return isForbiddenHost(c) || c <= 0x1f || c === 0x25 || c === 0x7f;
}

function parseIPv4Number(s) {
  if (s === '')
    return NaN;
  var radix = 10;
  if (s.length >= 2 && s.charAt(0) === '0' && (s.charAt(1) === 'x' || s.charAt(1) === 'X')) {
    radix = 16;
    s = s.slice(2);
  } else if (s.length >= 2 && s.charAt(0) === '0') {
    radix = 8;
    s = s.slice(1);
  }
  if (s === '')
    return 0;
  var re = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!re.test(s))
    return NaN;
  return parseInt(s, radix);
}

function endsInNumber(s) {
  var parts = s.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1)
      return false;
    parts.pop();
  }
  var last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last))
    return true;
  return parseIPv4Number(last) === parseIPv4Number(last);	// not NaN
}

// The serialized IPv4 address, or null.
function parseIPv4(s) {
  var parts = s.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1)
    parts.pop();
  if (parts.length > 4)
    return null;
  var nums = [];
  for (var i = 0; i < parts.length; i++) {
    var n = parseIPv4Number(parts[i]);
    if (n !== n)
      return null;
    nums.push(n);
  }
  for (i = 0; i < nums.length - 1; i++) {
    if (nums[i] > 255)
      return null;
  }
  var last = nums[nums.length - 1];
  if (last >= Math.pow(256, 5 - nums.length))
    return null;
  var ipv4 = last;
  for (i = 0; i < nums.length - 1; i++)
    ipv4 += nums[i] * Math.pow(256, 3 - i);
  var out = [];
  for (i = 0; i < 4; i++) {
    out.unshift(String(ipv4 % 256));
    ipv4 = Math.floor(ipv4 / 256);
  }
  return out.join('.');
}

// The eight pieces of an IPv6 address, or null.
function parseIPv6(s) {
  var input = codePoints(s), len = input.length;
  var address = [0, 0, 0, 0, 0, 0, 0, 0];
  var pieceIndex = 0, compress = null, p = 0;
  function at(i) {
    return i < len ? input[i] : EOF;
  }
  if (at(p) === 0x3a) {
    if (at(p + 1) !== 0x3a)
      return null;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (at(p) !== EOF) {
    if (pieceIndex === 8)
      return null;
    if (at(p) === 0x3a) {
      if (compress !== null)
        return null;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    var value = 0, length = 0;
    while (length < 4 && at(p) !== EOF && isHex(at(p))) {
      value = value * 16 + hexVal(at(p));
      p++;
      length++;
    }
    if (at(p) === 0x2e) {
      if (length === 0)
        return null;
      p -= length;
      if (pieceIndex > 6)
        return null;
      var numbersSeen = 0;
      while (at(p) !== EOF) {
        var piece = null;
        if (numbersSeen > 0) {
          if (at(p) === 0x2e && numbersSeen < 4)
            p++;
          else
            return null;
        }
        if (!(at(p) >= 0x30 && at(p) <= 0x39))
          return null;
        while (at(p) >= 0x30 && at(p) <= 0x39) {
          var number = at(p) - 0x30;
          if (piece === null)
            piece = number;
          else if (piece === 0)
            return null;
          else
            piece = piece * 10 + number;
          if (piece > 255)
            return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4)
          pieceIndex++;
      }
      if (numbersSeen !== 4)
        return null;
      break;
    } else if (at(p) === 0x3a) {
      p++;
      if (at(p) === EOF)
        return null;
    } else if (at(p) !== EOF) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    var swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      var t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(a) {
  // the first longest run of two or more zero pieces is compressed
  var best = -1, bestLen = 1, i;
  for (i = 0; i < 8; i++) {
    if (a[i] !== 0)
      continue;
    var j = i;
    while (j < 8 && a[j] === 0)
      j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  var out = '', ignore0 = false;
  for (i = 0; i < 8; i++) {
    if (ignore0 && a[i] === 0)
      continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += a[i].toString(16);
    if (i !== 7)
      out += ':';
  }
  return out;
}

// Punycode (RFC 3492): its parameters, the bias adaptation (6.1) and the threshold of
// digit position k, which encoding and decoding share.
var PUNY_BASE = 36, PUNY_TMIN = 1, PUNY_TMAX = 26, PUNY_SKEW = 38, PUNY_DAMP = 700;

function punyAdapt(d, numPoints, first) {
  d = first ? Math.floor(d / PUNY_DAMP) : d >> 1;
  d += Math.floor(d / numPoints);
  var k = 0;
  while (d > ((PUNY_BASE - PUNY_TMIN) * PUNY_TMAX) >> 1) {
    d = Math.floor(d / (PUNY_BASE - PUNY_TMIN));
    k += PUNY_BASE;
  }
  return k + Math.floor((PUNY_BASE - PUNY_TMIN + 1) * d / (d + PUNY_SKEW));
}

function punyThreshold(k, bias) {
  return k <= bias ? PUNY_TMIN : k >= bias + PUNY_TMAX ? PUNY_TMAX : k - bias;
}

// Punycode of one label of code points.
function punycode(cps) {
  var base = PUNY_BASE;
  var n = 128, delta = 0, bias = 72, out = [], i;
  for (i = 0; i < cps.length; i++) {
    if (cps[i] < 0x80)
      out.push(String.fromCharCode(cps[i]));
  }
  var b = out.length, h = b;
  if (b > 0)
    out.push('-');
  function digit(d) {
    return String.fromCharCode(d < 26 ? d + 97 : d + 22);
  }
  while (h < cps.length) {
    var m = 0x7fffffff;
    for (i = 0; i < cps.length; i++) {
      if (cps[i] >= n && cps[i] < m)
        m = cps[i];
    }
    delta += (m - n) * (h + 1);
    n = m;
    for (i = 0; i < cps.length; i++) {
      if (cps[i] < n)
        delta++;
      if (cps[i] === n) {
        var q = delta;
        for (var k = base; ; k += base) {
          var t = punyThreshold(k, bias);
          if (q < t)
            break;
          out.push(digit(t + (q - t) % (base - t)));
          q = Math.floor((q - t) / (base - t));
        }
        out.push(digit(q));
        bias = punyAdapt(delta, h + 1, h === b);
        delta = 0;
        h++;
      }
    }
    delta++;
    n++;
  }
  return out.join('');
}

// The label a Punycode string s (without "xn--") encodes, or null if s is not one.
function punycodeDecode(s) {
  var base = PUNY_BASE;
  var out = [], n = 128, i = 0, bias = 72;
  var b = s.lastIndexOf('-');
  if (b < 0)
    b = 0;
  for (var j = 0; j < b; j++)
    out.push(s.charCodeAt(j));
  for (var idx = b > 0 ? b + 1 : 0; idx < s.length; ) {
    var oldi = i, w = 1;
    for (var k = base; ; k += base) {
      if (idx >= s.length)
        return null;
      var c = s.charCodeAt(idx++);
      var digit = c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : base;
      if (digit >= base)
        return null;
      i += digit * w;
      var t = punyThreshold(k, bias);
      if (digit < t)
        break;
      w *= base - t;
    }
    bias = punyAdapt(i - oldi, out.length + 1, oldi === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    out.splice(i++, 0, n);
  }
  var str = '';
  for (var m = 0; m < out.length; m++) {
    var cp = out[m];
    if (cp >= 0x10000) {
      cp -= 0x10000;
      str += String.fromCharCode(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      str += String.fromCharCode(cp);
    }
  }
  return str;
}

// "domain to ASCII", reduced as the header says; null on failure.
function domainToASCII(domain) {
  var ascii = !/[^\x00-\x7f]/.test(domain);
  if (!ascii) {
    domain = domain.replace(/[\u3002\uff0e\uff61]/g, '.').toLowerCase();
    var labels = domain.split('.');
    for (var l = 0; l < labels.length; l++) {
      if (!/[^\x00-\x7f]/.test(labels[l]))
        continue;
      if (labels[l].slice(0, 4) === 'xn--')
        return null;	// an A-label must be ASCII
      labels[l] = 'xn--' + punycode(codePoints(labels[l]));
    }
    domain = labels.join('.');
  } else {
    domain = domain.toLowerCase();
  }
  if (domain === '')
    return null;
  for (var i = 0; i < domain.length; i++) {
    if (isForbiddenDomain(domain.charCodeAt(i)))
      return null;
  }
  return domain;
}

// The host parser: the serialized host, or null on failure.
function parseHost(input, notSpecial) {
  if (input.charAt(0) === '[') {
    if (input.charAt(input.length - 1) !== ']')
      return null;
    var a = parseIPv6(input.slice(1, -1));
    return a === null ? null : '[' + serializeIPv6(a) + ']';
  }
  var i;
  if (notSpecial) {
    for (i = 0; i < input.length; i++) {
      if (isForbiddenHost(input.charCodeAt(i)))
        return null;
    }
    return encodeString(input, inC0);
  }
  var asciiDomain = domainToASCII(pctDecodeString(input));
  if (asciiDomain === null)
    return null;
  if (endsInNumber(asciiDomain))
    return parseIPv4(asciiDomain);
  return asciiDomain;
}

// ---- the basic URL parser

var S_SCHEME_START = 1, S_SCHEME = 2, S_NO_SCHEME = 3, S_SPECIAL_RELATIVE_OR_AUTHORITY = 4,
  S_PATH_OR_AUTHORITY = 5, S_RELATIVE = 6, S_RELATIVE_SLASH = 7,
  S_SPECIAL_AUTHORITY_SLASHES = 8, S_SPECIAL_AUTHORITY_IGNORE_SLASHES = 9,
  S_AUTHORITY = 10, S_HOST = 11, S_HOSTNAME = 12, S_PORT = 13, S_FILE = 14,
  S_FILE_SLASH = 15, S_FILE_HOST = 16, S_PATH_START = 17, S_PATH = 18,
  S_OPAQUE_PATH = 19, S_QUERY = 20, S_FRAGMENT = 21;

function newRecord() {
  return {
    scheme: '', username: '', password: '', host: null, port: null,
    path: [], query: null, fragment: null
  };
}

function isAlpha(c) {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isDigit(c) {
  return c >= 0x30 && c <= 0x39;
}

function isWindowsDriveLetter(s, normalizedOnly) {
  return s.length === 2 && isAlpha(s.charCodeAt(0)) &&
    (s.charAt(1) === ':' || (!normalizedOnly && s.charAt(1) === '|'));
}

// Whether the code points from index i start with a Windows drive letter.
function startsWithDriveLetter(cps, i) {
  if (cps.length - i < 2 || !isAlpha(cps[i]) || (cps[i + 1] !== 0x3a && cps[i + 1] !== 0x7c))
    return false;
  if (cps.length - i === 2)
    return true;
  var c = cps[i + 2];
  return c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23;
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}

function isDoubleDot(s) {
  s = s.toLowerCase();
  return s === '..' || s === '.%2e' || s === '%2e.' || s === '%2e%2e';
}

function shortenPath(url) {
  var path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true))
    return;
  path.pop();
}

function hasOpaquePath(url) {
  return typeof url.path === 'string';
}

function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

var trimRe = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
var tabNewlineRe = /[\t\n\r]/g;

// Parses input against base (a record or null). With url and stateOverride it runs a
// setter's part of the parser on url in place. Returns the record, or null on failure;
// with a state override the return value only tells failure (null) from success.
function basicParse(input, base, url, stateOverride) {
  if (url === undefined || url === null) {
    url = newRecord();
    input = input.replace(trimRe, '');
  }
  input = input.replace(tabNewlineRe, '');
  var cps = codePoints(input), len = cps.length;
  var state = stateOverride || S_SCHEME_START;
  var buffer = '';
  var atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
  var queryParts = null, fragmentParts = null, opaqueParts = null;
  var special = isSpecialScheme(url.scheme);
  var p = 0, c, i, host;

  function remainingStartsWith(ch) {
    return p + 1 < len && cps[p + 1] === ch;
  }

  for (; ; p++) {
    c = p < len ? cps[p] : EOF;
    switch (state) {
    case S_SCHEME_START:
      if (c !== EOF && isAlpha(c)) {
        buffer += String.fromCharCode(c).toLowerCase();
        state = S_SCHEME;
      } else if (!stateOverride) {
        state = S_NO_SCHEME;
        p--;
      } else {
        return null;
      }
      break;

    case S_SCHEME:
      if (c !== EOF && (isAlpha(c) || isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e)) {
        buffer += String.fromCharCode(c).toLowerCase();
      } else if (c === 0x3a) {
        if (stateOverride) {
          if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer))
            return url;
          if ((includesCredentials(url) || url.port !== null) && buffer === 'file')
            return url;
          if (url.scheme === 'file' && url.host === '')
            return url;
        }
        url.scheme = buffer;
        special = isSpecialScheme(buffer);
        if (stateOverride) {
          if (url.port === defaultPort(url.scheme))
            url.port = null;
          return url;
        }
        buffer = '';
        if (url.scheme === 'file') {
          state = S_FILE;
        } else if (special && base !== null && base.scheme === url.scheme) {
          state = S_SPECIAL_RELATIVE_OR_AUTHORITY;
        } else if (special) {
          state = S_SPECIAL_AUTHORITY_SLASHES;
        } else if (remainingStartsWith(0x2f)) {
          state = S_PATH_OR_AUTHORITY;
          p++;
        } else {
          url.path = '';
          opaqueParts = [];
          state = S_OPAQUE_PATH;
        }
      } else if (!stateOverride) {
        buffer = '';
        state = S_NO_SCHEME;
        p = -1;
      } else {
        return null;
      }
      break;

    case S_NO_SCHEME:
      if (base === null || (hasOpaquePath(base) && c !== 0x23))
        return null;
      if (hasOpaquePath(base) && c === 0x23) {
        url.scheme = base.scheme;
        special = isSpecialScheme(url.scheme);
        url.path = base.path;
        url.query = base.query;
        url.fragment = '';
        fragmentParts = [];
        state = S_FRAGMENT;
      } else if (base.scheme !== 'file') {
        state = S_RELATIVE;
        p--;
      } else {
        state = S_FILE;
        p--;
      }
      break;

    case S_SPECIAL_RELATIVE_OR_AUTHORITY:
      if (c === 0x2f && remainingStartsWith(0x2f)) {
        state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        p++;
      } else {
        state = S_RELATIVE;
        p--;
      }
      break;

    case S_PATH_OR_AUTHORITY:
      if (c === 0x2f) {
        state = S_AUTHORITY;
      } else {
        state = S_PATH;
        p--;
      }
      break;

    case S_RELATIVE:
      url.scheme = base.scheme;
      special = isSpecialScheme(url.scheme);
      if (c === 0x2f) {
        state = S_RELATIVE_SLASH;
      } else if (special && c === 0x5c) {
        state = S_RELATIVE_SLASH;
      } else {
        url.username = base.username;
        url.password = base.password;
        url.host = base.host;
        url.port = base.port;
        url.path = base.path.slice();
        url.query = base.query;
        if (c === 0x3f) {
          url.query = '';
          queryParts = [];
          state = S_QUERY;
        } else if (c === 0x23) {
          url.fragment = '';
          fragmentParts = [];
          state = S_FRAGMENT;
        } else if (c !== EOF) {
          url.query = null;
          shortenPath(url);
          state = S_PATH;
          p--;
        }
      }
      break;

    case S_RELATIVE_SLASH:
      if (special && (c === 0x2f || c === 0x5c)) {
        state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
      } else if (c === 0x2f) {
        state = S_AUTHORITY;
      } else {
        url.username = base.username;
        url.password = base.password;
        url.host = base.host;
        url.port = base.port;
        state = S_PATH;
        p--;
      }
      break;

    case S_SPECIAL_AUTHORITY_SLASHES:
      if (c === 0x2f && remainingStartsWith(0x2f)) {
        state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        p++;
      } else {
        state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        p--;
      }
      break;

    case S_SPECIAL_AUTHORITY_IGNORE_SLASHES:
      if (c !== 0x2f && c !== 0x5c) {
        state = S_AUTHORITY;
        p--;
      }
      break;

    case S_AUTHORITY:
      if (c === 0x40) {
        if (atSignSeen)
          buffer = '%40' + buffer;
        atSignSeen = true;
        var bcps = codePoints(buffer), user = [], pass = [];
        for (i = 0; i < bcps.length; i++) {
          if (bcps[i] === 0x3a && !passwordTokenSeen) {
            passwordTokenSeen = true;
            continue;
          }
          (passwordTokenSeen ? pass : user).push(encodeCp(bcps[i], inUserinfo));
        }
        url.username += user.join('');
        url.password += pass.join('');
        buffer = '';
      } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                 (special && c === 0x5c)) {
        if (atSignSeen && buffer === '')
          return null;
        p -= codePoints(buffer).length + 1;
        buffer = '';
        state = S_HOST;
      } else {
        buffer += cpString(c);
      }
      break;

    case S_HOST:
    case S_HOSTNAME:
      if (stateOverride && url.scheme === 'file') {
        p--;
        state = S_FILE_HOST;
      } else if (c === 0x3a && !insideBrackets) {
        if (buffer === '')
          return null;
        if (stateOverride === S_HOSTNAME)
          return null;
        host = parseHost(buffer, !special);
        if (host === null)
          return null;
        url.host = host;
        buffer = '';
        state = S_PORT;
      } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                 (special && c === 0x5c)) {
        p--;
        if (special && buffer === '')
          return null;
        if (stateOverride && buffer === '' && (includesCredentials(url) || url.port !== null))
          return null;
        host = parseHost(buffer, !special);
        if (host === null)
          return null;
        url.host = host;
        buffer = '';
        state = S_PATH_START;
        if (stateOverride)
          return url;
      } else {
        if (c === 0x5b)
          insideBrackets = true;
        if (c === 0x5d)
          insideBrackets = false;
        buffer += cpString(c);
      }
      break;

    case S_PORT:
      if (c !== EOF && isDigit(c)) {
        buffer += String.fromCharCode(c);
      } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 ||
                 (special && c === 0x5c) || stateOverride) {
        if (buffer !== '') {
          var port = parseInt(buffer, 10);
          if (port > 65535)
            return null;
          url.port = port === defaultPort(url.scheme) ? null : port;
          buffer = '';
        } else if (stateOverride) {
          return null;
        }
        if (stateOverride)
          return url;
        state = S_PATH_START;
        p--;
      } else {
        return null;
      }
      break;

    case S_FILE:
      url.scheme = 'file';
      special = true;
      url.host = '';
      if (c === 0x2f || c === 0x5c) {
        state = S_FILE_SLASH;
      } else if (base !== null && base.scheme === 'file') {
        url.host = base.host;
        url.path = base.path.slice();
        url.query = base.query;
        if (c === 0x3f) {
          url.query = '';
          queryParts = [];
          state = S_QUERY;
        } else if (c === 0x23) {
          url.fragment = '';
          fragmentParts = [];
          state = S_FRAGMENT;
        } else if (c !== EOF) {
          url.query = null;
          if (!startsWithDriveLetter(cps, p))
            shortenPath(url);
          else
            url.path = [];
          state = S_PATH;
          p--;
        }
      } else {
        state = S_PATH;
        p--;
      }
      break;

    case S_FILE_SLASH:
      if (c === 0x2f || c === 0x5c) {
        state = S_FILE_HOST;
      } else {
        if (base !== null && base.scheme === 'file') {
          url.host = base.host;
          if (!startsWithDriveLetter(cps, p) && base.path.length > 0 &&
              isWindowsDriveLetter(base.path[0], true))
            url.path.push(base.path[0]);
        }
        state = S_PATH;
        p--;
      }
      break;

    case S_FILE_HOST:
      if (c === EOF || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
        p--;
        if (!stateOverride && isWindowsDriveLetter(buffer, false)) {
          state = S_PATH;
        } else if (buffer === '') {
          url.host = '';
          if (stateOverride)
            return url;
          state = S_PATH_START;
        } else {
          host = parseHost(buffer, !special);
          if (host === null)
            return null;
          if (host === 'localhost')
            host = '';
          url.host = host;
          if (stateOverride)
            return url;
          buffer = '';
          state = S_PATH_START;
        }
      } else {
        buffer += cpString(c);
      }
      break;

    case S_PATH_START:
      if (special) {
        state = S_PATH;
        if (c !== 0x2f && c !== 0x5c)
          p--;
      } else if (!stateOverride && c === 0x3f) {
        url.query = '';
        queryParts = [];
        state = S_QUERY;
      } else if (!stateOverride && c === 0x23) {
        url.fragment = '';
        fragmentParts = [];
        state = S_FRAGMENT;
      } else if (c !== EOF) {
        state = S_PATH;
        if (c !== 0x2f)
          p--;
      } else if (stateOverride && url.host === null) {
        url.path.push('');
      }
      break;

    case S_PATH:
      if (c === EOF || c === 0x2f || (special && c === 0x5c) ||
          (!stateOverride && (c === 0x3f || c === 0x23))) {
        var slash = c === 0x2f || (special && c === 0x5c);
        if (isDoubleDot(buffer)) {
          shortenPath(url);
          if (!slash)
            url.path.push('');
        } else if (isSingleDot(buffer) && !slash) {
          url.path.push('');
        } else if (!isSingleDot(buffer)) {
          if (url.scheme === 'file' && url.path.length === 0 &&
              isWindowsDriveLetter(buffer, false))
            buffer = buffer.charAt(0) + ':';
          url.path.push(buffer);
        }
        buffer = '';
        if (c === 0x3f) {
          url.query = '';
          queryParts = [];
          state = S_QUERY;
        }
        if (c === 0x23) {
          url.fragment = '';
          fragmentParts = [];
          state = S_FRAGMENT;
        }
      } else {
        buffer += encodeCp(c, inPath);
      }
      break;

    case S_OPAQUE_PATH:
      if (opaqueParts === null)
        opaqueParts = [];
      if (c === 0x3f) {
        url.path = opaqueParts.join('');
        opaqueParts = null;
        url.query = '';
        queryParts = [];
        state = S_QUERY;
      } else if (c === 0x23) {
        url.path = opaqueParts.join('');
        opaqueParts = null;
        url.fragment = '';
        fragmentParts = [];
        state = S_FRAGMENT;
      } else if (c !== EOF) {
        opaqueParts.push(encodeCp(c, inC0));
      }
      break;

    case S_QUERY:
      if (queryParts === null)
        queryParts = [url.query === null ? '' : url.query];
      if ((!stateOverride && c === 0x23) || c === EOF) {
        url.query = queryParts.join('');
        queryParts = null;
        if (c === 0x23) {
          url.fragment = '';
          fragmentParts = [];
          state = S_FRAGMENT;
        }
      } else if (c !== EOF) {
        queryParts.push(encodeCp(c, special ? inSpecialQuery : inQuery));
      }
      break;

    case S_FRAGMENT:
      if (fragmentParts === null)
        fragmentParts = [url.fragment === null ? '' : url.fragment];
      if (c !== EOF)
        fragmentParts.push(encodeCp(c, inFragment));
      break;
    }
    if (p >= len)
      break;
  }
  if (opaqueParts !== null)
    url.path = opaqueParts.join('');
  if (fragmentParts !== null)
    url.fragment = fragmentParts.join('');
  return url;
}

function serializePath(url) {
  if (hasOpaquePath(url))
    return url.path;
  var out = '';
  for (var i = 0; i < url.path.length; i++)
    out += '/' + url.path[i];
  return out;
}

function serialize(url, excludeFragment) {
  var out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (includesCredentials(url)) {
      out += url.username;
      if (url.password !== '')
        out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null)
      out += ':' + url.port;
  }
  if (url.host === null && !hasOpaquePath(url) && url.path.length > 1 && url.path[0] === '')
    out += '/.';
  out += serializePath(url);
  if (url.query !== null)
    out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null)
    out += '#' + url.fragment;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
  case 'blob':
    var inner = hasOpaquePath(url) ? basicParse(url.path, null) : null;
    if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https'))
      return serializeOrigin(inner);
    return 'null';
  case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
    return url.scheme + '://' + url.host + (url.port === null ? '' : ':' + url.port);
  }
  return 'null';
}

function cannotHaveCredentialsOrPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

function stripTrailingSpacesFromOpaquePath(url) {
  if (!hasOpaquePath(url) || url.fragment !== null || url.query !== null)
    return;
  url.path = url.path.replace(/ +$/, '');
}

// ---- application/x-www-form-urlencoded

function parseUrlencoded(input) {
  var out = [];
  var seqs = input.split('&');
  for (var i = 0; i < seqs.length; i++) {
    var bytes = seqs[i];
    if (bytes === '')
      continue;
    var eq = bytes.indexOf('=');
    var name = eq === -1 ? bytes : bytes.slice(0, eq);
    var value = eq === -1 ? '' : bytes.slice(eq + 1);
    out.push([pctDecodeString(name.replace(/\+/g, ' ')),
      pctDecodeString(value.replace(/\+/g, ' '))]);
  }
  return out;
}

function formEncode(s) {
  return encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()~]/g, function (ch) {
    return pctByte(ch.charCodeAt(0));
  });
}

function serializeUrlencoded(list) {
  var out = [];
  for (var i = 0; i < list.length; i++)
    out.push(formEncode(list[i][0]) + '=' + formEncode(list[i][1]));
  return out.join('&');
}

// ---- URLSearchParams

var kList = '__searchParamsList';
var kUrl = '__searchParamsURL';

function invalidThis(type) {
  return errors.makeNodeError(TypeError, 'ERR_INVALID_THIS',
    'Value of "this" must be of type ' + type);
}

function missingArgs(names) {
  var msg = names.length === 1 ? 'The "' + names[0] + '" argument must be specified' :
    'The "' + names[0] + '" and "' + names[1] + '" arguments must be specified';
  return errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS', msg);
}

function hide(obj, key, value) {
  Object.defineProperty(obj, key, {
    value: value, writable: true, enumerable: false, configurable: true
  });
}

function isIterable(v) {
  return Array.isArray(v) || (v !== null && typeof v === 'object' &&
    (v instanceof URLSearchParams ||
     (typeof Map === 'function' && v instanceof Map) ||
     (typeof Set === 'function' && v instanceof Set)));
}

function toArray(v) {
  if (Array.isArray(v))
    return v;
  if (v instanceof URLSearchParams)
    return v[kList].map(function (p) { return [p[0], p[1]]; });
  var out = [];
  if (v instanceof Map)
    v.forEach(function (val, key) { out.push([key, val]); });
  else
    v.forEach(function (val) { out.push(val); });
  return out;
}

function URLSearchParams(init) {
  var list = [];
  hide(this, kList, list);
  hide(this, kUrl, null);
  if (init === undefined || init === null) {
    if (init === null)
      list.push.apply(list, parseUrlencoded('null'));
    return;
  }
  if (typeof init === 'object' || typeof init === 'function') {
    if (isIterable(init)) {
      var pairs = toArray(init);
      for (var i = 0; i < pairs.length; i++) {
        var pair = pairs[i];
        if (pair === null || typeof pair !== 'object' || !isIterable(pair) ||
            toArray(pair).length !== 2)
          throw errors.makeNodeError(TypeError, 'ERR_INVALID_TUPLE',
            'Each query pair must be an iterable [name, value] tuple');
        pair = toArray(pair);
        list.push([toUSV(pair[0]), toUSV(pair[1])]);
      }
    } else {
      var keys = Object.keys(init);
      for (var k = 0; k < keys.length; k++)
        list.push([toUSV(keys[k]), toUSV(init[keys[k]])]);
    }
    return;
  }
  var s = toUSV(init);
  if (s.charAt(0) === '?')
    s = s.slice(1);
  list.push.apply(list, parseUrlencoded(s));
}

function params(self) {
  var l = self !== null && typeof self === 'object' ? self[kList] : undefined;
  if (l === undefined)
    throw invalidThis('URLSearchParams');
  return l;
}

// After a change to the list: update the linked URL's query.
function update(self) {
  var url = self[kUrl];
  if (url === null)
    return;
  var rec = url.__url;
  var s = serializeUrlencoded(self[kList]);
  rec.query = s === '' ? null : s;
  if (s === '')
    stripTrailingSpacesFromOpaquePath(rec);
}

var SP = URLSearchParams.prototype;

function spMethod(name, fn) {
  Object.defineProperty(SP, name, {
    value: fn, writable: true, enumerable: true, configurable: true
  });
}

Object.defineProperty(SP, 'size', {
  get: function () { return params(this).length; }, enumerable: true, configurable: true
});
spMethod('append', function append(name, value) {
  var l = params(this);
  if (arguments.length < 2)
    throw missingArgs(['name', 'value']);
  l.push([toUSV(name), toUSV(value)]);
  update(this);
});
spMethod('delete', function delete_(name, value) {
  var l = params(this);
  if (arguments.length < 1)
    throw missingArgs(['name']);
  name = toUSV(name);
  if (value !== undefined)
    value = toUSV(value);
  for (var i = 0; i < l.length; ) {
    if (l[i][0] === name && (value === undefined || l[i][1] === value))
      l.splice(i, 1);
    else
      i++;
  }
  update(this);
});
Object.defineProperty(SP['delete'], 'name', { value: 'delete' });
spMethod('get', function get(name) {
  var l = params(this);
  if (arguments.length < 1)
    throw missingArgs(['name']);
  name = toUSV(name);
  for (var i = 0; i < l.length; i++) {
    if (l[i][0] === name)
      return l[i][1];
  }
  return null;
});
spMethod('getAll', function getAll(name) {
  var l = params(this);
  if (arguments.length < 1)
    throw missingArgs(['name']);
  name = toUSV(name);
  var out = [];
  for (var i = 0; i < l.length; i++) {
    if (l[i][0] === name)
      out.push(l[i][1]);
  }
  return out;
});
spMethod('has', function has(name, value) {
  var l = params(this);
  if (arguments.length < 1)
    throw missingArgs(['name']);
  name = toUSV(name);
  if (value !== undefined)
    value = toUSV(value);
  for (var i = 0; i < l.length; i++) {
    if (l[i][0] === name && (value === undefined || l[i][1] === value))
      return true;
  }
  return false;
});
spMethod('set', function set(name, value) {
  var l = params(this);
  if (arguments.length < 2)
    throw missingArgs(['name', 'value']);
  name = toUSV(name);
  value = toUSV(value);
  var found = false;
  for (var i = 0; i < l.length; ) {
    if (l[i][0] === name) {
      if (found) {
        l.splice(i, 1);
        continue;
      }
      l[i][1] = value;
      found = true;
    }
    i++;
  }
  if (!found)
    l.push([name, value]);
  update(this);
});
spMethod('sort', function sort() {
  var l = params(this);
  // stable, by UTF-16 code units of the names
  var keyed = l.map(function (p, i) { return { p: p, i: i }; });
  keyed.sort(function (a, b) {
    if (a.p[0] < b.p[0])
      return -1;
    if (a.p[0] > b.p[0])
      return 1;
    return a.i - b.i;
  });
  for (var i = 0; i < l.length; i++)
    l[i] = keyed[i].p;
  update(this);
});

function ParamsIterator(list, kind) {
  hide(this, '__list', list);
  hide(this, '__kind', kind);
  hide(this, '__index', 0);
}
ParamsIterator.prototype.next = function next() {
  var l = this.__list;
  if (this.__index >= l.length)
    return { value: undefined, done: true };
  var p = l[this.__index++];
  var v = this.__kind === 'keys' ? p[0] : this.__kind === 'values' ? p[1] : [p[0], p[1]];
  return { value: v, done: false };
};
Object.defineProperty(ParamsIterator, 'name', { value: 'URLSearchParams Iterator' });

spMethod('entries', function entries() {
  return new ParamsIterator(params(this), 'entries');
});
spMethod('forEach', function forEach(callback, thisArg) {
  var l = params(this);
  if (typeof callback !== 'function')
    throw errors.invalidArgType('callback', 'Function', callback);
  for (var i = 0; i < l.length; i++)
    callback.call(thisArg, l[i][1], l[i][0], this);
});
// for-of, spread and destructuring (the Symbol shim's key, internal/es2015): a params
// object iterates its entries, an iterator itself
var kIterator = '\x01Symbol(Symbol.iterator)';
hide(SP, kIterator, SP.entries);
hide(ParamsIterator.prototype, kIterator, function () { return this; });
spMethod('keys', function keys() {
  return new ParamsIterator(params(this), 'keys');
});
spMethod('values', function values() {
  return new ParamsIterator(params(this), 'values');
});
spMethod('toString', function toString() {
  return serializeUrlencoded(params(this));
});
hide(SP, 'nodejs.util.inspect.custom', function (depth, options, inspect) {
  var l = params(this);
  if (depth < 0)
    return '[Object]';
  if (l.length === 0)
    return 'URLSearchParams {}';
  var parts = [];
  for (var i = 0; i < l.length; i++)
    parts.push(inspect(l[i][0], options) + ' => ' + inspect(l[i][1], options));
  var width = options.breakLength === undefined ? 80 : options.breakLength;
  if (parts.join(', ').length > width)
    return 'URLSearchParams {\n  ' + parts.join(',\n  ') + ' }';
  return 'URLSearchParams { ' + parts.join(', ') + ' }';
});

// ---- URL

function invalidUrl(input, base) {
  var e = errors.makeNodeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  e.input = input;
  if (base !== undefined)
    e.base = base;
  return e;
}

function URL(input, base) {
  if (!(this instanceof URL))
    throw new TypeError("Class constructor URL cannot be invoked without 'new'");
  if (arguments.length === 0)
    throw missingArgs(['url']);
  input = toUSV(input);
  var baseRec = null;
  if (base !== undefined) {
    base = toUSV(base);
    baseRec = basicParse(base, null);
    if (baseRec === null)
      throw invalidUrl(input, base);
  }
  var rec = basicParse(input, baseRec);
  if (rec === null)
    throw invalidUrl(input, base);
  hide(this, '__url', rec);
  hide(this, '__searchParams', null);
}

function rec(self) {
  var r = self !== null && typeof self === 'object' ? self.__url : undefined;
  if (r === undefined)
    throw invalidThis('URL');
  return r;
}

URL.canParse = function canParse(input, base) {
  if (arguments.length === 0)
    throw missingArgs(['url']);
  var baseRec = null;
  if (base !== undefined) {
    baseRec = basicParse(toUSV(base), null);
    if (baseRec === null)
      return false;
  }
  return basicParse(toUSV(input), baseRec) !== null;
};

var UP = URL.prototype;

function accessor(name, get, set) {
  Object.defineProperty(UP, name, {
    get: get, set: set, enumerable: true, configurable: true
  });
}

Object.defineProperty(UP, 'toString', {
  value: function toString() { return serialize(rec(this)); },
  writable: true, enumerable: true, configurable: true
});
accessor('href', function () { return serialize(rec(this)); }, function (v) {
  rec(this);
  v = toUSV(v);
  var r = basicParse(v, null);
  if (r === null)
    throw invalidUrl(v);
  this.__url = r;
  var sp = this.__searchParams;
  if (sp !== null)
    sp[kList] = r.query === null ? [] : parseUrlencoded(r.query);
});
accessor('origin', function () { return serializeOrigin(rec(this)); });
accessor('protocol', function () { return rec(this).scheme + ':'; }, function (v) {
  basicParse(toUSV(v) + ':', null, rec(this), S_SCHEME_START);
});
accessor('username', function () { return rec(this).username; }, function (v) {
  var r = rec(this);
  if (cannotHaveCredentialsOrPort(r))
    return;
  r.username = encodeString(toUSV(v), inUserinfo);
});
accessor('password', function () { return rec(this).password; }, function (v) {
  var r = rec(this);
  if (cannotHaveCredentialsOrPort(r))
    return;
  r.password = encodeString(toUSV(v), inUserinfo);
});
accessor('host', function () {
  var r = rec(this);
  if (r.host === null)
    return '';
  return r.port === null ? r.host : r.host + ':' + r.port;
}, function (v) {
  var r = rec(this);
  if (hasOpaquePath(r))
    return;
  setOrKeep(r, toUSV(v), S_HOST);
});
accessor('hostname', function () {
  var r = rec(this);
  return r.host === null ? '' : r.host;
}, function (v) {
  var r = rec(this);
  if (hasOpaquePath(r))
    return;
  setOrKeep(r, toUSV(v), S_HOSTNAME);
});
accessor('port', function () {
  var r = rec(this);
  return r.port === null ? '' : String(r.port);
}, function (v) {
  var r = rec(this);
  if (cannotHaveCredentialsOrPort(r))
    return;
  v = toUSV(v);
  if (v === '')
    r.port = null;
  else
    setOrKeep(r, v, S_PORT);
});
accessor('pathname', function () { return serializePath(rec(this)); }, function (v) {
  var r = rec(this);
  if (hasOpaquePath(r))
    return;
  var copy = copyRecord(r);
  copy.path = [];
  if (basicParse(toUSV(v), null, copy, S_PATH_START) !== null)
    r.path = copy.path;
});
accessor('search', function () {
  var r = rec(this);
  return r.query === null || r.query === '' ? '' : '?' + r.query;
}, function (v) {
  var r = rec(this);
  v = toUSV(v);
  var sp = this.__searchParams;
  if (v === '') {
    r.query = null;
    if (sp !== null)
      sp[kList] = [];
    stripTrailingSpacesFromOpaquePath(r);
    return;
  }
  if (v.charAt(0) === '?')
    v = v.slice(1);
  r.query = '';
  basicParse(v, null, r, S_QUERY);
  if (sp !== null)
    sp[kList] = parseUrlencoded(v);
});
accessor('searchParams', function () {
  rec(this);
  var sp = this.__searchParams;
  if (sp === null) {
    sp = new URLSearchParams(this.__url.query === null ? '' : this.__url.query);
    sp[kUrl] = this;
    this.__searchParams = sp;
  }
  return sp;
});
accessor('hash', function () {
  var r = rec(this);
  return r.fragment === null || r.fragment === '' ? '' : '#' + r.fragment;
}, function (v) {
  var r = rec(this);
  v = toUSV(v);
  if (v === '') {
    r.fragment = null;
    stripTrailingSpacesFromOpaquePath(r);
    return;
  }
  if (v.charAt(0) === '#')
    v = v.slice(1);
  r.fragment = '';
  basicParse(v, null, r, S_FRAGMENT);
});
Object.defineProperty(UP, 'toJSON', {
  value: function toJSON() { return serialize(rec(this)); },
  writable: true, enumerable: true, configurable: true
});

function copyRecord(r) {
  return {
    scheme: r.scheme, username: r.username, password: r.password, host: r.host,
    port: r.port, path: typeof r.path === 'string' ? r.path : r.path.slice(),
    query: r.query, fragment: r.fragment
  };
}

// Runs a setter's state-override parse on a copy and keeps the result only when it
// succeeded, as ada does (a failing host or port setter leaves the URL unchanged).
function setOrKeep(r, v, state) {
  var copy = copyRecord(r);
  if (basicParse(v, null, copy, state) === null)
    return;
  for (var k in copy)
    r[k] = copy[k];
}

hide(UP, 'nodejs.util.inspect.custom', function (depth, options, inspect) {
  if (depth < 0)
    return this;
  var obj = {
    href: this.href,
    origin: this.origin,
    protocol: this.protocol,
    username: this.username,
    password: this.password,
    host: this.host,
    hostname: this.hostname,
    port: this.port,
    pathname: this.pathname,
    search: this.search,
    searchParams: this.searchParams,
    hash: this.hash
  };
  return 'URL ' + inspect(obj, options);
});

function isURL(v) {
  return v !== null && typeof v === 'object' && v.__url !== undefined &&
    typeof v.href === 'string';
}

// Symbol.toStringTag of each class, as Node's ([object URL]): the Symbol shim's key
[URL, URLSearchParams].forEach(function (C) {
  Object.defineProperty(C.prototype, '\x01Symbol(Symbol.toStringTag)', {
    value: C.name, writable: false, enumerable: false, configurable: true
  });
});
exports.URL = URL;
exports.URLSearchParams = URLSearchParams;
exports.isURL = isURL;
exports.toUSV = toUSV;
exports.parseHost = parseHost;
exports.domainToASCII = domainToASCII;
exports.punycodeDecode = punycodeDecode;
exports.pctDecodeString = pctDecodeString;
exports.decodeURIComponentStrict = decodeURIComponentStrict;
