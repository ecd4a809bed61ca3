// internal/streams/utils — Node 20's lib/internal/streams/utils.js in ES5.
//
// Without Symbol, Node's Symbol.for() keys are string keys with the same description
// ('nodejs.stream.destroyed', ...) and the private kState / kOnConstructed symbols are
// string keys too. Iterables: without Symbol.iterator, arrays, strings and iterator
// objects (anything with a next() method, the ES5 stand-in for a generator) count as
// (sync) iterables; where the engine has Symbol, Symbol.iterator / Symbol.asyncIterator
// are honoured as Node does. getIterator() returns a { next() } iterator for any of them.
'use strict';

var hasSymbol = typeof Symbol === 'function' && typeof Symbol.iterator !== 'undefined';
var SymbolIterator = hasSymbol ? Symbol.iterator : undefined;
var SymbolAsyncIterator = hasSymbol ? Symbol.asyncIterator : undefined;

var kIsDestroyed = 'nodejs.stream.destroyed';
var kIsErrored = 'nodejs.stream.errored';
var kIsReadable = 'nodejs.stream.readable';
var kIsWritable = 'nodejs.stream.writable';
var kIsDisturbed = 'nodejs.stream.disturbed';

var kOnConstructed = 'streams.kOnConstructed';

var kIsClosedPromise = 'nodejs.webstream.isClosedPromise';
var kControllerErrorFunction = 'nodejs.webstream.controllerErrorFunction';

var kState = 'streams.kState';
var kObjectMode = 1 << 0;
var kErrorEmitted = 1 << 1;
var kAutoDestroy = 1 << 2;
var kEmitClose = 1 << 3;
var kDestroyed = 1 << 4;
var kClosed = 1 << 5;
var kCloseEmitted = 1 << 6;
var kErrored = 1 << 7;
var kConstructed = 1 << 8;

function isReadableNodeStream(obj, strict) {
  return !!(
    obj &&
    typeof obj.pipe === 'function' &&
    typeof obj.on === 'function' &&
    (
      !strict ||
      (typeof obj.pause === 'function' && typeof obj.resume === 'function')
    ) &&
    (!obj._writableState || (obj._readableState ? obj._readableState.readable : undefined) !== false) && // Duplex
    (!obj._writableState || obj._readableState) // Writable has .pipe.
  );
}

function isWritableNodeStream(obj) {
  return !!(
    obj &&
    typeof obj.write === 'function' &&
    typeof obj.on === 'function' &&
    (!obj._readableState || (obj._writableState ? obj._writableState.writable : undefined) !== false) // Duplex
  );
}

function isDuplexNodeStream(obj) {
  return !!(
    obj &&
    (typeof obj.pipe === 'function' && obj._readableState) &&
    typeof obj.on === 'function' &&
    typeof obj.write === 'function'
  );
}

function isNodeStream(obj) {
  return (
    obj &&
    (
      obj._readableState ||
      obj._writableState ||
      (typeof obj.write === 'function' && typeof obj.on === 'function') ||
      (typeof obj.pipe === 'function' && typeof obj.on === 'function')
    )
  );
}

function isReadableStream(obj) {
  return !!(
    obj &&
    !isNodeStream(obj) &&
    typeof obj.pipeThrough === 'function' &&
    typeof obj.getReader === 'function' &&
    typeof obj.cancel === 'function'
  );
}

function isWritableStream(obj) {
  return !!(
    obj &&
    !isNodeStream(obj) &&
    typeof obj.getWriter === 'function' &&
    typeof obj.abort === 'function'
  );
}

function isTransformStream(obj) {
  return !!(
    obj &&
    !isNodeStream(obj) &&
    typeof obj.readable === 'object' &&
    typeof obj.writable === 'object'
  );
}

function isWebStream(obj) {
  return isReadableStream(obj) || isWritableStream(obj) || isTransformStream(obj);
}

// Without Symbol.iterator an iterator object (what a generator would return: an
// object with next()) stands in for an iterable.
function isIteratorObject(obj) {
  return SymbolIterator === undefined && typeof obj === 'object' && obj !== null &&
    typeof obj.next === 'function';
}

// Arrays, strings and byte views (Buffer, Uint8Array) are iterable as in Node.
function isSyncIterable(obj) {
  return Array.isArray(obj) || typeof obj === 'string' || binding.buffer.kind(obj) === 1 ||
    (SymbolIterator !== undefined && typeof obj[SymbolIterator] === 'function') ||
    isIteratorObject(obj);
}

function isAsyncIterable(obj) {
  return SymbolAsyncIterator !== undefined && typeof obj[SymbolAsyncIterator] === 'function';
}

function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return isAsyncIterable(obj);
  if (isAsync === false) return isSyncIterable(obj);
  return isAsyncIterable(obj) || isSyncIterable(obj);
}

// An iterator over a sync iterable: { next() } yielding { value, done }.
function getIterator(obj) {
  if (SymbolIterator !== undefined && obj != null && typeof obj[SymbolIterator] === 'function')
    return obj[SymbolIterator]();
  if (isIteratorObject(obj))
    return obj;
  var i = 0;
  if (typeof obj === 'string') {
    // By code point, as String.prototype[Symbol.iterator].
    return {
      next: function () {
        if (i >= obj.length) return { value: undefined, done: true };
        var c = obj.charCodeAt(i);
        var n = 1;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < obj.length) {
          var d = obj.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) n = 2;
        }
        var v = obj.slice(i, i + n);
        i += n;
        return { value: v, done: false };
      }
    };
  }
  return {
    next: function () {
      if (i >= obj.length) return { value: undefined, done: true };
      return { value: obj[i++], done: false };
    }
  };
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  var wState = stream._writableState;
  var rState = stream._readableState;
  var state = wState || rState;
  return !!(stream.destroyed || stream[kIsDestroyed] || (state ? state.destroyed : undefined));
}

// Have been end():d.
function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  var wState = stream._writableState;
  if (wState && wState.errored) return false;
  if (typeof (wState ? wState.ended : undefined) !== 'boolean') return null;
  return wState.ended;
}

// Have emitted 'finish'.
function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  var wState = stream._writableState;
  if (wState && wState.errored) return false;
  if (typeof (wState ? wState.finished : undefined) !== 'boolean') return null;
  return !!(
    wState.finished ||
    (strict === false && wState.ended === true && wState.length === 0)
  );
}

// Have been push(null):d.
function isReadableEnded(stream) {
  if (!isReadableNodeStream(stream)) return null;
  if (stream.readableEnded === true) return true;
  var rState = stream._readableState;
  if (!rState || rState.errored) return false;
  if (typeof rState.ended !== 'boolean') return null;
  return rState.ended;
}

// Have emitted 'end'.
function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  var rState = stream._readableState;
  if (rState && rState.errored) return false;
  if (typeof (rState ? rState.endEmitted : undefined) !== 'boolean') return null;
  return !!(
    rState.endEmitted ||
    (strict === false && rState.ended === true && rState.length === 0)
  );
}

function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (typeof (stream ? stream.readable : undefined) !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) &&
    stream.readable &&
    !isReadableFinished(stream);
}

function isWritable(stream) {
  if (stream && stream[kIsWritable] != null) return stream[kIsWritable];
  if (typeof (stream ? stream.writable : undefined) !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) &&
    stream.writable &&
    !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) {
    return null;
  }

  if (isDestroyed(stream)) {
    return true;
  }

  if ((opts ? opts.readable : undefined) !== false && isReadable(stream)) {
    return false;
  }

  if ((opts ? opts.writable : undefined) !== false && isWritable(stream)) {
    return false;
  }

  return true;
}

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) {
    return null;
  }

  if (stream.writableErrored) {
    return stream.writableErrored;
  }

  var v = stream._writableState ? stream._writableState.errored : undefined;
  return v == null ? null : v;
}

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) {
    return null;
  }

  if (stream.readableErrored) {
    return stream.readableErrored;
  }

  var v = stream._readableState ? stream._readableState.errored : undefined;
  return v == null ? null : v;
}

function isClosed(stream) {
  if (!isNodeStream(stream)) {
    return null;
  }

  if (typeof stream.closed === 'boolean') {
    return stream.closed;
  }

  var wState = stream._writableState;
  var rState = stream._readableState;

  if (
    typeof (wState ? wState.closed : undefined) === 'boolean' ||
    typeof (rState ? rState.closed : undefined) === 'boolean'
  ) {
    return (wState ? wState.closed : undefined) || (rState ? rState.closed : undefined);
  }

  if (typeof stream._closed === 'boolean' && isOutgoingMessage(stream)) {
    return stream._closed;
  }

  return null;
}

function isOutgoingMessage(stream) {
  return (
    typeof stream._closed === 'boolean' &&
    typeof stream._defaultKeepAlive === 'boolean' &&
    typeof stream._removedConnection === 'boolean' &&
    typeof stream._removedContLen === 'boolean'
  );
}

function isServerResponse(stream) {
  return (
    typeof stream._sent100 === 'boolean' &&
    isOutgoingMessage(stream)
  );
}

function isServerRequest(stream) {
  return (
    typeof stream._consuming === 'boolean' &&
    typeof stream._dumped === 'boolean' &&
    (stream.req ? stream.req.upgradeOrConnect : undefined) === undefined
  );
}

function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;

  var wState = stream._writableState;
  var rState = stream._readableState;
  var state = wState || rState;

  return (!state && isServerResponse(stream)) || !!(
    state &&
    state.autoDestroy &&
    state.emitClose &&
    state.closed === false
  );
}

function firstNonNullish(values) {
  for (var i = 0; i < values.length; i++) {
    if (values[i] != null) return values[i];
  }
  return values[values.length - 1];
}

function isDisturbed(stream) {
  if (!stream) return false;
  var d = stream[kIsDisturbed];
  return !!(d != null ? d : (stream.readableDidRead || stream.readableAborted));
}

function isErrored(stream) {
  if (!stream) return false;
  var r = stream._readableState;
  var w = stream._writableState;
  return !!firstNonNullish([
    stream[kIsErrored],
    stream.readableErrored,
    stream.writableErrored,
    r ? r.errorEmitted : undefined,
    w ? w.errorEmitted : undefined,
    r ? r.errored : undefined,
    w ? w.errored : undefined
  ]);
}

// Listen for 'abort' on an AbortSignal; returns a function that stops listening
// (Node's addAbortListener(...)[SymbolDispose]).
function addAbortListener(signal, listener) {
  var removed = false;
  if (signal.aborted) {
    Promise.resolve().then(function () {
      listener();
    });
    return function () {};
  }
  signal.addEventListener('abort', listener, { once: true });
  return function () {
    if (!removed) {
      removed = true;
      signal.removeEventListener('abort', listener);
    }
  };
}

// Callback wrapper that runs once (Node's internal/util once()).
function once(callback) {
  var called = false;
  return function () {
    if (called) return;
    called = true;
    return callback.apply(this, arguments);
  };
}

// Copy a constructor's static members, as non-enumerable properties (Node links
// constructors with ObjectSetPrototypeOf(Sub, Super); ES5 has no way to do that after
// creation).
var skipStatics = { prototype: true, length: true, name: true, arguments: true, caller: true };
function inheritStatics(Sub, Super) {
  var names = Object.getOwnPropertyNames(Super);
  for (var i = 0; i < names.length; i++) {
    var key = names[i];
    if (skipStatics[key] === true || Object.prototype.hasOwnProperty.call(Sub, key))
      continue;
    var desc = Object.getOwnPropertyDescriptor(Super, key);
    // Inherited in Node, so not an own enumerable key of Sub.
    desc.enumerable = false;
    try {
      Object.defineProperty(Sub, key, desc);
    } catch (e) {
      // not configurable on the target: skip
    }
  }
}

// Sub.prototype = an object inheriting from Super.prototype (Node:
// ObjectSetPrototypeOf(Sub.prototype, Super.prototype)).
function inherits(Sub, Super) {
  Sub.prototype = Object.create(Super.prototype, {
    constructor: { value: Sub, writable: true, enumerable: false, configurable: true }
  });
  inheritStatics(Sub, Super);
}

module.exports = {
  kOnConstructed: kOnConstructed,
  isDestroyed: isDestroyed,
  kIsDestroyed: kIsDestroyed,
  isDisturbed: isDisturbed,
  kIsDisturbed: kIsDisturbed,
  isErrored: isErrored,
  kIsErrored: kIsErrored,
  isReadable: isReadable,
  kIsReadable: kIsReadable,
  kIsClosedPromise: kIsClosedPromise,
  kControllerErrorFunction: kControllerErrorFunction,
  kIsWritable: kIsWritable,
  isClosed: isClosed,
  isDuplexNodeStream: isDuplexNodeStream,
  isFinished: isFinished,
  isIterable: isIterable,
  getIterator: getIterator,
  isReadableNodeStream: isReadableNodeStream,
  isReadableStream: isReadableStream,
  isReadableEnded: isReadableEnded,
  isReadableFinished: isReadableFinished,
  isReadableErrored: isReadableErrored,
  isNodeStream: isNodeStream,
  isWebStream: isWebStream,
  isWritable: isWritable,
  isWritableNodeStream: isWritableNodeStream,
  isWritableStream: isWritableStream,
  isWritableEnded: isWritableEnded,
  isWritableFinished: isWritableFinished,
  isWritableErrored: isWritableErrored,
  isServerRequest: isServerRequest,
  isServerResponse: isServerResponse,
  willEmitClose: willEmitClose,
  isTransformStream: isTransformStream,
  addAbortListener: addAbortListener,
  once: once,
  inherits: inherits,
  inheritStatics: inheritStatics,
  SymbolAsyncIterator: SymbolAsyncIterator,
  SymbolIterator: SymbolIterator,
  kState: kState,
  // bitfields
  kObjectMode: kObjectMode,
  kErrorEmitted: kErrorEmitted,
  kAutoDestroy: kAutoDestroy,
  kEmitClose: kEmitClose,
  kDestroyed: kDestroyed,
  kClosed: kClosed,
  kCloseEmitted: kCloseEmitted,
  kErrored: kErrored,
  kConstructed: kConstructed
};
