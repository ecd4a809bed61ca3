// string_decoder — Node 20's StringDecoder in ES5: decodes a stream of Buffers into
// strings without splitting a character across two write() results.
//
// Node does the byte work in C++ (src/string_decoder.cc); this is the same algorithm
// in JS on top of binding.buffer, so its results are Node's byte for byte:
//   - utf8: a character whose bytes are cut off at the end of a chunk is held back
//     (at most 3 bytes) until the next write(); if the next chunk does not continue it
//     (a byte that is not 10xxxxxx arrives early), what was held is decoded on its own
//     (U+FFFD by the WHATWG rules buffer.c follows, as V8's decoder does);
//   - utf16le: an odd trailing byte, or a trailing high surrogate, is held back;
//   - base64/base64url: the 1 or 2 bytes beyond a multiple of 3 are held back, so the
//     text has padding only at end();
//   - latin1, ascii, hex: stateless.
// end() decodes whatever is held (an odd utf16le byte is dropped). lastChar, lastNeed
// and lastTotal show the held bytes as Node's do. The state lives in a hidden property
// (Node keys it with a Symbol, which mujs lacks).
'use strict';

var Buffer = require('buffer').Buffer;
var errors = require('internal/errors');
var B = binding.buffer;

// binding.buffer's encoding numbers (buffer.js ENC).
var UTF8 = 0, UTF16LE = 1, BASE64 = 4, BASE64URL = 5;
var encodingsMap = { utf8: 0, utf16le: 1, latin1: 2, ascii: 3, base64: 4, base64url: 5, hex: 6 };

var kNativeDecoder = 'string_decoder.kNativeDecoder';

// Node's normalizeEncoding for the decoder: the canonical name or ERR_UNKNOWN_ENCODING.
function normalizeEncoding(enc) {
  var nenc;
  if (enc === undefined || enc === null || enc === '')
    nenc = 'utf8';
  else if (typeof enc === 'string')
    nenc = require('buffer').normalizeEncoding(enc);
  if (nenc === undefined) {
    // Node formats the name with %s: objects are inspected.
    var shown = typeof enc === 'object' ? errors.inspectValue(enc) : String(enc);
    throw errors.withCodeInStack(errors.makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING',
      'Unknown encoding: ' + shown));
  }
  return nenc;
}

// The decoder's state: up to 4 held bytes, how many are held (buffered) and how many
// more the held character needs (missing).
function DecoderState(enc) {
  this.bytes = Buffer.alloc(4);
  this.buffered = 0;
  this.missing = 0;
  this.enc = enc;
}

function hold(s, buf, from, to) {
  if (to > from)
    B.copy(buf, s.bytes, s.buffered, from, to);
  s.buffered += to - from;
}

// src/string_decoder.cc DecodeData: the string for buf, holding back an incomplete
// character at its end and completing one held from the previous call.
function decode(s, buf) {
  var enc = s.enc;
  var n = buf.length;
  if (enc !== UTF8 && enc !== UTF16LE && enc !== BASE64 && enc !== BASE64URL)
    return n === 0 ? '' : B.toString(buf, enc, 0, n);

  var start = 0;
  var prepend = '';
  var i;
  if (s.missing > 0) {
    if (enc === UTF8) {
      // A byte that is not a continuation byte ends the held character early: decode
      // it with the continuation bytes that did arrive.
      for (i = 0; i < n && i < s.missing; i++) {
        if ((buf[i] & 0xc0) !== 0x80) {
          s.missing = 0;
          hold(s, buf, 0, i);
          start = i;
          break;
        }
      }
    }
    var found = Math.min(n - start, s.missing);
    hold(s, buf, start, start + found);
    start += found;
    s.missing -= found;
    if (s.missing === 0) {
      prepend = B.toString(s.bytes, enc, 0, s.buffered);
      s.buffered = 0;
    }
  }

  if (start === n)
    return prepend;

  if (enc === UTF8) {
    if (buf[n - 1] & 0x80) {
      // Find where the last character starts and how many bytes it lacks.
      for (i = n - 1; ; i--) {
        s.buffered++;
        var c = buf[i];
        if ((c & 0xc0) === 0x80) {
          if (s.buffered >= 4 || i === start) {
            s.buffered = 0;
            break;
          }
        } else {
          if ((c & 0xe0) === 0xc0) {
            s.missing = 2;
          } else if ((c & 0xf0) === 0xe0) {
            s.missing = 3;
          } else if ((c & 0xf8) === 0xf0) {
            s.missing = 4;
          } else {
            s.buffered = 0;
            break;
          }
          if (s.buffered >= s.missing) {
            // Complete (or invalid anyway): nothing to hold.
            s.missing = 0;
            s.buffered = 0;
          }
          s.missing -= s.buffered;
          break;
        }
      }
    }
  } else if (enc === UTF16LE) {
    if ((n - start) % 2 === 1) {
      s.buffered = 1;
      s.missing = 1;
    } else if ((buf[n - 1] & 0xfc) === 0xd8) {
      // The high half of a surrogate pair.
      s.buffered = 2;
      s.missing = 2;
    }
  } else {
    s.buffered = (n - start) % 3;
    if (s.buffered > 0)
      s.missing = 3 - s.buffered;
  }

  var end = n;
  if (s.buffered > 0) {
    end = n - s.buffered;
    B.copy(buf, s.bytes, 0, end, n);
  }
  return end > start ? prepend + B.toString(buf, enc, start, end) : prepend;
}

// src/string_decoder.cc FlushData: the held bytes as a string; the state is reset.
function flush(s) {
  if (s.enc === UTF16LE && s.buffered % 2 === 1) {
    // A single trailing byte is dropped.
    s.missing--;
    s.buffered--;
  }
  if (s.buffered === 0)
    return '';
  var ret = B.toString(s.bytes, s.enc, 0, s.buffered);
  s.missing = 0;
  s.buffered = 0;
  return ret;
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  Object.defineProperty(this, kNativeDecoder, {
    value: new DecoderState(encodingsMap[this.encoding]),
    writable: true,
    configurable: true
  });
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string')
    return buf;
  if (B.kind(buf) !== 1)
    throw errors.withCodeInStack(errors.invalidArgType('buf',
      ['Buffer', 'TypedArray', 'DataView'], buf));
  var s = this[kNativeDecoder];
  if (!s)
    throw errors.withCodeInStack(errors.makeNodeError(TypeError, 'ERR_INVALID_THIS',
      'Value of "this" must be of type StringDecoder'));
  return decode(s, buf);
};

StringDecoder.prototype.end = function end(buf) {
  var ret = '';
  if (buf !== undefined)
    ret = this.write(buf);
  var s = this[kNativeDecoder];
  if (s.buffered > 0)
    ret += flush(s);
  return ret;
};

// Undocumented legacy: decode buf from offset with the held bytes dropped.
StringDecoder.prototype.text = function text(buf, offset) {
  var s = this[kNativeDecoder];
  s.missing = 0;
  s.buffered = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get: function () {
      return this[kNativeDecoder].bytes;
    }
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get: function () {
      return this[kNativeDecoder].missing;
    }
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get: function () {
      var s = this[kNativeDecoder];
      return s.buffered + s.missing;
    }
  }
});

exports.StringDecoder = StringDecoder;
