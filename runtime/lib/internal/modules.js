// modules.js — Node's CommonJS loader (lib/internal/modules/cjs/loader.js), in ES5.
//
// Resolution: built-ins by name or with the node: prefix; relative and absolute paths
// tried as a file, with .js/.json/.node, as a package (package.json "exports" for bare
// specifiers, then "main") and as a directory index; bare names through node_modules
// up the tree. Filenames are real paths (symlinks resolved), which key require.cache.
// A module is cached before it runs, so a circular require sees the partial exports.
var path = require('path');
var natives = require;		// the internal require: built-ins only

function Module(id, parent) {
	this.id = id === undefined ? '' : id;
	this.path = path.dirname(this.id);
	this.exports = {};
	Object.defineProperty(this, '_parent', { value: parent, writable: true, configurable: true });
	this.filename = null;
	this.loaded = false;
	this.children = [];
	this.paths = undefined;
	if (parent && parent.children && parent.children.indexOf(this) < 0)
		parent.children.push(this);
}
module.exports = Module;
Module.Module = Module;
Module._cache = Object.create(null);
// a named root in heap snapshots (runtime.h, RT_HEAP_HOLDERS)
binding.heap.holder('module cache', Module, '_cache');
Module._pathCache = Object.create(null);
Module.globalPaths = [];
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = function wrap(script) {
	return Module.wrapper[0] + script + Module.wrapper[1];
};

Object.defineProperty(Module.prototype, 'parent', {
	configurable: true, enumerable: false,
	get: function () { return this._parent; },
	set: function (v) { this._parent = v; }
});
// True only while --require preloads run, which leakscope does not have.
Object.defineProperty(Module.prototype, 'isPreloading', {
	configurable: true, enumerable: false,
	get: function () { return false; }
});

// Node 20's built-in modules; builtinModules lists those leakscope has, worked out on
// first use (checking each costs a look-up of its embedded source).
var builtinList = [
	'_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing',
	'_http_server', '_stream_duplex', '_stream_passthrough', '_stream_readable',
	'_stream_transform', '_stream_wrap', '_stream_writable', '_tls_common', '_tls_wrap',
	'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console',
	'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain',
	'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'inspector/promises',
	'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process',
	'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
	'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
	'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm',
	'wasi', 'worker_threads', 'zlib'
];
Object.defineProperty(Module, 'builtinModules', {
	configurable: true, enumerable: true,
	get: function () {
		var list = builtinList.filter(function (name) { return isBuiltin(name); });
		Object.defineProperty(Module, 'builtinModules', {
			value: list, writable: true, enumerable: true, configurable: true
		});
		return list;
	},
	set: function (v) {
		Object.defineProperty(Module, 'builtinModules', {
			value: v, writable: true, enumerable: true, configurable: true
		});
	}
});

function isBuiltin(name) {
	if (name.indexOf('node:') === 0)
		name = name.slice(5);
	return name === 'module' || name === 'process' || natives.canBeRequiredByUsers(name);
}
Module.isBuiltin = isBuiltin;

function loadBuiltin(name) {
	if (name.indexOf('node:') === 0)
		name = name.slice(5);
	if (name === 'module')
		return Module;
	if (name === 'process')
		return process;
	return natives(name);
}

// ---- resolution
function statKind(p) {
	return binding.statKind(p);
}

function toReal(p) {
	try {
		return binding.realpath(p);
	} catch (e) {
		return p;
	}
}

var exts = ['.js', '.json', '.node'];

function tryFile(p) {
	return statKind(p) === 0 ? toReal(p) : false;
}

function tryExtensions(p) {
	for (var i = 0; i < exts.length; i++) {
		var f = tryFile(p + exts[i]);
		if (f)
			return f;
	}
	return false;
}

var pkgCache = Object.create(null);

function readPackage(dir) {
	var file = path.resolve(dir, 'package.json');
	if (file in pkgCache)
		return pkgCache[file];
	var json;
	try {
		json = binding.readFileUtf8(file);
	} catch (e) {
		pkgCache[file] = false;
		return false;
	}
	try {
		var pkg = JSON.parse(json);
		pkgCache[file] = pkg;
		return pkg;
	} catch (e) {
		e.path = file;
		e.message = 'Error parsing ' + file + ': ' + e.message;
		throw e;
	}
}

function tryPackage(requestPath, request, parent) {
	var pkg = readPackage(requestPath);
	var main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
	if (!main)
		return tryExtensions(path.resolve(requestPath, 'index'));
	var filename = path.resolve(requestPath, main);
	var actual = tryFile(filename) || tryExtensions(filename) ||
		tryExtensions(path.resolve(filename, 'index'));
	if (actual === false) {
		actual = tryExtensions(path.resolve(requestPath, 'index'));
		if (!actual) {
			var err = new Error('Cannot find module \'' + filename + '\'. ' +
				'Please verify that the package.json has a valid "main" entry');
			err.code = 'MODULE_NOT_FOUND';
			err.path = path.resolve(requestPath, 'package.json');
			err.requestPath = request;
			throw err;
		}
		process.emitWarning('Invalid \'main\' field in \'' + path.resolve(requestPath, 'package.json') +
			'\' of \'' + main + '\'. Please either fix that or report it to the module author',
			'DeprecationWarning', 'DEP0128');
	}
	return actual;
}

// "exports" of a package, for a bare specifier `name[/sub]`: strings, conditions
// (require, node, default) and exact subpaths; patterns with '*' as Node does.
function resolveExportsTarget(target) {
	if (typeof target === 'string')
		return target;
	if (Array.isArray(target)) {
		for (var i = 0; i < target.length; i++) {
			var r = resolveExportsTarget(target[i]);
			if (r)
				return r;
		}
		return null;
	}
	if (target !== null && typeof target === 'object') {
		var keys = Object.keys(target);
		for (var k = 0; k < keys.length; k++) {
			var key = keys[k];
			if (key === 'require' || key === 'node' || key === 'default') {
				var t = resolveExportsTarget(target[key]);
				if (t)
					return t;
			}
		}
	}
	return null;
}

function resolveExports(pkgDir, pkg, subpath) {
	var exp = pkg.exports;
	var target = null;
	if (typeof exp === 'string' || Array.isArray(exp) ||
	    (exp && typeof exp === 'object' && Object.keys(exp)[0] &&
	     Object.keys(exp)[0].charAt(0) !== '.'))
		exp = { '.': exp };
	if (Object.prototype.hasOwnProperty.call(exp, subpath)) {
		target = resolveExportsTarget(exp[subpath]);
	} else {
		var keys = Object.keys(exp);
		for (var i = 0; i < keys.length; i++) {
			var star = keys[i].indexOf('*');
			if (star < 0)
				continue;
			var pre = keys[i].slice(0, star), post = keys[i].slice(star + 1);
			if (subpath.indexOf(pre) === 0 && subpath.length >= pre.length + post.length &&
			    subpath.slice(subpath.length - post.length) === post) {
				var mid = subpath.slice(pre.length, subpath.length - post.length);
				var t = resolveExportsTarget(exp[keys[i]]);
				if (t)
					target = t.split('*').join(mid);
				break;
			}
		}
	}
	if (!target) {
		var err = new Error('Package subpath \'' + subpath + '\' is not defined by "exports" in ' +
			path.resolve(pkgDir, 'package.json'));
		err.code = 'ERR_PACKAGE_PATH_NOT_EXPORTED';
		throw err;
	}
	return path.resolve(pkgDir, target);
}

function splitBare(request) {
	var parts = request.split('/');
	var n = request.charAt(0) === '@' ? 2 : 1;
	return { name: parts.slice(0, n).join('/'), sub: parts.length > n ? './' + parts.slice(n).join('/') : '.' };
}

Module._findPath = function _findPath(request, paths, isMain) {
	var absolute = path.isAbsolute(request);
	if (absolute)
		paths = [''];
	else if (!paths || paths.length === 0)
		return false;
	var cacheKey = request + '\x00' + paths.join('\x00');
	var cached = Module._pathCache[cacheKey];
	if (cached)
		return cached;
	var trailingSlash = request.length > 0 &&
		(request.charAt(request.length - 1) === '/' || /(?:^|\/)\.?\.$/.test(request));
	var relative = request.charAt(0) === '.' || absolute;
	for (var i = 0; i < paths.length; i++) {
		var curPath = paths[i];
		if (curPath && statKind(curPath) < 1)
			continue;
		var filename;
		if (!relative) {
			var bare = splitBare(request);
			var pkgDir = path.resolve(curPath, bare.name);
			var pkg = statKind(pkgDir) === 1 ? readPackage(pkgDir) : false;
			if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
				filename = tryFile(resolveExports(pkgDir, pkg, bare.sub));
				if (filename) {
					Module._pathCache[cacheKey] = filename;
					return filename;
				}
				continue;
			}
		}
		var basePath = path.resolve(curPath, request);
		var kind = statKind(basePath);
		filename = false;
		if (!trailingSlash) {
			if (kind === 0)
				filename = toReal(basePath);
			if (!filename)
				filename = tryExtensions(basePath);
		}
		if (!filename && kind === 1)
			filename = tryPackage(basePath, request);
		if (filename) {
			Module._pathCache[cacheKey] = filename;
			return filename;
		}
	}
	return false;
};

Module._nodeModulePaths = function _nodeModulePaths(from) {
	from = path.resolve(from);
	var parts = from.split('/');
	var paths = [];
	for (var i = parts.length; i > 1; i--) {
		if (parts[i - 1] === 'node_modules')
			continue;
		paths.push(parts.slice(0, i).join('/') + '/node_modules');
	}
	paths.push('/node_modules');
	return paths;
};

Module._resolveLookupPaths = function (request, parent) {
	if (request.charAt(0) !== '.' ||
	    (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
		var paths = parent && parent.paths && parent.paths.length ?
			parent.paths.concat(Module.globalPaths) : Module.globalPaths.slice();
		return paths.length > 0 ? paths : null;
	}
	if (!parent || !parent.id || !parent.filename)
		return ['.'];
	return [path.dirname(parent.filename)];
};

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
	if (isBuiltin(request) && (request.indexOf('node:') === 0 || request === 'module' ||
	    natives.canBeRequiredByUsers(request) || request === 'process'))
		return request;
	var paths;
	if (typeof options === 'object' && options !== null && Array.isArray(options.paths)) {
		// A relative request is looked up in the given folders only; a bare one in the
		// node_modules folders of each, as from a module living there.
		if (request.indexOf('./') === 0 || request.indexOf('../') === 0) {
			paths = options.paths;
		} else {
			paths = [];
			for (var i = 0; i < options.paths.length; i++) {
				var fake = new Module('', null);
				fake.paths = Module._nodeModulePaths(options.paths[i]);
				var lookup = Module._resolveLookupPaths(request, fake);
				for (var j = 0; j < lookup.length; j++)
					if (paths.indexOf(lookup[j]) < 0)
						paths.push(lookup[j]);
			}
		}
	} else if (typeof options === 'object' && options !== null && options.paths !== undefined) {
		var errors = natives('internal/errors');
		throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
			'The property \'options.paths\' is invalid. Received ' +
			errors.inspectValue(options.paths));
	} else {
		paths = Module._resolveLookupPaths(request, parent);
	}
	var filename = Module._findPath(request, paths, isMain);
	if (filename)
		return filename;
	var requireStack = [];
	for (var cursor = parent; cursor; cursor = cursor._parent)
		requireStack.push(cursor.filename || cursor.id);
	var message = 'Cannot find module \'' + request + '\'';
	if (requireStack.length > 0)
		message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
	var err = new Error(message);
	err.code = 'MODULE_NOT_FOUND';
	err.requireStack = requireStack;
	throw err;
};

// ---- loading
Module._load = function _load(request, parent, isMain) {
	if (request.indexOf('node:') === 0) {
		if (!isBuiltin(request)) {
			var e = new Error('No such built-in module: ' + request);
			e.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
			throw e;
		}
		return loadBuiltin(request);
	}
	var filename = Module._resolveFilename(request, parent, isMain);
	var cached = Module._cache[filename];
	if (cached !== undefined) {
		if (parent && parent.children && parent.children.indexOf(cached) < 0)
			parent.children.push(cached);
		return cached.exports;
	}
	if (filename === request && isBuiltin(request))
		return loadBuiltin(request);

	var module = new Module(filename, parent);
	if (isMain) {
		process.mainModule = module;
		module.id = '.';
	}
	Module._cache[filename] = module;
	var threw = true;
	try {
		module.load(filename);
		threw = false;
	} finally {
		if (threw) {
			delete Module._cache[filename];
			if (parent && parent.children) {
				var k = parent.children.indexOf(module);
				if (k >= 0)
					parent.children.splice(k, 1);
			}
		}
	}
	return module.exports;
};

Module.prototype.load = function load(filename) {
	this.filename = filename;
	this.paths = Module._nodeModulePaths(path.dirname(filename));
	var ext = path.extname(filename);
	if (!Module._extensions[ext])
		ext = '.js';
	Module._extensions[ext](this, filename);
	this.loaded = true;
};

Module.prototype.require = function (id) {
	if (typeof id !== 'string')
		throw require('internal/errors').invalidArgType('id', 'string', id);
	if (id === '') {
		var e = new TypeError('The argument \'id\' must be a non-empty string. Received \'\'');
		e.code = 'ERR_INVALID_ARG_VALUE';
		throw e;
	}
	return Module._load(id, this, false);
};

Module._makeRequire = function makeRequire(mod) {
	function require(id) {
		return mod.require(id);
	}
	function resolve(request, options) {
		if (typeof request !== 'string')
			throw natives('internal/errors').invalidArgType('request', 'string', request);
		return Module._resolveFilename(request, mod, false, options);
	}
	resolve.paths = function paths(request) {
		if (isBuiltin(request))
			return null;
		return Module._resolveLookupPaths(request, mod);
	};
	require.resolve = resolve;
	require.main = process.mainModule;
	require.extensions = Module._extensions;
	require.cache = Module._cache;
	return require;
};

Module.prototype._compile = function _compile(content, filename) {
	if (content.charCodeAt(0) === 0xFEFF)
		content = content.slice(1);
	if (content.charAt(0) === '#' && content.charAt(1) === '!')
		content = '//' + content.slice(2);
	var fn;
	try {
		fn = binding.compile(Module.wrap(content), filename, false, Module.wrapper[0].length);
	} catch (e) {
		// Node 20.19+: a .js without a "type" that uses import/export is an ES module
		if (e instanceof SyntaxError && natives('internal/esm').detect(e, filename, content))
			return natives('internal/esm').loadFromCJS(this, filename, content);
		throw e;
	}
	var dirname = path.dirname(filename);
	var req = Module._makeRequire(this);
	return fn.call(this.exports, this.exports, req, this, filename, dirname);
};

// the "type" of the package.json that governs filename: the nearest one up the tree,
// not looking past a node_modules folder (Node's readPackageScope)
function packageType(filename) {
	var dir = path.dirname(filename);
	for (;;) {
		if (path.basename(dir) === 'node_modules')
			return undefined;
		var pkg = readPackage(dir);
		if (pkg)
			return pkg.type;
		var up = path.dirname(dir);
		if (up === dir)
			return undefined;
		dir = up;
	}
}

Module._extensions = Object.create(null);
Module._extensions['.js'] = function (module, filename) {
	// an ES module: .mjs, or .js in a "type": "module" package (internal/esm)
	if (filename.slice(-4) === '.mjs' || (filename.slice(-3) === '.js' && packageType(filename) === 'module'))
		return natives('internal/esm').loadFromCJS(module, filename);
	module._compile(binding.readFileUtf8(filename), filename);
};
Module._extensions['.json'] = function (module, filename) {
	var content = binding.readFileUtf8(filename);
	if (content.charCodeAt(0) === 0xFEFF)
		content = content.slice(1);
	try {
		module.exports = JSON.parse(content);
	} catch (err) {
		err.message = filename + ': ' + err.message;
		throw err;
	}
};
Module._extensions['.node'] = function (module, filename) {
	var e = new Error('leakscope cannot load native addons: ' + filename);
	e.code = 'ERR_DLOPEN_FAILED';
	throw e;
};

Module.createRequire = function createRequire(filename) {
	if (typeof filename === 'string' && filename.indexOf('file://') === 0)
		filename = decodeURIComponent(filename.slice(7));
	if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
		var e = new TypeError('The argument \'filename\' must be a file URL object, file URL ' +
			'string, or absolute path string. Received ' + JSON.stringify(filename));
		e.code = 'ERR_INVALID_ARG_VALUE';
		throw e;
	}
	var m = new Module(filename, null);
	m.filename = filename;
	m.paths = Module._nodeModulePaths(path.dirname(filename));
	return Module._makeRequire(m);
};

Module.runMain = function runMain(main) {
	var file = path.resolve(main);
	process.argv[1] = file;
	try {
		var resolved = Module._findPath(file, null, true);
		if (resolved)
			process.argv[1] = resolved;
	} catch (e) { /* reported by _load below */ }
	Module._load(file, null, true);
};
