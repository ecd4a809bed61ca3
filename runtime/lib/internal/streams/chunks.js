// internal/streams/chunks — the Buffer operations of the stream modules, in one place.
//
// Node's streams turn string chunks into Buffers (Readable.push without a matching
// encoding, Writable.write with decodeStrings), turn other Uint8Arrays into Buffers
// sharing their memory, concatenate Buffers when read(n) spans chunks, and decode with
// string_decoder when an encoding is set. The size of a byte-mode chunk is its
// `length`: bytes for a Buffer, UTF-16 units for a string kept as a string (a Writable
// with decodeStrings: false, or a Readable after setEncoding), as in Node.
'use strict';

var bufferModule = require('buffer');
var Buffer = bufferModule.Buffer;
var B = binding.buffer;

// Is `chunk` a Buffer (Node: chunk instanceof Buffer)?
function isBuffer(chunk) {
  return chunk instanceof Buffer;
}

// Is `chunk` a byte view (Buffer or Uint8Array; ArrayBuffer.isView in Node, whose
// other TypedArrays and DataView leakscope does not have)?
function isArrayBufferView(chunk) {
  return B.kind(chunk) === 1;
}

// Stream._uint8ArrayToBuffer: a Buffer sharing the view's memory.
function toBuffer(chunk) {
  return B.viewOf(chunk, 0, chunk.length, Buffer.prototype);
}

// Buffer.from(str, encoding).
function fromString(str, encoding) {
  return Buffer.from(str, encoding);
}

// An empty byte-mode chunk (Buffer.alloc(0)).
function empty() {
  return Buffer.alloc(0);
}

// One Buffer of the chunks list[from..to), whose total size is `length`.
function concat(list, from, to, length) {
  return B.concat(from === 0 && to === list.length ? list : list.slice(from, to),
                  length, Buffer.prototype);
}

// Buffer.isEncoding(enc).
function isEncoding(enc) {
  return Buffer.isEncoding(enc);
}

var StringDecoder;
function getStringDecoder() {
  if (StringDecoder === undefined)
    StringDecoder = require('string_decoder').StringDecoder;
  return StringDecoder;
}

// new StringDecoder(encoding), string_decoder loaded on the first setEncoding().
function newDecoder(encoding) {
  var Ctor = getStringDecoder();
  return new Ctor(encoding);
}

exports.isBuffer = isBuffer;
exports.isArrayBufferView = isArrayBufferView;
exports.toBuffer = toBuffer;
exports.fromString = fromString;
exports.empty = empty;
exports.concat = concat;
exports.isEncoding = isEncoding;
exports.newDecoder = newDecoder;
