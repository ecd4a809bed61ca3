// fs.js — the fs module. So far: whole-file reads and writes of text, sync and with a
// callback, and existsSync. Buffers, descriptors, streams and the rest of Node's fs come
// with the Buffer work; until then data is always a string (UTF-8).
var fsb = binding.fs;
var errors = require('internal/errors');

function checkPath(path) {
	if (typeof path !== 'string')
		throw errors.invalidArgType('path', ['string', 'Buffer', 'URL'], path);
}

function checkCallback(cb) {
	if (typeof cb !== 'function')
		throw errors.invalidArgType('cb', 'function', cb);
}

function readFile(path, options, callback) {
	if (typeof options === 'function') {
		callback = options;
		options = undefined;
	}
	checkCallback(callback);
	checkPath(path);
	fsb.readFileUtf8(path, callback);
}

function readFileSync(path, options) {
	checkPath(path);
	return fsb.readFileUtf8(path);
}

function writeFile(path, data, options, callback) {
	if (typeof options === 'function') {
		callback = options;
		options = undefined;
	}
	checkCallback(callback);
	checkPath(path);
	fsb.writeFileUtf8(path, String(data), callback);
}

function writeFileSync(path, data, options) {
	checkPath(path);
	fsb.writeFileUtf8(path, String(data));
}

function existsSync(path) {
	return typeof path === 'string' && binding.statKind(path) >= 0;
}

exports.readFile = readFile;
exports.readFileSync = readFileSync;
exports.writeFile = writeFile;
exports.writeFileSync = writeFileSync;
exports.existsSync = existsSync;
