// A custom error built with the prototype chain keeps its name, message, instanceof and toString.
function ValidationError(message, field) {
  this.name = 'ValidationError';
  this.message = message;
  this.field = field;
  if (Error.captureStackTrace) Error.captureStackTrace(this, ValidationError);
}
ValidationError.prototype = Object.create(Error.prototype);
ValidationError.prototype.constructor = ValidationError;

function HttpError(status) {
  var e = Error.call(this, 'HTTP ' + status);
  this.message = e.message;
  this.status = status;
}
HttpError.prototype = Object.create(Error.prototype);
HttpError.prototype.constructor = HttpError;
HttpError.prototype.name = 'HttpError';

var v = new ValidationError('bad value', 'age');
console.log(v.name, v.message, v.field);
console.log(v instanceof ValidationError, v instanceof Error, v instanceof TypeError);
console.log(String(v));
console.log(Object.prototype.toString.call(v));
console.log(v.stack.split('\n')[0]);
var h = new HttpError(404);
console.log(h.name, h.message, h.status, String(h));
console.log(h instanceof HttpError, h instanceof Error);
console.log(Object.prototype.hasOwnProperty.call(h, 'name'));
try { throw v; } catch (e) { console.log('caught', e.name, e === v); }
