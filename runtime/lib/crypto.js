// crypto.js — the part of Node 20's crypto module that ordinary programs use, in ES5 on
// binding.crypto (runtime/crypto.c, nettle): createHash, createHmac (update with string
// encodings, digest to a Buffer or a string, copy), randomBytes, randomFillSync,
// randomUUID, randomInt, getRandomValues, timingSafeEqual, getHashes, and webcrypto's
// getRandomValues/randomUUID (also the global `crypto`). Errors carry Node's codes.
//
// Hash and Hmac are also Transform streams (write the data, read the digest). Not
// provided: ciphers, keys, signatures, key derivation, subtle.
'use strict';

var Buffer = require('buffer').Buffer;
var errors = require('internal/errors');
var bc = binding.crypto;

function nodeError(Ctor, code, message) {
	return errors.makeNodeError(Ctor, code, message);
}

function validateString(value, name) {
	if (typeof value !== 'string')
		throw errors.invalidArgType(name, 'string', value);
}

function isBytes(v) {
	return Buffer.isBuffer(v) || v instanceof Uint8Array;
}

// data as a Buffer: a string in `encoding` (utf8 by default) or the bytes given
function toBytes(data, encoding, name) {
	if (typeof data === 'string')
		return Buffer.from(data, encoding === undefined || encoding === 'buffer' ? 'utf8' : encoding);
	if (isBytes(data))
		return data;
	if (binding.buffer.kind(data) === 3 || ArrayBuffer.isView(data))	// its bytes
		return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
	throw errors.invalidArgType(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function encodeDigest(buf, encoding) {
	if (encoding === undefined || encoding === 'buffer')
		return buf;
	return buf.toString(encoding);
}

// Node's LazyTransform: Hash and Hmac are Transform streams whose stream state is made
// the first time a stream method touches it (a plain update/digest never pays for it)
var Transform = require('stream').Transform;
function LazyTransform(options) {
	this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);
function lazyState(name) {
	Object.defineProperty(LazyTransform.prototype, name, {
		configurable: true,
		enumerable: true,
		get: function () {
			Transform.call(this, this._options);
			this._writableState.decodeStrings = false;
			return this[name];
		},
		set: function (val) {
			Object.defineProperty(this, name, {
				value: val, enumerable: true, configurable: true, writable: true
			});
		}
	});
}
lazyState('_readableState');
lazyState('_writableState');
lazyState('_transformState');

function Hash(algorithm, options, handle) {
	if (!(this instanceof Hash))
		return new Hash(algorithm, options);
	LazyTransform.call(this, options);
	if (handle === undefined) {
		validateString(algorithm, 'algorithm');
		handle = bc.create(0, algorithm);
		if (handle === undefined)
			throw new Error('Digest method not supported');
	}
	Object.defineProperty(this, '\x01handle', { value: handle, writable: true });
	Object.defineProperty(this, '\x01finalized', { value: false, writable: true });
}

function update(self, data, encoding) {
	if (self['\x01finalized'])
		throw nodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
	self['\x01handle'].update(toBytes(data, encoding, 'data'));
	return self;
}

function digest(self, encoding) {
	if (self['\x01finalized'])
		throw nodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
	self['\x01finalized'] = true;
	return encodeDigest(self['\x01handle'].digest(), encoding);
}

Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
	update(this, chunk, encoding);
	callback();
};

Hash.prototype._flush = function _flush(callback) {
	this.push(digest(this));
	callback();
};

Hash.prototype.update = function update_(data, encoding) {
	return update(this, data, encoding);
};

Hash.prototype.digest = function digest_(outputEncoding) {
	return digest(this, outputEncoding);
};

Hash.prototype.copy = function copy(options) {
	if (this['\x01finalized'])
		throw nodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
	return new Hash(undefined, options, this['\x01handle'].copy());
};

function Hmac(hmac, key, options) {
	if (!(this instanceof Hmac))
		return new Hmac(hmac, key, options);
	validateString(hmac, 'hmac');
	LazyTransform.call(this, options);
	var k;
	if (typeof key === 'string')
		k = Buffer.from(key, options && options.encoding ? options.encoding : 'utf8');
	else if (isBytes(key))
		k = key;
	else
		throw errors.invalidArgType('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
			'string', 'KeyObject', 'CryptoKey'], key);
	var handle = bc.create(1, hmac, k);
	if (handle === undefined)
		throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + hmac);
	Object.defineProperty(this, '\x01handle', { value: handle, writable: true });
	Object.defineProperty(this, '\x01finalized', { value: false, writable: true });
}

Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype.digest = function digest_(outputEncoding) {
	// Node: an Hmac digested twice gives an empty result instead of throwing
	if (this['\x01finalized'])
		return encodeDigest(Buffer.alloc(0), outputEncoding);
	return digest(this, outputEncoding);
};

function createHash(algorithm, options) {
	return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
	return new Hmac(hmac, key, options);
}

var kMaxLength = 2147483647;

function validateSize(size, name) {
	if (typeof size !== 'number')
		throw errors.invalidArgType(name, 'number', size);
	if (!(size >= 0 && size <= kMaxLength))
		throw errors.outOfRange(name, '>= 0 && <= ' + kMaxLength, size);
}

function randomBytes(size, callback) {
	validateSize(size, 'size');
	if (callback !== undefined && typeof callback !== 'function')
		throw errors.invalidArgType('callback', 'function', callback);
	var buf = Buffer.alloc(size);
	bc.randomFill(buf, 0, size);
	if (callback === undefined)
		return buf;
	// Node fills on the thread pool: the callback comes in a later loop phase
	setImmediate(callback, null, buf);
}

function randomFillSync(buf, offset, size) {
	if (!isBytes(buf))
		throw errors.invalidArgType('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
	offset = offset === undefined ? 0 : offset;
	size = size === undefined ? buf.length - offset : size;
	validateSize(offset, 'offset');
	validateSize(size, 'size');
	if (offset + size > buf.length)
		throw errors.outOfRange('size + offset', '<= ' + buf.length, offset + size);
	bc.randomFill(buf, offset, size);
	return buf;
}

function randomFill(buf, offset, size, callback) {
	if (typeof offset === 'function') {
		callback = offset;
		offset = undefined;
	} else if (typeof size === 'function') {
		callback = size;
		size = undefined;
	}
	if (typeof callback !== 'function')
		throw errors.invalidArgType('callback', 'function', callback);
	randomFillSync(buf, offset, size);
	setImmediate(callback, null, buf);
}

function hex2(b) {
	return (b < 16 ? '0' : '') + b.toString(16);
}

function randomUUID(options) {
	var b = Buffer.alloc(16);
	bc.randomFill(b, 0, 16);
	b[6] = (b[6] & 0x0f) | 0x40;
	b[8] = (b[8] & 0x3f) | 0x80;
	var s = '';
	for (var i = 0; i < 16; i++) {
		if (i === 4 || i === 6 || i === 8 || i === 10)
			s += '-';
		s += hex2(b[i]);
	}
	return s;
}

// randomInt([min, ]max[, callback]): uniform in [min, max), by rejection sampling on
// 48-bit draws as Node does
var RAND_MAX = 0xFFFFFFFFFFFF;
function randomInt(min, max, callback) {
	var minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
	if (minNotSpecified) {
		callback = max;
		max = min;
		min = 0;
	}
	if (callback !== undefined && typeof callback !== 'function')
		throw errors.invalidArgType('callback', 'function', callback);
	if (typeof min !== 'number' || !Number.isSafeInteger(min))
		throw errors.invalidArgType('min', 'a safe integer', min);
	if (typeof max !== 'number' || !Number.isSafeInteger(max))
		throw errors.invalidArgType('max', 'a safe integer', max);
	if (max <= min)
		throw errors.outOfRange('max', 'greater than the value of "min" (' + min + ')', max);
	var range = max - min;
	if (!(range <= RAND_MAX))
		throw errors.outOfRange('max - min', '<= ' + RAND_MAX, range);
	var randLimit = RAND_MAX - (RAND_MAX % range);
	var b = Buffer.alloc(6), x;
	do {
		bc.randomFill(b, 0, 6);
		x = b.readUIntBE(0, 6);
	} while (x >= randLimit);
	var n = (x % range) + min;
	if (callback === undefined)
		return n;
	process.nextTick(callback, undefined, n);
}

function getRandomValues(data) {
	var k = binding.buffer.kind(data);
	if (!(k === 1 || (k === 3 && !(data instanceof Float32Array || data instanceof Float64Array))))
		throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
			'The "typedArray" argument must be an instance of Int8Array, Int16Array, ' +
			'Int32Array, Uint8Array, Uint16Array, Uint32Array, or Uint8ClampedArray. Received ' +
			errors.describeReceived(data));
	if (data.byteLength > 65536)
		throw nodeError(Error, 'ERR_QUOTA_EXCEEDED',
			"The ArrayBufferView's byte length (" + data.byteLength + ') exceeds the number of ' +
			'bytes of entropy available via this API (65536)');
	bc.randomFill(data, 0, data.byteLength);
	return data;
}

function timingSafeEqual(a, b) {
	if (!isBytes(a))
		throw errors.invalidArgType('buf1', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], a);
	if (!isBytes(b))
		throw errors.invalidArgType('buf2', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], b);
	if (a.length !== b.length)
		throw nodeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
			'Input buffers must have the same byte length');
	var d = 0;
	for (var i = 0; i < a.length; i++)
		d |= a[i] ^ b[i];
	return d === 0;
}

var hashes;
function getHashes() {
	if (hashes === undefined)
		hashes = bc.hashes();
	return hashes.slice();
}

// Node's validateInt32 for pbkdf2's iterations and keylen
function validateInt32(value, name, min) {
	if (typeof value !== 'number')
		throw errors.invalidArgType(name, 'number', value);
	if (Math.floor(value) !== value)
		throw errors.outOfRange(name, 'an integer', value);
	if (value < min || value > 2147483647)
		throw errors.outOfRange(name, '>= ' + min + ' && <= 2147483647', value);
}

function keyBytes(value, name) {
	if (typeof value === 'string')
		return Buffer.from(value, 'utf8');
	if (isBytes(value) || ArrayBuffer.isView(value))
		return toBytes(value, undefined, name);
	if (binding.buffer.kind(value) === 2)
		return Buffer.from(value);
	throw errors.invalidArgType(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray',
		'DataView'], value);
}

// PBKDF2 (RFC 8018) on HMAC handles: each block XORs `iterations` chained HMACs,
// each a copy of one keyed handle
function pbkdf2Args(password, salt, iterations, keylen, digest) {
	var p = keyBytes(password, 'password');
	var s = keyBytes(salt, 'salt');
	validateInt32(iterations, 'iterations', 1);
	validateInt32(keylen, 'keylen', 0);
	validateString(digest, 'digest');
	var base = bc.create(1, digest, p);
	if (base === undefined)
		throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + digest);
	return { base: base, salt: s, iterations: iterations, keylen: keylen };
}

function pbkdf2Run(a) {
	var out = Buffer.alloc(a.keylen);
	var index = Buffer.alloc(4);
	for (var block = 1, pos = 0; pos < a.keylen; block++) {
		index.writeUInt32BE(block, 0);
		var h = a.base.copy();
		h.update(a.salt);
		h.update(index);
		var u = h.digest();
		var t = Buffer.from(u);
		for (var i = 1; i < a.iterations; i++) {
			h = a.base.copy();
			h.update(u);
			u = h.digest();
			for (var j = 0; j < t.length; j++)
				t[j] ^= u[j];
		}
		pos += t.copy(out, pos, 0, Math.min(t.length, a.keylen - pos));
	}
	return out;
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
	return pbkdf2Run(pbkdf2Args(password, salt, iterations, keylen, digest));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
	if (typeof digest === 'function') {
		callback = digest;
		digest = undefined;
	}
	var a = pbkdf2Args(password, salt, iterations, keylen, digest);
	if (typeof callback !== 'function')
		throw errors.invalidArgType('callback', 'function', callback);
	// Node derives on the thread pool: the callback comes in a later loop phase
	setImmediate(function () {
		callback(null, pbkdf2Run(a));
	});
}

// HKDF (RFC 5869) on the HMAC handles: extract with the salt, expand with the info;
// the key comes back as an ArrayBuffer, as Node's does
function hkdfArgs(digest, ikm, salt, info, keylen) {
	validateString(digest, 'digest');
	var bytes = function (v, name) {
		if (typeof v === 'string')
			return Buffer.from(v, 'utf8');
		if (isBytes(v) || ArrayBuffer.isView(v))
			return toBytes(v, undefined, name);
		if (binding.buffer.kind(v) === 2)
			return Buffer.from(v);
		throw errors.invalidArgType(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray',
			'DataView'], v);
	};
	if (typeof ikm !== 'string' && !isBytes(ikm) && !ArrayBuffer.isView(ikm) &&
	    binding.buffer.kind(ikm) !== 2)
		throw errors.invalidArgType('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer',
			'TypedArray', 'DataView', 'Buffer'], ikm);
	var k = bytes(ikm, 'ikm');
	var s = bytes(salt, 'salt');
	var inf = bytes(info, 'info');
	if (typeof keylen !== 'number')
		throw errors.invalidArgType('length', 'number', keylen);
	if (Math.floor(keylen) !== keylen)
		throw errors.outOfRange('length', 'an integer', keylen);
	if (keylen < 0 || keylen > 4294967296)
		throw errors.outOfRange('length', '>= 0 && <= 4294967296', keylen);
	if (inf.length > 1024)
		throw errors.outOfRange('info', 'must not contain more than 1024 bytes', inf.length);
	var probe = bc.create(0, digest);
	if (probe === undefined)
		throw nodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + digest);
	var hashLen = probe.digest().length;
	if (keylen > 255 * hashLen)
		throw nodeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
	return { digest: digest, ikm: k, salt: s.length ? s : Buffer.alloc(hashLen), info: inf,
		keylen: keylen };
}

function hkdfRun(a) {
	var h = bc.create(1, a.digest, a.salt);
	h.update(a.ikm);
	var prk = h.digest();
	var out = Buffer.alloc(a.keylen);
	var t = Buffer.alloc(0);
	for (var i = 1, pos = 0; pos < a.keylen; i++) {
		h = bc.create(1, a.digest, prk);
		h.update(t);
		h.update(a.info);
		h.update(Buffer.from([i]));
		t = h.digest();
		pos += t.copy(out, pos, 0, Math.min(t.length, a.keylen - pos));
	}
	var ab = new ArrayBuffer(a.keylen);
	out.copy(Buffer.from(ab));
	return ab;
}

function hkdfSync(digest, ikm, salt, info, keylen) {
	return hkdfRun(hkdfArgs(digest, ikm, salt, info, keylen));
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
	var a = hkdfArgs(digest, ikm, salt, info, keylen);
	if (typeof callback !== 'function')
		throw errors.invalidArgType('callback', 'function', callback);
	setImmediate(function () {
		callback(null, hkdfRun(a));
	});
}

// crypto.hash(algorithm, data[, outputEncoding]): a one-shot digest, hex by default
function hash(algorithm, data, outputEncoding) {
	validateString(algorithm, 'algorithm');
	if (typeof data !== 'string' && !isBytes(data) && !ArrayBuffer.isView(data))
		throw errors.invalidArgType('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
	if (outputEncoding !== undefined)
		validateString(outputEncoding, 'outputEncoding');
	var h = bc.create(0, algorithm);
	if (h === undefined)
		throw new Error('Digest method not supported');
	h.update(toBytes(data, 'utf8', 'data'));
	return encodeDigest(h.digest(), outputEncoding === undefined ? 'hex' : outputEncoding);
}

var webcrypto = {
	getRandomValues: getRandomValues,
	randomUUID: randomUUID
};

module.exports = {
	createHash: createHash,
	createHmac: createHmac,
	getHashes: getHashes,
	hash: hash,
	hkdf: hkdf,
	hkdfSync: hkdfSync,
	pbkdf2: pbkdf2,
	pbkdf2Sync: pbkdf2Sync,
	getRandomValues: getRandomValues,
	randomBytes: randomBytes,
	randomFill: randomFill,
	randomFillSync: randomFillSync,
	randomInt: randomInt,
	randomUUID: randomUUID,
	timingSafeEqual: timingSafeEqual,
	pseudoRandomBytes: randomBytes,
	rng: randomBytes,
	prng: randomBytes,
	Hash: Hash,
	Hmac: Hmac,
	webcrypto: webcrypto
};
