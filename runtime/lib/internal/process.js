// process.js — the `process` object: an EventEmitter carrying Node's process API, plus
// the hooks the C loop calls at exit, on signals and on uncaught exceptions.
var EventEmitter = require('events');
var tasks = require('internal/tasks');

function Process() {
	EventEmitter.call(this);
}
Process.prototype = Object.create(EventEmitter.prototype, {
	constructor: { value: Process, writable: true, configurable: true }
});
Object.defineProperty(Process, 'name', { value: 'process' });

var process = new Process();
module.exports = process;

process.title = 'leakscope';
process.version = 'v20.20.2';
process.versions = binding.versions;
process.versions.node = '20.20.2';
process.versions.leakscope = binding.versions.leakscope;
process.arch = binding.arch;
process.platform = binding.platform;
process.release = { name: 'node', lts: 'Iron' };
process.argv = binding.argv.slice();
process.argv0 = binding.argv0;
process.execArgv = binding.execArgv.slice();
process.execPath = binding.execPath;
// a named root in heap snapshots (runtime.h, RT_HEAP_HOLDERS)
binding.heap.holder('process listeners', process, '_events');
process.pid = binding.pid;
process.ppid = binding.ppid;
// a worker's environment is its own copy (worker_threads: the env option)
process.env = binding.worker.isWorker ? binding.worker.env() : binding.env();
// exitCode: an integer, a string holding a number, undefined or null; anything else
// throws as Node's validateInteger does (process.exit(code) sets it first)
var exitCode;
Object.defineProperty(process, 'exitCode', {
	get: function () { return exitCode; },
	set: function (code) {
		if (code !== null && code !== undefined) {
			var value = code;
			if (typeof code === 'string' && code !== '' && +code === +code)
				value = +code;
			var errors = require('internal/errors');
			if (typeof value !== 'number')
				throw errors.invalidArgType('code', 'number', value);
			if (Math.floor(value) !== value || !isFinite(value))
				throw errors.outOfRange('code', 'an integer', value);
		}
		exitCode = code;
	},
	enumerable: true,
	configurable: false
});
process._exiting = false;
process.config = { variables: {} };
// Object.prototype.toString.call(process) is [object process] (the Symbol shim's key)
Object.defineProperty(process, '\x01Symbol(Symbol.toStringTag)', {
	value: 'process', writable: true, enumerable: false, configurable: false
});
process.features = { inspector: false };

process.cwd = function cwd() { return binding.cwd(); };
process.chdir = function chdir(dir) {
	if (typeof dir !== 'string')
		throw require('internal/errors').invalidArgType('directory', 'string', dir);
	binding.chdir(dir);
};
process.uptime = function uptime() { return binding.uptime(); };
process.nextTick = tasks.nextTick;
process.umask = function umask(mask) {
	if (mask === undefined)
		return binding.os.umask();
	// Node's parseFileMode: an octal string, else validateUint32
	var errors = require('internal/errors');
	if (typeof mask === 'string') {
		if (!/^[0-7]+$/.test(mask))
			throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'mask' " +
				'must be a 32-bit unsigned integer or an octal string. Received ' +
				errors.inspectValue(mask));
		mask = parseInt(mask, 8);
	}
	if (typeof mask !== 'number')
		throw errors.invalidArgType('mask', 'number', mask);
	if (Math.floor(mask) !== mask)
		throw errors.outOfRange('mask', 'an integer', mask);
	if (mask < 0 || mask > 4294967295)
		throw errors.outOfRange('mask', '>= 0 && <= 4294967295', mask);
	return binding.os.umask(mask);
};
// the real and effective user and group ids and the supplementary groups
process.getuid = function getuid() { return binding.os.getIds()[0]; };
process.geteuid = function geteuid() { return binding.os.getIds()[1]; };
process.getgid = function getgid() { return binding.os.getIds()[2]; };
process.getegid = function getegid() { return binding.os.getIds()[3]; };
process.getgroups = function getgroups() { return binding.os.getIds().slice(4); };

process.hrtime = function hrtime(prev) {
	var t = binding.hrtime();
	if (prev !== undefined) {
		if (!Array.isArray(prev) || prev.length !== 2)
			throw require('internal/errors').invalidArgType('time', 'an instance of Array', prev);
		var s = t[0] - prev[0], ns = t[1] - prev[1];
		if (ns < 0) {
			s -= 1;
			ns += 1e9;
		}
		return [s, ns];
	}
	return t;
};
process.hrtime.bigint = function bigint() { return binding.hrtimeBigint(); };

process.memoryUsage = function memoryUsage() { return binding.memoryUsage(); };

// process.cpuUsage([previous]) and process.resourceUsage(): getrusage(2) through
// binding.os.getRusage (runtime/os.c), Node's field names and checks.
process.cpuUsage = function cpuUsage(prevValue) {
	var r = binding.os.getRusage();
	if (prevValue) {
		var errors = require('internal/errors');
		if (typeof prevValue !== 'object')
			throw errors.invalidArgType('prevValue', 'object', prevValue);
		var names = ['user', 'system'];
		for (var i = 0; i < 2; i++) {
			var v = prevValue[names[i]];
			if (typeof v !== 'number')
				throw errors.invalidArgType('prevValue.' + names[i], 'number', v);
			if (!(v >= 0 && v <= 9007199254740991)) {
				var e = new RangeError('The property \'prevValue.' + names[i] +
					'\' is invalid. Received ' + v);
				e.code = 'ERR_INVALID_ARG_VALUE';
				throw e;
			}
		}
		return { user: r[0] - prevValue.user, system: r[1] - prevValue.system };
	}
	return { user: r[0], system: r[1] };
};
var rusageNames = ['userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize',
	'unsharedDataSize', 'unsharedStackSize', 'minorPageFault', 'majorPageFault',
	'swappedOut', 'fsRead', 'fsWrite', 'ipcSent', 'ipcReceived', 'signalsCount',
	'voluntaryContextSwitches', 'involuntaryContextSwitches'];
process.resourceUsage = function resourceUsage() {
	var r = binding.os.getRusage(), o = {};
	for (var i = 0; i < rusageNames.length; i++)
		o[rusageNames[i]] = r[i];
	return o;
};
process.memoryUsage.rss = function rss() { return binding.rss(); };

process.kill = function kill(pid, sig) {
	// Node's check: a pid that is not an int32 (1.5, 'abc') must not reach kill(2) as
	// a truncated -1 or 0 (every process, or the process group)
	if (pid != (pid | 0))	// eslint-disable-line eqeqeq
		throw require('internal/errors').withCodeInStack(
			require('internal/errors').invalidArgType('pid', 'number', pid));
	// a signal name by os.constants.signals (all of them: SIGKILL and SIGSTOP too)
	if (sig !== (sig | 0)) {
		sig = sig || 'SIGTERM';
		var n = require('os').constants.signals[sig];
		if (typeof n !== 'number')
			throw require('internal/errors').makeNodeError(TypeError, 'ERR_UNKNOWN_SIGNAL',
				'Unknown signal: ' + sig);
		sig = n;
	}
	binding.kill(pid, sig);
	return true;
};

process.abort = function abort() {
	binding.kill(process.pid, 6);
};

process.exit = function exit(code) {
	if (code !== undefined)
		process.exitCode = code;
	if (!process._exiting) {
		process._exiting = true;
		process.emit('exit', exitCodeOf());
	}
	binding.reallyExit(exitCodeOf());
};

process.reallyExit = function reallyExit(code) {
	binding.reallyExit(code | 0);
};

function exitCodeOf() {
	var c = process.exitCode;
	return c === undefined || c === null ? 0 : c | 0;
}

// ---- warnings (Node's lib/internal/process/warning.js)
var warned = {};
process.noDeprecation = false;
process.throwDeprecation = false;

process.emitWarning = function emitWarning(warning, type, code, ctor) {
	var detail;
	if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
		detail = type.detail;
		code = type.code;
		type = type.type || 'Warning';
	} else if (typeof type === 'function') {
		// emitWarning(msg, ctor): the function only cuts the stack
		code = undefined;
		type = 'Warning';
	}
	if (type === undefined)
		type = 'Warning';
	if (typeof code === 'function')
		code = undefined;	// emitWarning(msg, type, ctor)
	if (typeof warning === 'string') {
		var w = new Error(warning);
		w.name = String(type);
		if (code !== undefined)
			w.code = code;
		if (detail !== undefined)
			w.detail = detail;
		warning = w;
	} else if (!(warning instanceof Error)) {
		throw require('internal/errors').invalidArgType('warning', ['Error', 'string'], warning);
	}
	if (warning.name === 'DeprecationWarning') {
		if (process.noDeprecation)
			return;
		if (process.throwDeprecation)
			throw warning;
	}
	process.nextTick(function () { process.emit('warning', warning); });
};

function writeWarning(warning) {
	var msg = '(node:' + process.pid + ') ';
	if (warning.code)
		msg += '[' + warning.code + '] ';
	msg += warning.name + ': ' + warning.message;
	if (typeof warning.detail === 'string')
		msg += '\n' + warning.detail;
	if (!warned.hint) {
		warned.hint = true;
		msg += '\n(Use `node ' + (warning.name === 'DeprecationWarning' ?
			'--trace-deprecation' : '--trace-warnings') +
			' ...` to show where the warning was created)';
	}
	// Node writes through the global console, so through process.stderr.write
	require('console').error(msg);
}

// Node's default 'warning' handler prints; user listeners are called as well.
process.on('warning', function (w) {
	if (w.name === 'DeprecationWarning' && process.noDeprecation)
		return;
	writeWarning(w);
});

// ---- stdio: streams made on first access (internal/stdio)
var stdio = null;
var stdin, stdout, stderr;
function lazyStdio() {
	if (stdio === null)
		stdio = require('internal/stdio');
	return stdio;
}
// While peeking, the getters report what exists instead of making it.
var peeking = false;
function getStdout() {
	if (peeking) {
		peeking = false;
		return stdout || null;
	}
	return stdout || (stdout = lazyStdio().createStdout());
}
function getStderr() {
	if (peeking) {
		peeking = false;
		return stderr || null;
	}
	return stderr || (stderr = lazyStdio().createStderr());
}
function getStdin() { return stdin || (stdin = lazyStdio().createStdin()); }
function defineStream(name, getter) {
	Object.defineProperty(process, name, { configurable: true, enumerable: true, get: getter });
}
defineStream('stdout', getStdout);
defineStream('stderr', getStderr);
defineStream('stdin', getStdin);

// For console: process.stdout (fd 1) or process.stderr (fd 2) once made, or whatever
// the property was redefined to; null while console may write to the descriptor itself
// (nothing can have changed the stream, and making it loads the stream modules, which
// console.log('hi') should not pay for).
Object.defineProperty(process, '_peekStdio', {
	configurable: true, enumerable: false, writable: true,
	value: function _peekStdio(fd) {
		peeking = true;
		var s = fd === 1 ? process.stdout : process.stderr;
		peeking = false;
		return s;
	}
});

// ---- signals: watching starts with the first listener, stops with the last
var signalNames = /^SIG[A-Z0-9]+$/;
process.on('newListener', function (name) {
	if (typeof name === 'string' && signalNames.test(name) && process.listenerCount(name) === 0)
		binding.watchSignal(name, true);
});
process.on('removeListener', function (name) {
	if (typeof name === 'string' && signalNames.test(name) && process.listenerCount(name) === 0)
		binding.watchSignal(name, false);
});

// ---- hooks for the C loop (registered by bootstrap)
process._emitSignal = function (name) {
	process.emit(name, name);
};

process._emitBeforeExit = function () {
	if (!process._exiting)
		process.emit('beforeExit', exitCodeOf());
	return exitCodeOf();
};

process._emitExit = function () {
	if (!process._exiting) {
		process._exiting = true;
		process.emit('exit', exitCodeOf());
	}
	return exitCodeOf();
};

function noop() {}

// Called by C with an exception nobody caught. true: a listener handled it.
process._fatalException = function (er, fromPromise) {
	// Node tells the monitors first, whether or not a handler takes the error
	process.emit('uncaughtExceptionMonitor', er,
		fromPromise ? 'unhandledRejection' : 'uncaughtException');
	if (process.listenerCount('uncaughtException') > 0) {
		try {
			process.emit('uncaughtException', er,
				fromPromise ? 'unhandledRejection' : 'uncaughtException');
		} catch (e) {
			// a handler that throws: Node reports that error as uncaught and exits 7,
			// without 'exit'
			if (binding.worker.isWorker) throw e;
			require('internal/uncaught').print(e);
			binding.reallyExit(7);
		}
		// Node: make sure the loop takes another turn so queued ticks get to run.
		setImmediate(noop);
		return true;
	}
	if (binding.worker.isWorker) {
		// the parent's Worker emits it as 'error'
		var s = require('internal/structured_clone').serializeError(er);
		binding.worker.reportError(s.json, s.blobs);
	} else {
		require('internal/uncaught').print(er);
	}
	process.exitCode = 1;
	if (!process._exiting) {
		process._exiting = true;
		try {
			process.emit('exit', 1);
		} catch (e) {
			// an exit handler that throws: Node reports it and exits 7
		}
	}
	return false;
};
