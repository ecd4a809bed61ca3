// internal/streams/state — Node 20's lib/internal/streams/state.js in ES5: the
// default highWaterMark (16 KiB for bytes/strings, 16 objects in objectMode) and the
// validation of options.highWaterMark / readableHighWaterMark / writableHighWaterMark.
'use strict';

var codes = require('internal/streams/errors');

var defaultHighWaterMarkBytes = 16 * 1024;
var defaultHighWaterMarkObjectMode = 16;

function highWaterMarkFrom(options, isDuplex, duplexKey) {
  return options.highWaterMark != null ? options.highWaterMark :
    isDuplex ? options[duplexKey] : null;
}

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMarkObjectMode : defaultHighWaterMarkBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  codes.validateInteger(value, 'value', 0);
  if (objectMode) {
    defaultHighWaterMarkObjectMode = value;
  } else {
    defaultHighWaterMarkBytes = value;
  }
}

function isInteger(n) {
  return typeof n === 'number' && isFinite(n) && Math.floor(n) === n;
}

function getHighWaterMark(state, options, duplexKey, isDuplex) {
  var hwm = highWaterMarkFrom(options, isDuplex, duplexKey);
  if (hwm != null) {
    if (!isInteger(hwm) || hwm < 0) {
      var name = isDuplex ? 'options.' + duplexKey : 'options.highWaterMark';
      throw codes.ERR_INVALID_ARG_VALUE(name, hwm);
    }
    return Math.floor(hwm);
  }

  // Default value
  return getDefaultHighWaterMark(state.objectMode);
}

module.exports = {
  getHighWaterMark: getHighWaterMark,
  getDefaultHighWaterMark: getDefaultHighWaterMark,
  setDefaultHighWaterMark: setDefaultHighWaterMark
};
