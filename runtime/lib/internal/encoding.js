// internal/encoding — TextEncoder and TextDecoder (WHATWG Encoding) as Node 20 has
// them, on the byte arrays of runtime/buffer.c.
//
// TextEncoder: UTF-8 only; encode() gives a Uint8Array (lone surrogates become U+FFFD),
// encodeInto() writes whole characters only and reports { read, written }.
// TextDecoder: 'utf-8', 'utf-16le', 'utf-16be' and 'windows-1252' (with their WHATWG
// labels: 'latin1', 'ascii', 'utf-16', ...). Node 20 decodes windows-1252 as ISO-8859-1
// (0x80-0x9f stay C1 controls), and so does this. Other encodings throw
// ERR_ENCODING_NOT_SUPPORTED (RangeError), as a Node built without ICU does.
// Malformed input becomes U+FFFD per maximal subpart (buffer.c's decoder follows the
// WHATWG algorithm); `fatal` throws ERR_ENCODING_INVALID_ENCODED_DATA instead. With
// { stream: true } an incomplete character at the end of a chunk waits for the next.
// The BOM of the stream's first character is dropped unless `ignoreBOM`.
'use strict';

var errors = require('internal/errors');
var B = binding.buffer;
var ENC_UTF8 = 0, ENC_UTF16LE = 1, ENC_LATIN1 = 2;

function u8proto() {
  return require('buffer').Uint8Array.prototype;
}

// ---- TextEncoder

function TextEncoder() {
}

Object.defineProperty(TextEncoder.prototype, 'encoding', {
  get: function () { return 'utf-8'; }, enumerable: true, configurable: true
});

TextEncoder.prototype.encode = function encode(input) {
  var s = input === undefined ? '' : String(input);
  return B.fromString(s, ENC_UTF8, u8proto());
};

function utf8Len(c, next) {
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) return 4;
  return 3;
}

TextEncoder.prototype.encodeInto = function encodeInto(src, dest) {
  var s = String(src);
  if (B.kind(dest) !== 1)
    throw errors.invalidArgType('dest', 'Uint8Array', dest);
  var written = B.write(dest, s, 0, dest.length, ENC_UTF8);
  // Count the UTF-16 units behind the bytes written (whole characters only).
  var read = 0, bytes = 0;
  while (read < s.length) {
    var n = utf8Len(s.charCodeAt(read), s.charCodeAt(read + 1));
    if (bytes + n > written)
      break;
    bytes += n;
    read += n === 4 ? 2 : 1;
  }
  return { read: read, written: written };
};

Object.defineProperty(TextEncoder.prototype, 'nodejs.util.inspect.custom', {
  value: function (depth, options, inspect) {
    return inspect({ encoding: 'utf-8' }, options);
  },
  writable: true, enumerable: false, configurable: true
});

// ---- TextDecoder

var labels = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
    'x-unicode20utf8'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
    'utf-16le'],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
    'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987',
    'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']
};
var byLabel = Object.create(null);
Object.keys(labels).forEach(function (enc) {
  labels[enc].forEach(function (l) { byLabel[l] = enc; });
});

function invalidData(enc) {
  return errors.makeNodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
    'The encoded data was not valid for encoding ' + enc);
}

var kState = '__textDecoder';

function TextDecoder(encoding, options) {
  var label = encoding === undefined ? 'utf-8' :
    String(encoding).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase();
  var enc = byLabel[label];
  if (enc === undefined)
    throw errors.makeNodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED',
      'The "' + encoding + '" encoding is not supported');
  if (options !== undefined && options !== null && typeof options !== 'object')
    throw errors.invalidArgType('options', 'object', options);
  var o = options || {};
  Object.defineProperty(this, kState, {
    value: {
      encoding: enc,
      fatal: !!o.fatal,
      ignoreBOM: !!o.ignoreBOM,
      pending: null,		// bytes of an incomplete character (streaming)
      bomSeen: false
    },
    writable: false, enumerable: false, configurable: false
  });
}

function st(self) {
  var s = self !== null && typeof self === 'object' ? self[kState] : undefined;
  if (s === undefined)
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_THIS',
      'Value of "this" must be of type TextDecoder');
  return s;
}

['encoding', 'fatal', 'ignoreBOM'].forEach(function (name) {
  Object.defineProperty(TextDecoder.prototype, name, {
    get: function () { return st(this)[name]; }, enumerable: true, configurable: true
  });
});

// The bytes of input (an ArrayBuffer or a view of one) as a Uint8Array view.
function bytesOf(input) {
  var kind = B.kind(input);
  if (kind === 1 || kind === 2 || kind === 3)	// 3: another typed array, its bytes
    return kind !== 1 ? B.viewOf(input, 0, input.byteLength, u8proto()) : input;
  if (ArrayBuffer.isView(input))	// a DataView
    return B.viewOf(input.buffer, input.byteOffset, input.byteOffset + input.byteLength,
                    u8proto());
  // Node 20's message, as printed (no "Received" part)
  throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "list" argument must ' +
    'be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
}

function join(pending, bytes) {
  if (pending === null)
    return bytes;
  return B.concat([pending, bytes], pending.length + bytes.length, u8proto());
}

// How many bytes at the end of b (length n) start a UTF-8 character that is valid so
// far but incomplete: they wait for the next chunk.
function utf8Tail(b, n) {
  for (var back = 1; back <= 3 && back <= n; back++) {
    var c = b[n - back];
    if (c >= 0x80 && c < 0xc0)
      continue;		// a continuation byte: look further back
    var need = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 :
      c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (need <= back)
      return 0;
    // the continuation bytes seen so far must be ones a character can have there
    var lo = 0x80, hi = 0xbf;
    if (c === 0xe0) lo = 0xa0;
    else if (c === 0xed) hi = 0x9f;
    else if (c === 0xf0) lo = 0x90;
    else if (c === 0xf4) hi = 0x8f;
    for (var k = n - back + 1; k < n; k++) {
      if (b[k] < lo || b[k] > hi)
        return 0;
      lo = 0x80;
      hi = 0xbf;
    }
    return back;
  }
  return 0;
}

// Whether b[0..n) is well-formed UTF-8 (only asked when the decoder produced U+FFFD).
function validUtf8(b, n) {
  var i = 0;
  while (i < n) {
    var c = b[i++];
    if (c < 0x80)
      continue;
    var need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 :
      c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0)
      return false;
    var lo = 0x80, hi = 0xbf;
    if (c === 0xe0) lo = 0xa0;
    else if (c === 0xed) hi = 0x9f;
    else if (c === 0xf0) lo = 0x90;
    else if (c === 0xf4) hi = 0x8f;
    while (need-- > 0) {
      if (i >= n || b[i] < lo || b[i] > hi)
        return false;
      lo = 0x80;
      hi = 0xbf;
      i++;
    }
  }
  return true;
}

// UTF-16 with WHATWG's error handling: an unpaired surrogate (or a trailing odd byte)
// is U+FFFD, or an error when fatal. be: big-endian.
function decodeUtf16(s, b, n, be) {
  var out = '';
  var hi = be ? 0 : 1, lo = be ? 1 : 0;
  for (var i = 0; i + 1 < n; i += 2) {
    var c = b[i + lo] | b[i + hi] << 8;
    if (c >= 0xd800 && c <= 0xdbff) {
      if (i + 3 < n) {
        var d = b[i + 2 + lo] | b[i + 2 + hi] << 8;
        if (d >= 0xdc00 && d <= 0xdfff) {
          out += String.fromCharCode(c, d);
          i += 2;
          continue;
        }
      }
      if (s.fatal)
        throw invalidData(s.encoding);
      out += '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      if (s.fatal)
        throw invalidData(s.encoding);
      out += '\ufffd';
    } else {
      out += String.fromCharCode(c);
    }
  }
  if (i < n) {
    if (s.fatal)
      throw invalidData(s.encoding);
    out += '\ufffd';
  }
  return out;
}

// The number of bytes at the end of a UTF-16 chunk that wait for the next one: an odd
// byte, or a high surrogate (with its odd byte) whose partner may follow.
function utf16Tail(b, n, be) {
  var keep = n & 1;
  var m = n - keep;
  if (m >= 2) {
    var c = be ? b[m - 2] << 8 | b[m - 1] : b[m - 2] | b[m - 1] << 8;
    if (c >= 0xd800 && c <= 0xdbff)
      keep += 2;
  }
  return keep;
}

TextDecoder.prototype.decode = function decode(input, options) {
  var s = st(this);
  var stream = options !== undefined && options !== null && !!options.stream;
  var bytes = input === undefined ? null : bytesOf(input);
  if (bytes === null)
    bytes = s.pending === null ? B.create(0, u8proto(), true) : s.pending;
  else
    bytes = join(s.pending, bytes);
  s.pending = null;
  var n = bytes.length, keep = 0, out;
  if (s.encoding === 'utf-8') {
    if (stream)
      keep = utf8Tail(bytes, n);
    out = B.toString(bytes, ENC_UTF8, 0, n - keep);
    if (s.fatal && out.indexOf('\ufffd') !== -1 && !validUtf8(bytes, n - keep))
      throw invalidData(s.encoding);
  } else if (s.encoding === 'windows-1252') {
    out = B.toString(bytes, ENC_LATIN1, 0, n);
  } else {
    var be = s.encoding === 'utf-16be';
    if (stream)
      keep = utf16Tail(bytes, n, be);
    if (!be && !s.fatal)
      out = B.toString(bytes, ENC_UTF16LE, 0, n - keep);
    else
      out = decodeUtf16(s, bytes, n - keep, be);
    if (!be && !s.fatal && out.length > 0)
      out = fixUtf16(out, (n - keep) & 1);
  }
  if (keep > 0)
    s.pending = B.concat([B.viewOf(bytes, n - keep, n, u8proto())], keep, u8proto());
  if (!s.bomSeen && out.length > 0) {
    s.bomSeen = true;
    if (!s.ignoreBOM && out.charCodeAt(0) === 0xfeff)
      out = out.slice(1);
  }
  if (!stream)
    s.bomSeen = false;
  return out;
};

// Buffer's utf16le decoding keeps unpaired surrogates and drops an odd last byte;
// WHATWG turns both into U+FFFD. mujs stores a surrogate pair as one code point and its
// regular expressions match code points, so the class below sees unpaired ones only.
function fixUtf16(str, odd) {
  str = str.replace(/[\ud800-\udfff]/g, '\ufffd');
  return odd ? str + '\ufffd' : str;
}

Object.defineProperty(TextDecoder.prototype, 'nodejs.util.inspect.custom', {
  value: function (depth, options, inspect) {
    var s = st(this);
    return 'TextDecoder ' + inspect({
      encoding: s.encoding, fatal: s.fatal, ignoreBOM: s.ignoreBOM
    }, options);
  },
  writable: true, enumerable: false, configurable: true
});

// Symbol.toStringTag of each class, as Node's ([object TextEncoder]): the Symbol shim's key
[TextEncoder, TextDecoder].forEach(function (C) {
  Object.defineProperty(C.prototype, '\x01Symbol(Symbol.toStringTag)', {
    value: C.name, writable: false, enumerable: false, configurable: true
  });
});
exports.TextEncoder = TextEncoder;
exports.TextDecoder = TextDecoder;
exports.validUtf8 = validUtf8;
