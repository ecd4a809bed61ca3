// internal/streams/errors — the Node error codes the stream modules throw or emit,
// in ES5. Node keeps them in lib/internal/errors.js (`codes`); here they are
// factories with the same names, built on internal/errors' makeNodeError so they have
// Node's observable shape: the message text, an own enumerable `code`, toString() and
// a stack header of the form "Error [ERR_CODE]: message".
//
//   var codes = require('internal/streams/errors');
//   throw codes.ERR_STREAM_PUSH_AFTER_EOF();
//
// Also: AbortError (name 'AbortError', code 'ABORT_ERR') and aggregateTwoErrors.
'use strict';

// internal/errors is loaded on the first error, not with the stream modules.
var errorsModule;
function lazyErrors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}

function E(Ctor, code, message) {
  var errors = lazyErrors();
  return errors.withCodeInStack(errors.makeNodeError(Ctor, code, message));
}

exports.ERR_INVALID_ARG_TYPE = function (name, expected, actual) {
  return lazyErrors().withCodeInStack(lazyErrors().invalidArgType(name, expected, actual));
};

exports.ERR_INVALID_ARG_VALUE = function (name, value, reason) {
  if (reason === undefined) reason = 'is invalid';
  var inspected = lazyErrors().inspectValue(value);
  if (inspected.length > 128) inspected = inspected.slice(0, 128) + '...';
  var type = name.indexOf('.') !== -1 ? 'property' : 'argument';
  return E(TypeError, 'ERR_INVALID_ARG_VALUE',
    'The ' + type + ' \'' + name + '\' ' + reason + '. Received ' + inspected);
};

exports.ERR_INVALID_RETURN_VALUE = function (input, name, value) {
  return E(TypeError, 'ERR_INVALID_RETURN_VALUE',
    'Expected ' + input + ' to be returned from the "' + name + '"' +
    ' function but got ' + lazyErrors().describeReceived(value) + '.');
};

exports.ERR_MISSING_ARGS = function () {
  var args = [];
  for (var i = 0; i < arguments.length; i++) {
    var a = arguments[i];
    args.push(Array.isArray(a) ?
      a.map(function (x) { return '"' + x + '"'; }).join(' or ') :
      '"' + a + '"');
  }
  return E(TypeError, 'ERR_MISSING_ARGS', 'The ' + lazyErrors().formatList(args) +
    ' argument' + (args.length > 1 ? 's' : '') + ' must be specified');
};

exports.ERR_OUT_OF_RANGE = function (name, range, input) {
  return lazyErrors().withCodeInStack(lazyErrors().outOfRange(name, range, input));
};

exports.ERR_ILLEGAL_CONSTRUCTOR = function () {
  return E(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
};
exports.ERR_METHOD_NOT_IMPLEMENTED = function (name) {
  return E(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The ' + name + ' method is not implemented');
};
exports.ERR_MULTIPLE_CALLBACK = function () {
  return E(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times');
};
exports.ERR_STREAM_ALREADY_FINISHED = function (name) {
  return E(Error, 'ERR_STREAM_ALREADY_FINISHED',
    'Cannot call ' + name + ' after a stream was finished');
};
exports.ERR_STREAM_CANNOT_PIPE = function () {
  return E(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable');
};
exports.ERR_STREAM_DESTROYED = function (name) {
  return E(Error, 'ERR_STREAM_DESTROYED',
    'Cannot call ' + name + ' after a stream was destroyed');
};
exports.ERR_STREAM_NULL_VALUES = function () {
  return E(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
};
exports.ERR_STREAM_PREMATURE_CLOSE = function () {
  return E(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close');
};
exports.ERR_STREAM_PUSH_AFTER_EOF = function () {
  return E(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF');
};
exports.ERR_STREAM_UNSHIFT_AFTER_END_EVENT = function () {
  return E(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event');
};
exports.ERR_STREAM_WRITE_AFTER_END = function () {
  return E(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
};
exports.ERR_UNKNOWN_ENCODING = function (enc) {
  return E(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc);
};

// Node's AbortError: a plain Error with name 'AbortError' and code 'ABORT_ERR'.
function AbortError(message, options) {
  if (message === undefined) message = 'The operation was aborted';
  if (options !== undefined && typeof options !== 'object')
    throw exports.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  var err = new Error(message);
  if (options !== null && options !== undefined && 'cause' in options) {
    Object.defineProperty(err, 'cause', {
      value: options.cause, writable: true, enumerable: false, configurable: true
    });
  }
  err.code = 'ABORT_ERR';
  err.name = 'AbortError';
  try {
    var stack = err.stack;
    if (typeof stack === 'string' && stack.indexOf('Error: ') === 0)
      err.stack = 'AbortError: ' + stack.slice(7);
  } catch (e) {
    // leave the stack alone
  }
  return err;
}
exports.AbortError = AbortError;

exports.aggregateTwoErrors = function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      // If `outerError` is already an `AggregateError`.
      outerError.errors.push(innerError);
      return outerError;
    }
    var err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
};

// Node's validators, as used by the stream modules.
exports.validateFunction = function (value, name) {
  if (typeof value !== 'function')
    throw exports.ERR_INVALID_ARG_TYPE(name, 'Function', value);
};
exports.validateObject = function (value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw exports.ERR_INVALID_ARG_TYPE(name, 'Object', value);
};
exports.validateBoolean = function (value, name) {
  if (typeof value !== 'boolean')
    throw exports.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
};
exports.validateAbortSignal = function (signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw exports.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
};
exports.validateInteger = function (value, name, min) {
  if (typeof value !== 'number')
    throw exports.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!isFinite(value) || Math.floor(value) !== value)
    throw exports.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > 9007199254740991)
    throw exports.ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= 9007199254740991', value);
};
