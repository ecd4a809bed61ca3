// internal/streams/operators — Readable's iterator helpers of Node 20
// (lib/internal/streams/operators.js) in ES5: map, filter, flatMap, drop, take return
// a new object-mode Readable; toArray, forEach, reduce, some, every, find return a
// promise. They walk the stream with its async iterator (readable.js), one value at a
// time: the `concurrency` option is accepted and values are still handled in order,
// which is what Node's output shows for synchronous functions. Each function gets
// (value, { signal }).
'use strict';

var errors = require('internal/errors');

var kAsyncIteratorKey = '\x01Symbol(Symbol.asyncIterator)';	// internal/es2015's name
var STOP = {};

function validateFunction(fn, name) {
	if (typeof fn !== 'function')
		throw errors.invalidArgType(name, ['Function', 'AsyncFunction'], fn);
}

function validateOptions(options) {
	if (options !== undefined && (options === null || typeof options !== 'object'))
		throw errors.invalidArgType('options', 'Object', options);
}

function validateCount(n, name) {
	var v = Number(n);
	if (v !== v)
		return 0;
	if (v < 0)
		throw errors.outOfRange(name, '>= 0', v);
	return v === Infinity ? v : Math.floor(v);
}

function fnOptions() {
	return { signal: new AbortController().signal };
}

// A Readable of what `step` makes of each value of `stream`: step(value) returns (or
// resolves to) an array of values to push, or STOP to end early.
function derived(stream, step) {
	var Readable = require('internal/streams/readable');
	var it = null, queue = [], finished = false;
	var iter = {
		next: function () {
			if (queue.length > 0)
				return Promise.resolve({ value: queue.shift(), done: false });
			if (finished)
				return Promise.resolve({ value: undefined, done: true });
			if (it === null)
				it = stream[kAsyncIteratorKey]();
			return it.next().then(function (r) {
				if (r.done) {
					finished = true;
					return { value: undefined, done: true };
				}
				return Promise.resolve(step(r.value)).then(function (out) {
					if (out === STOP) {
						finished = true;
						return Promise.resolve(it['return']()).then(function () {
							return { value: undefined, done: true };
						});
					}
					queue = queue.concat(out);
					return iter.next();
				});
			});
		},
		'return': function () {
			finished = true;
			if (it !== null && typeof it['return'] === 'function')
				return Promise.resolve(it['return']()).then(function () {
					return { value: undefined, done: true };
				});
			return Promise.resolve({ value: undefined, done: true });
		}
	};
	var iterable = {};
	iterable[kAsyncIteratorKey] = function () { return iter; };
	return Readable.from(iterable, { objectMode: true });
}

// Walks the stream: visit(value) resolves to STOP to end early; the promise resolves
// to result() when the walk ends.
function walk(stream, visit, result) {
	var it = stream[kAsyncIteratorKey]();
	function loop() {
		return it.next().then(function (r) {
			if (r.done)
				return result();
			return Promise.resolve(visit(r.value)).then(function (v) {
				if (v === STOP)
					return Promise.resolve(it['return']()).then(result);
				return loop();
			});
		});
	}
	return loop();
}

exports.map = function map(fn, options) {
	validateFunction(fn, 'fn');
	validateOptions(options);
	return derived(this, function (v) {
		return Promise.resolve(fn(v, fnOptions())).then(function (x) { return [x]; });
	});
};

exports.filter = function filter(fn, options) {
	validateFunction(fn, 'fn');
	validateOptions(options);
	return derived(this, function (v) {
		return Promise.resolve(fn(v, fnOptions())).then(function (keep) { return keep ? [v] : []; });
	});
};

exports.flatMap = function flatMap(fn, options) {
	validateFunction(fn, 'fn');
	validateOptions(options);
	return derived(this, function (v) {
		return Promise.resolve(fn(v, fnOptions())).then(function (x) {
			if (x !== null && typeof x === 'object' && typeof x[kAsyncIteratorKey] === 'function') {
				var out = [];
				return walk(x, function (y) { out.push(y); }, function () { return out; });
			}
			return Array.from(x);
		});
	});
};

exports.drop = function drop(number, options) {
	validateOptions(options);
	var n = validateCount(number, 'number');
	return derived(this, function (v) {
		if (n > 0) {
			n--;
			return [];
		}
		return [v];
	});
};

exports.take = function take(number, options) {
	validateOptions(options);
	var n = validateCount(number, 'number');
	return derived(this, function (v) {
		if (n <= 0)
			return STOP;
		n--;
		return [v];
	});
};

exports.toArray = function toArray(options) {
	validateOptions(options);
	var out = [];
	return walk(this, function (v) { out.push(v); }, function () { return out; });
};

exports.forEach = function forEach(fn, options) {
	validateFunction(fn, 'fn');
	validateOptions(options);
	return walk(this, function (v) {
		return Promise.resolve(fn(v, fnOptions())).then(function () {});
	}, function () { return undefined; });
};

exports.reduce = function reduce(reducer, initialValue, options) {
	validateFunction(reducer, 'reducer');
	validateOptions(options);
	var hasInitial = arguments.length > 1;
	var acc = initialValue;
	var first = !hasInitial;
	return walk(this, function (v) {
		if (first) {
			first = false;
			acc = v;
			return undefined;
		}
		return Promise.resolve(reducer(acc, v, fnOptions())).then(function (x) { acc = x; });
	}, function () {
		if (first) {
			throw errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS',
				'Reduce of an empty stream requires an initial value');
		}
		return acc;
	});
};

exports.some = function some(fn, options) {
	validateFunction(fn, 'fn');
	validateOptions(options);
	var found = false;
	return walk(this, function (v) {
		return Promise.resolve(fn(v, fnOptions())).then(function (x) {
			if (x) {
				found = true;
				return STOP;
			}
		});
	}, function () { return found; });
};

exports.every = function every(fn, options) {
	validateFunction(fn, 'fn');
	validateOptions(options);
	var all = true;
	return walk(this, function (v) {
		return Promise.resolve(fn(v, fnOptions())).then(function (x) {
			if (!x) {
				all = false;
				return STOP;
			}
		});
	}, function () { return all; });
};

exports.find = function find(fn, options) {
	validateFunction(fn, 'fn');
	validateOptions(options);
	var result;
	return walk(this, function (v) {
		return Promise.resolve(fn(v, fnOptions())).then(function (x) {
			if (x) {
				result = v;
				return STOP;
			}
		});
	}, function () { return result; });
};
