// internal/streams/end-of-stream — Node 20's lib/internal/streams/end-of-stream.js
// in ES5: finished(stream[, options], callback) (eos) and its promise form.
// Web streams are not supported (there are none in the runtime).
'use strict';

var codes = require('internal/streams/errors');
var AbortError = codes.AbortError;
var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_STREAM_PREMATURE_CLOSE = codes.ERR_STREAM_PREMATURE_CLOSE;
var validateAbortSignal = codes.validateAbortSignal;
var validateFunction = codes.validateFunction;
var validateObject = codes.validateObject;
var validateBoolean = codes.validateBoolean;

var utils = require('internal/streams/utils');
var isClosed = utils.isClosed;
var isReadable = utils.isReadable;
var isReadableNodeStream = utils.isReadableNodeStream;
var isReadableStream = utils.isReadableStream;
var isReadableFinished = utils.isReadableFinished;
var isReadableErrored = utils.isReadableErrored;
var isWritable = utils.isWritable;
var isWritableNodeStream = utils.isWritableNodeStream;
var isWritableStream = utils.isWritableStream;
var isWritableFinished = utils.isWritableFinished;
var isWritableErrored = utils.isWritableErrored;
var isNodeStream = utils.isNodeStream;
var _willEmitClose = utils.willEmitClose;
var once = utils.once;

var kEmptyObject = Object.freeze(Object.create(null));

function isRequest(stream) {
  return stream.setHeader && typeof stream.abort === 'function';
}

function nop() {}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = kEmptyObject;
  } else if (options == null) {
    options = kEmptyObject;
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');

  callback = once(callback);

  if (isReadableStream(stream) || isWritableStream(stream)) {
    throw ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  if (!isNodeStream(stream)) {
    throw ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  var readable = options.readable != null ? options.readable : isReadableNodeStream(stream);
  var writable = options.writable != null ? options.writable : isWritableNodeStream(stream);

  var wState = stream._writableState;
  var rState = stream._readableState;

  var onlegacyfinish = function () {
    if (!stream.writable) {
      onfinish();
    }
  };

  // TODO (ronag): Improve soft detection to include core modules and
  // common ecosystem modules that do properly emit 'close' but fail
  // this generic check.
  var willEmitClose = (
    _willEmitClose(stream) &&
    isReadableNodeStream(stream) === readable &&
    isWritableNodeStream(stream) === writable
  );

  var writableFinished = isWritableFinished(stream, false);
  var onfinish = function () {
    writableFinished = true;
    // Stream should not be destroyed here. If it is that
    // means that user space is doing something differently and
    // we cannot trust willEmitClose.
    if (stream.destroyed) {
      willEmitClose = false;
    }

    if (willEmitClose && (!stream.readable || readable)) {
      return;
    }

    if (!readable || readableFinished) {
      callback.call(stream);
    }
  };

  var readableFinished = isReadableFinished(stream, false);
  var onend = function () {
    readableFinished = true;
    // Stream should not be destroyed here. If it is that
    // means that user space is doing something differently and
    // we cannot trust willEmitClose.
    if (stream.destroyed) {
      willEmitClose = false;
    }

    if (willEmitClose && (!stream.writable || writable)) {
      return;
    }

    if (!writable || writableFinished) {
      callback.call(stream);
    }
  };

  var onerror = function (err) {
    callback.call(stream, err);
  };

  var closed = isClosed(stream);

  var onclose = function () {
    closed = true;

    var errored = isWritableErrored(stream) || isReadableErrored(stream);

    if (errored && typeof errored !== 'boolean') {
      return callback.call(stream, errored);
    }

    if (readable && !readableFinished && isReadableNodeStream(stream, true)) {
      if (!isReadableFinished(stream, false))
        return callback.call(stream,
                             ERR_STREAM_PREMATURE_CLOSE());
    }
    if (writable && !writableFinished) {
      if (!isWritableFinished(stream, false))
        return callback.call(stream,
                             ERR_STREAM_PREMATURE_CLOSE());
    }

    callback.call(stream);
  };

  var onclosed = function () {
    closed = true;

    var errored = isWritableErrored(stream) || isReadableErrored(stream);

    if (errored && typeof errored !== 'boolean') {
      return callback.call(stream, errored);
    }

    callback.call(stream);
  };

  var onrequest = function () {
    stream.req.on('finish', onfinish);
  };

  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!willEmitClose) {
      stream.on('abort', onclose);
    }
    if (stream.req) {
      onrequest();
    } else {
      stream.on('request', onrequest);
    }
  } else if (writable && !wState) { // legacy streams
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }

  // Not all streams will emit 'close' after 'aborted'.
  if (!willEmitClose && typeof stream.aborted === 'boolean') {
    stream.on('aborted', onclose);
  }

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) {
    stream.on('error', onerror);
  }
  stream.on('close', onclose);

  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willEmitClose) {
      process.nextTick(onclosed);
    }
  } else if (
    !readable &&
    (!willEmitClose || isReadable(stream)) &&
    (writableFinished || isWritable(stream) === false) &&
    (wState == null || wState.pendingcb === undefined || wState.pendingcb === 0)
  ) {
    process.nextTick(onclosed);
  } else if (
    !writable &&
    (!willEmitClose || isWritable(stream)) &&
    (readableFinished || isReadable(stream) === false)
  ) {
    process.nextTick(onclosed);
  } else if ((rState && stream.req && stream.aborted)) {
    process.nextTick(onclosed);
  }

  var cleanup = function () {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    var abort = function () {
      // Keep it because cleanup removes it.
      var endCallback = callback;
      cleanup();
      endCallback.call(
        stream,
        new AbortError(undefined, { cause: options.signal.reason }));
    };
    if (options.signal.aborted) {
      process.nextTick(abort);
    } else {
      var dispose = utils.addAbortListener(options.signal, abort);
      var originalCallback = callback;
      callback = once(function () {
        dispose();
        originalCallback.apply(stream, arguments);
      });
    }
  }

  return cleanup;
}

function finished(stream, opts) {
  var autoCleanup = false;
  if (opts === null) {
    opts = kEmptyObject;
  }
  if (opts && opts.cleanup) {
    validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise(function (resolve, reject) {
    var cleanup = eos(stream, opts, function (err) {
      if (autoCleanup) {
        cleanup();
      }
      if (err) {
        reject(err);
      } else {
        resolve();
      }
    });
  });
}

module.exports = eos;
module.exports.finished = finished;
