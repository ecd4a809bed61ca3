// DOMException: name/message/code, legacy code constants, instanceof Error, options
// object with cause, toString.
var d = new DOMException('bad syntax', 'SyntaxError');
console.log(d.name, d.message, d.code, d instanceof Error, d instanceof DOMException);
console.log(String(d), Object.keys(d));
var plain = new DOMException();
console.log(JSON.stringify(plain.message), plain.name, plain.code);
var c = new DOMException('cloning', { name: 'DataCloneError', cause: 'why' });
console.log(c.name, c.code, c.cause);
console.log(new DOMException('m', 'NoSuchName').code);
console.log(DOMException.ABORT_ERR, DOMException.TIMEOUT_ERR, DOMException.DATA_CLONE_ERR,
  DOMException.INDEX_SIZE_ERR, d.SYNTAX_ERR);
['IndexSizeError', 'NotFoundError', 'InvalidStateError', 'AbortError', 'TimeoutError',
 'QuotaExceededError', 'NetworkError'].forEach(function (n) {
  console.log(n, new DOMException('', n).code);
});
try { DOMException('x'); } catch (e) { console.log(e instanceof TypeError); }
console.log(d.stack.split('\n')[0]);
