// stream/promises — Node 20's lib/stream/promises.js in ES5: pipeline(...streams
// [, { signal, end }]) and finished(stream[, options]) returning promises.
'use strict';

var utils = require('internal/streams/utils');
var isIterable = utils.isIterable;
var isNodeStream = utils.isNodeStream;
var isWebStream = utils.isWebStream;

var pl = require('internal/streams/pipeline').pipelineImpl;
var finished = require('internal/streams/end-of-stream').finished;

require('stream');

function pipeline() {
  var streams = Array.prototype.slice.call(arguments);
  return new Promise(function (resolve, reject) {
    var signal;
    var end;
    var lastArg = streams[streams.length - 1];
    if (lastArg && typeof lastArg === 'object' &&
        !isNodeStream(lastArg) && !isIterable(lastArg) && !isWebStream(lastArg)) {
      var options = streams.pop();
      signal = options.signal;
      end = options.end;
    }

    pl(streams, function (err, value) {
      if (err) {
        reject(err);
      } else {
        resolve(value);
      }
    }, { signal: signal, end: end });
  });
}

module.exports = {
  finished: finished,
  pipeline: pipeline
};
