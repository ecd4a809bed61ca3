// bootstrap.js — the first JS to run: body of `function (binding)`, called once by
// runtime.c. Builds the internal module loader, `process`, the globals and the hooks the
// C loop calls. Core modules load lazily (start-up is measured: see bench/).
var global = (function () { return this; })();
// The registry of loaded built-in modules. Its constructor's name is how `leakscope
// diff` knows it (analysis/diff.c, in_native_registry): it grows as the app first
// requires a built-in, never past the built-ins there are, so it is never a leak.
function BuiltinModuleRegistry() {}
var natives = new BuiltinModuleRegistry();

// requireNative(name): load a module embedded from runtime/lib. Each is compiled as
// `function (exports, require, module, binding)`, evaluated once, and cached.
function requireNative(name) {
	var m = natives[name];
	if (m !== undefined)
		return m.exports;
	var src = binding.nativeSource(name);
	if (src === undefined) {
		var err = new Error('No such built-in module: ' + name);
		err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
		throw err;
	}
	var fn = binding.compile('(function (exports, require, module, binding) {' + src + '\n})',
		'node:' + name);
	m = { exports: {}, id: name, loaded: false, internal: true };
	natives[name] = m;
	fn.call(m.exports, m.exports, requireNative, m, binding);
	m.loaded = true;
	return m.exports;
}
requireNative.natives = natives;
// runtime/es_builtins.c loads the ES2015+ library (lib/internal/es_*.js) through it
binding.requireNative = requireNative;
requireNative.canBeRequiredByUsers = function (name) {
	return name.indexOf('internal/') !== 0 && binding.nativeSource(name) !== undefined;
};

function defineLazy(obj, name, load) {
	Object.defineProperty(obj, name, {
		configurable: true,
		enumerable: false,
		get: function () {
			var v = load();
			Object.defineProperty(obj, name, {
				value: v, writable: true, configurable: true, enumerable: false
			});
			return v;
		},
		set: function (v) {
			Object.defineProperty(obj, name, {
				value: v, writable: true, configurable: true, enumerable: true
			});
		}
	});
}

function defineValue(obj, name, value) {
	Object.defineProperty(obj, name, {
		value: value, writable: true, configurable: true, enumerable: false
	});
}

defineValue(global, 'global', global);
defineValue(global, 'globalThis', global);

binding.immediateInfo = [0, 0, 0];
requireNative('internal/errorstack');
// Built lazily: an app that never uses a Promise or a timer never compiles those files.
var tasks = requireNative('internal/tasks');
function promiseExport(name) {
	return function () { return requireNative('internal/promise')[name]; };
}
defineLazy(global, 'Promise', promiseExport('Promise'));
defineLazy(global, 'queueMicrotask', promiseExport('queueMicrotask'));
defineLazy(global, 'AggregateError', promiseExport('AggregateError'));
defineLazy(global, 'escape', function () { return requireNative('internal/es_globals').escape; });
defineLazy(global, 'unescape', function () { return requireNative('internal/es_globals').unescape; });
function collectionsExport(name) {
	return function () { return requireNative('internal/collections')[name]; };
}
defineLazy(global, 'Map', collectionsExport('Map'));
defineLazy(global, 'Set', collectionsExport('Set'));
defineLazy(global, 'WeakMap', collectionsExport('WeakMap'));
defineLazy(global, 'WeakSet', collectionsExport('WeakSet'));

function bufferExport(name) {
	return function () { return requireNative('buffer')[name]; };
}
var bufferNames = ['Buffer', 'Uint8Array', 'ArrayBuffer', 'atob', 'btoa'];
for (var b = 0; b < bufferNames.length; b++)
	defineLazy(global, bufferNames[b], bufferExport(bufferNames[b]));

// Web-platform globals, each loaded from its module on first use: 'module Name Name|...'
// (a string table costs less start-up than nested array literals). A module whose
// exports are the class itself (internal/domexception) gives that.
function nativeExport(mod, name) {
	return function () {
		var m = requireNative(mod);
		return typeof m === 'function' ? m : m[name];
	};
}
var webGlobals = ('internal/event_target EventTarget Event CustomEvent|internal/abort_controller ' +
	'AbortController AbortSignal|internal/domexception DOMException|internal/encoding ' +
	'TextEncoder TextDecoder|internal/url URL URLSearchParams|internal/structured_clone ' +
	'structuredClone|perf_hooks performance|internal/fetch fetch Headers Request Response|' +
	'internal/typed_array Int8Array Uint8ClampedArray Int16Array Uint16Array Int32Array ' +
	'Uint32Array Float32Array Float64Array DataView').split('|');
for (var w = 0; w < webGlobals.length; w++) {
	var wg = webGlobals[w].split(' ');
	for (var n = 1; n < wg.length; n++)
		defineLazy(global, wg[n], nativeExport(wg[0], wg[n]));
}

// Object.prototype.toString.call(globalThis) is [object global], as in Node
Object.defineProperty(global, '\x01Symbol(Symbol.toStringTag)', {
	value: 'global', writable: false, enumerable: false, configurable: true
});

var process = requireNative('internal/process');
defineValue(global, 'process', process);

function timersExport(name) {
	return function () { return requireNative('internal/timers')[name]; };
}
var timerNames = ['setTimeout', 'setInterval', 'setImmediate',
	'clearTimeout', 'clearInterval', 'clearImmediate'];
for (var i = 0; i < timerNames.length; i++)
	defineLazy(global, timerNames[i], timersExport(timerNames[i]));
defineLazy(global, 'console', function () { return requireNative('console'); });
defineLazy(global, 'crypto', function () { return requireNative('crypto').webcrypto; });
if (binding.exposeGC)
	defineValue(global, 'gc', binding.gc);

binding.setHooks({
	immediateInfo: binding.immediateInfo,
	processTicksAndRejections: tasks.processTicksAndRejections,
	fatalException: process._fatalException,
	emitBeforeExit: process._emitBeforeExit,
	emitExit: process._emitExit,
	emitSignal: process._emitSignal,
	runMain: function () {
		try {
			requireNative('internal/main').run();
		} finally {
			binding.loopStart = binding.uptime() * 1000;	// performance.nodeTiming
		}
	}
});
