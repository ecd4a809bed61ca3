// internal/streams/add-abort-signal — Node 20's lib/internal/streams/add-abort-signal.js
// in ES5: destroy a stream with an AbortError when an AbortSignal fires. Works with
// any object that has `aborted`, `reason` and add/removeEventListener.
'use strict';

var codes = require('internal/streams/errors');
var AbortError = codes.AbortError;
var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;

var utils = require('internal/streams/utils');
var isNodeStream = utils.isNodeStream;
var isWebStream = utils.isWebStream;
var kControllerErrorFunction = utils.kControllerErrorFunction;

var eos;

function validateAbortSignal(signal, name) {
  if (typeof signal !== 'object' || signal === null ||
       !('aborted' in signal)) {
    throw ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

module.exports.addAbortSignal = function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return module.exports.addAbortSignalNoValidate(signal, stream);
};

module.exports.addAbortSignalNoValidate = function (signal, stream) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
    return stream;
  }
  var onAbort = isNodeStream(stream) ?
    function () {
      stream.destroy(new AbortError(undefined, { cause: signal.reason }));
    } :
    function () {
      stream[kControllerErrorFunction](new AbortError(undefined, { cause: signal.reason }));
    };
  if (signal.aborted) {
    onAbort();
  } else {
    var dispose = utils.addAbortListener(signal, onAbort);
    if (eos === undefined) eos = require('internal/streams/end-of-stream');
    eos(stream, dispose);
  }
  return stream;
};
