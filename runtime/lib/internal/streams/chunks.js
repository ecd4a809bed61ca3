// internal/streams/chunks — THE BUFFER HOOK of the stream modules.
//
// Node's streams turn string chunks into Buffers (Readable.push without a matching
// encoding, Writable.write with decodeStrings) and concatenate Buffers when read(n)
// spans chunks. leakscope has no Buffer (nor typed arrays) yet, so for now every
// byte-mode chunk stays a string:
//   - fromString(str, enc) returns str unchanged (Node: Buffer.from(str, enc)), so
//     Writable's `decodeStrings` is in effect false and _write() sees the string with
//     its encoding (Node: a Buffer with encoding 'buffer');
//   - the size of a chunk is its `length` (for a string, its length in UTF-16 units;
//     Node counts bytes of the Buffer);
//   - concat() joins strings;
//   - StringDecoder (setEncoding / options.encoding) accepts any encoding Node accepts
//     and passes strings through.
// When Buffer lands, only this file changes: isBuffer/isArrayBufferView/toBuffer/
// fromString/concat/empty/sliceChunk start producing Buffers and StringDecoder becomes
// require('string_decoder').StringDecoder.
'use strict';

var errors = require('internal/streams/errors');

// Is `chunk` a Buffer (Node: chunk instanceof Buffer)? No Buffer yet.
function isBuffer(chunk) {
  return false;
}

// Is `chunk` a TypedArray or DataView that is not a Buffer? None exist yet.
function isArrayBufferView(chunk) {
  return false;
}

// A Uint8Array as a Buffer sharing its memory (Stream._uint8ArrayToBuffer).
function toBuffer(chunk) {
  return chunk;
}

// Buffer.from(str, encoding). For now: the string itself.
function fromString(str, encoding) {
  return str;
}

// An empty byte-mode chunk (Buffer.alloc(0)).
function empty() {
  return '';
}

// Concatenate byte-mode chunks list[from..to) whose total size is `length`
// (Buffer.allocUnsafe + TypedArray set).
function concat(list, from, to, length) {
  var ret = '';
  for (var i = from; i < to; i++) ret += list[i];
  return ret;
}

// Node's normalizeEncoding: the canonical name, or undefined if unknown.
function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '' || enc === 'utf8' || enc === 'utf-8')
    return 'utf8';
  switch (String(enc).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    case '': return 'utf8';
  }
  return undefined;
}

// Buffer.isEncoding(enc).
function isEncoding(enc) {
  return typeof enc === 'string' && enc.length !== 0 && normalizeEncoding(enc) !== undefined;
}

// string_decoder.StringDecoder for string chunks: validates the encoding as Node does
// and passes strings through (Node's decoder also returns a string argument as is).
function StringDecoder(encoding) {
  var enc = normalizeEncoding(encoding);
  if (enc === undefined)
    throw errors.ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = enc;
}
StringDecoder.prototype.write = function write(chunk) {
  return typeof chunk === 'string' ? chunk : String(chunk);
};
StringDecoder.prototype.end = function end(chunk) {
  return chunk === undefined || chunk === null ? '' : this.write(chunk);
};

exports.isBuffer = isBuffer;
exports.isArrayBufferView = isArrayBufferView;
exports.toBuffer = toBuffer;
exports.fromString = fromString;
exports.empty = empty;
exports.concat = concat;
exports.isEncoding = isEncoding;
exports.normalizeEncoding = normalizeEncoding;
exports.StringDecoder = StringDecoder;
