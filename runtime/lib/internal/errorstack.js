// errorstack.js — Node's `stack` on errors, from mujs's `stackTrace`.
//
// mujs records "\n\tat fn (file:line)" lines in an own `stackTrace` property when an
// error is constructed. Node's `stack` is "Name: message\n    at fn (file:line:col)".
// mujs has no columns, so frames read "at fn (file:line)". `stack` is an accessor on
// Error.prototype computed on first read (then cached as an own property, as V8 does
// for its lazily formatted stacks), and assignable.

function frames(trace) {
	if (typeof trace !== 'string' || trace === '')
		return '';
	var lines = trace.split('\n\tat ');
	var limit = Error.stackTraceLimit;
	var out = '';
	if (typeof limit !== 'number' || limit !== limit)
		limit = 10;
	for (var i = 1; i < lines.length && i <= limit; i++)
		out += '\n    at ' + lines[i];
	return out;
}

function header(err) {
	var name = err.name, msg = err.message;
	name = name === undefined ? 'Error' : String(name);
	msg = msg === undefined ? '' : String(msg);
	if (name === '')
		return msg;
	if (msg === '')
		return name;
	return name + ': ' + msg;
}

function own(obj, value) {
	Object.defineProperty(obj, 'stack', {
		value: value, writable: true, configurable: true, enumerable: false
	});
}

Object.defineProperty(Error.prototype, 'stack', {
	configurable: true,
	enumerable: false,
	get: function () {
		if (this === Error.prototype || this === null || typeof this !== 'object')
			return undefined;
		var s = header(this) + frames(this.stackTrace);
		own(this, s);
		return s;
	},
	set: function (v) {
		own(this, v);
	}
});

Error.stackTraceLimit = 10;

// V8 gives every error prototype an empty message; mujs leaves it undefined.
var ctors = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (var i = 0; i < ctors.length; i++) {
	if (!Object.prototype.hasOwnProperty.call(ctors[i].prototype, 'message'))
		Object.defineProperty(ctors[i].prototype, 'message', {
			value: '', writable: true, configurable: true, enumerable: false
		});
}

// Error.captureStackTrace(obj[, fn]): give obj a `stack` for the current call stack,
// leaving out `fn` and every frame above it. mujs's trace names frames, not function
// objects, so `fn` is found by name (its innermost call).
Error.captureStackTrace = function captureStackTrace(obj, fn) {
	if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function'))
		throw require('internal/errors').invalidArgType('targetObject', 'object', obj);
	var t = new Error().stackTrace;
	var lines = typeof t === 'string' ? t.split('\n\tat ') : [''];
	var from = 2;	// lines[0] is empty, lines[1] is this function
	if (typeof fn === 'function' && fn.name) {
		for (var i = from; i < lines.length; i++) {
			if (lines[i].indexOf(fn.name + ' (') === 0) {
				from = i + 1;
				break;
			}
		}
	}
	own(obj, header(obj) + frames([''].concat(lines.slice(from)).join('\n\tat ')));
};
if (typeof binding === 'object' && binding !== null && binding.nonConstructors)
	binding.nonConstructors(Error);	// captureStackTrace is no constructor (mujs patch 0122)
