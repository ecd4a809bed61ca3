// internal/fetch — the global fetch, Headers, Request and Response of Node 20 (undici)
// for http: URLs, in ES5 on the http module. A request carries undici's headers in
// undici's order (host, connection, the caller's, accept, accept-language,
// sec-fetch-mode, user-agent, accept-encoding, content-length); redirects are followed
// (at most 20; 303, and 301/302 after a POST, become GETs); gzip and deflate bodies are
// decoded; a failure rejects with TypeError('fetch failed') whose cause is the socket's
// error. The connection is closed once the response body has been read (undici would
// keep it for the next request).
//
// Not provided: https, streaming bodies (body is read whole; response.body is null),
// FormData and Blob bodies, AbortSignal-less timeouts, caching and CORS modes.
'use strict';

var Buffer = require('buffer').Buffer;

function lower(name) {
	return String(name).toLowerCase();
}

// ---- Headers: a list of [lowercased name, value] pairs in insertion order
function Headers(init) {
	if (!(this instanceof Headers))
		throw new TypeError("Class constructor Headers cannot be invoked without 'new'");
	Object.defineProperty(this, '\x01list', { value: [], writable: true });
	if (init === undefined || init === null)
		return;
	var i;
	if (init instanceof Headers) {
		var l = init['\x01list'];
		for (i = 0; i < l.length; i++)
			this.append(l[i][0], l[i][1]);
	} else if (Array.isArray(init)) {
		for (i = 0; i < init.length; i++) {
			if (!init[i] || init[i].length !== 2)
				throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' +
					(init[i] ? init[i].length : 0) + '.');
			this.append(init[i][0], init[i][1]);
		}
	} else if (typeof init === 'object') {
		var keys = Object.keys(init);
		for (i = 0; i < keys.length; i++)
			this.append(keys[i], init[keys[i]]);
	} else {
		throw new TypeError("Failed to construct 'Headers': The provided value is not of type " +
			"'(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.");
	}
}

Headers.prototype.append = function append(name, value) {
	this['\x01list'].push([lower(name), String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '')]);
};

Headers.prototype['delete'] = function (name) {
	var n = lower(name), l = this['\x01list'];
	this['\x01list'] = l.filter(function (p) { return p[0] !== n; });
};

Headers.prototype.get = function get(name) {
	var n = lower(name), l = this['\x01list'], out = null;
	for (var i = 0; i < l.length; i++) {
		if (l[i][0] === n)
			out = out === null ? l[i][1] : out + ', ' + l[i][1];
	}
	return out;
};

Headers.prototype.getSetCookie = function getSetCookie() {
	var l = this['\x01list'], out = [];
	for (var i = 0; i < l.length; i++) {
		if (l[i][0] === 'set-cookie')
			out.push(l[i][1]);
	}
	return out;
};

Headers.prototype.has = function has(name) {
	return this.get(name) !== null;
};

Headers.prototype.set = function set(name, value) {
	var n = lower(name), l = this['\x01list'], v = String(value), done = false, out = [];
	for (var i = 0; i < l.length; i++) {
		if (l[i][0] !== n) {
			out.push(l[i]);
		} else if (!done) {
			out.push([n, v]);
			done = true;
		}
	}
	if (!done)
		out.push([n, v]);
	this['\x01list'] = out;
};

// the sorted and combined pairs iteration shows (set-cookie stays one pair per value)
function sortedPairs(h) {
	var names = [], seen = {}, l = h['\x01list'], out = [], i;
	for (i = 0; i < l.length; i++) {
		if (!Object.prototype.hasOwnProperty.call(seen, l[i][0])) {
			seen[l[i][0]] = true;
			names.push(l[i][0]);
		}
	}
	names.sort();
	for (i = 0; i < names.length; i++) {
		if (names[i] === 'set-cookie') {
			var cookies = h.getSetCookie();
			for (var j = 0; j < cookies.length; j++)
				out.push(['set-cookie', cookies[j]]);
		} else {
			out.push([names[i], h.get(names[i])]);
		}
	}
	return out;
}

Headers.prototype.forEach = function forEach(callback, thisArg) {
	var pairs = sortedPairs(this);
	for (var i = 0; i < pairs.length; i++)
		callback.call(thisArg, pairs[i][1], pairs[i][0], this);
};

function pairIterator(h, kind) {
	var pairs = sortedPairs(h);
	var values = pairs.map(function (p) { return kind === 0 ? p[0] : kind === 1 ? p[1] : p; });
	return values[Symbol.iterator.valueOf()]();
}

Headers.prototype.keys = function keys() { return pairIterator(this, 0); };
Headers.prototype.values = function values() { return pairIterator(this, 1); };
Headers.prototype.entries = function entries() { return pairIterator(this, 2); };
Object.defineProperty(Headers.prototype, '\x01Symbol(Symbol.iterator)', {	// es2015's name
	value: Headers.prototype.entries, writable: true, configurable: true, enumerable: false
});

// ---- bodies
function bodyBytes(body) {
	if (body === undefined || body === null)
		return null;
	if (typeof body === 'string')
		return { bytes: Buffer.from(body, 'utf8'), type: 'text/plain;charset=UTF-8' };
	if (body instanceof Uint8Array)
		return { bytes: Buffer.from(body), type: null };
	if (body instanceof ArrayBuffer)
		return { bytes: Buffer.from(body), type: null };
	if (typeof URLSearchParams === 'function' && body instanceof URLSearchParams)
		return { bytes: Buffer.from(body.toString(), 'utf8'),
			type: 'application/x-www-form-urlencoded;charset=UTF-8' };
	return { bytes: Buffer.from(String(body), 'utf8'), type: 'text/plain;charset=UTF-8' };
}

function consume(self) {
	if (self['\x01used'])
		return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
	self['\x01used'] = true;
	return Promise.resolve(self['\x01bytes'] || Buffer.alloc(0));
}

function defineBodyMethods(proto) {
	Object.defineProperty(proto, 'bodyUsed', {
		configurable: true,
		enumerable: true,
		get: function () { return this['\x01used']; }
	});
	Object.defineProperty(proto, 'body', {
		configurable: true,
		enumerable: true,
		get: function () { return null; }
	});
	proto.text = function text() {
		return consume(this).then(function (b) { return b.toString('utf8'); });
	};
	proto.json = function json() {
		return consume(this).then(function (b) { return JSON.parse(b.toString('utf8')); });
	};
	proto.arrayBuffer = function arrayBuffer() {
		return consume(this).then(function (b) {
			var ab = new ArrayBuffer(b.length);
			new Uint8Array(ab).set(b);
			return ab;
		});
	};
}

function hide(obj, name, value) {
	Object.defineProperty(obj, name, { value: value, writable: true, configurable: true });
}

// ---- Response
function Response(body, init) {
	if (!(this instanceof Response))
		throw new TypeError("Class constructor Response cannot be invoked without 'new'");
	init = init || {};
	var status = init.status === undefined ? 200 : Number(init.status);
	if (!(status >= 200 && status <= 599) || Math.floor(status) !== status)
		throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
	var b = bodyBytes(body);
	var headers = new Headers(init.headers);
	if (b && b.type && !headers.has('content-type'))
		headers.set('content-type', b.type);
	hide(this, '\x01status', status);
	hide(this, '\x01statusText', init.statusText === undefined ? '' : String(init.statusText));
	hide(this, '\x01headers', headers);
	hide(this, '\x01bytes', b ? b.bytes : null);
	hide(this, '\x01used', false);
	hide(this, '\x01url', '');
	hide(this, '\x01redirected', false);
	hide(this, '\x01type', 'default');
}
defineBodyMethods(Response.prototype);
['status', 'statusText', 'headers', 'url', 'redirected', 'type'].forEach(function (name) {
	Object.defineProperty(Response.prototype, name, {
		configurable: true,
		enumerable: true,
		get: function () { return this['\x01' + name]; }
	});
});
Object.defineProperty(Response.prototype, 'ok', {
	configurable: true,
	enumerable: true,
	get: function () { return this['\x01status'] >= 200 && this['\x01status'] <= 299; }
});
Response.json = function json(data, init) {
	init = init || {};
	var headers = new Headers(init.headers);
	if (!headers.has('content-type'))
		headers.set('content-type', 'application/json');
	return new Response(JSON.stringify(data), {
		status: init.status, statusText: init.statusText, headers: headers
	});
};
Response.error = function error() {
	var r = new Response(null, { status: 200 });
	r['\x01status'] = 0;
	r['\x01type'] = 'error';
	return r;
};
Response.redirect = function redirect(url, status) {
	var r = new Response(null, { status: 200 });
	r['\x01status'] = status === undefined ? 302 : status;
	r['\x01headers'].set('location', String(new URL(url)));
	return r;
};
Response.prototype.clone = function clone() {
	if (this['\x01used'])
		throw new TypeError('Response.clone: Body has already been consumed.');
	var r = new Response(null, { status: 200 });
	var names = ['status', 'statusText', 'url', 'redirected', 'type', 'bytes'];
	for (var i = 0; i < names.length; i++)
		r['\x01' + names[i]] = this['\x01' + names[i]];
	r['\x01headers'] = new Headers(this['\x01headers']);
	return r;
};

// ---- Request
function Request(input, init) {
	if (!(this instanceof Request))
		throw new TypeError("Class constructor Request cannot be invoked without 'new'");
	init = init || {};
	var url, method = 'GET', headers, body = null;
	if (input instanceof Request) {
		url = input.url;
		method = input.method;
		headers = new Headers(input.headers);
		body = input['\x01bytes'];
	} else {
		try {
			url = new URL(String(input)).href;
		} catch (e) {
			var err = new TypeError('Failed to parse URL from ' + String(input));
			hide(err, 'cause', e);
			throw err;
		}
		headers = new Headers();
	}
	if (init.method !== undefined)
		method = String(init.method).toUpperCase();
	if (init.headers !== undefined)
		headers = new Headers(init.headers);
	var b = bodyBytes(init.body);
	if (b) {
		if (method === 'GET' || method === 'HEAD')
			throw new TypeError('Request with GET/HEAD method cannot have body.');
		body = b.bytes;
		if (b.type && !headers.has('content-type'))
			headers.set('content-type', b.type);
	}
	hide(this, '\x01url', url);
	hide(this, '\x01method', method);
	hide(this, '\x01headers', headers);
	hide(this, '\x01bytes', body);
	hide(this, '\x01used', false);
	hide(this, '\x01redirect', init.redirect || 'follow');
	hide(this, '\x01signal', init.signal || null);
}
defineBodyMethods(Request.prototype);
['url', 'method', 'headers', 'redirect', 'signal'].forEach(function (name) {
	Object.defineProperty(Request.prototype, name, {
		configurable: true,
		enumerable: true,
		get: function () { return this['\x01' + name]; }
	});
});

// ---- fetch
function fetchFailed(cause) {
	var e = new TypeError('fetch failed');
	hide(e, 'cause', cause);
	return e;
}

function send(req, url, redirects, resolve, reject) {
	var u = new URL(url);
	if (u.protocol !== 'http:') {
		reject(fetchFailed(new Error(u.protocol === 'https:' ?
			'leakscope: fetch supports http: URLs only' : 'unknown scheme')));
		return;
	}
	var http = require('http');
	var headers = { host: u.host, connection: 'keep-alive' };
	var l = req['\x01headers']['\x01list'];
	for (var i = 0; i < l.length; i++) {
		if (Object.prototype.hasOwnProperty.call(headers, l[i][0]) && l[i][0] !== 'host' &&
		    l[i][0] !== 'connection')
			headers[l[i][0]] += ', ' + l[i][1];
		else
			headers[l[i][0]] = l[i][1];
	}
	var defaults = [['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'],
		['user-agent', 'node'], ['accept-encoding', 'gzip, deflate']];
	for (i = 0; i < defaults.length; i++) {
		if (!Object.prototype.hasOwnProperty.call(headers, defaults[i][0]))
			headers[defaults[i][0]] = defaults[i][1];
	}
	var body = req['\x01bytes'];
	if (body !== null)
		headers['content-length'] = String(body.length);
	var done = false;
	var creq = http.request({
		host: u.hostname.replace(/^\[|\]$/g, ''),
		port: u.port || 80,
		path: u.pathname + u.search,
		method: req['\x01method'],
		headers: headers,
		agent: false,
		setHost: false
	}, function (res) {
		var status = res.statusCode;
		var loc = res.headers.location;
		var sock = res.socket;
		if (req['\x01redirect'] !== 'manual' && loc !== undefined &&
		    (status === 301 || status === 302 || status === 303 || status === 307 || status === 308)) {
			res.resume();
			if (sock)
				sock.destroy();
			if (req['\x01redirect'] === 'error') {
				done = true;
				reject(fetchFailed(new Error('unexpected redirect')));
				return;
			}
			if (redirects >= 20) {
				done = true;
				reject(fetchFailed(new Error('redirect count exceeded')));
				return;
			}
			var next = new URL(loc, url).href;
			if (status === 303 || ((status === 301 || status === 302) && req['\x01method'] === 'POST')) {
				req = new Request(next, { method: 'GET', headers: req['\x01headers'], redirect: req['\x01redirect'] });
				req['\x01headers']['delete']('content-type');
				req['\x01headers']['delete']('content-length');
			}
			done = true;
			send(req, next, redirects + 1, resolve, reject);
			return;
		}
		var chunks = [];
		res.on('data', function (c) { chunks.push(c); });
		res.on('end', function () {
			done = true;
			if (sock)
				sock.destroy();
			var bytes = Buffer.concat(chunks);
			var enc = res.headers['content-encoding'];
			try {
				if (enc === 'gzip' || enc === 'x-gzip')
					bytes = require('zlib').gunzipSync(bytes);
				else if (enc === 'deflate')
					bytes = require('zlib').inflateSync(bytes);
			} catch (e) {
				reject(fetchFailed(e));
				return;
			}
			var h = new Headers();
			var raw = res.rawHeaders;
			for (var k = 0; k < raw.length; k += 2)
				h.append(raw[k], raw[k + 1]);
			var r = new Response(null, { status: 200 });
			r['\x01status'] = status;
			r['\x01statusText'] = res.statusMessage || '';
			r['\x01headers'] = h;
			r['\x01bytes'] = bytes;
			r['\x01url'] = url;
			r['\x01redirected'] = redirects > 0;
			r['\x01type'] = 'basic';
			resolve(r);
		});
		res.on('error', function (e) {
			if (!done) {
				done = true;
				reject(fetchFailed(e));
			}
		});
	});
	creq.on('error', function (e) {
		if (!done) {
			done = true;
			reject(fetchFailed(e));
		}
	});
	var signal = req['\x01signal'];
	if (signal) {
		var onAbort = function () {
			if (done)
				return;
			done = true;
			creq.destroy();
			var reason = signal.reason;
			if (reason === undefined) {
				reason = new Error('This operation was aborted');
				reason.name = 'AbortError';
				reason.code = 20;
			}
			reject(reason);
		};
		if (signal.aborted) {
			onAbort();
			return;
		}
		signal.addEventListener('abort', onAbort, { once: true });
	}
	creq.end(body === null ? undefined : body);
}

function fetch() {	// (input, init = undefined): length 0 as in Node
	var input = arguments[0], init = arguments[1];
	return new Promise(function (resolve, reject) {
		var req = new Request(input, init);
		send(req, req.url, 0, resolve, reject);
	});
}

exports.fetch = fetch;
// Symbol.toStringTag of each class, as Node's ([object Headers]): the Symbol shim's key
[Headers, Request, Response].forEach(function (C) {
  Object.defineProperty(C.prototype, '\x01Symbol(Symbol.toStringTag)', {
    value: C.name, writable: false, enumerable: false, configurable: true
  });
});
exports.Headers = Headers;
exports.Request = Request;
exports.Response = Response;
