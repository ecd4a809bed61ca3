// internal/domexception — the WHATWG DOMException (Node 20's global), in ES5.
//
// new DOMException(message = '', name = 'Error' | { name, cause }): an object whose
// prototype chain reaches Error.prototype (so `instanceof Error` holds and util.inspect
// prints it as Node does: "DOMException [AbortError]: message" and the stack). name,
// message and code are prototype getters over one hidden state property, as in Node
// (Object.keys(e) is []); code is the legacy number for the name, 0 for unknown names.
// The per-code constants (ABORT_ERR, ...) sit on the constructor and the prototype.
'use strict';

var kState = '__domexception';

var names = [
  'IndexSizeError', 'INDEX_SIZE_ERR',
  'DOMStringSizeError', 'DOMSTRING_SIZE_ERR',
  'HierarchyRequestError', 'HIERARCHY_REQUEST_ERR',
  'WrongDocumentError', 'WRONG_DOCUMENT_ERR',
  'InvalidCharacterError', 'INVALID_CHARACTER_ERR',
  'NoDataAllowedError', 'NO_DATA_ALLOWED_ERR',
  'NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR',
  'NotFoundError', 'NOT_FOUND_ERR',
  'NotSupportedError', 'NOT_SUPPORTED_ERR',
  'InUseAttributeError', 'INUSE_ATTRIBUTE_ERR',
  'InvalidStateError', 'INVALID_STATE_ERR',
  'SyntaxError', 'SYNTAX_ERR',
  'InvalidModificationError', 'INVALID_MODIFICATION_ERR',
  'NamespaceError', 'NAMESPACE_ERR',
  'InvalidAccessError', 'INVALID_ACCESS_ERR',
  'ValidationError', 'VALIDATION_ERR',
  'TypeMismatchError', 'TYPE_MISMATCH_ERR',
  'SecurityError', 'SECURITY_ERR',
  'NetworkError', 'NETWORK_ERR',
  'AbortError', 'ABORT_ERR',
  'URLMismatchError', 'URL_MISMATCH_ERR',
  'QuotaExceededError', 'QUOTA_EXCEEDED_ERR',
  'TimeoutError', 'TIMEOUT_ERR',
  'InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR',
  'DataCloneError', 'DATA_CLONE_ERR'
];
var codeOf = Object.create(null);

function DOMException(message, options) {
  if (!(this instanceof DOMException))
    throw new TypeError("Class constructor DOMException cannot be invoked without 'new'");
  var name = 'Error', cause, hasCause = false;
  if (options !== null && typeof options === 'object') {
    if ('cause' in options) {
      hasCause = true;
      cause = options.cause;
    }
    if (options.name !== undefined)
      name = String(options.name);
  } else if (options !== undefined) {
    name = String(options);
  }
  Object.defineProperty(this, kState, {
    value: { message: message === undefined ? '' : String(message), name: name },
    writable: false, enumerable: false, configurable: false
  });
  if (hasCause)
    Object.defineProperty(this, 'cause', {
      value: cause, writable: true, enumerable: false, configurable: true
    });
  Error.captureStackTrace(this);
}
DOMException.prototype = Object.create(Error.prototype, {
  constructor: { value: DOMException, writable: true, configurable: true }
});

function state(self) {
  var s = self !== null && typeof self === 'object' ? self[kState] : undefined;
  if (s === undefined)
    throw require('internal/errors').makeNodeError(TypeError, 'ERR_INVALID_THIS',
      'Value of "this" must be of type DOMException');
  return s;
}

Object.defineProperty(DOMException.prototype, 'name', {
  get: function () { return state(this).name; }, enumerable: true, configurable: true
});
Object.defineProperty(DOMException.prototype, 'message', {
  get: function () { return state(this).message; }, enumerable: true, configurable: true
});
Object.defineProperty(DOMException.prototype, 'code', {
  get: function () {
    var c = codeOf[state(this).name];
    return c === undefined ? 0 : c;
  },
  enumerable: true, configurable: true
});

for (var i = 0; i < names.length; i += 2) {
  var code = i / 2 + 1;
  codeOf[names[i]] = code;
  var desc = { value: code, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, names[i + 1], desc);
  Object.defineProperty(DOMException.prototype, names[i + 1], desc);
}

// Symbol.toStringTag of each class, as Node's ([object DOMException]): the Symbol shim's key
[DOMException].forEach(function (C) {
  Object.defineProperty(C.prototype, '\x01Symbol(Symbol.toStringTag)', {
    value: C.name, writable: false, enumerable: false, configurable: true
  });
});
module.exports = DOMException;
