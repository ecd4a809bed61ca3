// querystring — Node 20's querystring module, in ES5.
//
// parse(str, sep = '&', eq = '=', { maxKeys = 1000, decodeURIComponent }) gives a
// null-prototype object; a repeated key collects its values in an array; '+' means a
// space; empty pairs are skipped but count towards maxKeys (0: no limit); a key or
// value is decoded only when it has a '%' (with the default decoder), and a malformed
// escape is left as it is. stringify(obj, sep, eq, { encodeURIComponent }) writes own
// enumerable keys, arrays as repeated keys (empty arrays skipped), and only strings,
// finite numbers and booleans as values (anything else as ''). escape() keeps what
// encodeURIComponent keeps and throws ERR_INVALID_URI for an unpaired surrogate;
// unescape() falls back to unescapeBuffer() when decodeURIComponent fails.
'use strict';

var errors = require('internal/errors');

function hexVal(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// unescapeBuffer(s, decodeSpaces): the bytes of s with %XX decoded (and '+' as a
// space when decodeSpaces); other characters as UTF-8.
function unescapeBuffer(s, decodeSpaces) {
  var Buffer = require('buffer').Buffer;
  s = String(s);
  var bytes = Buffer.from(s, 'utf8');
  var out = Buffer.allocUnsafe(bytes.length);
  var n = 0;
  for (var i = 0; i < bytes.length; i++) {
    var c = bytes[i];
    if (c === 0x2b && decodeSpaces) {
      out[n++] = 0x20;
      continue;
    }
    if (c === 0x25 && i + 2 < bytes.length) {
      var h = hexVal(bytes[i + 1]), l = hexVal(bytes[i + 2]);
      if (h >= 0 && l >= 0) {
        out[n++] = h * 16 + l;
        i += 2;
        continue;
      }
    }
    out[n++] = c;
  }
  return out.slice(0, n);
}

// decodeURIComponent(s), or unescapeBuffer's lenient decoding where that throws.
function qsUnescape(s, decodeSpaces) {
  var r = require('internal/url').decodeURIComponentStrict(String(s));
  return r !== null ? r : unescapeBuffer(s, decodeSpaces).toString();
}

// encodeURIComponent, which throws for an unpaired surrogate (mujs's does not: checked).
function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object')
      str = String(str);
    else
      str += '';
  }
  if (require('internal/url').toUSV(str) !== str)
    throw errors.makeNodeError(URIError, 'ERR_INVALID_URI', 'URI malformed');
  return encodeURIComponent(str);
}

function stringifyPrimitive(v) {
  if (typeof v === 'string')
    return v;
  if (typeof v === 'number' && isFinite(v))
    return '' + v;
  if (typeof v === 'boolean')
    return v ? 'true' : 'false';
  return '';
}

function encodeStringified(v, encode) {
  if (typeof v === 'string')
    return v.length ? encode(v) : '';
  if (typeof v === 'number' && isFinite(v))
    return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
  if (typeof v === 'boolean')
    return v ? 'true' : 'false';
  return '';
}

function encodeStringifiedCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  var encode = exports.escape;
  if (options && typeof options.encodeURIComponent === 'function')
    encode = options.encodeURIComponent;
  var convert = encode === qsEscape ? encodeStringified : encodeStringifiedCustom;
  if (obj === null || typeof obj !== 'object')
    return '';
  var keys = Object.keys(obj);
  var fields = '';
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    var v = obj[k];
    var ks = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0)
        continue;
      if (fields)
        fields += sep;
      for (var j = 0; j < v.length; j++) {
        if (j)
          fields += sep;
        fields += ks + convert(v[j], encode);
      }
    } else {
      if (fields)
        fields += sep;
      fields += ks + convert(v, encode);
    }
  }
  return fields;
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch (e) {
    return qsUnescape(s, true);
  }
}

function parse(qs, sep, eq, options) {
  var obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0)
    return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  var maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number')
    maxKeys = options.maxKeys;
  var pairs = maxKeys > 0 ? maxKeys : Infinity;
  var decode = exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function')
    decode = options.decodeURIComponent;
  var custom = decode !== qsUnescape;

  var parts = qs.split(sep);
  for (var i = 0; i < parts.length; i++) {
    var part = parts[i];
    if (part.length === 0) {
      if (i < parts.length - 1 && --pairs === 0)
        return obj;
      continue;
    }
    var idx = part.indexOf(eq);
    var key = idx >= 0 ? part.slice(0, idx) : part;
    var value = idx >= 0 ? part.slice(idx + eq.length) : '';
    if (custom) {
      key = decodeStr(key.replace(/\+/g, '%20'), decode);
      value = decodeStr(value.replace(/\+/g, '%20'), decode);
    } else {
      key = key.replace(/\+/g, ' ');
      value = value.replace(/\+/g, ' ');
      if (key.indexOf('%') !== -1)
        key = decodeStr(key, decode);
      if (value.indexOf('%') !== -1)
        value = decodeStr(value, decode);
    }
    var cur = obj[key];
    if (cur === undefined)
      obj[key] = value;
    else if (typeof cur !== 'string')
      cur[cur.length] = value;
    else
      obj[key] = [cur, value];
    if (--pairs === 0)
      return obj;
  }
  return obj;
}

exports.unescapeBuffer = unescapeBuffer;
exports.unescape = qsUnescape;
exports.escape = qsEscape;
exports.stringify = stringify;
exports.encode = stringify;
exports.parse = parse;
exports.decode = parse;
