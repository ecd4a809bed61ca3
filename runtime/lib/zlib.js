// zlib — Node 20's lib/zlib.js in ES5, on the system's zlib (runtime/zlib.c).
//
// Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw and Unzip are Transform
// streams over a native handle (binding.zlib.create(mode)); the convenience functions
// (gzip/gzipSync, ...) drive one of them over a whole buffer, as Node's do. Stream
// writes run on libuv's threadpool and call back from the loop, like Node's; the *Sync
// forms run in the caller. Errors have Node's messages, `errno` and `code`
// ('Z_DATA_ERROR', ...), and bad options throw Node's ERR_OUT_OF_RANGE /
// ERR_INVALID_ARG_TYPE.
//
// BrotliCompress/BrotliDecompress (and brotliCompress[Sync], ...) run on the system's
// libbrotli through the same handle interface (initBrotli instead of init).
// Differences: Symbol-keyed internals are string keys; constants.ZLIB_VERNUM is the
// linked zlib's.
'use strict';

var Transform = require('internal/streams/transform');
var inherits = require('internal/streams/utils').inherits;
var finished = require('internal/streams/end-of-stream');
var errors = require('internal/errors');
var bufferModule = require('buffer');
var Buffer = bufferModule.Buffer;
var kMaxLength = bufferModule.kMaxLength;
var isUint8Array = bufferModule.isUint8Array;
var Z = binding.zlib;

var kFlushFlag = 'zlib.kFlushFlag';
var kError = 'zlib.kError';
var kOwner = 'owner';

var constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4,
  Z_BLOCK: 5, Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2,
  Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  ZLIB_VERNUM: Z.ZLIB_VERNUM,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2,
  BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0,
  BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2,
  BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30,
  BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16,
  BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4,
  BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7,
  BROTLI_PARAM_NDIRECT: 8, BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0,
  BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0,
  BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1,
  BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7,
  BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27,
  BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31
};
Object.freeze(constants);

var Z_NO_FLUSH = constants.Z_NO_FLUSH;
var Z_BLOCK = constants.Z_BLOCK;
var Z_PARTIAL_FLUSH = constants.Z_PARTIAL_FLUSH;
var Z_SYNC_FLUSH = constants.Z_SYNC_FLUSH;
var Z_FULL_FLUSH = constants.Z_FULL_FLUSH;
var Z_FINISH = constants.Z_FINISH;
var Z_MIN_CHUNK = constants.Z_MIN_CHUNK;
var Z_MIN_WINDOWBITS = constants.Z_MIN_WINDOWBITS;
var Z_MAX_WINDOWBITS = constants.Z_MAX_WINDOWBITS;
var Z_MIN_LEVEL = constants.Z_MIN_LEVEL;
var Z_MAX_LEVEL = constants.Z_MAX_LEVEL;
var Z_MIN_MEMLEVEL = constants.Z_MIN_MEMLEVEL;
var Z_MAX_MEMLEVEL = constants.Z_MAX_MEMLEVEL;
var Z_DEFAULT_CHUNK = constants.Z_DEFAULT_CHUNK;
var Z_DEFAULT_COMPRESSION = constants.Z_DEFAULT_COMPRESSION;
var Z_DEFAULT_STRATEGY = constants.Z_DEFAULT_STRATEGY;
var Z_DEFAULT_WINDOWBITS = constants.Z_DEFAULT_WINDOWBITS;
var Z_DEFAULT_MEMLEVEL = constants.Z_DEFAULT_MEMLEVEL;
var Z_FIXED = constants.Z_FIXED;
var DEFLATE = constants.DEFLATE;
var INFLATE = constants.INFLATE;
var GZIP = constants.GZIP;
var GUNZIP = constants.GUNZIP;
var DEFLATERAW = constants.DEFLATERAW;
var INFLATERAW = constants.INFLATERAW;
var UNZIP = constants.UNZIP;

// Translation table for return codes.
var codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR
};
Object.keys(codes).forEach(function (ckey) {
  codes[codes[ckey]] = ckey;
});

// ---- errors and validators (Node's internal/errors and internal/validators) ----

function ERR_INVALID_ARG_TYPE(name, expected, actual) {
  return errors.withCodeInStack(errors.invalidArgType(name, expected, actual));
}

function ERR_OUT_OF_RANGE(name, range, input) {
  return errors.withCodeInStack(errors.outOfRange(name, range, input));
}

function ERR_BUFFER_TOO_LARGE(max) {
  return errors.withCodeInStack(errors.makeNodeError(RangeError, 'ERR_BUFFER_TOO_LARGE',
    'Cannot create a Buffer larger than ' + max + ' bytes'));
}

function genericNodeError(message, errno, code) {
  var err = new Error(message);
  err.errno = errno;
  err.code = code;
  return err;
}

function validateFunction(value, name) {
  if (typeof value !== 'function')
    throw ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

// Node's checkFiniteNumber (exported as validateFiniteNumber): false for undefined and
// NaN, true for a finite number, else throws.
function validateFiniteNumber(number, name) {
  if (number === undefined)
    return false;
  if (typeof number === 'number' && isFinite(number))
    return true;
  if (typeof number === 'number' && number !== number)
    return false;
  if (typeof number !== 'number')
    throw ERR_INVALID_ARG_TYPE(name, 'number', number);
  throw ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name))
    return def;
  if (number < lower || number > upper)
    throw ERR_OUT_OF_RANGE(name, '>= ' + lower + ' and <= ' + upper, number);
  return number;
}

function validateUint32(value, name) {
  if (typeof value !== 'number')
    throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (Math.floor(value) !== value)
    throw ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < 0 || value > 4294967295)
    throw ERR_OUT_OF_RANGE(name, '>= 0 && <= 4294967295', value);
}

function isAnyArrayBuffer(x) {
  return typeof ArrayBuffer === 'function' && x instanceof ArrayBuffer;
}

// Node's internal assert (ERR_INTERNAL_ASSERTION).
function assert(cond, msg) {
  if (!cond) {
    var suffix = 'This is caused by either a bug in Node.js ' +
      'or incorrect usage of Node.js internals.\n' +
      'Please open an issue with this stack trace at ' +
      'https://github.com/nodejs/node/issues\n';
    throw errors.withCodeInStack(errors.makeNodeError(Error, 'ERR_INTERNAL_ASSERTION',
      msg === undefined ? suffix : msg + '\n' + suffix));
  }
}

function copyOptions(opts, extra) {
  var out = {};
  var k;
  for (k in extra) out[k] = extra[k];
  if (opts) {
    var keys = Object.keys(opts);
    for (var i = 0; i < keys.length; i++) out[keys[i]] = opts[keys[i]];
  }
  return out;
}

// ---- the convenience functions ----

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  if (isAnyArrayBuffer(buffer))
    buffer = Buffer.from(buffer);
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', zlibBufferOnData);
  engine.on('error', zlibBufferOnError);
  engine.on('end', zlibBufferOnEnd);
  engine.end(buffer);
}

function zlibBufferOnData(chunk) {
  if (!this.buffers)
    this.buffers = [chunk];
  else
    this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(ERR_BUFFER_TOO_LARGE(this._maxOutputLength));
  }
}

function zlibBufferOnError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function zlibBufferOnEnd() {
  var buf;
  if (this.nread === 0) {
    buf = Buffer.alloc(0);
  } else {
    var bufs = this.buffers;
    buf = (bufs.length === 1 ? bufs[0] : Buffer.concat(bufs, this.nread));
  }
  this.close();
  if (this._info)
    this.cb(null, { buffer: buf, engine: this });
  else
    this.cb(null, buf);
}

function zlibBufferSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isUint8Array(buffer)) {
    if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      throw ERR_INVALID_ARG_TYPE(
        'buffer',
        ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
        buffer);
    }
  }
  buffer = processChunkSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info)
    return { buffer: buffer, engine: engine };
  return buffer;
}

// handle.onerror(message, errno, code), called by the native side with this = handle.
function zlibOnError(message, errno, code) {
  var self = this[kOwner];
  // There is no way to cleanly recover.
  // Continuing only obscures problems.
  var error = genericNodeError(message, errno, code);
  self.destroy(error);
  self[kError] = error;
}

// ---- ZlibBase: the Transform over a handle ----

function ZlibBase(opts, mode, handle, flushOpts) {
  var flush = flushOpts.flush;
  var finishFlush = flushOpts.finishFlush;
  var fullFlush = flushOpts.fullFlush;
  var chunkSize = Z_DEFAULT_CHUNK;
  var maxOutputLength = kMaxLength;
  assert(typeof mode === 'number');
  assert(mode >= DEFLATE && mode <= constants.BROTLI_ENCODE);

  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw ERR_OUT_OF_RANGE('options.chunkSize', '>= ' + Z_MIN_CHUNK, chunkSize);
    }

    flush = checkRangesOrGetDefault(
      opts.flush, 'options.flush', Z_NO_FLUSH, Z_BLOCK, flush);

    finishFlush = checkRangesOrGetDefault(
      opts.finishFlush, 'options.finishFlush', Z_NO_FLUSH, Z_BLOCK, finishFlush);

    maxOutputLength = checkRangesOrGetDefault(
      opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);

    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = copyOptions(opts, {});
      opts.encoding = null;
      opts.objectMode = false;
      opts.writableObjectMode = false;
    }
  }

  Transform.call(this, copyOptions(opts, { autoDestroy: true }));
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[kOwner] = this;
  // Used by processCallback() and zlibOnError()
  handle.onerror = zlibOnError;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;

  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
inherits(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get: function () {
    return !this._handle;
  }
});

// `bytesRead` is the deprecated name of bytesWritten (DEP0108).
var bytesReadGet, bytesReadSet;
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  configurable: true,
  enumerable: true,
  get: function () {
    if (!bytesReadGet) {
      bytesReadGet = require('util').deprecate(function () {
        return this.bytesWritten;
      }, 'zlib.bytesRead is deprecated and will change its meaning in the ' +
         'future. Use zlib.bytesWritten instead.', 'DEP0108');
    }
    return bytesReadGet.call(this);
  },
  set: function (value) {
    if (!bytesReadSet) {
      bytesReadSet = require('util').deprecate(function (v) {
        this.bytesWritten = v;
      }, 'Setting zlib.bytesRead is deprecated. ' +
         'This feature will be removed in the future.', 'DEP0108');
    }
    bytesReadSet.call(this, value);
  }
});

ZlibBase.prototype.reset = function () {
  if (!this._handle)
    assert(false, 'zlib binding closed');
  return this._handle.reset();
};

// This is the _flush function called by the transform class,
// internally, when the last chunk has been written.
ZlibBase.prototype._flush = function (callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

// Force Transform compat behavior.
ZlibBase.prototype._final = function (callback) {
  callback();
};

// If a flush is scheduled while another flush is still pending, a way to figure
// out which one is the "stronger" flush is needed.
// Roughly, the following holds:
// Z_NO_FLUSH < Z_BLOCK < Z_PARTIAL_FLUSH <
//     Z_SYNC_FLUSH < Z_FULL_FLUSH < Z_FINISH
var flushiness = [];
var kFlushFlagList = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH,
                      Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
for (var fi = 0; fi < kFlushFlagList.length; fi++) {
  flushiness[kFlushFlagList[fi]] = fi;
}

function maxFlush(a, b) {
  return flushiness[a] > flushiness[b] ? a : b;
}

// 'Special' empty buffers written by .flush() to carry a flush kind through the
// write sequence (made on first use).
var kFlushBuffers = null;
function flushBuffer(kind) {
  if (kFlushBuffers === null) {
    kFlushBuffers = [];
    for (var i = 0; i < kFlushFlagList.length; i++) {
      var b = Buffer.alloc(0);
      b[kFlushFlag] = kFlushFlagList[i];
      kFlushBuffers[kFlushFlagList[i]] = b;
    }
  }
  return kFlushBuffers[kind];
}

ZlibBase.prototype.flush = function (kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }

  if (this.writableFinished) {
    if (callback)
      process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback)
      this.once('end', callback);
  } else {
    this.write(flushBuffer(kind), '', callback);
  }
};

ZlibBase.prototype.close = function (callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function (err, callback) {
  _close(this);
  callback(err);
};

ZlibBase.prototype._transform = function (chunk, encoding, cb) {
  var flushFlag = this._defaultFlushFlag;
  // Strings reach here while the stream modules keep string chunks.
  if (typeof chunk === 'string')
    chunk = Buffer.from(chunk, encoding);
  // We use a 'fake' zero-length chunk to carry information about flushes from
  // the public API to the actual stream implementation.
  if (typeof chunk[kFlushFlag] === 'number') {
    flushFlag = chunk[kFlushFlag];
  }

  // For the last chunk, also apply `_finishFlushFlag`.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function (chunk, flushFlag, cb) {
  // _processChunk() is left for backwards compatibility
  if (typeof cb === 'function')
    processChunk(this, chunk, flushFlag, cb);
  else
    return processChunkSync(this, chunk, flushFlag);
};

function processChunkSync(self, chunk, flushFlag) {
  var availInBefore = chunk.byteLength;
  var availOutBefore = self._chunkSize - self._outOffset;
  var inOff = 0;
  var availOutAfter;
  var availInAfter;

  var buffers = null;
  var nread = 0;
  var inputRead = 0;
  var state = self._writeState;
  var handle = self._handle;
  var buffer = self._outBuffer;
  var offset = self._outOffset;
  var chunkSize = self._chunkSize;

  var error;
  self.on('error', function onError(er) {
    error = er;
  });

  while (true) {
    handle.writeSync(flushFlag,
                     chunk, // in
                     inOff, // in_off
                     availInBefore, // in_len
                     buffer, // out
                     offset, // out_off
                     availOutBefore); // out_len
    if (error)
      throw error;
    else if (self[kError])
      throw self[kError];

    availOutAfter = state[0];
    availInAfter = state[1];

    var inDelta = (availInBefore - availInAfter);
    inputRead += inDelta;

    var have = availOutBefore - availOutAfter;
    if (have > 0) {
      var out = buffer.slice(offset, offset + have);
      offset += have;
      if (!buffers)
        buffers = [out];
      else
        buffers.push(out);
      nread += out.byteLength;

      if (nread > self._maxOutputLength) {
        _close(self);
        throw ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }

    } else {
      assert(have === 0, 'have should not go down');
    }

    // Exhausted the output buffer, or used all the input create a new one.
    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
      buffer = Buffer.allocUnsafe(chunkSize);
    }

    if (availOutAfter === 0) {
      // Not actually done. Need to reprocess.
      // Also, update the availInBefore to the availInAfter value,
      // so that if we have to hit it a third (fourth, etc.) time,
      // it'll have the correct byte counts.
      inOff += inDelta;
      availInBefore = availInAfter;
    } else {
      break;
    }
  }

  self.bytesWritten = inputRead;
  _close(self);

  if (nread === 0)
    return Buffer.alloc(0);

  return (buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread));
}

function processChunk(self, chunk, flushFlag, cb) {
  var handle = self._handle;
  if (!handle) return process.nextTick(cb);

  handle.buffer = chunk;
  handle.outBuffer = self._outBuffer;
  handle.cb = cb;
  handle.availOutBefore = self._chunkSize - self._outOffset;
  handle.availInBefore = chunk.byteLength;
  handle.inOff = 0;
  handle.flushFlag = flushFlag;

  handle.write(flushFlag,
               chunk, // in
               0, // in_off
               handle.availInBefore, // in_len
               self._outBuffer, // out
               self._outOffset, // out_off
               handle.availOutBefore); // out_len
}

// Called by the native side with this = the handle when a write() is done.
function processCallback() {
  // It is important to null out the values once they are no longer needed since
  // `_handle` can stay in memory long after the buffer is needed.
  var handle = this;
  var self = this[kOwner];
  var state = self._writeState;

  if (self.destroyed) {
    this.buffer = null;
    this.outBuffer = null;
    this.cb();
    return;
  }

  var availOutAfter = state[0];
  var availInAfter = state[1];

  var inDelta = handle.availInBefore - availInAfter;
  self.bytesWritten += inDelta;

  var have = handle.availOutBefore - availOutAfter;
  var streamBufferIsFull = false;
  if (have > 0) {
    var out = self._outBuffer.slice(self._outOffset, self._outOffset + have);
    self._outOffset += have;
    streamBufferIsFull = !self.push(out);
  } else {
    assert(have === 0, 'have should not go down');
  }

  if (self.destroyed) {
    this.cb();
    return;
  }

  // Exhausted the output buffer, or used all the input create a new one.
  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    handle.availOutBefore = self._chunkSize;
    self._outOffset = 0;
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
  }

  if (availOutAfter === 0) {
    // Not actually done. Need to reprocess.
    // Also, update the availInBefore to the availInAfter value,
    // so that if we have to hit it a third (fourth, etc.) time,
    // it'll have the correct byte counts.
    handle.inOff += inDelta;
    handle.availInBefore = availInAfter;

    if (!streamBufferIsFull) {
      handle.outBuffer = self._outBuffer;
      this.write(handle.flushFlag,
                 this.buffer, // in
                 handle.inOff, // in_off
                 handle.availInBefore, // in_len
                 self._outBuffer, // out
                 self._outOffset, // out_off
                 self._chunkSize); // out_len
    } else {
      var oldRead = self._read;
      self._read = function (n) {
        self._read = oldRead;
        handle.outBuffer = self._outBuffer;
        handle.write(handle.flushFlag,
                     handle.buffer, // in
                     handle.inOff, // in_off
                     handle.availInBefore, // in_len
                     self._outBuffer, // out
                     self._outOffset, // out_off
                     self._chunkSize); // out_len
        self._read(n);
      };
    }
    return;
  }

  if (availInAfter > 0) {
    // If we have more input that should be written, but we also have output
    // space available, that means that the compression library was not
    // interested in receiving more data, and in particular that the input
    // stream has ended early.
    // This applies to streams where we don't check data past the end of
    // what was consumed; that is, everything except Gunzip/Unzip.
    self.push(null);
  }

  // Finished with the chunk.
  this.buffer = null;
  this.outBuffer = null;
  this.cb();
}

function _close(engine) {
  // Caller may invoke .close after a zlib error (which will null _handle).
  if (!engine._handle)
    return;

  engine._handle.close();
  engine._handle = null;
}

var zlibDefaultOpts = {
  flush: Z_NO_FLUSH,
  finishFlush: Z_FINISH,
  fullFlush: Z_FULL_FLUSH
};

// Base class for all streams actually backed by zlib and using zlib-specific
// parameters.
function Zlib(opts, mode) {
  var windowBits = Z_DEFAULT_WINDOWBITS;
  var level = Z_DEFAULT_COMPRESSION;
  var memLevel = Z_DEFAULT_MEMLEVEL;
  var strategy = Z_DEFAULT_STRATEGY;
  var dictionary;

  if (opts) {
    // windowBits is special. On the compression side, 0 is an invalid value.
    // But on the decompression side, a value of 0 for windowBits tells zlib
    // to use the window size in the zlib header of the compressed stream.
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE ||
         mode === GUNZIP ||
         mode === UNZIP)) {
      windowBits = 0;
    } else {
      // `{ windowBits: 8 }` is valid for deflate but not gzip.
      var min = Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(
        opts.windowBits, 'options.windowBits',
        min, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }

    level = checkRangesOrGetDefault(
      opts.level, 'options.level',
      Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);

    memLevel = checkRangesOrGetDefault(
      opts.memLevel, 'options.memLevel',
      Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);

    strategy = checkRangesOrGetDefault(
      opts.strategy, 'options.strategy',
      Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);

    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isUint8Array(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw ERR_INVALID_ARG_TYPE(
          'options.dictionary',
          ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
          dictionary);
      }
    }
  }

  var handle = Z.create(mode);
  this._writeState = [0, 0];
  handle.init(windowBits,
              level,
              memLevel,
              strategy,
              this._writeState,
              processCallback,
              dictionary);

  ZlibBase.call(this, opts, mode, handle, zlibDefaultOpts);

  this._level = level;
  this._strategy = strategy;
}
inherits(Zlib, ZlibBase);

// This callback is used by `.params()` to wait until a full flush happened
// before adjusting the parameters. In particular, the call to the native
// `params()` function should not happen while a write is currently in progress
// on the threadpool.
function paramsAfterFlushCallback(level, strategy, callback) {
  assert(this._handle, 'zlib binding closed');
  this._handle.params(level, strategy);
  if (!this.destroyed) {
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  }
}

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);

  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH,
               paramsAfterFlushCallback.bind(this, level, strategy, callback));
  } else {
    process.nextTick(callback);
  }
};

// generic zlib
// minimal 2-byte header
function Deflate(opts) {
  if (!(this instanceof Deflate))
    return new Deflate(opts);
  Zlib.call(this, opts, DEFLATE);
}
inherits(Deflate, Zlib);

function Inflate(opts) {
  if (!(this instanceof Inflate))
    return new Inflate(opts);
  Zlib.call(this, opts, INFLATE);
}
inherits(Inflate, Zlib);

function Gzip(opts) {
  if (!(this instanceof Gzip))
    return new Gzip(opts);
  Zlib.call(this, opts, GZIP);
}
inherits(Gzip, Zlib);

function Gunzip(opts) {
  if (!(this instanceof Gunzip))
    return new Gunzip(opts);
  Zlib.call(this, opts, GUNZIP);
}
inherits(Gunzip, Zlib);

function DeflateRaw(opts) {
  if (opts && opts.windowBits === 8) opts.windowBits = 9;
  if (!(this instanceof DeflateRaw))
    return new DeflateRaw(opts);
  Zlib.call(this, opts, DEFLATERAW);
}
inherits(DeflateRaw, Zlib);

function InflateRaw(opts) {
  if (!(this instanceof InflateRaw))
    return new InflateRaw(opts);
  Zlib.call(this, opts, INFLATERAW);
}
inherits(InflateRaw, Zlib);

function Unzip(opts) {
  if (!(this instanceof Unzip))
    return new Unzip(opts);
  Zlib.call(this, opts, UNZIP);
}
inherits(Unzip, Zlib);

// ---- Brotli (Node's Brotli, BrotliCompress, BrotliDecompress) ----

var kMaxBrotliParam = 9;
var brotliDefaultOpts = {
  flush: constants.BROTLI_OPERATION_PROCESS,
  finishFlush: constants.BROTLI_OPERATION_FINISH,
  fullFlush: constants.BROTLI_OPERATION_FLUSH
};

function Brotli(opts, mode) {
  assert(mode === constants.BROTLI_DECODE || mode === constants.BROTLI_ENCODE);
  var params = [];
  for (var i = 0; i <= kMaxBrotliParam; i++)
    params.push(-1);
  if (opts && opts.params) {
    Object.keys(opts.params).forEach(function (origKey) {
      var key = +origKey;
      if (key !== key || key < 0 || key > kMaxBrotliParam || params[key] !== -1) {
        throw errors.makeNodeError(RangeError, 'ERR_BROTLI_INVALID_PARAM',
                                   origKey + ' is not a valid Brotli parameter');
      }
      var value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean')
        throw ERR_INVALID_ARG_TYPE('options.params[key]', 'number', opts.params[origKey]);
      params[key] = +value;
    });
  }
  var handle = Z.create(mode);
  this._writeState = [0, 0];
  if (!handle.initBrotli(params, this._writeState, processCallback)) {
    throw errors.makeNodeError(Error, 'ERR_ZLIB_INITIALIZATION_FAILED',
                               'Initialization failed');
  }
  ZlibBase.call(this, opts, mode, handle, brotliDefaultOpts);
}
inherits(Brotli, ZlibBase);

function BrotliCompress(opts) {
  if (!(this instanceof BrotliCompress))
    return new BrotliCompress(opts);
  Brotli.call(this, opts, constants.BROTLI_ENCODE);
}
inherits(BrotliCompress, Brotli);

function BrotliDecompress(opts) {
  if (!(this instanceof BrotliDecompress))
    return new BrotliDecompress(opts);
  Brotli.call(this, opts, constants.BROTLI_DECODE);
}
inherits(BrotliDecompress, Brotli);

function createConvenienceMethod(ctor, sync) {
  if (sync) {
    return function syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(new ctor(opts), buffer);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new ctor(opts), buffer, callback);
  };
}

function createProperty(ctor) {
  return {
    configurable: true,
    enumerable: true,
    value: function (options) {
      return new ctor(options);
    }
  };
}

function crc32(data, value) {
  if (value === undefined) value = 0;
  if (typeof data !== 'string' && !isUint8Array(data)) {
    throw ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  if (typeof data === 'string')
    data = Buffer.from(data);
  return Z.crc32(data, value);
}

module.exports = {
  crc32: crc32,
  Deflate: Deflate,
  Inflate: Inflate,
  Gzip: Gzip,
  Gunzip: Gunzip,
  DeflateRaw: DeflateRaw,
  InflateRaw: InflateRaw,
  Unzip: Unzip,

  // Convenience methods.
  // compress/decompress a string or buffer in one step.
  deflate: createConvenienceMethod(Deflate, false),
  deflateSync: createConvenienceMethod(Deflate, true),
  gzip: createConvenienceMethod(Gzip, false),
  gzipSync: createConvenienceMethod(Gzip, true),
  deflateRaw: createConvenienceMethod(DeflateRaw, false),
  deflateRawSync: createConvenienceMethod(DeflateRaw, true),
  unzip: createConvenienceMethod(Unzip, false),
  unzipSync: createConvenienceMethod(Unzip, true),
  inflate: createConvenienceMethod(Inflate, false),
  inflateSync: createConvenienceMethod(Inflate, true),
  gunzip: createConvenienceMethod(Gunzip, false),
  gunzipSync: createConvenienceMethod(Gunzip, true),
  inflateRaw: createConvenienceMethod(InflateRaw, false),
  inflateRawSync: createConvenienceMethod(InflateRaw, true),
  BrotliCompress: BrotliCompress,
  BrotliDecompress: BrotliDecompress,
  brotliCompress: createConvenienceMethod(BrotliCompress, false),
  brotliCompressSync: createConvenienceMethod(BrotliCompress, true),
  brotliDecompress: createConvenienceMethod(BrotliDecompress, false),
  brotliDecompressSync: createConvenienceMethod(BrotliDecompress, true)
};

Object.defineProperties(module.exports, {
  createDeflate: createProperty(Deflate),
  createInflate: createProperty(Inflate),
  createDeflateRaw: createProperty(DeflateRaw),
  createInflateRaw: createProperty(InflateRaw),
  createGzip: createProperty(Gzip),
  createGunzip: createProperty(Gunzip),
  createUnzip: createProperty(Unzip),
  createBrotliCompress: createProperty(BrotliCompress),
  createBrotliDecompress: createProperty(BrotliDecompress),
  constants: {
    configurable: false,
    enumerable: true,
    value: constants
  },
  codes: {
    enumerable: true,
    writable: false,
    value: Object.freeze(codes)
  }
});

// These should be considered deprecated
// expose all the zlib constants
Object.keys(constants).forEach(function (bkey) {
  if (bkey.indexOf('BROTLI') === 0) return;
  Object.defineProperty(module.exports, bkey, {
    enumerable: false, value: constants[bkey], writable: false
  });
});
