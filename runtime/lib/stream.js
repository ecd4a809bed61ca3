// stream — Node 20's lib/stream.js in ES5 for mujs: Stream (legacy base class),
// Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished, destroy,
// addAbortSignal, the isXxx helpers, the default highWaterMark and `promises`.
//
// The implementation lives in internal/streams/*, each file a port of the Node file
// of the same name (see the header of each for what differs). Runtime-wide
// differences: byte views are Buffers and Uint8Arrays only (no other TypedArrays, no
// DataView), no web streams, no compose/duplexPair.
'use strict';

var utils = require('internal/streams/utils');
var codes = require('internal/streams/errors');
var stateMod = require('internal/streams/state');
// pipeline is compiled on its first use.
function pipeline() {
  return require('internal/streams/pipeline').pipeline.apply(this, arguments);
}
var destroyer = require('internal/streams/destroy').destroyer;
var eos = require('internal/streams/end-of-stream');
var chunks = require('internal/streams/chunks');

var Stream = module.exports = require('internal/streams/legacy').Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('internal/streams/readable');
Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.pipeline = pipeline;
Stream.addAbortSignal = require('internal/streams/add-abort-signal').addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.setDefaultHighWaterMark = stateMod.setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = stateMod.getDefaultHighWaterMark;

var promises;
Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get: function () {
    if (promises === undefined) promises = require('stream/promises');
    return promises;
  }
});

// util.promisify(pipeline) / util.promisify(finished) give the promise versions
// (util.promisify.custom is the string key Symbol.for() would describe).
var customPromisify = 'nodejs.util.promisify.custom';

Object.defineProperty(pipeline, customPromisify, {
  enumerable: true,
  get: function () {
    return Stream.promises.pipeline;
  }
});

Object.defineProperty(eos, customPromisify, {
  enumerable: true,
  get: function () {
    return Stream.promises.finished;
  }
});

// Backwards-compat with node 0.4.x
Stream.Stream = Stream;

Stream._isArrayBufferView = chunks.isArrayBufferView;
Stream._isUint8Array = chunks.isArrayBufferView;
Stream._uint8ArrayToBuffer = chunks.toBuffer;
