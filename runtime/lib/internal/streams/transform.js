// internal/streams/transform — Node 20's lib/internal/streams/transform.js in ES5.
//
// a transform stream is a readable/writable stream where you do
// something with the data.  Sometimes it's called a "filter",
// but that's not a great name for it, since that implies a thing where
// some bits pass through, and others are simply ignored.  (That would
// be a valid example of a transform, of course.)
//
// Implement _transform(chunk, encoding, callback) and optionally _flush(callback);
// callback(err, data) pushes data (when not null) and asks for the next chunk.
'use strict';

module.exports = Transform;
var codes = require('internal/streams/errors');
var Duplex = require('internal/streams/duplex');
var getHighWaterMark = require('internal/streams/state').getHighWaterMark;
var utils = require('internal/streams/utils');
utils.inherits(Transform, Duplex);

var kCallback = 'streams.kCallback';

function Transform(options) {
  if (!(this instanceof Transform))
    return new Transform(options);

  // TODO (ronag): This should preferably always be
  // applied but would be semver-major. Or even better;
  // make Transform a Readable with the Writable interface.
  var readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    // A Duplex will buffer both on the writable and readable side while
    // a Transform just wants to buffer hwm number of elements. To avoid
    // buffering twice we disable buffering on the writable side.
    var copy = {};
    var keys = Object.keys(options);
    for (var i = 0; i < keys.length; i++) copy[keys[i]] = options[keys[i]];
    copy.highWaterMark = null;
    copy.readableHighWaterMark = readableHighWaterMark;
    copy.writableHighWaterMark = options.writableHighWaterMark || 0;
    options = copy;
  }

  Duplex.call(this, options);

  // We have implemented the _read method, and done the other things
  // that Readable wants before the first _read call, so unset the
  // sync guard flag.
  this._readableState.sync = false;

  this[kCallback] = null;

  if (options) {
    if (typeof options.transform === 'function')
      this._transform = options.transform;

    if (typeof options.flush === 'function')
      this._flush = options.flush;
  }

  // When the writable side finishes, then flush out anything remaining.
  // Backwards compat. Some Transform streams incorrectly implement _final
  // instead of or in addition to _flush. By using 'prefinish' instead of
  // implementing _final we continue supporting this unfortunate use case.
  this.on('prefinish', prefinish);
}

function final(cb) {
  var self = this;
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush(function (er, data) {
      if (er) {
        if (cb) {
          cb(er);
        } else {
          self.destroy(er);
        }
        return;
      }

      if (data != null) {
        self.push(data);
      }
      self.push(null);
      if (cb) {
        cb();
      }
    });
  } else {
    this.push(null);
    if (cb) {
      cb();
    }
  }
}

function prefinish() {
  if (this._final !== final) {
    final.call(this);
  }
}

Transform.prototype._final = final;

Transform.prototype._transform = function (chunk, encoding, callback) {
  throw codes.ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function (chunk, encoding, callback) {
  var self = this;
  var rState = this._readableState;
  var wState = this._writableState;
  var length = rState.length;

  this._transform(chunk, encoding, function (err, val) {
    if (err) {
      callback(err);
      return;
    }

    if (val != null) {
      self.push(val);
    }

    if (rState.ended) {
      // If user has called this.push(null) we have to
      // delay the callback to properly propagate the new
      // state.
      process.nextTick(callback);
    } else if (
      wState.ended || // Backwards compat.
      length === rState.length || // Backwards compat.
      rState.length < rState.highWaterMark
    ) {
      callback();
    } else {
      self[kCallback] = callback;
    }
  });
};

Transform.prototype._read = function () {
  if (this[kCallback]) {
    var callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};
