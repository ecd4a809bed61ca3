// readline.js — Node 20's readline module (lib/readline.js, lib/internal/readline/
// interface.js) in ES5, for input that is not a terminal: an Interface reads its input
// stream, decodes it as UTF-8 and emits 'line' for every line (\n, \r\n or a lone \r
// ends one; what is left at the input's end is a last line), then 'close'.
// question(), prompt(), pause()/resume(), write() and `for await (const line of rl)`
// behave as in Node; the cursor functions are tty.WriteStream's.
//
// Not provided: terminal mode (line editing, history, completion, keypress events; a
// `terminal: true` interface reads lines the same way), and emitKeypressEvents does
// nothing.
'use strict';

var EventEmitter = require('events');
var StringDecoder = require('string_decoder').StringDecoder;
var errors = require('internal/errors');

var lineEnding = /\r?\n|\r(?!\n)/g;
var kAsyncIteratorKey = '\x01Symbol(Symbol.asyncIterator)';	// internal/es2015's name

function useAfterClose() {
	return errors.makeNodeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
}

// The Interface of both readline and readline/promises (Node's internal Interface):
// each module's own class extends it, so neither is an instance of the other's.
function InterfaceBase(input, output, completer, terminal) {
	EventEmitter.call(this);
	var prompt = '> ';
	var crlfDelay = 100;
	if (input && input.input) {	// an options object
		var options = input;
		output = options.output;
		completer = options.completer;
		terminal = options.terminal;
		if (options.prompt !== undefined)
			prompt = options.prompt;
		if (typeof options.crlfDelay === 'number')
			crlfDelay = Math.max(100, options.crlfDelay);
		input = options.input;
	}
	if (completer !== undefined && typeof completer !== 'function')
		throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
			"The argument 'completer' is invalid. Received " + errors.inspectShallow(completer));
	if (terminal === undefined && !(output === null || output === undefined))
		terminal = !!output.isTTY;

	this.input = input;
	this.output = output;
	this.terminal = !!terminal;
	this.line = '';
	this.cursor = 0;
	this.history = [];
	this.historySize = 30;
	this.crlfDelay = crlfDelay;
	this._closed = false;
	this.paused = false;
	this._prompt = prompt;
	this._questionCallback = null;
	this._sawReturnAt = 0;
	this._lineStream = undefined;
	this._decoder = new StringDecoder('utf8');

	var self = this;
	this._ondata = function (data) {
		self._normalWrite(data);
	};
	this._onend = function () {
		if (typeof self._line_buffer === 'string' && self._line_buffer.length > 0)
			self.emit('line', self._line_buffer);
		self._line_buffer = null;
		self.close();
	};
	this._line_buffer = null;
	input.on('data', this._ondata);
	input.on('end', this._onend);
	this.once('close', function () {
		input.removeListener('data', self._ondata);
		input.removeListener('end', self._onend);
	});
	if (typeof input.resume === 'function')
		input.resume();
}
Object.setPrototypeOf(InterfaceBase.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceBase, EventEmitter);

Object.defineProperty(InterfaceBase.prototype, 'columns', {
	configurable: true,
	enumerable: true,
	get: function () {
		return this.output && this.output.columns ? this.output.columns : Infinity;
	}
});

InterfaceBase.prototype.setPrompt = function (prompt) {
	this._prompt = prompt;
};

InterfaceBase.prototype.getPrompt = function () {
	return this._prompt;
};

InterfaceBase.prototype._writeToOutput = function (s) {
	if (typeof s !== 'string')
		throw errors.invalidArgType('stringToWrite', 'string', s);
	if (this.output !== null && this.output !== undefined)
		this.output.write(s);
};

InterfaceBase.prototype.prompt = function (preserveCursor) {
	if (this.paused)
		this.resume();
	this._writeToOutput(this._prompt);
};

InterfaceBase.prototype.question = function (query, options, cb) {
	cb = typeof options === 'function' ? options : cb;
	if (options !== null && typeof options === 'object' && options.signal) {
		var signal = options.signal;
		if (signal.aborted)
			return;
		var self = this;
		signal.addEventListener('abort', function () {
			self._questionCallback = null;
		}, { once: true });
	}
	if (this._closed)
		throw useAfterClose();
	if (typeof cb === 'function') {
		if (this._questionCallback) {
			this.prompt();
		} else {
			this._oldPrompt = this._prompt;
			this.setPrompt(query);
			this._questionCallback = cb;
			this.prompt();
		}
	}
};

InterfaceBase.prototype._onLine = function (line) {
	if (this._questionCallback) {
		var cb = this._questionCallback;
		this._questionCallback = null;
		this.setPrompt(this._oldPrompt);
		cb(line);
	} else {
		this.emit('line', line);
	}
};

// Node's [kNormalWrite]: the lines of a chunk, one 'line' each; a \r at the end of a
// chunk and a \n at the start of the next (within crlfDelay ms) end one line only.
InterfaceBase.prototype._normalWrite = function (b) {
	if (b === undefined)
		return;
	var string = typeof b === 'string' ? b : this._decoder.write(b);
	if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
		if (string.charCodeAt(0) === 10)
			string = string.slice(1);
		this._sawReturnAt = 0;
	}
	var newPartContainsEnding = lineEnding.test(string);
	lineEnding.lastIndex = 0;
	if (typeof this._line_buffer === 'string' && this._line_buffer.length > 0) {
		string = this._line_buffer + string;
		this._line_buffer = null;
		newPartContainsEnding = lineEnding.test(string);
		lineEnding.lastIndex = 0;
	}
	if (newPartContainsEnding) {
		this._sawReturnAt = string.charCodeAt(string.length - 1) === 13 ? Date.now() : 0;
		var lines = string.split(lineEnding);
		this._line_buffer = lines.pop();
		for (var i = 0; i < lines.length; i++)
			this._onLine(lines[i]);
	} else if (string) {
		this._line_buffer = string;
	}
};

InterfaceBase.prototype.write = function (d, key) {
	if (this.paused)
		this.resume();
	if (this.terminal) {
		if (d !== undefined && d !== null)
			this._normalWrite(String(d));
	} else {
		this._normalWrite(d);
	}
};

InterfaceBase.prototype.pause = function () {
	if (this.paused)
		return;
	if (typeof this.input.pause === 'function')
		this.input.pause();
	this.paused = true;
	this.emit('pause');
	return this;
};

InterfaceBase.prototype.resume = function () {
	if (!this.paused)
		return;
	if (typeof this.input.resume === 'function')
		this.input.resume();
	this.paused = false;
	this.emit('resume');
	return this;
};

InterfaceBase.prototype.close = function () {
	if (this._closed)
		return;
	this.pause();
	this._closed = true;
	this.emit('close');
};

InterfaceBase.prototype.getCursorPos = function () {
	var s = this._prompt + this.line.slice(0, this.cursor);
	return { rows: 0, cols: s.length };
};

// for await (const line of rl): the lines through an object-mode Readable, paused
// while it holds more than its highWaterMark (Node 20's kLineObjectStream)
Object.defineProperty(InterfaceBase.prototype, kAsyncIteratorKey, {
	writable: true,
	enumerable: false,
	configurable: true,
	value: function () {
		if (this._lineStream === undefined) {
			var self = this;
			var Readable = require('stream').Readable;
			var readable = new Readable({
				objectMode: true,
				read: function () {
					self.resume();
				},
				destroy: function (err, cb) {
					self.removeListener('line', lineListener);
					self.removeListener('close', closeListener);
					self.close();
					cb(err);
				}
			});
			var lineListener = function (input) {
				if (!readable.push(input))
					self.pause();
			};
			var closeListener = function () {
				readable.push(null);
			};
			this.on('error', function (err) {
				readable.destroy(err);
			});
			this.on('line', lineListener);
			this.on('close', closeListener);
			this._lineStream = readable;
		}
		return this._lineStream[kAsyncIteratorKey]();
	}
});

function Interface(input, output, completer, terminal) {
	if (!(this instanceof Interface))
		return new Interface(input, output, completer, terminal);
	InterfaceBase.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, InterfaceBase.prototype);
Object.setPrototypeOf(Interface, InterfaceBase);

function createInterface(input, output, completer, terminal) {
	return new Interface(input, output, completer, terminal);
}

// Node's cursorTo: CSI x+1 G, or CSI y+1 ; x+1 H, written to any stream
function cursorTo(stream, x, y, callback) {
	var errors = require('internal/errors');
	if (callback !== undefined && typeof callback !== 'function')
		throw errors.withCodeInStack(errors.invalidArgType('callback', 'Function', callback));
	if (typeof y === 'function') {
		callback = y;
		y = undefined;
	}
	if (typeof x === 'number' && isNaN(x))
		throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
			"The argument 'x' is invalid. Received NaN");
	if (typeof y === 'number' && isNaN(y))
		throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
			"The argument 'y' is invalid. Received NaN");
	if (stream === null || stream === undefined ||
	    (typeof x !== 'number' && typeof y !== 'number')) {
		if (typeof callback === 'function')
			process.nextTick(callback, null);
		return true;
	}
	if (typeof x !== 'number')
		throw errors.makeNodeError(TypeError, 'ERR_INVALID_CURSOR_POS',
			'Cannot set cursor row without setting its column');
	var data = typeof y !== 'number' ? '\x1b[' + (x + 1) + 'G' :
		'\x1b[' + (y + 1) + ';' + (x + 1) + 'H';
	return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
	if (stream === null || stream === undefined || !(dx || dy)) {
		if (typeof callback === 'function')
			process.nextTick(callback, null);
		return true;
	}
	var data = '';
	if (dx < 0) data += '\x1b[' + (-dx) + 'D';
	else if (dx > 0) data += '\x1b[' + dx + 'C';
	if (dy < 0) data += '\x1b[' + (-dy) + 'A';
	else if (dy > 0) data += '\x1b[' + dy + 'B';
	return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
	if (stream === null || stream === undefined) {
		if (typeof callback === 'function')
			process.nextTick(callback, null);
		return true;
	}
	var data = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
	return stream.write(data, callback);
}

function clearScreenDown(stream, callback) {
	if (stream === null || stream === undefined) {
		if (typeof callback === 'function')
			process.nextTick(callback, null);
		return true;
	}
	return stream.write('\x1b[0J', callback);
}

function emitKeypressEvents() {}

module.exports = {
	Interface: Interface,
	clearLine: clearLine,
	clearScreenDown: clearScreenDown,
	createInterface: createInterface,
	cursorTo: cursorTo,
	emitKeypressEvents: emitKeypressEvents,
	moveCursor: moveCursor
};
// for readline/promises (hidden: Object.keys lists Node's names only)
Object.defineProperty(module.exports, '\x01InterfaceBase', { value: InterfaceBase });
Object.defineProperty(module.exports, 'promises', {
	configurable: true,
	enumerable: true,
	get: function () { return require('readline/promises'); }
});
