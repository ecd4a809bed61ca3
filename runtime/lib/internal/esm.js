// esm.js — Node 20's ES module loader (lib/internal/modules/esm/*), in ES5, on top of
// the form the down-leveler gives a module (runtime/downlevel/lower_module.c: a function
// that, called once, declares the module's record and returns its import object).
//
// Records are keyed by URL (file:///abs/path[?query][#hash], or node:name) and go
//   FETCHED   read, compiled, instantiated (its function called: the record's requests,
//             imports, export getters and chunks are known; no user code has run), and
//             every request resolved to a record, fetched in turn (the whole graph);
//   LINKED    every import bound: a getter on the importer's import object that calls
//             the defining module's own getter (through re-exports and `export *`,
//             resolved once), a namespace import the namespace object; a name nobody
//             provides, or two `export *` providing it, is Node's SyntaxError;
//   EVALUATED dependencies first, depth first in request order, each module once; in a
//             cycle the module already on the stack is skipped (its hoisted functions
//             work, its let/const/class throw "Cannot access 'x' before initialization"
//             until they ran). An error is kept and thrown again to every later importer.
// A chunk that returns a promise (top-level await: the chunk is an async function) makes
// its module's evaluation, and its importers', continue asynchronously.
//
// Formats: .mjs and .js under a package.json with "type": "module" are ES modules, and so
// are data:text/javascript URLs (percent-encoded or base64); .cjs and other .js are
// CommonJS (run by the CommonJS loader, internal/modules), except a .js outside
// node_modules without a "type" whose source has import/export (Node 20.19's syntax
// detection); node:/built-in names are the built-ins; .json (and data:application/json)
// is a JSON module, which needs the import attribute `type: 'json'` (Node's checks).
// A CommonJS namespace has `default` (module.exports) and the names the source assigns
// as cjs-module-lexer finds them (exports.x =, module.exports = { a, b }, ...), their
// values taken once after the module ran; a built-in's has every key of its exports.
//
// Resolution is Node's ESM resolver: relative and absolute specifiers and file: URLs
// name one file (no extensions tried, no directory index), bare ones go through
// node_modules with package.json "exports" (conditions node, import, default) or "main".
// Errors carry Node's codes and messages (ERR_MODULE_NOT_FOUND, ...).
//
// From CommonJS: import() is global.__lsImport(specifier, __filename) (main.js defines
// it); require() of an ES module loads and runs it synchronously and returns its
// namespace, as Node 20.19+ does (ERR_REQUIRE_ASYNC_MODULE for top-level await), or
// throws ERR_REQUIRE_ESM with --no-experimental-require-module. The main entry, when it
// is an ES module, runs inside a promise job, as in Node (so promise callbacks queued by
// its top level run before process.nextTick ones); an error it throws is an uncaught
// exception from a promise, and a top-level await still pending at exit makes the exit
// code 13.
var path = require('path');
var Module = require('internal/modules');
var errors = require('internal/errors');

var FETCHED = 1, LINKING = 2, LINKED = 3, EVALUATING = 4, EVALUATED = 5;
var registry = Object.create(null);	// URL -> record
var hasOwn = Object.prototype.hasOwnProperty;
var defineProperty = Object.defineProperty;
var nsRecords = null;			// namespace object -> record (a WeakMap, made on first use)

// ---- errors

function nodeError(Ctor, code, message) {
	return errors.makeNodeError(Ctor, code, message);
}

function notFound(what, parent) {
	return nodeError(Error, 'ERR_MODULE_NOT_FOUND', 'Cannot find ' + what + ' imported from ' +
		parentPath(parent));
}

function parentPath(parent) {
	return parent.filename || (parent.url.indexOf('file:') === 0 ? urlToPath(parent.url) : parent.url);
}

// ---- file URLs

function pathToURL(p) {
	var out = 'file://';
	for (var i = 0; i < p.length; i++) {
		var ch = p.charAt(i), code = p.charCodeAt(i);
		if (code > 0x20 && code < 0x7f && '"#%<>?`{}\\'.indexOf(ch) < 0) {
			out += ch;
		} else if (code >= 0xd800 && code <= 0xdbff && i + 1 < p.length) {
			try {
				out += encodeURIComponent(p.substr(i, 2));
			} catch (e) {
				out += '%EF%BF%BD';
			}
			i++;
		} else if (ch === '\\') {
			out += '%5C';
		} else {
			try {
				out += encodeURIComponent(ch);
			} catch (e) {
				out += '%EF%BF%BD';
			}
		}
	}
	return out;
}

function urlToPath(url) {
	var rest = url.slice(7).replace(/[?#].*$/, '');
	if (rest.charAt(0) !== '/') {
		var slash = rest.indexOf('/');
		var host = slash < 0 ? rest : rest.slice(0, slash);
		if (host !== '' && host !== 'localhost')
			throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST',
				'File URL host must be "localhost" or empty on linux');
		rest = slash < 0 ? '/' : rest.slice(slash);
	}
	if (/%2f/i.test(rest))
		throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH',
			'File URL path must not include encoded / characters');
	return decodeURIComponent(rest);
}

function decodePath(p, spec, parent) {
	if (/%2f|%5c/i.test(p))
		throw nodeError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER', 'Invalid module "' + spec +
			'" must not include encoded "/" or "\\" characters imported from ' + parentPath(parent));
	try {
		return decodeURIComponent(p);
	} catch (e) {
		return p;
	}
}

// ---- package.json

var pkgCache = Object.create(null);

function readPackage(dir) {
	var file = path.join(dir, 'package.json');
	if (file in pkgCache)
		return pkgCache[file];
	var json, pkg = null;
	try {
		json = binding.readFileUtf8(file);
	} catch (e) {
		pkgCache[file] = null;
		return null;
	}
	try {
		pkg = JSON.parse(json);
	} catch (e) {
		throw nodeError(Error, 'ERR_INVALID_PACKAGE_CONFIG', 'Invalid package config ' + file + '.');
	}
	if (pkg === null || typeof pkg !== 'object')
		pkg = {};
	pkgCache[file] = { pkg: pkg, dir: dir, path: file };
	return pkgCache[file];
}

// the package.json that governs a file: the nearest one up the tree, not crossing a
// node_modules folder (Node's getPackageScopeConfig)
function packageScope(filename) {
	var dir = path.dirname(filename);
	for (;;) {
		if (path.basename(dir) === 'node_modules')
			return null;
		var p = readPackage(dir);
		if (p)
			return p;
		var up = path.dirname(dir);
		if (up === dir)
			return null;
		dir = up;
	}
}

function packageType(filename) {
	var scope = packageScope(filename);
	var t = scope && scope.pkg.type;
	return t === 'module' || t === 'commonjs' ? t : undefined;
}

// ---- resolution

var conditions = ['node', 'import', 'default'];
var resolve_ = resolve;

function isBuiltin(name) {
	return Module.isBuiltin(name);
}

// A resolved specifier: { url, filename, format }.
function resolve(spec, parent) {
	if (typeof spec !== 'string')
		spec = String(spec);
	if (spec.indexOf('node:') === 0) {
		if (!isBuiltin(spec))
			throw nodeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: ' + spec);
		return { url: spec, filename: null, format: 'builtin' };
	}
	if (spec.indexOf('data:') === 0)
		return { url: spec, filename: null, format: 'data' };
	var c0 = spec.charAt(0);
	if (c0 === '/' || spec.indexOf('./') === 0 || spec.indexOf('../') === 0 || spec === '.' || spec === '..')
		return resolveFile(spec, parent);
	if (spec.indexOf('file:') === 0) {
		var m = /^file:(?:\/\/[^\/]*)?([^?#]*)([?#].*)?$/.exec(spec);
		return finalize(urlToPath('file://' + (m ? m[1] : '')), m && m[2] || '', parent, spec);
	}
	if (/^[a-zA-Z][a-zA-Z\d+\-.]*:/.test(spec) && !isBuiltin(spec)) {
		var scheme = /^[^:]*:/.exec(spec)[0];
		if (scheme.length > 2)
			throw nodeError(Error, 'ERR_UNSUPPORTED_ESM_URL_SCHEME', 'Only URLs with a scheme in: ' +
				'file, data, and node are supported by the default ESM loader. Received protocol \'' +
				scheme + '\'');
	}
	if (c0 === '#')
		return packageImports(spec, parent);
	return packageResolve(spec, parent);
}

function resolveFile(spec, parent) {
	if (parent.url.indexOf('data:') === 0)
		throw nodeError(TypeError, 'ERR_UNSUPPORTED_RESOLVE_REQUEST', 'Failed to resolve module specifier "' +
			spec + '" from "' + parent.url + '": Invalid relative URL or base scheme is not hierarchical.');
	var m = /^([^?#]*)([?#].*)?$/.exec(spec);
	var p = decodePath(m[1], spec, parent);
	var base = parent.filename ? path.dirname(parent.filename) : process.cwd();
	var filename = path.resolve(base, p);
	if (p.length > 1 && p.charAt(p.length - 1) === '/')
		filename += '/';
	return finalize(filename, m[2] || '', parent, spec);
}

function finalize(filename, suffix, parent) {
	var kind = binding.statKind(filename.length > 1 && filename.charAt(filename.length - 1) === '/' ?
		filename.slice(0, -1) : filename);
	var err;
	if (kind === 1)
		err = nodeError(Error, 'ERR_UNSUPPORTED_DIR_IMPORT', 'Directory import \'' +
			filename + '\' is not supported resolving ES modules imported from ' +
			parentPath(parent));
	else if (kind !== 0 || filename.charAt(filename.length - 1) === '/')
		err = notFound('module \'' + filename + '\'', parent);
	if (err) {
		err.url = pathToURL(filename) + suffix;	// import.meta.resolve gives it
		throw err;
	}
	var real = filename;
	try {
		real = binding.realpath(filename);
	} catch (e) { /* keep it */ }
	return { url: pathToURL(real) + suffix, filename: real, format: undefined };
}

function parsePackageName(spec, parent) {
	var sep = spec.indexOf('/');
	var valid = true;
	if (spec.charAt(0) === '@') {
		if (sep < 0 || sep === spec.length - 1)
			valid = false;
		else
			sep = spec.indexOf('/', sep + 1);
	}
	var name = sep < 0 ? spec : spec.slice(0, sep);
	if (name === '' || name.charAt(0) === '.' || name.indexOf('\\') >= 0 || name.indexOf('%') >= 0)
		valid = false;
	if (!valid)
		throw nodeError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER', 'Invalid module "' + spec +
			'" is not a valid package name imported from ' + parentPath(parent));
	return { name: name, sub: '.' + (sep < 0 ? '' : spec.slice(sep)) };
}

function packageResolve(spec, parent) {
	if (isBuiltin(spec))
		return { url: 'node:' + spec, filename: null, format: 'builtin' };
	var parsed = parsePackageName(spec, parent);
	var from = parent.filename || path.join(process.cwd(), '[eval]');
	var self = packageScope(from);
	if (self && self.pkg.name === parsed.name && self.pkg.exports !== undefined && self.pkg.exports !== null)
		return exportsResolve(self, parsed.sub, parent);
	var dir = path.dirname(from);
	for (;;) {
		var pkgDir = path.join(dir, 'node_modules', parsed.name);
		if (binding.statKind(pkgDir) === 1) {
			var p = readPackage(pkgDir) || { pkg: {}, dir: pkgDir, path: path.join(pkgDir, 'package.json') };
			if (p.pkg.exports !== undefined && p.pkg.exports !== null)
				return exportsResolve(p, parsed.sub, parent);
			if (parsed.sub === '.')
				return legacyMain(p, parent);
			return finalize(path.resolve(pkgDir, decodePath(parsed.sub, spec, parent)), '', parent);
		}
		var up = path.dirname(dir);
		if (up === dir)
			break;
		dir = up;
	}
	throw notFound('package \'' + parsed.name + '\'', parent);
}

function legacyMain(p, parent) {
	var tries = [];
	var main = p.pkg.main;
	if (typeof main === 'string' && main !== '')
		tries.push(main, main + '.js', main + '.json', main + '.node', main + '/index.js',
			main + '/index.json', main + '/index.node');
	tries.push('index.js', 'index.json', 'index.node');
	for (var i = 0; i < tries.length; i++) {
		var f = path.resolve(p.dir, tries[i]);
		if (binding.statKind(f) === 0)
			return finalize(f, '', parent);
	}
	throw notFound('package \'' + p.dir + '/\'', parent);
}

function notExported(p, sub, parent) {
	if (sub === '.')
		return nodeError(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED', 'No "exports" main defined in ' +
			p.path + ' imported from ' + parentPath(parent));
	return nodeError(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED', 'Package subpath \'' + sub +
		'\' is not defined by "exports" in ' + p.path + ' imported from ' + parentPath(parent));
}

function invalidTarget(p, key, target, parent, imports) {
	return nodeError(Error, 'ERR_INVALID_PACKAGE_TARGET', 'Invalid "' + (imports ? 'imports' : 'exports') +
		'" target ' + JSON.stringify(target) + ' defined for \'' + key + '\' in the package config ' +
		p.path + ' imported from ' + parentPath(parent) +
		(imports ? '' : '; targets must start with "./"'));
}

// a target of "exports"/"imports": string, array (first that works), conditions object
function resolveTarget(p, target, match, key, parent, imports) {
	if (typeof target === 'string') {
		if (target.indexOf('./') !== 0) {
			if (imports && target.indexOf('../') !== 0 && target.charAt(0) !== '/' &&
			    !/^[a-zA-Z][a-zA-Z\d+\-.]*:/.test(target))
				return packageResolve(match === undefined ? target : target.split('*').join(match), parent);
			throw invalidTarget(p, key, target, parent, imports);
		}
		var t = match === undefined ? target : target.split('*').join(match);
		return finalize(path.resolve(p.dir, t), '', parent);
	}
	if (Array.isArray(target)) {
		var last;
		for (var i = 0; i < target.length; i++) {
			try {
				var r = resolveTarget(p, target[i], match, key, parent, imports);
				if (r !== null && r !== undefined)
					return r;
			} catch (e) {
				last = e;
				if (e && e.code === 'ERR_INVALID_PACKAGE_TARGET')
					continue;
				throw e;
			}
		}
		if (last)
			throw last;
		return null;
	}
	if (target !== null && typeof target === 'object') {
		var keys = Object.keys(target);
		for (var k = 0; k < keys.length; k++) {
			if (conditions.indexOf(keys[k]) < 0)
				continue;
			var res = resolveTarget(p, target[keys[k]], match, key, parent, imports);
			if (res !== undefined)
				return res;
		}
		return undefined;
	}
	return null;
}

// the best "exports"/"imports" key for name: exact, else the pattern with the longest
// prefix (Node's patternKeyCompare)
function matchKey(map, name) {
	if (hasOwn.call(map, name) && name.indexOf('*') < 0)
		return { key: name, match: undefined };
	var best = null, bestMatch;
	var keys = Object.keys(map);
	for (var i = 0; i < keys.length; i++) {
		var key = keys[i], star = key.indexOf('*');
		if (star < 0 || key.indexOf('*', star + 1) >= 0)
			continue;
		var pre = key.slice(0, star), post = key.slice(star + 1);
		if (name.indexOf(pre) !== 0 || name === pre || name.length < key.length ||
		    name.slice(name.length - post.length) !== post)
			continue;
		if (best === null || pre.length > best.indexOf('*') ||
		    (pre.length === best.indexOf('*') && key.length > best.length)) {
			best = key;
			bestMatch = name.slice(pre.length, name.length - post.length);
		}
	}
	return best === null ? null : { key: best, match: bestMatch };
}

function exportsResolve(p, sub, parent) {
	var exp = p.pkg.exports;
	if (typeof exp === 'string' || Array.isArray(exp) ||
	    (typeof exp === 'object' && exp !== null && Object.keys(exp).length &&
	     Object.keys(exp)[0].charAt(0) !== '.'))
		exp = { '.': exp };
	var m = matchKey(exp, sub);
	if (m) {
		var r = resolveTarget(p, exp[m.key], m.match, m.key, parent, false);
		if (r)
			return r;
	}
	throw notExported(p, sub, parent);
}

function packageImports(spec, parent) {
	var scope = packageScope(parent.filename || path.join(process.cwd(), '[eval]'));
	if (spec !== '#' && spec.indexOf('#/') !== 0 && scope && scope.pkg.imports &&
	    typeof scope.pkg.imports === 'object') {
		var m = matchKey(scope.pkg.imports, spec);
		if (m) {
			var r = resolveTarget(scope, scope.pkg.imports[m.key], m.match, m.key, parent, true);
			if (r)
				return r;
		}
	}
	throw nodeError(TypeError, 'ERR_PACKAGE_IMPORT_NOT_DEFINED', 'Package import specifier "' + spec +
		'" is not defined' + (scope ? ' in package ' + scope.path : '') + ' imported from ' +
		parentPath(parent));
}

// ---- formats

var moduleSyntax = /^(?:Cannot use import statement outside a module|Unexpected token 'export'|Cannot use 'import\.meta' outside a module)$/;

// a typeless .js: an ES module when it fails to compile as CommonJS because of
// import/export, or because of a top-level await and it compiles as a module (Node's
// containsModuleSyntax)
function hasModuleSyntax(source, filename) {
	if (!/\b(?:import|export|await)\b/.test(source))
		return false;
	try {
		binding.compile(Module.wrap(source), filename, false, Module.wrapper[0].length);
	} catch (e) {
		return moduleSyntaxError(e, source, filename);
	}
	return false;
}

function moduleSyntaxError(e, source, filename) {
	if (!(e instanceof SyntaxError))
		return false;
	if (moduleSyntax.test(e.message))
		return true;
	if (typeof source !== 'string' || !/\bawait\b/.test(source))
		return false;
	try {
		binding.compile(source, pathToURL(filename), true);	// compiles only, runs nothing
	} catch (e2) {
		return false;
	}
	return true;
}

// data:[<mime>][;base64],<data>: { format, source }
function dataURL(r) {
	var m = /^data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,([\s\S]*)$/.exec(r.url);
	var mime = m ? m[1] : '';
	var format = mime === 'application/json' ? 'json' :
		mime === 'text/javascript' || mime === 'application/javascript' ? 'module' : null;
	if (!m || !format)
		throw nodeError(RangeError, 'ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: ' + mime +
			' for URL ' + r.url);
	var source;
	if (m[3]) {
		source = Buffer.from(m[4], 'base64').toString('utf8');
	} else {
		try {
			source = decodeURIComponent(m[4]);
		} catch (e) {
			source = m[4];
		}
	}
	return { format: format, source: source };
}

function formatOf(r) {
	if (r.format)
		return r.format;
	var f = r.filename;
	var ext = path.extname(f);
	if (ext === '.mjs')
		return 'module';
	if (ext === '.cjs')
		return 'commonjs';
	if (ext === '.json')
		return 'json';
	var type = packageType(f);
	if (ext === '.js') {
		if (type)
			return type;
		return f.indexOf('/node_modules/') < 0 ? 'detect' : 'commonjs';
	}
	if (ext === '' && type !== 'module')
		return 'commonjs';
	if (ext === '.node')
		return 'addon';
	throw nodeError(TypeError, 'ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "' + ext +
		'" for ' + f);
}

// ---- records

function Record(url, filename, format) {
	this.url = url;
	this.filename = filename;
	this.format = format;
	this.status = 0;
	this.requests = [];
	this.deps = [];
	this.imports = [];
	this.local = Object.create(null);	// export name -> getter
	this.indirect = [];
	this.stars = [];
	this.chunks = [];
	this.importObject = null;
	this.namespace = null;
	this.exportNames = null;
	this.hasError = false;
	this.error = undefined;
	this.promise = undefined;
	this.meta = null;
	this.cjsValues = null;	// CommonJS/JSON: export values once evaluated
	this.attrs = [];	// per request: its import attributes, or undefined
	this.async = false;	// it awaits at its top level
	this.types = Object.create(null);	// the `type` attributes it was checked for
}

function loadSource(m) {
	var src = binding.readFileUtf8(m.filename);
	if (src.charCodeAt(0) === 0xFEFF)
		src = src.slice(1);
	return src;
}

// the object the compiled module function gets as _ls$m
function moduleApi(m) {
	return {
		d: function (requests, imports, exports, indirect, stars, attributes, async) {
			m.requests = requests;
			m.async = async === 1;	// top-level await
			for (var a = 0; a < attributes.length; a += 3) {
				var at = m.attrs[attributes[a]] || (m.attrs[attributes[a]] = Object.create(null));
				at[attributes[a + 1]] = attributes[a + 2];
			}
			m.imports = imports;
			for (var k in exports)
				m.local[k] = exports[k];
			m.indirect = indirect;
			m.stars = stars;
			m.importObject = Object.create(null);
			return m.importObject;
		},
		c: function (chunk) {
			m.chunks.push(chunk);
		},
		n: function (f) {
			if (typeof f === 'function')
				defineProperty(f, 'name', { value: 'default', configurable: true });
			return f;
		},
		i: function (spec, options) {
			return importFrom(spec, m, options);
		},
		meta: importMeta(m)
	};
}

function importMeta(m) {
	var meta = Object.create(null);
	if (m.filename) {	// a file: URL (not data:)
		meta.dirname = path.dirname(m.filename);
		meta.filename = m.filename;
	}
	meta.resolve = function resolve(spec) {
		try {
			return resolve_(spec, m).url;
		} catch (e) {
			if (e && (e.code === 'ERR_MODULE_NOT_FOUND' || e.code === 'ERR_UNSUPPORTED_DIR_IMPORT') && e.url)
				return e.url;
			throw e;
		}
	};
	meta.url = m.url;
	return meta;
}

function instantiate(m, source) {
	if (m.format === 'module') {
		var src = source === undefined ? loadSource(m) : source;
		if (src.charAt(0) === '#' && src.charAt(1) === '!')
			src = '//' + src.slice(2);
		var fn = binding.compile(src, m.url, true);
		fn.call(undefined, moduleApi(m));
	} else if (m.format === 'commonjs') {
		var cjs = source === undefined ? loadSource(m) : source;
		m.exportNames = cjsExportNames(cjs, m.filename, Object.create(null));
	} else if (m.format === 'builtin') {
		var exp = Module._load(m.url, null, false);
		m.cjsValues = exp;
		var keys = exp !== null && (typeof exp === 'object' || typeof exp === 'function') ?
			Object.keys(exp) : [];
		m.exportNames = keys.filter(function (k) { return k !== 'default'; });
	} else if (m.format === 'json') {
		// a JSON file goes through the CommonJS loader (so into require.cache, as in Node)
		var json;
		if (m.filename) {
			json = Module._load(m.filename, null, false);
		} else {
			try {
				json = JSON.parse(source);
			} catch (e) {
				e.message = m.url + ': ' + e.message;
				throw e;
			}
		}
		m.exportNames = [];
		m.cjsValues = { 'default': json };
	} else {
		throw nodeError(TypeError, 'ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "' +
			path.extname(m.filename) + '" for ' + m.filename);
	}
	m.status = FETCHED;
}

// Import attributes as Node 20 checks them: `type` is the only key, and it must be
// "json" exactly for a JSON module.
function validateAttributes(url, format, attrs) {
	var keys = attrs ? Object.keys(attrs) : [];
	for (var i = 0; i < keys.length; i++)
		if (keys[i] !== 'type')
			throw nodeError(TypeError, 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', 'Import attribute "' + keys[i] +
				'" with value "' + attrs[keys[i]] + '" is not supported');
	var type = attrs ? attrs.type : undefined;
	if (format === 'json' ? type === 'json' : type === undefined)
		return;
	if (format === 'json' && type === undefined)
		throw nodeError(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_MISSING', 'Module "' + url +
			'" needs an import attribute of type "json"');
	if (type !== 'json')
		throw nodeError(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', 'Import attribute type "' +
			type + '" is unsupported');
	throw nodeError(TypeError, 'ERR_IMPORT_ASSERTION_TYPE_FAILED', 'Module "' + url +
		'" is not of type "json"');
}

// the record a request names; a record is checked once per `type` it is imported with
// (Node keys its module jobs by URL and type)
function recordFor(r, parent, attrs) {
	var m = registry[r.url];
	var type = attrs && attrs.type !== undefined ? 't' + attrs.type : '';
	if (!m) {
		m = newRecord(r, parent, attrs);
	} else if (!m.types[type]) {
		validateAttributes(r.url, m.format, attrs);
	}
	m.types[type] = true;
	return m;
}

// a new record for a resolved specifier, instantiated (not its dependencies)
function newRecord(r, parent, attrs) {
	var format = formatOf(r), source;
	if (format === 'data') {
		var data = dataURL(r);
		source = data.source;
		format = data.format;
	}
	validateAttributes(r.url, format, attrs);
	if (format === 'detect') {
		source = binding.readFileUtf8(r.filename);
		if (source.charCodeAt(0) === 0xFEFF)
			source = source.slice(1);
		format = hasModuleSyntax(source, r.filename) ? 'module' : 'commonjs';
	}
	var m = new Record(r.url, r.filename, format);
	registry[r.url] = m;
	try {
		instantiate(m, source);
	} catch (e) {
		delete registry[r.url];
		throw e;
	}
	return m;
}

// the record for a resolved specifier, fetched with everything it imports
function getRecord(r, parent, attrs) {
	var m = recordFor(r, parent, attrs);
	fetchDeps(m);
	return m;
}

// resolves and fetches the requests of m and of every record they reach
function fetchDeps(m) {
	var queue = [m];
	while (queue.length) {
		var x = queue.shift();
		for (var i = x.deps.length; i < x.requests.length; i++) {
			var r = resolve(x.requests[i], x);
			var known = registry[r.url];
			var d = recordFor(r, x, x.attrs[i]);
			if (!known || d.deps.length < d.requests.length)
				queue.push(d);	// new, or an earlier fetch of it failed part way
			x.deps.push(d);
		}
	}
}

// ---- linking

var AMBIGUOUS = { ambiguous: true };

// the binding `name` of m resolves to: { m, name, get(localName) } or null or AMBIGUOUS
function resolveExport(m, name, seen) {
	for (var s = 0; s < seen.length; s++)
		if (seen[s].m === m && seen[s].name === name)
			return null;	// a circular re-export
	seen.push({ m: m, name: name });
	if (m.format !== 'module') {
		if (name === 'default' || m.exportNames.indexOf(name) >= 0)
			return { m: m, name: name, get: cjsGetter(m, name) };
		return null;
	}
	if (hasOwn.call(m.local, name))
		return { m: m, name: name, get: m.local[name] };
	var ind = m.indirect;
	for (var i = 0; i < ind.length; i += 4) {
		if (ind[i] !== name)
			continue;
		var dep = m.deps[ind[i + 1]];
		if (ind[i + 2] === '*')
			return { m: dep, name: '*', get: namespaceGetter(dep) };
		return resolveExport(dep, ind[i + 2], seen);
	}
	if (name === 'default')
		return null;
	var star = null;
	for (var k = 0; k < m.stars.length; k++) {
		var r = resolveExport(m.deps[m.stars[k]], name, seen);
		if (r === AMBIGUOUS)
			return r;
		if (r === null)
			continue;
		if (star === null)
			star = r;
		else if (star.m !== r.m || star.name !== r.name)
			return AMBIGUOUS;
	}
	return star;
}

function namespaceGetter(m) {
	return function () {
		return namespaceOf(m);
	};
}

function cjsGetter(m, name) {
	if (m.format === 'builtin') {
		if (name === 'default')
			return function () { return m.cjsValues; };
		return function () { return m.cjsValues[name]; };
	}
	return function (local) {
		if (m.cjsValues === null)
			throw new ReferenceError('Cannot access \'' + (local || name) + '\' before initialization');
		return m.cjsValues[name];
	};
}

function exportedNames(m, seen) {
	if (seen.indexOf(m) >= 0)
		return [];
	seen.push(m);
	if (m.format !== 'module')
		return m.exportNames.concat('default');
	var names = Object.keys(m.local);
	for (var i = 0; i < m.indirect.length; i += 4)
		names.push(m.indirect[i]);
	for (var k = 0; k < m.stars.length; k++) {
		var more = exportedNames(m.deps[m.stars[k]], seen);
		for (var j = 0; j < more.length; j++)
			if (more[j] !== 'default' && names.indexOf(more[j]) < 0)
				names.push(more[j]);
	}
	return names;
}

function readOnly(name) {
	return function () {
		throw new TypeError('Cannot assign to read only property \'' + name +
			'\' of object \'[object Module]\'');
	};
}

function namespaceOf(m) {
	if (m.namespace)
		return m.namespace;
	var ns = Object.create(null);
	m.namespace = ns;
	var names = exportedNames(m, []).sort();
	for (var i = 0; i < names.length; i++) {
		var r = resolveExport(m, names[i], []);
		if (r === null || r === AMBIGUOUS)
			continue;
		defineProperty(ns, names[i], {
			get: bindGetter(r.get, names[i]), set: readOnly(names[i]),
			enumerable: true, configurable: false
		});
	}
	Object.preventExtensions(ns);
	registerNamespace(ns, m);
	return ns;
}

function bindGetter(get, name) {
	return function () {
		return get(name);
	};
}

function linkError(m, index, name, line, ambiguous) {
	var spec = m.requests[index];
	var e = new SyntaxError('The requested module \'' + spec + '\' ' + (ambiguous ?
		'contains conflicting star exports for name \'' + name + '\'' :
		'does not provide an export named \'' + name + '\''));
	if (!ambiguous && m.deps[index].format === 'commonjs') {
		// Node's hint, with the names of a one-line import statement
		var src = '';
		try {
			src = (m.filename ? binding.readFileUtf8(m.filename) : dataURL(m).source).split('\n')[line - 1] || '';
		} catch (err) { /* no hint */ }
		var names = /\{.*\}/.exec(src);
		e.message = 'Named export \'' + name + '\' not found. The requested module \'' + spec +
			'\' is a CommonJS module, which may not support all module.exports as named exports.\n' +
			'CommonJS modules can always be imported via the default export, for example using:' +
			'\n\nimport pkg from \'' + spec + '\';\n' +
			(names ? 'const ' + names[0].replace(/\s+as\s+/g, ': ') + ' = pkg;\n' : '');
	}
	e.stackTrace = '\n\tat ' + m.url + ':' + line;
	return e;
}

function bindImports(m) {
	var imp = m.imports, obj = m.importObject;
	for (var i = 0; i < imp.length; i += 4) {
		var dep = m.deps[imp[i]], name = imp[i + 1], local = imp[i + 2];
		// (configurable: linking again after a failure redefines them)
		if (name === '*') {
			defineProperty(obj, local, { value: namespaceOf(dep), enumerable: true, configurable: true });
			continue;
		}
		var r = resolveExport(dep, name, []);
		if (r === null || r === AMBIGUOUS)
			throw linkError(m, imp[i], name, imp[i + 3], r === AMBIGUOUS);
		defineProperty(obj, local, { get: bindGetter(r.get, local), enumerable: true, configurable: true });
	}
	// re-exports must resolve too
	var ind = m.indirect;
	for (var k = 0; k < ind.length; k += 4) {
		if (ind[k + 2] === '*')
			continue;
		var rr = resolveExport(m.deps[ind[k + 1]], ind[k + 2], []);
		if (rr === null || rr === AMBIGUOUS)
			throw linkError(m, ind[k + 1], ind[k + 2], ind[k + 3], rr === AMBIGUOUS);
	}
}

function link(root) {
	var order = [];
	// depth first over records not linked yet
	function visit(m) {
		if (m.status >= LINKING)
			return;
		m.status = LINKING;
		order.push(m);
		for (var i = 0; i < m.deps.length; i++)
			visit(m.deps[i]);
	}
	visit(root);
	try {
		for (var i = 0; i < order.length; i++)
			if (order[i].format === 'module')
				bindImports(order[i]);
	} catch (e) {
		for (var j = 0; j < order.length; j++)
			if (order[j].status === LINKING)
				order[j].status = FETCHED;
		throw e;
	}
	for (var k = 0; k < order.length; k++)
		order[k].status = LINKED;
}

// ---- evaluation

var evalStack = [];

function fail(m, e) {
	m.status = EVALUATED;
	m.hasError = true;
	m.error = e;
}

// Evaluates m after its dependencies. Returns undefined when everything ran
// synchronously, else a promise settled when m has run.
function evaluate(m) {
	if (m.status === EVALUATED) {
		if (m.hasError)
			throw m.error;
		return m.promise;
	}
	if (m.status === EVALUATING)
		return evalStack.indexOf(m) >= 0 ? undefined : m.promise;
	m.status = EVALUATING;
	evalStack.push(m);
	var p;
	try {
		p = evaluateFrom(m);
	} catch (e) {
		evalStack.pop();
		fail(m, e);
		throw e;
	}
	evalStack.pop();
	if (!p) {
		m.status = EVALUATED;
		return undefined;
	}
	m.promise = p.then(function () {
		m.status = EVALUATED;
		m.promise = undefined;
	}, function (e) {
		fail(m, e);
		throw e;
	});
	return m.promise;
}

// The dependencies in order, then m's own code. A dependency that is still waiting
// (top-level await) does not hold up its later siblings, only m, as in the spec's
// evaluation of async modules (those that depend on it wait through evaluate()).
function evaluateFrom(m) {
	var waits = [];
	for (var i = 0; i < m.deps.length; i++) {
		var p = evaluate(m.deps[i]);
		if (p)
			waits.push(p);
	}
	if (waits.length)
		return Promise.all(waits).then(function () {
			return execute(m, 0);
		});
	return execute(m, 0);
}

function execute(m, k) {
	if (m.format === 'commonjs')
		return runCommonJS(m);
	if (m.format !== 'module')
		return undefined;
	for (; k < m.chunks.length; k++) {
		var chunk = m.chunks[k];
		var r = chunk();	// strict code: `this` is undefined
		if (r !== null && typeof r === 'object' && typeof r.then === 'function')
			return r.then(executeFrom(m, k + 1));
	}
	return undefined;
}

function executeFrom(m, k) {
	return function () {
		return execute(m, k);
	};
}

function runCommonJS(m) {
	var exp = Module._load(m.filename, null, false);
	var values = Object.create(null);
	var names = m.exportNames;
	for (var i = 0; i < names.length; i++) {
		var v = undefined;
		if (exp !== null && (typeof exp === 'object' || typeof exp === 'function') &&
		    hasOwn.call(exp, names[i])) {
			try {
				v = exp[names[i]];
			} catch (e) { /* a throwing getter leaves it undefined */ }
		}
		values[names[i]] = v;
	}
	values['default'] = exp;
	m.cjsValues = values;
	return undefined;
}

// ---- entry points

// import(spec[, options]) from a module record or a CommonJS file: a promise of the
// namespace
function importFrom(spec, parent, options) {
	return Promise.resolve().then(function () {
		var attrs = importOptions(options);
		return run(getRecord(resolve(spec, parent), parent, attrs));
	});
}

// the import attributes of import()'s second argument, checked as V8 does
function importOptions(options) {
	if (options === undefined)
		return undefined;
	if (options === null || typeof options !== 'object')
		throw new TypeError('The second argument to import() must be an object');
	var w = options['with'];
	if (w === undefined)
		w = options.assert;
	if (w === undefined)
		return undefined;
	if (w === null || typeof w !== 'object')
		throw new TypeError('The \'assert\' option must be an object');
	var attrs = Object.create(null), keys = Object.keys(w);
	for (var i = 0; i < keys.length; i++) {
		if (typeof w[keys[i]] !== 'string')
			throw new TypeError('Import assertion value must be a string');
		attrs[keys[i]] = w[keys[i]];
	}
	return attrs;
}

// link and evaluate a fetched record: the namespace, or a promise of it
function run(m) {
	link(m);
	var p;
	try {
		p = evaluate(m);
	} catch (e) {
		throw decorate(e, m);
	}
	if (p)
		return p.then(function () { return namespaceOf(m); }, function (e) { throw decorate(e, m); });
	return namespaceOf(m);
}

// Node's hint for a CommonJS name used in a module
function decorate(e, m) {
	if (e === null || typeof e !== 'object' || e.name !== 'ReferenceError' ||
	    !/^(?:module|exports|require|__filename|__dirname) is not defined$/.test(e.message))
		return e;
	e.message += ' in ES module scope';
	if (e.message.indexOf('require ') === 0)
		e.message += ', you can use import instead';
	if (/\.js(\?[^#]*)?(#.*)?$/.test(m.url) && m.filename) {
		var scope = packageScope(m.filename);
		if (scope && scope.pkg.type === 'module')
			e.message += '\nThis file is being treated as an ES module because it has a \'.js\' file ' +
				'extension and \'' + scope.path + '\' contains "type": "module". To treat it as a ' +
				'CommonJS script, rename it to use the \'.cjs\' file extension.';
	}
	if (typeof e.stack === 'string')	// the stack was made with the old message
		e.stack = e.name + ': ' + e.message + e.stack.slice(e.stack.indexOf('\n') < 0 ?
			e.stack.length : e.stack.indexOf('\n'));
	return e;
}

// import() from CommonJS: __lsImport(spec, __filename[, options])
function importFromFile(spec, filename, options) {
	var parent;
	if (typeof filename === 'string' && path.isAbsolute(filename))
		parent = { url: pathToURL(filename), filename: filename };
	else
		parent = { url: pathToURL(path.join(process.cwd(), '[eval1]')), filename: path.join(process.cwd(), '[eval1]') };
	return importFrom(spec, parent, options);
}

// the main entry as an ES module, run in a promise job; if the process is about to exit
// while it still waits (a top-level await that never settles), the exit code is 13
function runMain(filename, source) {
	var url = pathToURL(filename);
	var m;
	function unsettled() {
		if (process.exitCode === undefined)
			process.exitCode = 13;
	}
	process.on('exit', unsettled);
	Promise.resolve().then(function () {
		m = registry[url];
		if (!m) {
			m = new Record(url, filename, 'module');
			registry[url] = m;
			instantiate(m, source);
			fetchDeps(m);
		}
		return run(m);
	}).then(function () {
		process.removeListener('exit', unsettled);
	}, function (e) {
		process.removeListener('exit', unsettled);
		require('internal/tasks').triggerUncaughtException(e, true);
	});
}

// The CommonJS loader found an ES module (require of .mjs, or of a .js that is one).
function loadFromCJS(module, filename, source) {
	var isMain = module.id === '.';
	if (isMain) {
		process.mainModule = undefined;
		runMain(filename, source);
		return;
	}
	var parentFile = module._parent && module._parent.filename;
	if (process.execArgv.indexOf('--no-experimental-require-module') >= 0)
		throw requireEsmError(filename, parentFile, source);
	var url = pathToURL(filename);
	var m = registry[url];
	if (!m) {
		m = new Record(url, filename, 'module');
		registry[url] = m;
		try {
			instantiate(m, source);
		} catch (e) {
			delete registry[url];
			throw e;
		}
		fetchDeps(m);
	}
	if (m.status === EVALUATING && evalStack.indexOf(m) >= 0)
		throw nodeError(Error, 'ERR_REQUIRE_CYCLE_MODULE', 'Cannot require() ES Module ' + filename +
			' in a cycle.' + (parentFile ? ' (from ' + parentFile + ')' : ''));
	link(m);
	if (awaits(m, []))	// checked before anything runs, as Node does
		throw nodeError(Error, 'ERR_REQUIRE_ASYNC_MODULE', 'require() cannot be used on an ESM graph ' +
			'with top-level await. Use import() instead. To see where the top-level await comes from, ' +
			'use --experimental-print-required-tla.' + (parentFile ? '\n  From ' + parentFile + ' ' : '') +
			'\n  Requiring ' + filename + ' ');
	module.exports = requireNamespace(m, run(m));
}

// does a module of the graph still to run await at its top level
function awaits(m, seen) {
	if (seen.indexOf(m) >= 0 || m.status === EVALUATED)
		return false;
	seen.push(m);
	if (m.async)
		return true;
	for (var i = 0; i < m.deps.length; i++)
		if (awaits(m.deps[i], seen))
			return true;
	return false;
}

// require(esm) gives the namespace, with __esModule: true added when the module has a
// default export (Node's interop for transpiled code)
function requireNamespace(m, ns) {
	if (!('default' in ns) || hasOwn.call(ns, '__esModule'))
		return ns;
	var wrap = Object.create(null);
	var names = Object.keys(ns).concat('__esModule').sort();
	for (var i = 0; i < names.length; i++) {
		if (names[i] === '__esModule') {
			defineProperty(wrap, '__esModule', { value: true, enumerable: true });
			continue;
		}
		defineProperty(wrap, names[i], {
			get: nsForward(ns, names[i]), set: readOnly(names[i]), enumerable: true
		});
	}
	Object.preventExtensions(wrap);
	registerNamespace(wrap, m);
	return wrap;
}

function nsForward(ns, name) {
	return function () {
		return ns[name];
	};
}

function requireEsmError(filename, parentFile, source) {
	var msg = 'require() of ES Module ' + filename + (parentFile ? ' from ' + parentFile : '') +
		' not supported.';
	var scope = filename.slice(-3) === '.js' ? packageScope(filename) : null;
	if (!scope || scope.pkg.type !== 'module') {
		if (filename.slice(-4) === '.mjs')
			msg += '\nInstead change the require of ' + filename + ' to a dynamic import() which is ' +
				'available in all CommonJS modules.';
		return nodeError(Error, 'ERR_REQUIRE_ESM', msg);
	}
	var base = parentFile && path.basename(filename) === path.basename(parentFile) ?
		filename : path.basename(filename);
	var src = source === undefined ? binding.readFileUtf8(filename) : source;
	if (hasModuleSyntax(src, filename)) {
		msg += '\nInstead change the require of ' + base + ' in ' + parentFile +
			' to a dynamic import() which is available in all CommonJS modules.';
	} else {
		msg += '\n' + base + ' is treated as an ES module file as it is a .js file whose nearest ' +
			'parent package.json contains "type": "module" which declares all .js files in that ' +
			'package scope as ES modules.\nInstead either rename ' + base + ' to end in .cjs, change ' +
			'the requiring code to use dynamic import() which is available in all CommonJS modules, ' +
			'or change "type": "module" to "type": "commonjs" in ' + scope.path + ' to treat all .js ' +
			'files as CommonJS (using .mjs for all ES modules instead).\n';
	}
	return nodeError(Error, 'ERR_REQUIRE_ESM', msg);
}

// The CommonJS loader could not compile a file: true when it is a typeless .js outside
// node_modules that uses module syntax or top-level await (Node 20.19's detection); it is
// then loaded as an ES module instead.
function detect(err, filename, source) {
	return err instanceof SyntaxError && filename.slice(-3) === '.js' &&
		filename.indexOf('/node_modules/') < 0 && packageType(filename) === undefined &&
		moduleSyntaxError(err, source, filename);
}

// ---- CommonJS export names (the simple cases cjs-module-lexer finds)

function stripComments(src) {
	var out = '', i = 0, n = src.length;
	while (i < n) {
		var ch = src.charAt(i);
		if (ch === '/' && src.charAt(i + 1) === '/') {
			var nl = src.indexOf('\n', i);
			i = nl < 0 ? n : nl;
			continue;
		}
		if (ch === '/' && src.charAt(i + 1) === '*') {
			var end = src.indexOf('*/', i + 2);
			i = end < 0 ? n : end + 2;
			out += ' ';
			continue;
		}
		if (ch === '"' || ch === '\'' || ch === '`') {
			var j = i + 1;
			while (j < n && src.charAt(j) !== ch) {
				if (src.charAt(j) === '\\')
					j++;
				else if (ch !== '`' && src.charAt(j) === '\n')
					break;
				j++;
			}
			out += src.slice(i, j + 1);
			i = j + 1;
			continue;
		}
		out += ch;
		i++;
	}
	return out;
}

var identRe = /^[A-Za-z_$][\w$]*$/;

function cjsExportNames(src, filename, seen) {
	var names = [];
	if (seen[filename])
		return names;
	seen[filename] = true;
	var s = stripComments(src);
	function add(n) {
		if (n !== 'default' && names.indexOf(n) < 0)
			names.push(n);
	}
	var re = /(?:^|[^.\w$])(?:module\s*\.\s*)?exports\s*(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*(['"])([^'"\\\n]+)\2\s*\])\s*=(?!=)/g, m;
	while ((m = re.exec(s)))
		add(m[1] || m[3]);	// (mujs gives '' for a group that did not match)
	// a value, or a getter returning a name or a member of one: nothing with side effects
	re = /Object\s*\.\s*defineProperty\s*\(\s*(?:module\s*\.\s*)?exports\s*,\s*(['"])([^'"\\\n]+)\1\s*,\s*\{\s*(?:enumerable\s*:\s*true\s*,\s*)?(?:value\s*:|get\s*(?::\s*function\s*)?\(\s*\)\s*\{\s*return\s+[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*|\s*\[\s*(['"])[^'"\n]*\3\s*\])?\s*;?\s*\})/g;
	while ((m = re.exec(s)))
		add(m[2]);
	re = /(?:^|[^.\w$])module\s*\.\s*exports\s*=\s*require\s*\(\s*(['"])([^'"\\\n]+)\1\s*\)/g;
	while ((m = re.exec(s)))
		reexport(m[2]);
	re = /(?:^|[^.\w$])module\s*\.\s*exports\s*=\s*\{/g;
	while ((m = re.exec(s)))
		objectNames(s, re.lastIndex);
	return names;

	// { a, b: c, 'd': e, ...require('x') }: stops at the first other form
	function objectNames(t, i) {
		var entry = /^\s*(?:(\.\.\.)\s*require\s*\(\s*(['"])([^'"\\\n]+)\2\s*\)|([A-Za-z_$][\w$]*)|(['"])([^'"\\\n]*)\5)\s*(?::\s*([A-Za-z_$][\w$]*)\s*)?([,}])/;
		for (;;) {
			var e = entry.exec(t.slice(i, i + 400));
			if (!e)
				return;
			if (e[1])
				reexport(e[3]);
			else if (e[4])
				add(e[4]);
			else if (e[6])
				add(e[6]);
			i += e[0].length;
			if (e[8] === '}')
				return;
		}
	}

	function reexport(spec) {
		var file;
		try {
			file = Module._resolveFilename(spec, { id: filename, filename: filename,
				paths: Module._nodeModulePaths(path.dirname(filename)) }, false);
		} catch (e) {
			return;
		}
		if (!path.isAbsolute(file) || path.extname(file) === '.json' || path.extname(file) === '.node')
			return;
		var more;
		try {
			more = cjsExportNames(binding.readFileUtf8(file), file, seen);
		} catch (e) {
			return;
		}
		for (var i = 0; i < more.length; i++)
			add(more[i]);
	}
}

// ---- inspect: [Module: null prototype] { a: 1, b: <uninitialized> }

function registerNamespace(ns, m) {
	if (nsRecords === null) {
		nsRecords = new WeakMap();
		require('internal/inspect').registerType(function (v) {
			return nsRecords.has(v);
		}, {
			type: 'Module', kind: 'object', tag: 'Module', ownKeys: false,
			format: function (v, inspectChild) {
				var keys = Object.keys(v), out = [];
				for (var i = 0; i < keys.length; i++) {
					var k = identRe.test(keys[i]) ? keys[i] : '\'' + keys[i].replace(/'/g, '\\\'') + '\'';
					var val, ok = true;
					try {
						val = v[keys[i]];
					} catch (e) {
						ok = false;
					}
					out.push(k + ': ' + (ok ? inspectChild(val) : '<uninitialized>'));
				}
				return out;
			}
		});
	}
	nsRecords.set(ns, m);
}

function isNamespace(v) {
	return nsRecords !== null && nsRecords.has(v);
}

exports.importFrom = importFrom;
exports.importFromFile = importFromFile;
exports.runMain = runMain;
exports.loadFromCJS = loadFromCJS;
exports.detect = detect;
exports.isNamespace = isNamespace;
exports.packageType = packageType;
exports.pathToURL = pathToURL;
