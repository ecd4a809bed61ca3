// remote.js — the inspector's JS side (ES5, embedded at build time, compiled once by
// inspector/runtime_domain.c as a function of (native) returning the API
// below). It turns JS values into CDP RemoteObjects, keeps the objects a client holds
// an id for (per object group, until released), evaluates expressions, lists loaded
// scripts and reports console calls and uncaught exceptions.
//
// native (C): compile(src, file) -> function (the source down-leveled as the app's own
//   code is, rt_compile), emit(method, paramsJson, keep) (keep: hold it for a session
//   that enables Runtime later), holders() ->
//   the runtime's RT_HEAP_HOLDERS object (made when its first holder registers),
//   wanted() -> true when a session has Runtime enabled (objects get ids only then, so
//   nothing is retained for nobody), now() -> ms since the epoch.
// Every API function returns a JSON string (the CDP result) or a value for C.

var objects = {};	// id -> value
var groups = {};	// group -> [id, ...]
var nextId = 1;
var scriptIds = {};	// url -> id
var scriptUrls = [];	// id -> url
var counts = {};
var timers = {};
var nextException = 1;
var frameRe = /^(.*?) ?\(?([^()]+):(\d+)\)?$/;
var global = (function () { return this; })();
var consoleRequire;	// the command line API's require, made on first use
var persisted = {};	// Runtime.compileScript with persistScript: scriptId -> function
var nPersisted = 0;
var bindings = {};	// Runtime.addBinding: name -> the function installed

function scriptId(url) {
	if (!url)
		return '0';
	if (!scriptIds.hasOwnProperty(url)) {
		scriptUrls.push(url);
		scriptIds[url] = String(scriptUrls.length);
	}
	return scriptIds[url];
}

function toUrl(file) {
	return file.charAt(0) === '/' ? 'file://' + file : file;
}

function hold(value, group) {
	var id = String(nextId++);
	objects[id] = value;
	group = group || '';
	if (!groups.hasOwnProperty(group))
		groups[group] = [];
	groups[group].push(id);
	return '{"injectedScriptId":1,"id":' + id + '}';
}

function idOf(objectId) {
	try {
		return String(JSON.parse(objectId).id);
	} catch (e) {
		return '';
	}
}

function lookup(objectId) {
	var id = idOf(objectId);
	if (!objects.hasOwnProperty(id))
		throw new Error('Could not find object with given id');
	return objects[id];
}

function className(v) {
	var p, c;
	try {
		p = Object.getPrototypeOf(v);
		c = p && p.hasOwnProperty('constructor') ? p.constructor : v.constructor;
		if (typeof c === 'function' && c.name)
			return c.name;
	} catch (e) {
	}
	return 'Object';
}

function subtype(v) {
	var t = Object.prototype.toString.call(v);
	if (Array.isArray(v))
		return 'array';
	if (v instanceof Error || t === '[object Error]')
		return 'error';
	if (t === '[object Date]')
		return 'date';
	if (t === '[object RegExp]')
		return 'regexp';
	if (typeof Map === 'function' && v instanceof Map)
		return 'map';
	if (typeof Set === 'function' && v instanceof Set)
		return 'set';
	if (typeof WeakMap === 'function' && v instanceof WeakMap)
		return 'weakmap';
	if (typeof Promise === 'function' && v instanceof Promise)
		return 'promise';
	return undefined;
}

function describeObject(v, st, cls) {
	try {
		switch (st) {
		case 'array': return cls + '(' + v.length + ')';
		case 'error': return typeof v.stack === 'string' ? v.stack : String(v);
		case 'date': case 'regexp': return String(v);
		case 'map': case 'set': return cls + '(' + v.size + ')';
		}
	} catch (e) {
	}
	return cls;
}

function byValue(v) {
	var s = JSON.stringify(v);
	return s === undefined ? undefined : JSON.parse(s);
}

// A CDP RemoteObject for v; objects and functions get an objectId in `group` when a
// client is there to release it (or `force`).
function remote(v, group, returnByValue, force) {
	var t = typeof v, r, st, cls;
	if (v === undefined)
		return { type: 'undefined' };
	if (v === null)
		return { type: 'object', subtype: 'null', value: null };
	if (t === 'number') {
		if (v !== v || v === Infinity || v === -Infinity || (v === 0 && 1 / v < 0)) {
			r = v !== v ? 'NaN' : v === Infinity ? 'Infinity' : v === -Infinity ? '-Infinity' : '-0';
			return { type: 'number', unserializableValue: r, description: r };
		}
		return { type: 'number', value: v, description: String(v) };
	}
	if (t === 'string' || t === 'boolean')
		return { type: t, value: v };	// V8 describes neither
	if (t !== 'object' && t !== 'function')
		return { type: t, description: String(v) };
	if (returnByValue) {
		try {
			r = byValue(v);
			if (r !== undefined || t === 'function')
				return t === 'function' ? { type: 'function', value: {} } : { type: 'object', value: r };
		} catch (e) {
		}
	}
	if (t === 'function') {
		r = { type: 'function', className: 'Function', description: 'function ' + (v.name || '') + '() { [native code] }' };
		try {
			r.description = String(v).slice(0, 2000);
		} catch (e) {
		}
	} else {
		st = subtype(v);
		cls = className(v);
		r = { type: 'object', className: cls, description: describeObject(v, st, cls) };
		if (st)
			r.subtype = st;
	}
	if (force || native.wanted())
		r.objectId = hold(v, group);
	return r;
}

function frames(stackText, skip) {
	var out = [], lines, m, i, url;
	if (typeof stackText !== 'string')
		return out;
	lines = stackText.split('\n\tat ');
	for (i = 1 + (skip || 0); i < lines.length && out.length < 32; i++) {
		m = frameRe.exec(lines[i]);
		if (!m || m[2] === 'native' || m[2].indexOf('node:') === 0)
			continue;
		url = toUrl(m[2]);
		out.push({ functionName: m[1], scriptId: scriptId(url), url: url,
			lineNumber: Number(m[3]) - 1, columnNumber: 0 });
	}
	return out;
}

function exceptionDetails(er, text) {
	var st = er !== null && typeof er === 'object' ? er.stackTrace : undefined;
	var fr = frames(st, 0);
	var d = { exceptionId: nextException++, text: text || 'Uncaught',
		lineNumber: fr.length ? fr[0].lineNumber : 0, columnNumber: 0,
		executionContextId: 1 };
	if (fr.length) {
		d.scriptId = fr[0].scriptId;
		d.url = fr[0].url;
		d.stackTrace = { callFrames: fr };
	}
	d.exception = remote(er, 'exceptions', false);
	return d;
}

// Node's command line API adds `require` (inspector.setConsoleExtensions): a require
// for a module "<inspector console>" in the working directory, resolving relative
// names against it and searching its node_modules. Made through the CommonJS loader
// (the Module constructor is the 'module cache' holder's first element); undefined
// until the loader exists.
function commandLineRequire() {
	var h = native.holders(), Module, cwd;
	if (consoleRequire)
		return consoleRequire;
	h = h && h['module cache'];
	Module = h && h.length === 2 ? h[0] : undefined;
	if (!Module || typeof Module.createRequire !== 'function')
		return undefined;
	cwd = process.cwd();
	consoleRequire = Module.createRequire((cwd.charAt(cwd.length - 1) === '/' ? cwd : cwd + '/') +
		'<inspector console>');
	return consoleRequire;
}

// Runs run() with the command line API in scope: `require` as a global for the time of
// the call, unless the app has a global of that name (V8 puts the API in a scope of its
// own around the evaluation, which the app's globals shadow, and takes it away after).
function withCommandLineAPI(run) {
	var req = commandLineRequire(), added = false;
	if (req && !Object.prototype.hasOwnProperty.call(global, 'require')) {
		Object.defineProperty(global, 'require', { value: req, writable: true,
			configurable: true, enumerable: false });
		added = true;
	}
	try {
		return run();
	} finally {
		if (added && global.require === req)
			delete global.require;
	}
}

function thrown(er, group) {
	return JSON.stringify({ result: remote(er, group, false, true),
		exceptionDetails: exceptionDetails(er, 'Uncaught') });
}

// Runs a compiled script as Runtime.evaluate/runScript answer it.
function run(fn, group, returnByValue, commandLineAPI) {
	var value;
	try {
		value = commandLineAPI ? withCommandLineAPI(fn) : fn();
	} catch (er) {
		return thrown(er, group);
	}
	return JSON.stringify({ result: remote(value, group, returnByValue, true) });
}

// Runtime.evaluate: the expression is compiled as a script of the app (down-leveled,
// so modern syntax works; top-level let/const/class become globals that later
// evaluations see, as in Node's REPL mode) and its completion value answered.
// throwOnSideEffect (DevTools' preview while typing) cannot be honoured without
// knowing what the code touches: it is refused as V8 refuses code it cannot prove
// harmless, with EvalError, before anything runs.
function evaluate(expression, group, returnByValue, commandLineAPI, throwOnSideEffect) {
	var fn;
	if (throwOnSideEffect) {
		fn = new EvalError('Possible side-effect in debug-evaluate');
		Object.defineProperty(fn, 'stack', { value: String(fn) });	// V8's description
		return thrown(fn, group);
	}
	try {
		fn = native.compile(String(expression), '[inspector]');
	} catch (er) {
		return thrown(er, group);
	}
	return run(fn, group, returnByValue, commandLineAPI);
}

// Runtime.compileScript: a syntax check ({} or exceptionDetails), and with persist a
// scriptId that Runtime.runScript runs.
function compileScript(expression, sourceURL, persist) {
	var fn, id;
	try {
		fn = native.compile(String(expression), sourceURL || '[inspector]');
	} catch (er) {
		return JSON.stringify({ exceptionDetails: exceptionDetails(er, 'Uncaught') });
	}
	if (!persist)
		return '{}';
	id = scriptId(':compiled:' + ++nPersisted);
	persisted[id] = fn;
	return JSON.stringify({ scriptId: id });
}

function runScript(id, group, returnByValue, commandLineAPI) {
	if (!persisted.hasOwnProperty(id))
		throw new Error('No script with given id');
	return run(persisted[id], group, returnByValue, commandLineAPI);
}

// Runtime.addBinding: a global function whose calls are Runtime.bindingCalled events.
function addBinding(name) {
	var f;
	name = String(name);
	if (bindings.hasOwnProperty(name))
		return;
	f = function (payload) {
		native.emit('Runtime.bindingCalled', JSON.stringify({ name: name,
			payload: String(payload), executionContextId: 1 }), false);
	};
	bindings[name] = f;
	Object.defineProperty(global, name, { value: f, writable: true, configurable: true,
		enumerable: false });
}

function removeBinding(name) {
	name = String(name);
	if (!bindings.hasOwnProperty(name))
		return;
	if (global[name] === bindings[name])
		delete global[name];
	delete bindings[name];
}

function argValue(a) {
	if (a.hasOwnProperty('objectId'))
		return lookup(a.objectId);
	if (a.hasOwnProperty('unserializableValue'))
		return { 'NaN': NaN, 'Infinity': Infinity, '-Infinity': -Infinity, '-0': -0 }[a.unserializableValue];
	return a.value;
}

// Runtime.callFunctionOn: the declaration is compiled as an expression and called
// with the object as this.
function callFunctionOn(decl, objectId, argsJson, group, returnByValue) {
	var self, fn, args = [], value, list, i;
	try {
		self = objectId ? lookup(objectId) : undefined;
		list = argsJson ? JSON.parse(argsJson) : [];
		for (i = 0; i < list.length; i++)
			args.push(argValue(list[i]));
		fn = native.compile('(' + decl + '\n)', '[inspector]')();
		value = fn.apply(self, args);
	} catch (er) {
		return JSON.stringify({ result: remote(er, group, false, true),
			exceptionDetails: exceptionDetails(er, 'Uncaught') });
	}
	return JSON.stringify({ result: remote(value, group, returnByValue, true) });
}

function getProperties(objectId, ownProperties, accessorsOnly) {
	var v = lookup(objectId), names, out = [], i, d, p, o, group = '', proto;
	for (var g in groups)
		if (groups.hasOwnProperty(g) && groups[g].indexOf(idOf(objectId)) >= 0)
			group = g;
	for (o = v; o !== null && o !== undefined; o = ownProperties ? null : Object.getPrototypeOf(o)) {
		names = Object.getOwnPropertyNames(o);
		for (i = 0; i < names.length; i++) {
			d = Object.getOwnPropertyDescriptor(o, names[i]);
			if (!d && names[i] in o)	// mujs: an array's dense elements and length
				d = { value: o[names[i]], writable: true, enumerable: names[i] !== 'length',
					configurable: names[i] !== 'length' };
			if (!d || (accessorsOnly && !d.get && !d.set))
				continue;
			p = { name: names[i], configurable: !!d.configurable,
				enumerable: !!d.enumerable, isOwn: o === v };
			if (d.get || d.set) {
				p.get = remote(d.get, group, false, true);
				p.set = remote(d.set, group, false, true);
			} else {
				p.value = remote(d.value, group, false, true);
				p.writable = !!d.writable;
			}
			out.push(p);
		}
		if (typeof o !== 'object' && typeof o !== 'function')
			break;
	}
	proto = Object.getPrototypeOf(v);
	return JSON.stringify({ result: out, internalProperties: proto === null ? [] :
		[{ name: '[[Prototype]]', value: remote(proto, group, false, true) }] });
}

function releaseObject(objectId) {
	delete objects[idOf(objectId)];
}

function releaseObjectGroup(group) {
	var ids = groups[group] || [], i;
	for (i = 0; i < ids.length; i++)
		delete objects[ids[i]];
	delete groups[group];
}

// The module cache's files, main script first (Debugger.scriptParsed).
function scripts() {
	var out = [], cache, k, all = native.holders(), h = all && all['module cache'];
	try {
		cache = h && h.length === 2 ? h[0][h[1]] : h;
		for (k in cache)
			if (Object.prototype.hasOwnProperty.call(cache, k) && k.charAt(0) === '/')
				out.push({ scriptId: scriptId(toUrl(k)), url: toUrl(k), file: k });
	} catch (e) {
	}
	return JSON.stringify(out);
}

// An absolute, normalised path for a path relative to the working directory (the key
// the CommonJS loader gives the main script: path.resolve).
function absolute(file) {
	var parts = (file.charAt(0) === '/' ? file : process.cwd() + '/' + file).split('/'), out = [], i;
	for (i = 0; i < parts.length; i++) {
		if (parts[i] === '..')
			out.pop();
		else if (parts[i] !== '' && parts[i] !== '.')
			out.push(parts[i]);
	}
	return '/' + out.join('/');
}

// --inspect-brk's pause before the main script's first line: the script as
// Debugger.scriptParsed names it and the one call frame of Debugger.paused. Nothing of
// the script has run, so its only scope is the global one.
function startFrame(file) {
	var path = absolute(String(file)), url = toUrl(path), id = scriptId(url);
	var at = { scriptId: id, lineNumber: 0, columnNumber: 0 };
	return JSON.stringify({ scriptId: id, url: url, file: path, callFrames: [{
		callFrameId: '0', functionName: '', functionLocation: at, location: at, url: url,
		scopeChain: [{ type: 'global', object: remote(global, 'backtrace', false, true) }],
		this: { type: 'undefined' }, canBeRestarted: false }] });
}

function scriptFile(id) {
	var url = scriptUrls[Number(id) - 1];
	return url && url.indexOf('file://') === 0 ? url.slice(7) : undefined;
}

function report(type, args, skip) {
	var list = [], i, st = new Error().stackTrace;
	for (i = 0; i < args.length; i++)
		list.push(remote(args[i], 'console', false));
	native.emit('Runtime.consoleAPICalled', JSON.stringify({ type: type, args: list,
		executionContextId: 1, timestamp: native.now(),
		stackTrace: { callFrames: frames(st, skip) } }), true);
}

var consoleTypes = { log: 'log', info: 'info', debug: 'debug', warn: 'warning',
	error: 'error', dir: 'dir', dirxml: 'dirxml', trace: 'trace', table: 'table',
	group: 'startGroup', groupCollapsed: 'startGroupCollapsed', groupEnd: 'endGroup',
	clear: 'clear' };

function wrapConsole(c) {
	var depth = 0;	// console.count calls console.log: one report per call
	function wrap(name, type) {
		var orig = c[name];
		c[name] = function () {
			if (depth > 0)
				return orig.apply(this, arguments);
			try {
				if (type === 'assert') {
					if (!arguments[0])
						report('assert', Array.prototype.slice.call(arguments, 1), 2);
				} else if (type === 'count' || type === 'timeEnd') {
					var label = arguments[0] === undefined ? 'default' : String(arguments[0]);
					report(type, [type === 'count' ? label + ': ' + (counts[label] = (counts[label] || 0) + 1) :
						label + ': ' + (timers.hasOwnProperty(label) ? native.now() - timers[label] : 0) + ' ms'], 2);
					if (name === 'timeEnd')
						delete timers[label];
				} else if (type === 'time') {
					timers[arguments[0] === undefined ? 'default' : String(arguments[0])] = native.now();
				} else if (type === 'countReset') {
					delete counts[arguments[0] === undefined ? 'default' : String(arguments[0])];
				} else {
					report(type, arguments, 2);
				}
			} catch (e) {
			}
			depth++;
			try {
				return orig.apply(this, arguments);
			} finally {
				depth--;
			}
		};
	}
	for (var k in consoleTypes)
		if (consoleTypes.hasOwnProperty(k) && typeof c[k] === 'function')
			wrap(k, consoleTypes[k]);
	wrap('assert', 'assert');
	wrap('count', 'count');
	wrap('countReset', 'countReset');
	wrap('time', 'time');
	wrap('timeEnd', 'timeEnd');
	wrap('timeLog', 'timeEnd');
}

// Wraps the runtime's uncaught-exception hook: Runtime.exceptionThrown, then as before.
function wrapFatal(orig) {
	return function (er, fromPromise) {
		try {
			native.emit('Runtime.exceptionThrown', JSON.stringify({ timestamp: native.now(),
				exceptionDetails: exceptionDetails(er, fromPromise ? 'Uncaught (in promise)' : 'Uncaught') }), true);
		} catch (e) {
		}
		return orig.apply(this, arguments);
	};
}

return {
	evaluate: evaluate,
	compileScript: compileScript,
	runScript: runScript,
	addBinding: addBinding,
	removeBinding: removeBinding,
	callFunctionOn: callFunctionOn,
	getProperties: getProperties,
	releaseObject: releaseObject,
	releaseObjectGroup: releaseObjectGroup,
	lookup: lookup,
	hold: function (v, group) { return JSON.stringify(remote(v, group, false, true)); },
	scripts: scripts,
	scriptFile: scriptFile,
	startFrame: startFrame,
	wrapConsole: wrapConsole,
	wrapFatal: wrapFatal
};
