// internal/streams/duplexify — Node 20's lib/internal/streams/duplexify.js in ES5:
// Duplex.from(body). Supported bodies: Duplex streams (returned as is), Readable or
// Writable streams, arrays / sync iterables, promises, and { readable, writable }
// pairs. Not supported (no async generators, web streams or Blob in the runtime):
// async generator functions, ReadableStream/WritableStream, Blob.
'use strict';

var utils = require('internal/streams/utils');
var isReadable = utils.isReadable;
var isWritable = utils.isWritable;
var isIterable = utils.isIterable;
var isNodeStream = utils.isNodeStream;
var isReadableNodeStream = utils.isReadableNodeStream;
var isWritableNodeStream = utils.isWritableNodeStream;
var isDuplexNodeStream = utils.isDuplexNodeStream;
var eos = require('internal/streams/end-of-stream');
var codes = require('internal/streams/errors');
var AbortError = codes.AbortError;
var ERR_INVALID_ARG_TYPE = codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_RETURN_VALUE = codes.ERR_INVALID_RETURN_VALUE;
var destroyer = require('internal/streams/destroy').destroyer;
var Duplex = require('internal/streams/duplex');
var Readable = require('internal/streams/readable');
var from = require('internal/streams/from');

function Duplexify(options) {
  if (!(this instanceof Duplexify))
    return new Duplexify(options);
  Duplex.call(this, options);

  // https://github.com/nodejs/node/pull/34385

  if (options && options.readable === false) {
    this._readableState.readable = false;
    this._readableState.ended = true;
    this._readableState.endEmitted = true;
  }

  if (options && options.writable === false) {
    this._writableState.writable = false;
    this._writableState.ending = true;
    this._writableState.ended = true;
    this._writableState.finished = true;
  }
}
utils.inherits(Duplexify, Duplex);

module.exports = function duplexify(body, name) {
  if (isDuplexNodeStream(body)) {
    return body;
  }

  if (isReadableNodeStream(body)) {
    return _duplexify({ readable: body });
  }

  if (isWritableNodeStream(body)) {
    return _duplexify({ writable: body });
  }

  if (isNodeStream(body)) {
    return _duplexify({ writable: false, readable: false });
  }

  if (typeof body === 'function') {
    throw ERR_INVALID_RETURN_VALUE(
      'Iterable, AsyncIterable or AsyncFunction', name, undefined);
  }

  if (isIterable(body)) {
    return from(Duplexify, body, {
      // TODO (ronag): highWaterMark?
      objectMode: true,
      writable: false
    });
  }

  if (
    body && (typeof body.writable === 'object' ||
    typeof body.readable === 'object')
  ) {
    var readable = body.readable ?
      isReadableNodeStream(body.readable) ? body.readable :
        duplexify(body.readable) :
      undefined;

    var writable = body.writable ?
      isWritableNodeStream(body.writable) ? body.writable :
        duplexify(body.writable) :
      undefined;

    return _duplexify({ readable: readable, writable: writable });
  }

  var then = body ? body.then : undefined;
  if (typeof then === 'function') {
    var d;

    then.call(
      body,
      function (val) {
        if (val != null) {
          d.push(val);
        }
        d.push(null);
      },
      function (err) {
        destroyer(d, err);
      }
    );

    return d = new Duplexify({
      objectMode: true,
      writable: false,
      read: function () {}
    });
  }

  throw ERR_INVALID_ARG_TYPE(
    name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable',
     'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'],
    body);
};

function _duplexify(pair) {
  var r = pair.readable && typeof pair.readable.read !== 'function' ?
    Readable.wrap(pair.readable) : pair.readable;
  var w = pair.writable;

  var readable = !!isReadable(r);
  var writable = !!isWritable(w);

  var ondrain;
  var onfinish;
  var onreadable;
  var onclose;
  var d;

  function onfinished(err) {
    var cb = onclose;
    onclose = null;

    if (cb) {
      cb(err);
    } else if (err) {
      d.destroy(err);
    }
  }

  // TODO(ronag): Avoid double buffering.
  // Implement Writable/Readable/Duplex traits.
  // See, https://github.com/nodejs/node/pull/33515.
  d = new Duplexify({
    // TODO (ronag): highWaterMark?
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable: readable,
    writable: writable
  });

  if (writable) {
    eos(w, function (err) {
      writable = false;
      if (err) {
        destroyer(r, err);
      }
      onfinished(err);
    });

    d._write = function (chunk, encoding, callback) {
      if (w.write(chunk, encoding)) {
        callback();
      } else {
        ondrain = callback;
      }
    };

    d._final = function (callback) {
      w.end();
      onfinish = callback;
    };

    w.on('drain', function () {
      if (ondrain) {
        var cb = ondrain;
        ondrain = null;
        cb();
      }
    });

    w.on('finish', function () {
      if (onfinish) {
        var cb = onfinish;
        onfinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, function (err) {
      readable = false;
      if (err) {
        destroyer(r, err);
      }
      onfinished(err);
    });

    r.on('readable', function () {
      if (onreadable) {
        var cb = onreadable;
        onreadable = null;
        cb();
      }
    });

    r.on('end', function () {
      d.push(null);
    });

    d._read = function () {
      while (true) {
        var buf = r.read();

        if (buf === null) {
          onreadable = d._read;
          return;
        }

        if (!d.push(buf)) {
          return;
        }
      }
    };
  }

  d._destroy = function (err, callback) {
    if (!err && onclose !== null) {
      err = new AbortError();
    }

    onreadable = null;
    ondrain = null;
    onfinish = null;

    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };

  return d;
}
