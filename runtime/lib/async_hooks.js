// async_hooks — AsyncLocalStorage and AsyncResource of Node 20, in ES5 on
// internal/async_context (which says what carries the context). Not provided:
// createHook, executionAsyncId, triggerAsyncId, executionAsyncResource (there are no
// async ids).
'use strict';

var ac = require('internal/async_context');
var state = ac.state;
var errors = require('internal/errors');

function validateFunction(fn, name) {
	if (typeof fn !== 'function')
		throw errors.invalidArgType(name, 'function', fn);
}

function withStore(frame, als, store) {
	var f = frame === undefined ? new Map() : new Map(frame);
	if (store === undefined && arguments.length < 3)
		f['delete'](als);
	else
		f.set(als, store);
	return f;
}

function AsyncLocalStorage() {
	if (!(this instanceof AsyncLocalStorage))
		throw new TypeError("Class constructor AsyncLocalStorage cannot be invoked without 'new'");
	Object.defineProperty(this, '\x01enabled', { value: false, writable: true });
}

AsyncLocalStorage.prototype.run = function run(store, callback) {
	var args = Array.prototype.slice.call(arguments, 2);
	ac.enable();
	this['\x01enabled'] = true;
	return ac.runIn(withStore(state.frame, this, store), callback, undefined, args);
};

AsyncLocalStorage.prototype.exit = function exit(callback) {
	var args = Array.prototype.slice.call(arguments, 1);
	if (!this['\x01enabled'])
		return callback.apply(undefined, args);
	return ac.runIn(withStore(state.frame, this), callback, undefined, args);
};

AsyncLocalStorage.prototype.enterWith = function enterWith(store) {
	ac.enable();
	this['\x01enabled'] = true;
	state.frame = withStore(state.frame, this, store);
};

AsyncLocalStorage.prototype.getStore = function getStore() {
	if (!this['\x01enabled'] || state.frame === undefined)
		return undefined;
	return state.frame.get(this);
};

AsyncLocalStorage.prototype.disable = function disable() {
	if (this['\x01enabled']) {
		this['\x01enabled'] = false;
		if (state.frame !== undefined && state.frame.has(this))
			state.frame = withStore(state.frame, this);
	}
};

AsyncLocalStorage.bind = function bind(fn) {
	validateFunction(fn, 'fn');
	ac.enable();
	var frame = state.frame;
	var bound = function () {
		return ac.runIn(frame, fn, this, arguments);
	};
	return bound;
};

AsyncLocalStorage.snapshot = function snapshot() {
	ac.enable();
	var frame = state.frame;
	return function runInAsyncScope(fn) {
		return ac.runIn(frame, fn, this, Array.prototype.slice.call(arguments, 1));
	};
};

function AsyncResource(type, opts) {
	if (!(this instanceof AsyncResource))
		throw new TypeError("Class constructor AsyncResource cannot be invoked without 'new'");
	if (typeof type !== 'string')
		throw errors.invalidArgType('type', 'string', type);
	ac.enable();
	Object.defineProperty(this, '\x01frame', { value: state.frame, writable: true });
	Object.defineProperty(this, '\x01type', { value: type });
}

AsyncResource.prototype.runInAsyncScope = function runInAsyncScope(fn, thisArg) {
	return ac.runIn(this['\x01frame'], fn, thisArg, Array.prototype.slice.call(arguments, 2));
};

AsyncResource.prototype.emitDestroy = function emitDestroy() {
	return this;
};

AsyncResource.prototype.bind = function bind(fn, thisArg) {
	validateFunction(fn, 'fn');
	var self = this;
	var bound = function () {
		return self.runInAsyncScope.apply(self,
			[fn, thisArg === undefined ? this : thisArg].concat(Array.prototype.slice.call(arguments)));
	};
	Object.defineProperty(bound, 'length', { value: fn.length, configurable: true });
	return bound;
};

AsyncResource.bind = function bind(fn, type, thisArg) {
	type = type || fn.name || 'bound-anonymous-fn';
	return new AsyncResource(type).bind(fn, thisArg);
};

module.exports = {
	AsyncLocalStorage: AsyncLocalStorage,
	AsyncResource: AsyncResource
};
