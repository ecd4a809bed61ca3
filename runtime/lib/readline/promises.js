// readline/promises — Node 20's lib/readline/promises.js in ES5: the same Interface as
// readline's, whose question() returns a promise of the answer (rejected with an
// AbortError when its signal aborts).
'use strict';

var readline = require('readline');
var errors = require('internal/errors');
var Base = readline['\x01InterfaceBase'];

function Interface(input, output, completer, terminal) {
	if (!(this instanceof Interface))
		return new Interface(input, output, completer, terminal);
	Base.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, Base.prototype);
Object.setPrototypeOf(Interface, Base);

function abortError(signal) {
	var e = new Error('The operation was aborted');
	e.name = 'AbortError';
	e.code = 'ABORT_ERR';
	if (signal && signal.reason !== undefined)
		e.cause = signal.reason;
	return e;
}

Interface.prototype.question = function (query, options) {
	var self = this;
	return new Promise(function (resolve, reject) {
		var cb = resolve;
		var signal = options !== null && typeof options === 'object' ? options.signal : undefined;
		if (signal) {
			if (signal.aborted)
				return reject(abortError(signal));
			var onAbort = function () {
				self._questionCallback = null;
				reject(abortError(signal));
			};
			signal.addEventListener('abort', onAbort, { once: true });
			cb = function (answer) {
				signal.removeEventListener('abort', onAbort);
				resolve(answer);
			};
		}
		if (self._closed)
			return reject(errors.makeNodeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed'));
		Base.prototype.question.call(self, query, cb);
	});
};

function createInterface(input, output, completer, terminal) {
	return new Interface(input, output, completer, terminal);
}

module.exports = {
	Interface: Interface,
	createInterface: createInterface
};
