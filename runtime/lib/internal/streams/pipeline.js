// internal/streams/pipeline — Node 20's lib/internal/streams/pipeline.js in ES5:
// pipeline(...streams, callback) and pipelineImpl (used by stream/promises).
//
// Stages may be streams, and (as the first stage) arrays / sync iterables, or a
// function returning one. Later function stages receive the previous stage as
// an async iterable: an object with next()/return() returning promises (plus
// [Symbol.asyncIterator] where the engine has Symbol). The last stage may also be a
// function returning a promise. Web streams are not supported.
// `async function`s of Node are Promise chains here.
'use strict';

var eos = require('internal/streams/end-of-stream');
var destroyImpl = require('internal/streams/destroy');
var Duplex = require('internal/streams/duplex');
var codes = require('internal/streams/errors');
var aggregateTwoErrors = codes.aggregateTwoErrors;
var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_RETURN_VALUE = codes.ERR_INVALID_RETURN_VALUE;
var ERR_MISSING_ARGS = codes.ERR_MISSING_ARGS;
var ERR_STREAM_DESTROYED = codes.ERR_STREAM_DESTROYED;
var ERR_STREAM_PREMATURE_CLOSE = codes.ERR_STREAM_PREMATURE_CLOSE;
var AbortError = codes.AbortError;
var validateFunction = codes.validateFunction;
var validateAbortSignal = codes.validateAbortSignal;

var utils = require('internal/streams/utils');
var isIterable = utils.isIterable;
var isReadable = utils.isReadable;
var isReadableNodeStream = utils.isReadableNodeStream;
var isNodeStream = utils.isNodeStream;
var isTransformStream = utils.isTransformStream;
var isWebStream = utils.isWebStream;
var isReadableStream = utils.isReadableStream;
var isReadableFinished = utils.isReadableFinished;
var once = utils.once;

var PassThrough;

// AbortController where the runtime has one; else a minimal controller whose signal
// has aborted/reason and add/removeEventListener('abort').
function makeAbortController() {
  if (typeof AbortController === 'function')
    return new AbortController();
  var listeners = [];
  var signal = {
    aborted: false,
    reason: undefined,
    addEventListener: function (type, fn) {
      if (type === 'abort') listeners.push(fn);
    },
    removeEventListener: function (type, fn) {
      var i = listeners.indexOf(fn);
      if (type === 'abort' && i !== -1) listeners.splice(i, 1);
    },
    throwIfAborted: function () {
      if (signal.aborted) throw signal.reason;
    }
  };
  return {
    signal: signal,
    abort: function (reason) {
      if (signal.aborted) return;
      signal.aborted = true;
      signal.reason = reason !== undefined ? reason :
        new AbortError('This operation was aborted');
      var list = listeners.slice();
      listeners.length = 0;
      for (var i = 0; i < list.length; i++) list[i].call(signal, { type: 'abort' });
    }
  };
}

function destroyer(stream, reading, writing) {
  var finished = false;
  stream.on('close', function () {
    finished = true;
  });

  var cleanup = eos(stream, { readable: reading, writable: writing }, function (err) {
    finished = !err;
  });

  return {
    destroy: function (err) {
      if (finished) return;
      finished = true;
      destroyImpl.destroyer(stream, err || ERR_STREAM_DESTROYED('pipe'));
    },
    cleanup: cleanup
  };
}

function popCallback(streams) {
  // Streams should never be an empty array. It should always contain at least
  // a single stream. Therefore optimize for the average case instead of
  // checking for length === 0 as well.
  validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
  return streams.pop();
}

function makeAsyncIterable(val) {
  if (isIterable(val)) {
    return val;
  } else if (isReadableNodeStream(val)) {
    // Legacy streams are not Iterable.
    return fromReadable(val);
  }
  throw ERR_INVALID_ARG_TYPE(
    'val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}

// An async iterator over a Readable (Node's createAsyncIterator), as an object with
// next() and return().
function fromReadable(stream) {
  var callback = null;
  var error;
  var done = false;

  function wake() {
    if (callback) {
      var cb = callback;
      callback = null;
      cb();
    }
  }
  stream.on('readable', wake);
  var cleanup = eos(stream, { writable: false }, function (err) {
    error = err ? aggregateTwoErrors(error, err) : null;
    wake();
  });

  function finish() {
    done = true;
    if (error || stream._readableState.autoDestroy) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', wake);
      cleanup();
    }
  }

  var it = {
    next: function () {
      return new Promise(function (resolve, reject) {
        function attempt() {
          if (done) {
            resolve({ value: undefined, done: true });
            return;
          }
          var chunk = stream.destroyed ? null : stream.read();
          if (chunk !== null) {
            resolve({ value: chunk, done: false });
          } else if (error) {
            var e = error;
            finish();
            reject(e);
          } else if (error === null) {
            finish();
            resolve({ value: undefined, done: true });
          } else {
            callback = attempt;
          }
        }
        attempt();
      });
    },
    'return': function () {
      if (!done) finish();
      return Promise.resolve({ value: undefined, done: true });
    }
  };
  if (utils.SymbolAsyncIterator !== undefined)
    it[utils.SymbolAsyncIterator] = function () { return this; };
  it.stream = stream;
  return it;
}

// An iterator over a sync or async iterable, or an iterator object.
function iteratorOf(iterable) {
  if (utils.SymbolAsyncIterator !== undefined && iterable &&
      typeof iterable[utils.SymbolAsyncIterator] === 'function')
    return { it: iterable[utils.SymbolAsyncIterator](), async: true };
  if (isIterable(iterable, false))
    return { it: utils.getIterator(iterable), async: false };
  return { it: iterable, async: true };
}

// async function pumpToNode(iterable, writable, finish, { end })
function pumpToNode(iterable, writable, finish, opts) {
  var end = opts.end;
  var error;
  var onresolve = null;

  var resume = function (err) {
    if (err) {
      error = err;
    }

    if (onresolve) {
      var callback = onresolve;
      onresolve = null;
      callback();
    }
  };

  var wait = function () {
    return new Promise(function (resolve, reject) {
      if (error) {
        reject(error);
      } else {
        onresolve = function () {
          if (error) {
            reject(error);
          } else {
            resolve();
          }
        };
      }
    });
  };

  writable.on('drain', resume);
  var cleanup = eos(writable, { readable: false }, resume);

  var src;

  // try { ...; finish(); } catch (err) { finish(...); } finally { cleanup... }
  function done(err) {
    if (arguments.length === 0) {
      finish();
    } else {
      finish(error !== err ? aggregateTwoErrors(error, err) : err);
    }
    cleanup();
    writable.off('drain', resume);
  }

  // Leaving the for-await loop early closes the iterator (AsyncIteratorClose).
  function fail(err) {
    var it = src && src.it;
    if (it && !src.finished && typeof it['return'] === 'function') {
      src.finished = true;
      var r;
      try {
        r = it['return']();
      } catch (e) {
        done(err);
        return;
      }
      Promise.resolve(r).then(function () { done(err); }, function () { done(err); });
      return;
    }
    done(err);
  }

  // The next { value, done } of the for-await loop, as a promise. A sync iterator
  // goes through Node's async-from-sync wrapper: the value is awaited.
  function next() {
    if (src.async) return Promise.resolve(src.it.next());
    var r = src.it.next();
    var isDone = r.done;
    return Promise.resolve(r.value).then(function (v) {
      return { value: v, done: isDone };
    });
  }

  function loop() {
    var p;
    try {
      p = next();
    } catch (err) {
      src.finished = true;
      done(err);
      return;
    }
    p.then(function (res) {
      if (res.done) {
        src.finished = true;
        if (end) {
          writable.end();
          wait().then(function () { done(); }, done);
        } else {
          done();
        }
        return;
      }
      var ok;
      try {
        ok = writable.write(res.value);
      } catch (err) {
        fail(err);
        return;
      }
      if (!ok) {
        wait().then(loop, fail);
      } else {
        loop();
      }
    }, function (err) {
      src.finished = true;
      done(err);
    });
  }

  function start() {
    try {
      src = iteratorOf(iterable);
    } catch (err) {
      done(err);
      return;
    }
    loop();
  }

  if (writable.writableNeedDrain) {
    wait().then(start, done);
  } else {
    start();
  }
}

function pipeline() {
  var streams = Array.prototype.slice.call(arguments);
  return pipelineImpl(streams, once(popCallback(streams)));
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) {
    streams = streams[0];
  }

  if (streams.length < 2) {
    throw ERR_MISSING_ARGS('streams');
  }

  var ac = makeAbortController();
  var signal = ac.signal;
  var outerSignal = opts ? opts.signal : undefined;

  // Need to cleanup event listeners if last stream is readable
  // https://github.com/nodejs/node/issues/35452
  var lastStreamCleanup = [];

  validateAbortSignal(outerSignal, 'options.signal');

  function abort() {
    finishImpl(new AbortError(undefined, { cause: outerSignal ? outerSignal.reason : undefined }));
  }

  var disposable;
  if (outerSignal) {
    disposable = utils.addAbortListener(outerSignal, abort);
  }

  var error;
  var value;
  var destroys = [];

  var finishCount = 0;

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) {
      error = err;
    }

    if (!error && !final) {
      return;
    }

    while (destroys.length) {
      destroys.shift()(error);
    }

    if (disposable) disposable();
    ac.abort();

    if (final) {
      if (!error) {
        lastStreamCleanup.forEach(function (fn) { fn(); });
      }
      process.nextTick(callback, error, value);
    }
  }

  var ret;
  for (var i = 0; i < streams.length; i++) {
    var stream = streams[i];
    var reading = i < streams.length - 1;
    var writing = i > 0;
    var end = reading || (opts ? opts.end : undefined) !== false;
    var isLastStream = i === streams.length - 1;

    if (isNodeStream(stream)) {
      if (end) {
        var d = destroyer(stream, reading, writing);
        destroys.push(d.destroy);

        if (isReadable(stream) && isLastStream) {
          lastStreamCleanup.push(d.cleanup);
        }
      }

      addErrorListener(stream, isLastStream);
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        ret = stream({ signal: signal });
        if (!isIterable(ret)) {
          throw ERR_INVALID_RETURN_VALUE(
            'Iterable, AsyncIterable or Stream', 'source', ret);
        }
      } else if (isIterable(stream) || isReadableNodeStream(stream) || isTransformStream(stream)) {
        ret = stream;
      } else {
        ret = Duplex.from(stream);
      }
    } else if (typeof stream === 'function') {
      if (isTransformStream(ret)) {
        ret = makeAsyncIterable(ret ? ret.readable : undefined);
      } else {
        ret = makeAsyncIterable(ret);
      }
      ret = stream(ret, { signal: signal });

      if (reading) {
        if (!isIterable(ret, true)) {
          throw ERR_INVALID_RETURN_VALUE(
            'AsyncIterable', 'transform[' + (i - 1) + ']', ret);
        }
      } else {
        if (!PassThrough) {
          PassThrough = require('internal/streams/passthrough');
        }

        // If the last argument to pipeline is not a stream
        // we must create a proxy stream so that pipeline(...)
        // always returns a stream which can be further
        // composed through `.pipe(stream)`.

        var pt = new PassThrough({
          objectMode: true
        });

        // Handle Promises/A+ spec, `then` could be a getter that throws on
        // second use.
        var then = ret ? ret.then : undefined;
        if (typeof then === 'function') {
          finishCount++;
          thenToPassThrough(then, ret, pt, end);
        } else if (isIterable(ret, true)) {
          finishCount++;
          pumpToNode(ret, pt, finish, { end: end });
        } else if (isReadableStream(ret) || isTransformStream(ret)) {
          var toRead = ret.readable || ret;
          finishCount++;
          pumpToNode(toRead, pt, finish, { end: end });
        } else {
          throw ERR_INVALID_RETURN_VALUE(
            'AsyncIterable or Promise', 'destination', ret);
        }

        ret = pt;

        var pd = destroyer(ret, false, true);
        destroys.push(pd.destroy);
        if (isLastStream) {
          lastStreamCleanup.push(pd.cleanup);
        }
      }
    } else if (isNodeStream(stream)) {
      if (isReadableNodeStream(ret)) {
        finishCount += 2;
        var c = pipe(ret, stream, finish, { end: end });
        if (isReadable(stream) && isLastStream) {
          lastStreamCleanup.push(c);
        }
      } else if (isTransformStream(ret) || isReadableStream(ret)) {
        var toRead2 = ret.readable || ret;
        finishCount++;
        pumpToNode(toRead2, stream, finish, { end: end });
      } else if (isIterable(ret)) {
        finishCount++;
        pumpToNode(ret, stream, finish, { end: end });
      } else {
        throw ERR_INVALID_ARG_TYPE(
          'val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
      }
      ret = stream;
    } else if (isWebStream(stream)) {
      throw ERR_INVALID_ARG_TYPE(
        'val', ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'], ret);
    } else {
      ret = Duplex.from(stream);
    }
  }

  // Catch stream errors that occur after pipe/pump has completed.
  function addErrorListener(stream, isLastStream) {
    function onError(err) {
      if (
        err &&
        err.name !== 'AbortError' &&
        err.code !== 'ERR_STREAM_PREMATURE_CLOSE'
      ) {
        finish(err);
      }
    }
    stream.on('error', onError);
    if (isReadable(stream) && isLastStream) {
      lastStreamCleanup.push(function () {
        stream.removeListener('error', onError);
      });
    }
  }

  function thenToPassThrough(then, promise, pt, end) {
    then.call(promise,
      function (val) {
        value = val;
        if (val != null) {
          pt.write(val);
        }
        if (end) {
          pt.end();
        }
        process.nextTick(finish);
      }, function (err) {
        pt.destroy(err);
        process.nextTick(finish, err);
      }
    );
  }

  if ((signal && signal.aborted) || (outerSignal && outerSignal.aborted)) {
    process.nextTick(abort);
  }

  return ret;
}

function pipe(src, dst, finish, opts) {
  var end = opts.end;
  var ended = false;
  dst.on('close', function () {
    if (!ended) {
      // Finish if the destination closes before the source has completed.
      finish(ERR_STREAM_PREMATURE_CLOSE());
    }
  });

  src.pipe(dst, { end: false }); // If end is true we already will have a listener to end dst.

  if (end) {
    // Compat. Before node v10.12.0 stdio used to throw an error so
    // pipe() did/does not end() stdio destinations.
    // Now they allow it but "secretly" don't close the underlying fd.

    var endFn = function () {
      ended = true;
      dst.end();
    };

    if (isReadableFinished(src)) { // End the destination if the source has already ended.
      process.nextTick(endFn);
    } else {
      src.once('end', endFn);
    }
  } else {
    finish();
  }

  eos(src, { readable: true, writable: false }, function (err) {
    var rState = src._readableState;
    if (
      err &&
      err.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
      (rState && rState.ended && !rState.errored && !rState.errorEmitted)
    ) {
      // Some readable streams will emit 'close' before 'end'. However, since
      // this is on the readable side 'end' should still be emitted if the
      // stream has been ended and no error emitted. This should be allowed in
      // favor of backwards compatibility. Since the stream is piped to a
      // destination this should not result in any observable difference.
      // We don't need to check if this is a writable premature close since
      // eos will only fail with premature close on the reading side for
      // duplex streams.
      src
        .once('end', finish)
        .once('error', finish);
    } else {
      finish(err);
    }
  });
  return eos(dst, { readable: false, writable: true }, finish);
}

module.exports = { pipelineImpl: pipelineImpl, pipeline: pipeline };
