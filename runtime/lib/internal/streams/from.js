// internal/streams/from — Node 20's lib/internal/streams/from.js in ES5:
// Readable.from(iterable[, options]).
//
// Accepted: a string or a Buffer, which is pushed as one chunk; an array, a Uint8Array
// (its bytes, one number each) or any sync iterable (utils.isIterable); an object
// with Symbol.asyncIterator where the engine has Symbol; and, as an ES5 stand-in for
// generator objects, any iterator object with a next() method. Values that are
// thenables are awaited (Node's changeToAsyncValues path). Node's `async function`s
// are Promise chains here, with the same number of microtask hops for plain values.
'use strict';

var chunks = require('internal/streams/chunks');
var codes = require('internal/streams/errors');
var utils = require('internal/streams/utils');

function assign(target, source) {
  if (source != null) {
    var keys = Object.keys(source);
    for (var i = 0; i < keys.length; i++) target[keys[i]] = source[keys[i]];
  }
  return target;
}

// `await v` followed by fn(result): one microtask hop for a plain value.
function awaitThen(v, onValue, onError) {
  return Promise.resolve(v).then(onValue, onError);
}

function from(Readable, iterable, opts) {
  var iterator;
  if (typeof iterable === 'string' || chunks.isBuffer(iterable)) {
    return new Readable(assign(assign({ objectMode: true }, opts), {
      read: function () {
        this.push(iterable);
        this.push(null);
      }
    }));
  }

  var isAsync;
  if (iterable && utils.SymbolAsyncIterator !== undefined &&
      iterable[utils.SymbolAsyncIterator]) {
    isAsync = true;
    iterator = iterable[utils.SymbolAsyncIterator]();
  } else if (iterable && utils.isIterable(iterable, false)) {
    isAsync = false;
    iterator = utils.getIterator(iterable);
  } else if (iterable && typeof iterable === 'object' && typeof iterable.next === 'function') {
    // An iterator object (what a generator returns) in an engine without Symbol.
    isAsync = false;
    iterator = iterable;
  } else {
    throw codes.ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }


  var readable = new Readable(assign({
    objectMode: true,
    highWaterMark: 1
    // TODO(ronag): What options should be allowed?
  }, opts));

  // Flag to protect against _read
  // being called before last iteration completion.
  var reading = false;
  var isAsyncValues = false;

  readable._read = function () {
    if (!reading) {
      reading = true;

      if (isAsync) {
        nextAsync();
      } else if (isAsyncValues) {
        nextSyncWithAsyncValues();
      } else {
        nextSyncWithSyncValues();
      }
    }
  };

  readable._destroy = function (error, cb) {
    close(error).then(
      function () { process.nextTick(cb, error); }, // nextTick is here in case cb throws
      function (e) { process.nextTick(cb, e || error); }
    );
  };

  // async function close(error)
  function close(error) {
    try {
      var hadError = (error !== undefined) && (error !== null);
      var hasThrow = typeof iterator.throw === 'function';
      if (hadError && hasThrow) {
        return awaitThen(iterator.throw(error), function (res) {
          return awaitThen(res.value, function () {
            if (res.done) {
              return undefined;
            }
            return closeReturn();
          });
        });
      }
      return closeReturn();
    } catch (err) {
      return Promise.reject(err);
    }
  }

  function closeReturn() {
    if (typeof iterator['return'] === 'function') {
      return awaitThen(iterator['return'](), function (res) {
        return awaitThen(res.value, function () {});
      });
    }
    return Promise.resolve();
  }

  // There are a lot of duplication here, it's done on purpose for performance
  // reasons - avoid await when not needed.

  function nextSyncWithSyncValues() {
    for (;;) {
      try {
        var r = iterator.next();
        var value = r.value;

        if (r.done) {
          readable.push(null);
          return;
        }

        if (value &&
          typeof value.then === 'function') {
          return changeToAsyncValues(value);
        }

        if (value === null) {
          reading = false;
          throw codes.ERR_STREAM_NULL_VALUES();
        }

        if (readable.push(value)) {
          continue;
        }

        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  // async function changeToAsyncValues(value)
  function changeToAsyncValues(value) {
    isAsyncValues = true;

    return awaitThen(value, function (res) {
      try {
        if (res === null) {
          reading = false;
          throw codes.ERR_STREAM_NULL_VALUES();
        }

        if (readable.push(res)) {
          nextSyncWithAsyncValues();
          return;
        }

        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
    }, function (err) {
      readable.destroy(err);
    });
  }

  // async function nextSyncWithAsyncValues()
  function nextSyncWithAsyncValues() {
    function step() {
      for (;;) {
        var r;
        try {
          r = iterator.next();

          if (r.done) {
            readable.push(null);
            return;
          }
        } catch (err) {
          readable.destroy(err);
          return;
        }

        var value = r.value;
        if (value && typeof value.then === 'function') {
          awaitThen(value, function (res) {
            if (handle(res)) step();
          }, function (err) {
            readable.destroy(err);
          });
          return;
        }
        if (!handle(value)) return;
      }
    }
    // true: push accepted more, keep going.
    function handle(res) {
      try {
        if (res === null) {
          reading = false;
          throw codes.ERR_STREAM_NULL_VALUES();
        }

        if (readable.push(res)) {
          return true;
        }

        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      return false;
    }
    step();
  }

  // async function nextAsync()
  function nextAsync() {
    var p;
    try {
      p = iterator.next();
    } catch (err) {
      readable.destroy(err);
      return;
    }
    awaitThen(p, function (r) {
      try {
        if (r.done) {
          readable.push(null);
          return;
        }

        var value = r.value;
        if (value === null) {
          reading = false;
          throw codes.ERR_STREAM_NULL_VALUES();
        }

        if (readable.push(value)) {
          nextAsync();
          return;
        }

        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
    }, function (err) {
      readable.destroy(err);
    });
  }
  return readable;
}

module.exports = from;
